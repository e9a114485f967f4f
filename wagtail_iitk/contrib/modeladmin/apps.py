from django.apps import AppConfig


class WagtailIITKModelAdminConfig(AppConfig):
    name = "wagtail_iitk.contrib.modeladmin"
    label = "wagtail_iitk_modeladmin"
    verbose_name = "wagtail-iitk ModelAdmin integration"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system check)
