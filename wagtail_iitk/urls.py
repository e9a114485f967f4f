"""The package's URLs. Include once, before Wagtail's own: ``path("", include(iitk_urls))``.

The toolkit's pages are Wagtail pages and are served by Wagtail; this module adds the
JSON API under ``api/iitk/v1/``, the iframe embeds under ``iitk/embed/`` and the
feedback buttons' endpoint under ``iitk/engagement/``.
"""

from django.urls import include, path

urlpatterns = [
    path("api/iitk/v1/", include("wagtail_iitk.api.urls")),
    path("iitk/embed/", include("wagtail_iitk.embed.urls")),
    path("iitk/engagement/", include("wagtail_iitk.engagement.urls")),
]
