"""A submission's text for the inbox: field by field, escaped, flags highlighted.

Everything a contributor sent is untrusted. It is only ever escaped here (never
sanitised into markup, never marked safe as it stands), and each possible piece of
patient-identifiable information is wrapped in ``<mark>`` with words a screen reader
announces, since a highlight alone is only seen.
"""

from dataclasses import dataclass, field

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _

from .submission_values import ReceivedLookups, present

#: What each kind of screening match is called, for the reviewer.
PII_KINDS = {
    "nhs_number": _("NHS number"),
    "date_of_birth": _("date of birth"),
    "postcode": _("postcode"),
    "phone": _("phone number"),
    "email": _("email address"),
}

#: Labels for the received fields whose names are not plain enough as they are.
FIELD_LABELS = {
    "tool_usages": _("Tool used"),
    "why_chosen": _("Why they chose it"),
    "how_used": _("How they used it"),
    "would_use_again": _("Would use it again"),
    "questions": _("Questions"),
    "tips": _("Top tip"),
    "pitfalls": _("Pitfall"),
    "trigger": _("What started the work"),
    "aim": _("Aim"),
    "purpose": _("Purpose"),
    "when_to_use": _("When to use it"),
    "how_to_use": _("How to use it"),
    "reference_url": _("Reference address"),
    "url": _("Web address"),
    "elapsed_ms": _("Time to fill in the form"),
    "no_patient_data": _("Confirmed no patient-identifiable information"),
    "website": _("Honeypot field (should be empty)"),
}

#: Received keys shown elsewhere on the page (the contributor has a section of its own).
SHOWN_ELSEWHERE = {"contributor"}


def kind_label(kind):
    """The reviewer's name for a kind of screening match."""
    kind = str(kind)
    return PII_KINDS.get(kind, kind.replace("_", " "))


def _label(path):
    parts = []
    for key, index in path:
        name = FIELD_LABELS.get(key) or capfirst(key.replace("_", " "))
        parts.append(f"{name} {index + 1}" if index is not None else str(name))
    return " › ".join(parts)


def _path(path):
    """The field's name as screening writes it, e.g. ``tool_usages[0].how_used``."""
    return ".".join(f"{key}[{index}]" if index is not None else key for key, index in path)


def _flatten(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            if not path and key in SHOWN_ELSEWHERE:
                continue
            yield from _flatten(item, (*path, (str(key), None)))
    elif isinstance(value, list) and path and all(isinstance(v, dict | str) for v in value):
        key = path[-1][0]
        for index, item in enumerate(value):
            yield from _flatten(item, (*path[:-1], (key, index)))
    else:
        yield path, value


def _valid_spans(text, flags):
    """The flags' spans, in order, that really lie in ``text`` and do not overlap."""
    candidates = sorted(
        (flag["start"], flag["end"], str(flag.get("kind", "")))
        for flag in flags
        if type(flag.get("start")) is int and type(flag.get("end")) is int
    )
    spans = []
    for start, end, kind in candidates:
        if 0 <= start < end <= len(text) and (not spans or start >= spans[-1][1]):
            spans.append((start, end, kind))
    return spans


def highlight(text, flags):
    """``text`` escaped, with each flagged span in ``<mark>`` and labelled for screen readers.

    ``flags`` are screening matches (``kind``, ``start``, ``end``) with offsets into
    ``text``; ones that do not fit the text are ignored rather than trusted.
    """
    text = str(text)
    pieces, position = [], 0
    for start, end, kind in _valid_spans(text, flags):
        pieces.append(conditional_escape(text[position:start]))
        pieces.append(
            format_html(
                '<mark class="iitk-pii"><span class="w-sr-only">{}</span>{}'
                '<span class="w-sr-only">{}</span></mark>',
                _("Possible %(kind)s: ") % {"kind": kind_label(kind)},
                text[start:end],
                _(" (end of flagged text)"),
            )
        )
        position = end
    pieces.append(conditional_escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece was escaped above)


@dataclass
class ReceivedField:
    """One field of the data as received, ready to show."""

    path: str
    label: str
    html: str
    anchor: str
    flags: list = field(default_factory=list)


def received_fields(submission):
    """The data as received, field by field, with that field's flags highlighted, and
    values a reviewer reads better otherwise (choices, Yes/No, tools, questions, times)
    shown as labels, titles and links (``submission_values``)."""
    flags_by_field = {}
    for flag in submission.pii_flags or []:
        if isinstance(flag, dict):
            flags_by_field.setdefault(str(flag.get("field", "")), []).append(flag)
    data = submission.received_data if isinstance(submission.received_data, dict) else {}
    lookups = ReceivedLookups(data)
    fields = []
    for number, (path, value) in enumerate(_flatten(data), start=1):
        name = _path(path)
        flags = flags_by_field.get(name, [])
        shown = None if flags or not path else present(path[-1][0], value, lookups)
        if shown is not None:
            html = shown
        elif isinstance(value, str):
            html = highlight(value, flags)
        elif value is None:
            html = ""
        else:
            html = conditional_escape(str(value))
        fields.append(ReceivedField(name, _label(path), html, f"received-{number}", flags))
    return fields


def submission_title(submission, length=80):
    """A short title for lists: the received title, or the start of the text sent."""
    data = submission.received_data if isinstance(submission.received_data, dict) else {}
    for key in ("title", "text", "summary", "purpose"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return Truncator(" ".join(value.split())).chars(length)
    return ""
