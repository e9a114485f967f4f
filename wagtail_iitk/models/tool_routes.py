"""A tool page's own route: its worksheet (``worksheet/``).

(Its printable card, ``card.pdf``, has a dot in its name, which Wagtail's page URLs do
not allow: ``printing.urls`` serves it.)
"""

import hashlib
import json

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class ToolRoutesMixin(RoutablePageMixin):
    """``worksheet/`` under a tool page's URL."""

    @property
    def has_worksheet(self):
        return bool(self.worksheet.raw_data)

    @property
    def worksheet_heading(self):
        """The worksheet's title, or the tool's name when the editor gave none."""
        return self.worksheet_title or self.title

    @property
    def worksheet_revision(self):
        """A short digest of the worksheet's blocks: answers kept in a browser belong to
        one revision, so a reworded worksheet starts clean while other edits to the tool
        keep them."""
        shape = {
            "title": self.worksheet_heading,
            "blocks": [
                {"id": block.get("id"), "type": block["type"], "value": block["value"]}
                for block in self.worksheet.raw_data
            ],
        }
        text = json.dumps(shape, sort_keys=True, ensure_ascii=True)
        return hashlib.sha256(text.encode()).hexdigest()[:12]

    @path("worksheet/", name="worksheet")
    def worksheet_view(self, request):
        """The tool's worksheet, filled in the browser; a printable blank without JS."""
        if not self.has_worksheet:
            raise Http404
        return self.render(request, template="wagtail_iitk/worksheet_page.html")
