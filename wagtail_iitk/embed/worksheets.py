"""The worksheet embed: a tool's worksheet in an iframe, for intranets.

Framed like every other embed (the partner allow-list); filled in the frame's own
browser storage. It counts nothing: an embed page may only reach the toolkit's static
files (its Content-Security-Policy has no ``connect-src``), so no request at all leaves
it after it loads.
"""

from django.http import Http404
from django.templatetags.static import static
from django.urls import reverse

from ..conf import iitk_settings
from ..models import ToolPage, get_kind, visible_pages
from .kinds import visible_item
from .oembed import RESIZE_HELPER, iframe_html
from .views import EmbedView


class WorksheetEmbedView(EmbedView):
    """``/iitk/embed/worksheet/<tool slug>/``: 404 unless the tool is live, public,
    served by a site and has a worksheet."""

    kind = "worksheet"
    template_name = "wagtail_iitk/embed/worksheet.html"

    def get_item_context(self, request, links, slug):
        tool = visible_item(get_kind("tool"), slug)
        url = links.page_url(tool.url_path) if tool else None
        if url is None or not tool.has_worksheet:
            raise Http404
        return {"item": tool, "url": url}


def example_worksheet_tool():
    """A public tool with a worksheet, for the partner snippets' example (or None)."""
    tools = visible_pages(ToolPage.objects.all()).order_by("title")
    return next((tool for tool in tools.iterator(chunk_size=50) if tool.has_worksheet), None)


def worksheet_snippets(snippets):
    """For the partner snippets page (``snippets``: a ``PartnerSnippets``): the iframe
    of a worksheet, and the printable card deck's address."""
    tool = example_worksheet_tool()
    slug = tool.slug if tool else snippets.tool_slug
    name = tool.worksheet_heading if tool else "A worksheet"
    src = snippets.with_key(reverse("wagtail_iitk_embed:worksheet", kwargs={"slug": slug}))
    title = f"{name} – {iitk_settings.TOOLKIT_NAME}"
    iframe = iframe_html(
        src, iitk_settings.EMBED_WIDTH, 900, title, snippets.absolute(static(RESIZE_HELPER))
    )
    deck = snippets.home.get_full_url(snippets.request) + "cards.pdf" if snippets.home else ""
    return {
        "iframe": str(iframe).replace("></iframe><script", "></iframe>\n<script"),
        "deck_url": deck,
        "has_worksheet": tool is not None,
    }
