from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailIITKAppConfig(AppConfig):
    name = "wagtail_iitk"
    label = "wagtail_iitk"
    verbose_name = _("Improving Improvement Toolkit")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            checks,  # noqa: F401  (registers the system checks)
            signal_handlers,
        )
        from .api import cors  # noqa: F401  (connects the CORS decision)

        signal_handlers.register()
