"""From a public URL to the page it shows, through Wagtail's own routing.

Used by the oEmbed provider: a URL is a toolkit page only if one of this installation's
sites serves it, Wagtail routes its path to a page, and that page is live and public.
"""

from urllib.parse import unquote, urlsplit

from django.http import Http404
from django.http.request import split_domain_port
from wagtail.models import Site

from ..models.visibility import visible_pages

DEFAULT_PORTS = {"http": 80, "https": 443}


def _request_hostname_and_port(request):
    hostname, port = split_domain_port(request.get_host())
    port = port or request.get_port() or "80"
    return hostname.strip("[]"), int(port) if str(port).isdigit() else 80


def site_for_url(request, parts):
    """The Site that serves ``parts`` (a ``urlsplit`` result), or None.

    A URL on the host the request came to belongs to the request's own site (Wagtail's
    usual choice, default site included). Any other host must be a Site's hostname:
    its port too if several sites share the hostname. Unknown hosts are not ours.
    """
    hostname = (parts.hostname or "").lower()
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError:  # a port out of range
        return None
    request_hostname, request_port = _request_hostname_and_port(request)
    same_port = port == request_port or (
        port in DEFAULT_PORTS.values() and request_port in DEFAULT_PORTS.values()
    )
    if hostname == request_hostname and same_port:
        return Site.find_for_request(request)
    sites = list(Site.objects.filter(hostname__iexact=hostname).select_related("root_page"))
    exact = [site for site in sites if site.port == port]
    if exact:
        return exact[0]
    return sites[0] if len(sites) == 1 else None


def _is_index_route(page, args):
    """A routable page routes its own URL to ``(index_route, (), {})``: that is the page
    itself; any other view (e.g. a tool's ``worksheet/``) is a sub-route."""
    view, view_args, view_kwargs = args
    return getattr(view, "__func__", view) is getattr(
        type(page).index_route, "__func__", type(page).index_route
    ) and not (view_args or view_kwargs)


def page_for_url(request, url, models):
    """The live, public page at ``url`` if it is one of ``models``, else None."""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or parts.username:
        return None
    site = site_for_url(request, parts)
    if site is None:
        return None
    components = [unquote(part) for part in parts.path.split("/") if part]
    try:
        page, args, kwargs = site.root_page.specific.route(request, components)
    except Http404:
        return None
    if not isinstance(page, models) or kwargs or (args and not _is_index_route(page, args)):
        return None  # a routable page's sub-route, or a page of another type
    if not visible_pages(type(page).objects.filter(pk=page.pk)).exists():
        return None
    return page
