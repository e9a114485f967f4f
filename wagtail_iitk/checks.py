"""Django system checks that explain a missing piece of the installation in one sentence."""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured
from django.urls import NoReverseMatch, Resolver404, get_script_prefix, resolve, reverse

from .conf import DEFAULTS, SETTINGS_NAME

#: Apps the package needs beside itself, and why.
REQUIRED_APPS = {
    "wagtail": "the Wagtail core",
    "wagtail.admin": "the Wagtail admin",
    "wagtail.snippets": "questions and taxonomy, which are snippets",
    "wagtail.search": "searching the toolkit",
    "wagtail.images": "tool and story images",
    "wagtail.documents": "downloadable templates",
    "wagtail.contrib.routable_page": "the browse-by-perspective and browse-by-stage pages",
    "modelcluster": "ordered phases, tool usages and question tools",
    "taggit": "Wagtail's tagging, which its admin needs",
    "rest_framework": "the headless JSON API",
    "django_filters": "filtering the JSON API",
    "drf_spectacular_sidecar": "the API reference page's scripts (served locally, no CDN)",
    "corsheaders": "letting other sites read the API from the browser",
}


@register(Tags.compatibility)
def check_cors_middleware(app_configs=None, **kwargs):
    """django-cors-headers only works through its middleware."""
    if "corsheaders.middleware.CorsMiddleware" in settings.MIDDLEWARE:
        return []
    return [
        Error(
            "wagtail_iitk's API needs 'corsheaders.middleware.CorsMiddleware' in MIDDLEWARE "
            "so intranet pages on other sites can read it.",
            hint="Add 'corsheaders.middleware.CorsMiddleware' to MIDDLEWARE, above "
            "'django.middleware.common.CommonMiddleware'.",
            id="wagtail_iitk.E005",
        )
    ]


@register(Tags.compatibility)
def check_cors_allows_idempotency_key(app_configs=None, **kwargs):
    """The share-your-story widget sends an Idempotency-Key header from partners' pages;
    django-cors-headers grants a preflight only the headers in CORS_ALLOW_HEADERS."""
    from corsheaders.conf import conf

    if "idempotency-key" in {header.lower() for header in conf.CORS_ALLOW_HEADERS}:
        return []
    return [
        Warning(
            "CORS_ALLOW_HEADERS lacks 'idempotency-key', so browsers on partners' intranets "
            "cannot send community submissions to the toolkit's API.",
            hint="Set CORS_ALLOW_HEADERS = (*corsheaders.defaults.default_headers, "
            "'idempotency-key').",
            id="wagtail_iitk.W001",
        )
    ]


@register(Tags.compatibility)
def check_required_apps(app_configs=None, **kwargs):
    """Each app the package relies on must be in INSTALLED_APPS."""
    errors = []
    for app_name, purpose in REQUIRED_APPS.items():
        if not apps.is_installed(app_name):
            errors.append(
                Error(
                    f"wagtail_iitk needs '{app_name}' for {purpose}, "
                    "but it is not in INSTALLED_APPS.",
                    hint=f"Add '{app_name}' to INSTALLED_APPS in your settings.",
                    id="wagtail_iitk.E001",
                )
            )
    return errors


@register(Tags.compatibility)
def check_settings(app_configs=None, **kwargs):
    """``WAGTAIL_IITK`` must be a dict whose known keys have the documented types."""
    value = getattr(settings, SETTINGS_NAME, {})
    if not isinstance(value, dict):
        return [
            Error(
                f"{SETTINGS_NAME} must be a dict, not {type(value).__name__}.",
                hint=f"Set {SETTINGS_NAME} = {{...}} in your settings, or remove it "
                "to use the defaults.",
                id="wagtail_iitk.E002",
            )
        ]
    errors = []
    for key, given in value.items():
        if key not in DEFAULTS:
            errors.append(
                Error(
                    f"{SETTINGS_NAME}[{key!r}] is not a wagtail-iitk setting.",
                    hint="Check the spelling against the settings reference in the docs; "
                    f"known settings are: {', '.join(sorted(DEFAULTS))}.",
                    id="wagtail_iitk.E003",
                )
            )
            continue
        default, expected = DEFAULTS[key]
        # bool is an int subclass; a True where a number is wanted is a mistake.
        wrong_bool = isinstance(given, bool) and expected is not bool
        if not isinstance(given, expected) or wrong_bool:
            errors.append(
                Error(
                    f"{SETTINGS_NAME}[{key!r}] must be {expected.__name__}, "
                    f"not {type(given).__name__}.",
                    hint=f"Set {SETTINGS_NAME}[{key!r}] to a value of type "
                    f"{expected.__name__}, such as the default {default!r}.",
                    id="wagtail_iitk.E004",
                )
            )
    return errors


