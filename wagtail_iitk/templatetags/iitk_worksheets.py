"""Template helpers for worksheets: ``{% load iitk_worksheets %}``.

``{{ n|times }}`` counts 1..n (blank rows and items of a printable worksheet);
``{% grid_cells block.value as cells %}`` names a 2×2 grid's quarters;
``{% worksheet_events_url as url %}`` is where the worksheet script counts opens, prints
and saves (empty in previews, when counting is off, or when the site has no API).
"""

import json

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from ..conf import iitk_settings

register = template.Library()

#: The most blank rows or items a printed worksheet gets for one block.
MOST = 30


@register.filter
def times(count):
    """1, 2, ... ``count`` (at most ``MOST``); nothing for a bad value."""
    try:
        return range(1, min(int(count), MOST) + 1)
    except (TypeError, ValueError):
        return range(0)


@register.simple_tag
def grid_cells(value):
    """The quarters of a 2×2 grid, top row first: each {"key", "name"}, where the name is
    the editor's, else made from the axes ("High power, low interest")."""
    x, y = value.get("x_axis", ""), value.get("y_axis", "")
    low, high = value.get("low") or _("Low"), value.get("high") or _("High")
    made = {
        "top_left": (high, y, low, x),
        "top_right": (high, y, high, x),
        "bottom_left": (low, y, low, x),
        "bottom_right": (low, y, high, x),
    }
    cells = []
    for key, (y_end, y_name, x_end, x_name) in made.items():
        name = value.get(key) or _("%(y_end)s %(y_name)s, %(x_end)s %(x_name)s") % {
            "y_end": y_end,
            "y_name": y_name.lower(),
            "x_end": x_end.lower(),
            "x_name": x_name.lower(),
        }
        cells.append({"key": key, "name": name})
    return cells


@register.simple_tag(takes_context=True)
def worksheet_events_url(context):
    """The engagement endpoint, or "" when nothing should be counted."""
    request = context.get("request")
    if (
        request is None
        or not iitk_settings.ENGAGEMENT_ENABLED
        or getattr(request, "is_preview", False)
    ):
        return ""
    try:
        return reverse("wagtail_iitk_api:events")
    except NoReverseMatch:
        return ""


@register.simple_tag
def worksheet_texts():
    """The worksheet script's messages in the active language, as JSON for its
    ``data-iitk-texts`` attribute (the script has English ones built in)."""
    return json.dumps(
        {
            "saved": _("Your answers are kept in this browser."),
            "cleared": _("The worksheet is blank again."),
            "opened": _("Opened the answers from the file."),
            "openedOther": _(
                "Opened the file; it was saved from another version of this worksheet, "
                "so some answers may be missing."
            ),
            "badFile": _("That file is not a saved worksheet for this tool."),
            "copied": _("Copied the answers as text."),
            "copyByHand": _(
                "Your browser did not let us copy: the text is selected below, "
                "press Ctrl+C (or Cmd+C)."
            ),
            "confirmClear": _("Clear every answer on this worksheet? This cannot be undone."),
            "add": _("Add"),
            "remove": _("Remove"),
            "up": _("Move up"),
            "down": _("Move down"),
            "item": _("item"),
            "row": _("row"),
            "addRow": _("Add a row"),
            "addItem": _("Add an item"),
            "noStorage": _(
                "This browser cannot keep answers: save them as a file before you leave."
            ),
        }
    )


@register.simple_tag
def partner_worksheet_snippets(snippets):
    """The worksheet iframe and card deck address for the partner snippets page."""
    from ..embed.worksheets import worksheet_snippets

    return worksheet_snippets(snippets)
