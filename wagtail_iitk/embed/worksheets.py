"""The worksheet embed: a tool's worksheet in an iframe, for intranets.

Framed like every other embed (the partner allow-list); filled in the frame's own
browser storage. It counts nothing: an embed page may only reach the toolkit's static
files (its Content-Security-Policy has no ``connect-src``), so no request at all leaves
it after it loads.
"""

from django.http import Http404

from ..models import get_kind
from .kinds import visible_item
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
