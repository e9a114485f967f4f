"""Absolute URLs for pages and API resources, without a query per item.

Wagtail keeps its site root paths in Django's cache, so turning a page's ``url_path``
into a full URL costs nothing per page once that cache is warm.
"""

import logging
from urllib.parse import urlsplit

from django.urls import reverse
from wagtail.models import Site
from wagtail.models.sites import SiteRootPath

logger = logging.getLogger("wagtail_iitk.api")


def site_root_paths():
    """Wagtail's cached site root paths; straight from the database when the cache is
    down, so an unreachable Redis slows the API rather than breaking it."""
    try:
        return Site.get_site_root_paths()
    except Exception:  # noqa: BLE001 (any cache backend failure)
        logger.warning("Cache unavailable for site root paths; reading the sites directly")
        sites = Site.objects.select_related("root_page", "root_page__locale").order_by(
            "-root_page__url_path", "-is_default_site", "hostname"
        )
        return [
            SiteRootPath(
                site.id,
                site.root_page.url_path,
                site.root_url,
                site.root_page.locale.language_code,
            )
            for site in sites
        ]


class Links:
    """Builds absolute URLs for one request."""

    def __init__(self, request):
        self.request = request
        self.base = request.build_absolute_uri("/").rstrip("/")
        self.host = request.get_host()
        self.root_paths = site_root_paths()

    def page_url(self, url_path):
        """The public URL of a page from its ``url_path``, or None when no site serves it.

        A page in the site the request came to gets the request's scheme and host, so
        links work however the client reached the toolkit (a proxy, a port, an alias).
        """
        candidates = [srp for srp in self.root_paths if url_path.startswith(srp.root_path)]
        if not candidates:
            return None
        chosen = next(
            (srp for srp in candidates if urlsplit(srp.root_url).netloc == self.host),
            candidates[0],
        )
        relative = url_path[len(chosen.root_path) - 1 :]
        if len(self.root_paths) == 1 or urlsplit(chosen.root_url).netloc == self.host:
            return self.base + relative
        return chosen.root_url.rstrip("/") + relative

    def api_url(self, name, **kwargs):
        """The absolute URL of a named API route, e.g. ``api_url("tool-detail", slug=...)``."""
        return self.base + reverse(f"wagtail_iitk_api:{name}", kwargs=kwargs)

    def absolute(self, url):
        """Make a site-relative URL (``/media/...``) absolute; leave absolute ones alone."""
        if not url or urlsplit(url).scheme:
            return url
        return self.base + (url if url.startswith("/") else "/" + url)
