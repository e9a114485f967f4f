"""``<toolkit home>/cards.pdf`` and ``<tool page>/card.pdf``.

Wagtail's page URLs allow no dot and end in a slash, so a page route cannot serve a
file name: this pattern takes the page's path, finds the page the way Wagtail does
(``Site.find_for_request``, then the page tree's ``route``), and hands it to the card
views. Wagtail's own catch-all never matches these URLs, so the pattern works before
or after it.
"""

from django.http import Http404
from django.urls import re_path
from wagtail.models import Site

from ..headers import deny_framing
from ..models import ToolkitHomePage, ToolPage, visible_pages
from . import views

#: File name → the page type that serves it, and its view.
FILES = {
    "cards.pdf": (ToolkitHomePage, views.deck_view),
    "card.pdf": (ToolPage, views.tool_card_view),
}


def page_for_path(request, page_path):
    """The live page at ``page_path`` in the request's site, or Http404."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [part for part in page_path.split("/") if part]
    result = site.root_page.localized.specific.route(request, components)
    return result.page if hasattr(result, "page") else result[0]


def page_file(request, page_path, file_name):
    """Serve ``file_name`` for the page at ``page_path``: only a public page of the
    right type has one."""
    if request.method not in ("GET", "HEAD"):
        raise Http404
    model, view = FILES[file_name]
    page = page_for_path(request, page_path).specific
    if not isinstance(page, model) or not visible_pages(model.objects.filter(pk=page.pk)).exists():
        raise Http404
    response = view(page, request)
    response["X-Content-Type-Options"] = "nosniff"
    return deny_framing(response)


urlpatterns = [
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)(?P<file_name>cards\.pdf|card\.pdf)$",
        page_file,
        name="wagtail_iitk_page_file",
    ),
]
