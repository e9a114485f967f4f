"""Contributions are plain text: markup is stripped with nh3, never rendered.

The stored submission keeps what was sent, less the Unicode direction controls that
intake removes (:func:`without_direction_controls`); these functions make the text that
drafts, the admin and notification emails use. Templates still escape it on output,
so even text that looks like markup (``a < b``) is shown, never run.

Sanitising is idempotent: ``plain_text(plain_text(x)) == plain_text(x)``. nh3 returns
HTML-escaped text, and unescaping it can reveal new markup (``&lt;b&gt;`` becomes
``<b>``), so the two steps repeat until nothing changes.
"""

import html
import re

import nh3

#: Control characters that have no place in plain text (tab and newline are kept), and
#: the Unicode direction overrides that can make text read differently from its bytes.
UNWANTED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): never needed in a
#: contribution, and they can make a title read differently from its characters.
DIRECTION_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
#: The left-to-right and right-to-left marks: kept only in text with right-to-left
#: letters (Hebrew, Arabic, Syriac, Thaana, N'Ko...), where they place punctuation.
DIRECTION_MARKS = re.compile(r"[\u200e\u200f]")
RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
TRAILING_SPACE = re.compile(r"[ \t]+\n")
WHITESPACE = re.compile(r"\s+")
#: A plain-text pass shortens the text whenever it changes it, so it settles quickly;
#: a text still changing after this many passes is cut down to what cannot change.
MAX_PASSES = 16


def strip_direction_controls(text):
    """``text`` without direction overrides, embeddings and isolates, and without the
    direction marks unless it has right-to-left letters that may need them."""
    text = DIRECTION_CONTROLS.sub("", text)
    if not RIGHT_TO_LEFT.search(text):
        text = DIRECTION_MARKS.sub("", text)
    return text


def without_direction_controls(value):
    """A copy of a JSON value with :func:`strip_direction_controls` applied to every
    string in it (keys too). Intake stores the body this way."""
    if isinstance(value, dict):
        return {
            without_direction_controls(name): without_direction_controls(item)
            for name, item in value.items()
        }
    if isinstance(value, list):
        return [without_direction_controls(item) for item in value]
    if isinstance(value, str):
        return strip_direction_controls(value)
    return value


def _strip_markup(text):
    return html.unescape(nh3.clean(text, tags=set()))


def plain_text(value, *, multiline=True):
    """``value`` as plain text: markup, comments and script or style content removed,
    entities decoded, control characters dropped, whitespace tidied.

    A single-line text (a title, a name) has every run of whitespace made one space.
    """
    text = strip_direction_controls(str(value))
    text = UNWANTED.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    for _ in range(MAX_PASSES):
        cleaned = _strip_markup(text)
        if cleaned == text:
            break
        text = cleaned
    else:
        # Deeply nested entities (``&amp;amp;...lt;``): drop the characters that let
        # a pass change anything, so the result is stable for certain.
        text = re.sub(r"[<>&]", "", text)
    if not multiline:
        return WHITESPACE.sub(" ", text).strip()
    text = TRAILING_SPACE.sub("\n", text)
    return BLANK_LINES.sub("\n\n", text).strip()


def sanitise_payload(value, *, key=""):
    """A copy of a received submission body with every string made plain text.

    Keys keep their names; lists and objects are walked. Titles, names and other
    one-line fields (``SINGLE_LINE``) lose their line breaks. For conversion and
    display: the stored ``received_data`` itself is never changed.
    """
    if isinstance(value, dict):
        return {name: sanitise_payload(item, key=name) for name, item in value.items()}
    if isinstance(value, list):
        return [sanitise_payload(item, key=key) for item in value]
    if isinstance(value, str):
        return plain_text(value, multiline=key not in SINGLE_LINE)
    return value


#: Field names whose text is one line wherever they appear in a submission.
SINGLE_LINE = frozenset(
    {
        "title",
        "name",
        "role",
        "organisation",
        "email",
        "organisation_type",
        "purpose",
        "authors",
        "publisher",
        "setting",
        "url",
        "reference_url",
        "tool",
        "partner",
        "website",
    }
)
