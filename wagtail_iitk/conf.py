"""The package's settings: one namespaced dict, ``WAGTAIL_IITK``, with documented defaults.

Read a setting with ``iitk_settings.NAME``. Values are looked up on first use and
forgotten when Django's ``setting_changed`` signal fires, so ``override_settings``
works in tests.
"""

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

SETTINGS_NAME = "WAGTAIL_IITK"

#: Every setting, its default, and the type a site must give it.
DEFAULTS = {
    # Shown in page titles, the admin menu and (later) oEmbed provider_name.
    "TOOLKIT_NAME": ("Improving Improvement Toolkit", str),
    # When an item is marked as reviewed, its next review falls due this many days later.
    "REVIEW_INTERVAL_DAYS": (365, int),
    # Items due for review within this many days are flagged as "due soon" in the report.
    "REVIEW_DUE_SOON_DAYS": (30, int),
    # Name of the default editorial workflow created by ``iitk_setup``.
    "WORKFLOW_NAME": ("Toolkit review", str),
    # Group names created by ``iitk_setup``.
    "EDITORS_GROUP": ("Toolkit editors", str),
    "REVIEWERS_GROUP": ("Toolkit reviewers", str),
    # Label of the admin menu that holds every toolkit model.
    "ADMIN_MENU_LABEL": ("Toolkit", str),
    # Results per page on public index pages.
    "PAGE_SIZE": (24, int),
}


class IITKSettings:
    """Attribute access to ``settings.WAGTAIL_IITK`` merged over :data:`DEFAULTS`."""

    def __init__(self):
        self._cache = {}

    @property
    def user_settings(self):
        value = getattr(settings, SETTINGS_NAME, {})
        return value if isinstance(value, dict) else {}

    def __getattr__(self, name):
        if name.startswith("_") or name not in DEFAULTS:
            raise AttributeError(f"Unknown {SETTINGS_NAME} setting: {name!r}")
        if name not in self._cache:
            self._cache[name] = self.user_settings.get(name, DEFAULTS[name][0])
        return self._cache[name]

    def reload(self):
        """Forget cached values; called when Django's settings change."""
        self._cache.clear()


iitk_settings = IITKSettings()


@receiver(setting_changed)
def _reload_settings(*, setting, **kwargs):
    if setting == SETTINGS_NAME:
        iitk_settings.reload()
