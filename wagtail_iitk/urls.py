"""The package's URLs. Include once, before Wagtail's own: ``path("", include(iitk_urls))``.

The toolkit's pages are Wagtail pages and are served by Wagtail; this module adds the
JSON API under ``api/iitk/v1/``, the iframe embeds under ``iitk/embed/``, the
feedback buttons' endpoint under ``iitk/engagement/``, and the health checks
``healthz/`` (liveness) and ``readyz/`` (readiness), and the printable tool cards
(``<toolkit home>/cards.pdf``, ``<tool page>/card.pdf``).
"""

from django.urls import include, path

from .api import urls as api_urls
from .embed import urls as embed_urls
from .printing import urls as printing_urls
from .web import health

# The API and the oEmbed provider share one namespace (``wagtail_iitk_api``), while
# neither package imports the other.
api_patterns = [*api_urls.urlpatterns, *embed_urls.api_urlpatterns, *api_urls.not_found]

urlpatterns = [
    path("api/iitk/v1/", include((api_patterns, api_urls.app_name))),
    path("iitk/embed/", include("wagtail_iitk.embed.urls")),
    path("iitk/engagement/", include("wagtail_iitk.engagement.urls")),
    path("healthz/", health.liveness, name="wagtail_iitk_healthz"),
    path("readyz/", health.readiness, name="wagtail_iitk_readyz"),
    *printing_urls.urlpatterns,
]
