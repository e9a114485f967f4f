from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailIITKAppConfig(AppConfig):
    name = "wagtail_iitk"
    label = "wagtail_iitk"
    verbose_name = _("Improving Improvement Toolkit")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
        from .cards import search_index, signals
        from .community import publishing, retention  # noqa: F401 (retention: its log action)
        from .web import cors  # noqa: F401  (connects the CORS decision)

        # Every change to public content goes through one path (cards.changes).
        signals.register()
        # Community contributions: published when their draft goes live.
        publishing.register()
        # A search service that was down during a publish catches up afterwards.
        search_index.install()
