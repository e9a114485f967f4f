"""Contributor text made fit for a draft's fields: plain text of the right length, rich
text built from escaped paragraphs, safe web addresses, valid choices, a one-sentence
purpose and numbered steps.

Every string goes through ``sanitising.plain_text`` (nh3) first, so no markup a
contributor sent reaches a page; rich text is then built from escaped text only.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.html import escape
from django.utils.text import Truncator

from ..models.tools import ToolPage
from ..models.validators import MAX_PURPOSE_WORDS
from .sanitising import plain_text

PURPOSE_MAX_LENGTH = ToolPage._meta.get_field("purpose").max_length


def line(value, max_length=None):
    """One line of plain text, cut at a word boundary to ``max_length`` characters."""
    text = plain_text(value if isinstance(value, str) else "", multiline=False)
    if max_length and len(text) > max_length:
        text = Truncator(text).chars(max_length)
    return text


def text(value):
    """Plain text that keeps its paragraphs."""
    return plain_text(value if isinstance(value, str) else "")


def paragraphs(*values):
    """Rich text (HTML) made of the values' paragraphs, every character escaped."""
    html = []
    for value in values:
        for paragraph in text(value).split("\n\n"):
            if paragraph.strip():
                html.append("<p>" + "<br/>".join(escape(x) for x in paragraph.split("\n")) + "</p>")
    return "".join(html)


def web_address(value):
    """An http(s) address, or "" (no ``javascript:``, ``data:`` or other schemes)."""
    url = line(value)
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return ""
    return url if len(url) <= 500 else ""


def choice(value, choices, default=""):
    return value if isinstance(value, str) and value in choices.values else default


def fit_purpose(value):
    """A purpose that passes ``validate_one_sentence``: one line, at most 20 words.

    Returns (purpose, shortened). The first sentence is used when it fits; otherwise
    the text is cut to 20 words and ends with an ellipsis.
    """
    full = line(value)
    first = full
    for stop in (". ", "? ", "! "):
        if stop in first:
            first = first.split(stop, 1)[0] + stop.strip()
    words = first.split()
    purpose = first
    if len(words) > MAX_PURPOSE_WORDS:
        purpose = " ".join(words[:MAX_PURPOSE_WORDS]).rstrip(",;:") + "…"
    if len(purpose) > PURPOSE_MAX_LENGTH:
        purpose = Truncator(purpose).chars(PURPOSE_MAX_LENGTH)
    return purpose, purpose != full


#: A list marker at the start of a line: "-", "*", "•", "1." or "1)".
LIST_MARKER = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")


def steps(value):
    """Each line of "how to use it" as a step; a long line keeps its rest as detail."""
    found = []
    for raw in text(value).split("\n"):
        step = LIST_MARKER.sub("", raw).strip()
        if not step:
            continue
        short = Truncator(step).chars(255)
        detail = step if short != step else ""
        found.append({"text": short, "detail": detail})
    return found
