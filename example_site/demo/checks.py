"""System checks for the example site's own settings."""

from django.conf import settings
from django.core import checks

PROCESS_LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@checks.register(checks.Tags.caches)
def check_shared_cache(app_configs, **kwargs):
    """Warn when a production site runs on a cache each process keeps for itself."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    # Only the example site's own settings (the package's tests install this app too).
    if getattr(settings, "ROOT_URLCONF", "") != "example_site.urls":
        return []
    if settings.DEBUG or backend not in PROCESS_LOCAL_CACHES:
        return []
    return [
        checks.Warning(
            "The cache is local to each process (REDIS_URL is not set).",
            hint=(
                "Every gunicorn worker then keeps its own throttle counts and its own copy "
                "of the content version: rate limits multiply by the number of processes. "
                "Set REDIS_URL to a Redis server the processes share."
            ),
            id="iitk_demo.W001",
        )
    ]
