"""oEmbed discovery: the ``<link rel="alternate" type="application/json+oembed">`` that
lets a consumer find the provider from a page's own URL."""

from urllib.parse import urlencode

from ..web.links import Links
from .kinds import kind_of


def oembed_discovery_url(page, request):
    """The absolute oEmbed URL for ``page``, or None for pages that are not embeddable
    (and for previews, whose URL is not public)."""
    if request is None or getattr(request, "is_preview", False) or not page.live:
        return None
    if kind_of(page) is None:
        return None
    links = Links(request)
    page_url = links.page_url(page.url_path)
    if page_url is None:
        return None
    return links.api_url("oembed") + "?" + urlencode({"url": page_url, "format": "json"})
