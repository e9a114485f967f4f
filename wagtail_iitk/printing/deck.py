"""What goes on a printed tool card, from public content only.

A card holds a tool's name, its one-line purpose, when to use it, three top tips, its
effort, its perspectives and stages, and a QR code to its page. The deck is filtered
with the same filters as the API's ``tools/`` list, through the filter set the tool
kind declares (so a slug that matches nothing is a 400 naming the parameter).
"""

import html
import re

from django.utils.html import strip_tags
from django.utils.text import Truncator

from ..models import ToolPage, get_kind, visible_pages

#: How long each part of a card may be (characters): an A6 card has room for no more.
PURPOSE_LENGTH = 200
WHEN_LENGTH = 220
TIP_LENGTH = 150
TIPS = 3
#: Parameters that never change a deck (attribution and cache-busters).
IGNORED = frozenset({"partner", "_"})


class BadFilter(Exception):
    """A filter the deck does not know, or a slug that matches nothing: ``fields`` maps
    each parameter to its messages."""

    def __init__(self, fields):
        super().__init__(fields)
        self.fields = fields


def _filterset():
    return get_kind("tool").resolve("filterset")


def deck_params(query):
    """The query's filters, sorted (they key the cache); BadFilter for unknown ones."""
    known = set(_filterset().base_filters)
    unknown = sorted(
        name
        for name in query
        if name not in known and name not in IGNORED and not name.startswith("utm_")
    )
    if unknown:
        choices = ", ".join(sorted(known))
        raise BadFilter({name: [f"Unknown filter. Use one of: {choices}."] for name in unknown})
    return sorted(
        (name, value) for name, values in query.lists() if name in known for value in values
    )


def deck_tools(home, query):
    """The public tools of a toolkit that match ``query``, by title."""
    tools = visible_pages(ToolPage.objects.descendant_of(home))
    if any(name in query for name in _filterset().base_filters):
        filterset = _filterset()(query, queryset=ToolPage.objects.all())
        if not filterset.is_valid():
            raise BadFilter({k: [str(m) for m in v] for k, v in filterset.errors.items()})
        tools = tools.filter(pk__in=filterset.qs.order_by().values("pk"))
    return tools.order_by("title")


def plain(rich, length):
    """Rich text as one plain paragraph of at most ``length`` characters."""
    text = html.unescape(strip_tags(re.sub(r"</(p|li|h\d)>", " ", rich or "")))
    return Truncator(" ".join(text.split())).chars(length)


def tips(field):
    found = [block["value"] for block in field.raw_data if block["type"] == "tip"]
    return [Truncator(t).chars(TIP_LENGTH) for t in found if isinstance(t, str) and t.strip()][
        :TIPS
    ]


def participants(tool):
    low, high = tool.participants_min, tool.participants_max
    if high is None:
        return f"{low}+"
    return str(low) if high == low else f"{low}–{high}"


def cards(tools, page_url):
    """The printed cards of ``tools`` (a queryset of public tools): ``page_url(tool)`` is
    the absolute URL the QR code leads to (None: the tool has no URL and no card)."""
    found = []
    for tool in tools.prefetch_related("perspectives", "stages"):
        url = page_url(tool)
        if url is None:
            continue
        found.append(
            {
                "title": tool.title,
                "purpose": Truncator(tool.purpose).chars(PURPOSE_LENGTH),
                "when_to_use": plain(tool.when_to_use, WHEN_LENGTH),
                "tips": tips(tool.top_tips),
                "expertise": tool.get_expertise_display(),
                "duration": tool.get_duration_display() if tool.duration else "",
                "participants": participants(tool),
                "facilitation": tool.get_facilitation_display(),
                "perspectives": [term.name for term in tool.perspectives.all()],
                "stages": [term.name for term in tool.stages.all()],
                "url": url,
            }
        )
    return found
