"""Absolute URLs for pages and API resources, without a query per item.

Wagtail keeps its site root paths in Django's cache, so turning a page's ``url_path``
into a full URL costs nothing per page once that cache is warm.
"""

import logging
from urllib.parse import urlsplit

from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from . import caching

logger = logging.getLogger("wagtail_iitk.api")


#: The key of this process's brief copy of the site root paths (``caching.kept_briefly``):
#: a change to a site or a page in this process drops it at once, one made in another
#: process reaches this one within ``CONTENT_VERSION_LOCAL_TIMEOUT``.
SITE_ROOT_PATHS = "iitk:site-root-paths"


def forget_site_root_paths(**kwargs):
    """Drop this process's copy of the site root paths (a site or a page changed)."""
    caching.forget_kept(SITE_ROOT_PATHS)


post_save.connect(forget_site_root_paths, sender=Site, dispatch_uid="iitk_links_site_saved")
post_delete.connect(forget_site_root_paths, sender=Site, dispatch_uid="iitk_links_site_deleted")
post_save.connect(forget_site_root_paths, sender=Page, dispatch_uid="iitk_links_page_saved")


def site_root_paths():
    """Wagtail's cached site root paths; straight from the database when the cache is
    down, so an unreachable Redis slows the API rather than breaking it."""
    return caching.kept_briefly(SITE_ROOT_PATHS, _read_site_root_paths)


def _read_site_root_paths():
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
        # (root path, root URL, whether it is the site this request came to), worked out
        # once per request rather than once per card.
        self._roots = [
            (srp.root_path, srp.root_url, urlsplit(srp.root_url).netloc == self.host)
            for srp in self.root_paths
        ]

    def page_url(self, url_path):
        """The public URL of a page from its ``url_path``, or None when no site serves it.

        A page in the site the request came to gets the request's scheme and host, so
        links work however the client reached the toolkit (a proxy, a port, an alias).
        """
        candidates = [root for root in self._roots if url_path.startswith(root[0])]
        if not candidates:
            return None
        root_path, root_url, here = next((r for r in candidates if r[2]), candidates[0])
        relative = url_path[len(root_path) - 1 :]
        if here or len(self._roots) == 1:
            return self.base + relative
        return root_url.rstrip("/") + relative

    def api_url(self, name, **kwargs):
        """The absolute URL of a named API route, e.g. ``api_url("tool-detail", slug=...)``."""
        return self.base + reverse(f"wagtail_iitk_api:{name}", kwargs=kwargs)

    def absolute(self, url):
        """Make a site-relative URL (``/media/...``) absolute; leave absolute ones alone."""
        if not url or urlsplit(url).scheme:
            return url
        return self.base + (url if url.startswith("/") else "/" + url)
