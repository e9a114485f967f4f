from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "example_site.demo"
    label = "iitk_demo"
    verbose_name = "wagtail-iitk demo content"

    def ready(self):
        from . import checks  # noqa: F401 (registers the checks)