#: One URL of each part of ``wagtail_iitk.urls``: (namespace, URL name, what it serves).
URL_PARTS = (
    ("wagtail_iitk_api", "root", "the JSON API"),
    ("wagtail_iitk_embed", "questions", "the iframe embeds"),
    ("wagtail_iitk_engagement", "mark", "the tool pages' feedback buttons"),
)


def _and(items):
    items = list(items)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


INCLUDE_HINT = (
    'Add path("", include("wagtail_iitk.urls")) to the urlpatterns in {urlconf}, above '
    'path("", include(wagtail_urls)).'
)
ORDER_HINT = (
    'In {urlconf}, move path("", include("wagtail_iitk.urls")) above {pattern}: Django '
    "answers with the first pattern that matches."
)


def _included_parts(urlconf):
    """Each URL part as (namespace, what it serves, its path or None when not included)."""
    found = []
    for namespace, name, serves in URL_PARTS:
        try:
            url = reverse(f"{namespace}:{name}", urlconf=urlconf)
        except NoReverseMatch:
            url = None
        else:
            # resolve() wants the path without the script prefix that reverse() adds.
            url = "/" + url.removeprefix(get_script_prefix())
        found.append((namespace, serves, url))
    return found


@register(Tags.urls)
def check_urls_included(app_configs=None, **kwargs):
    """``wagtail_iitk.urls`` must be in the URLconf (tool pages reverse its URLs), and
    above Wagtail's page URLs, which match every path."""
    urlconf = getattr(settings, "ROOT_URLCONF", None)
    if not urlconf:
        return []
    try:
        parts = _included_parts(urlconf)
    except (ImportError, ImproperlyConfigured):
        return []  # a URLconf that does not load is Django's own check's to report
    missing = [serves for _, serves, url in parts if url is None]
    if missing:
        return [
            Error(
                f"wagtail_iitk.urls is not included in {urlconf}, so {_and(missing)} have "
                "no address and every tool page fails with NoReverseMatch.",
                hint=INCLUDE_HINT.format(urlconf=urlconf),
                id="wagtail_iitk.E006",
            )
        ]
    shadowed = []  # (what it serves, its path, the view that answers it instead)
    for namespace, serves, url in parts:
        try:
            match = resolve(url, urlconf=urlconf)
        except Resolver404:
            continue
        if match.namespace != namespace:
            shadowed.append((serves, url, match))
    if not shadowed:
        return []
    if any(match.url_name == "wagtail_serve" for _, _, match in shadowed):
        before = "Wagtail's page URLs (wagtail.urls), which match every path"
        pattern = 'path("", include(wagtail_urls))'
    else:
        views = _and(sorted({f"'{match.view_name}'" for _, _, match in shadowed}))
        before = pattern = f"the pattern of {views}"
    lost = _and(f"{serves} ({url})" for serves, url, _ in shadowed)
    answer = "answers" if len(shadowed) == 1 else "answer"
    return [
        Error(
            f"wagtail_iitk.urls is included in {urlconf} after {before}, so {lost} {answer} 404.",
            hint=ORDER_HINT.format(urlconf=urlconf, pattern=pattern),
            id="wagtail_iitk.E007",
        )
    ]
