"""The package's URLs. Include once, before Wagtail's own: ``path("", include(iitk_urls))``.

The toolkit's pages are Wagtail pages and are served by Wagtail; this module adds the
JSON API under ``api/iitk/v1/``, the iframe embeds under ``iitk/embed/``, the
feedback buttons' endpoint under ``iitk/engagement/``, the discussion's forms and feeds
under ``iitk/discussion/``, the language switcher's ``iitk/language/`` (used when the
site offers more than one language), the health checks ``healthz/`` (liveness) and
``readyz/`` (readiness), the events' iCalendar files (``<events index>calendar.ics``,
``<event>event.ics``) and the printable tool cards (``<toolkit home>/cards.pdf``,
``<tool page>/card.pdf``).
"""

from django.urls import include, path, re_path

from .api import urls as api_urls
from .embed import urls as embed_urls
from .events.views import serve_ics
from .printing import urls as printing_urls
from .web import health, language

# The API and the oEmbed provider share one namespace (``wagtail_iitk_api``), while
# neither package imports the other.
api_patterns = [*api_urls.urlpatterns, *embed_urls.api_urlpatterns, *api_urls.not_found]

urlpatterns = [
    path("api/iitk/v1/", include((api_patterns, api_urls.app_name))),
    path("iitk/embed/", include("wagtail_iitk.embed.urls")),
    path("iitk/engagement/", include("wagtail_iitk.engagement.urls")),
    path("iitk/discussion/", include("wagtail_iitk.community.discussion.urls")),
    path("healthz/", health.liveness, name="wagtail_iitk_healthz"),
    path("readyz/", health.readiness, name="wagtail_iitk_readyz"),
    path("iitk/language/", language.switch_language, name="wagtail_iitk_language"),
    # An events index's feed and an event's file (Wagtail's own page URLs end in "/").
    re_path(
        r"^(?P<path>(?:[\w\-]+/)*)(?P<name>calendar|event)\.ics$",
        serve_ics,
        name="wagtail_iitk_ics",
    ),
    *printing_urls.urlpatterns,
]
