"""A system check that names the missing app when wagtail_modeladmin is not installed."""

from django.apps import apps
from django.core.checks import Error, Tags, register


@register(Tags.compatibility)
def check_modeladmin_installed(app_configs=None, **kwargs):
    if apps.is_installed("wagtail_modeladmin"):
        return []
    return [
        Error(
            "wagtail_iitk.contrib.modeladmin needs 'wagtail_modeladmin', "
            "but it is not in INSTALLED_APPS.",
            hint="pip install 'wagtail-iitk[modeladmin]' and add 'wagtail_modeladmin' to "
            "INSTALLED_APPS, or remove 'wagtail_iitk.contrib.modeladmin'.",
            id="wagtail_iitk.E010",
        )
    ]
