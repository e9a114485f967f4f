"""Screening: possible patient-identifiable information, and signs of spam.

Screening flags, it never blocks or alters what is stored: a reviewer sees each flag
against the text it was found in and decides. Drafts are made from the text with the
flagged spans removed (:func:`redact`), so editors never see them. The patterns lean
towards flagging, with guards against the commonest false alarms (a ten-digit number
whose check digit is wrong, a date that is plainly a project date, a number that is part
of a longer one).

``find_pii(text)`` is public: the admin and the conversion re-screen edited text with it.
"""

import datetime
import re

from django.utils import timezone

# --- NHS numbers ---------------------------------------------------------------------------

#: Ten digits, written together or as 3-3-4 with spaces or hyphens, and not part of a
#: longer run of digits (a phone number, an account number).
NHS_NUMBER = re.compile(r"(?<![\d])(?<!\d[ -])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![ -]?\d)")


def nhs_number_is_valid(digits):
    """True when ``digits`` (ten digits) passes the NHS number's modulus 11 check.

    The first nine digits are weighted 10 down to 2; 11 minus the sum's remainder on
    division by 11 is the check digit, where 11 means 0 and 10 means the number is not
    valid. Ten identical digits pass the arithmetic but are never issued.
    """
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(
        int(digit) * weight for digit, weight in zip(digits[:9], range(10, 1, -1), strict=True)
    )
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


# --- dates of birth -------------------------------------------------------------------------

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: 12/03/1954, 12-3-54, 12.03.1954; 12 March 1954, 12th Mar 1954; March 12, 1954;
#: 1954-03-12.
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])")
WORDY_DATE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH_NAMES})\.?,?\s+(\d{{4}})\b",
    re.IGNORECASE,
)
US_WORDY_DATE = re.compile(
    rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
)
ISO_DATE = re.compile(r"(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d/.-])")
#: Words that say the next date is a birth date; they must end at most this far before it.
BIRTH_CUE = re.compile(
    r"\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|birthday|born(?:\s+on)?|b\.)\s*"
    r"[:\-]?\s*$",
    re.IGNORECASE,
)
CUE_WINDOW = 30
#: Without a cue, a full date at least this many years ago is taken for a birth date:
#: the dates in an improvement story are its own (when the work started, a meeting).
YEARS_BEFORE_TODAY = 10


def _year(text):
    year = int(text)
    if len(text) == 2:
        # Two-digit years: the most recent year with those digits not in the future.
        this_year = timezone.now().year
        year += (this_year // 100) * 100
        if year > this_year:
            year -= 100
    return year


def _date_matches(text):
    """(start, end, date) for each calendar date written in ``text``."""
    found = []
    for match in NUMERIC_DATE.finditer(text):
        day, month, year = int(match[1]), int(match[3]), _year(match[4])
        found.append((match, year, month, day))
    for match in WORDY_DATE.finditer(text):
        found.append((match, int(match[3]), MONTHS[match[2].lower()], int(match[1])))
    for match in US_WORDY_DATE.finditer(text):
        found.append((match, int(match[3]), MONTHS[match[1].lower()], int(match[2])))
    for match in ISO_DATE.finditer(text):
        found.append((match, int(match[1]), int(match[2]), int(match[3])))
    for match, year, month, day in found:
        try:
            yield match.start(), match.end(), datetime.date(year, month, day)
        except ValueError:
            continue  # not a calendar date (31/02, a version number like 10.12.3)


def _dates_of_birth(text):
    today = timezone.localdate()
    cutoff = datetime.date(today.year - YEARS_BEFORE_TODAY, today.month, min(today.day, 28))
    for start, end, date in _date_matches(text):
        if date > today:
            continue
        cued = BIRTH_CUE.search(text[max(0, start - CUE_WINDOW) : start])
        if cued or date <= cutoff:
            yield start, end


# --- postcodes, phone numbers, email addresses ----------------------------------------------

#: A full UK postcode (outward and inward code), with or without the space. An outward
#: code alone (``CB2``) names thousands of homes and is not flagged.
POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?"
    r"\d[ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
#: +44 or 0, then nine or ten more digits, with single spaces, hyphens or brackets.
PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)44[ -]?(?:\(0\)[ -]?)?\(?|\(?0)\d(?:[ -]?\)?[ -]?\d){8,9}(?![\d])"
)
#: UK numbers start 01, 02, 03, 05, 07 or 08 and have ten or eleven digits with the 0.
PHONE_PREFIXES = ("01", "02", "03", "05", "07", "08")
EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\b"
)


def _national_phone(matched):
    digits = re.sub(r"\D", "", matched)
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and matched.lstrip("(").startswith("+"):
        digits = digits[2:]
    if "(0)" in matched:
        digits = digits.removeprefix("0")
    return digits if digits.startswith("0") else "0" + digits


#: Ordinals ("A3 2nd", "B1 3rd") look like postcodes when written in lower case.
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


def _postcodes(text):
    for match in POSTCODE.finditer(text):
        inward = match[0][-2:]
        if inward.islower() and inward in ORDINAL_SUFFIXES:
            continue
        yield match.start(), match.end()


def _phones(text):
    for match in PHONE.finditer(text):
        national = _national_phone(match[0])
        if len(national) in (10, 11) and national.startswith(PHONE_PREFIXES):
            yield match.start(), match.end()


def _nhs_numbers(text):
    for match in NHS_NUMBER.finditer(text):
        if nhs_number_is_valid(match[1] + match[2] + match[3]):
            yield match.start(), match.end()


def _simple(pattern):
    return lambda text: ((m.start(), m.end()) for m in pattern.finditer(text))


#: Finders in order of precedence: where two overlap, the earlier kind is kept.
FINDERS = (
    ("email", _simple(EMAIL)),
    ("nhs_number", _nhs_numbers),
    ("date_of_birth", _dates_of_birth),
    ("phone", _phones),
    ("postcode", _postcodes),
)


def find_pii(text):
    """Possible patient-identifiable information in ``text``.

    Returns ``[{"kind", "start", "end", "text"}]`` in order of position, where kind is
    "nhs_number", "date_of_birth", "postcode", "phone" or "email" and start/end are
    offsets into ``text``. Overlapping finds are reported once.
    """
    if not isinstance(text, str) or not text:
        return []
    taken = []
    for kind, finder in FINDERS:
        for start, end in finder(text):
            if any(start < other_end and other_start < end for _k, other_start, other_end in taken):
                continue
            taken.append((kind, start, end))
    return [
        {"kind": kind, "start": start, "end": end, "text": text[start:end]}
        for kind, start, end in sorted(taken, key=lambda item: item[1])
    ]


#: What a draft shows where screening found something (see :func:`redact`).
REDACTED_LABELS = {
    "nhs_number": "NHS number",
    "date_of_birth": "date of birth",
    "postcode": "postcode",
    "phone": "phone number",
    "email": "email address",
}


def redact(text):
    """``text`` with each span ``find_pii`` finds replaced by ``[removed: <kind>]``.

    Drafts are made from redacted text, so what screening flags never reaches a page
    revision that editors can open; the submission keeps the original for reviewers.
    The placeholder itself is never flagged, so redacting twice changes nothing.
    """
    found = find_pii(text)
    if not found:
        return text
    pieces, position = [], 0
    for match in found:
        pieces += [text[position : match["start"]], f"[removed: {REDACTED_LABELS[match['kind']]}]"]
        position = match["end"]
    pieces.append(text[position:])
    return "".join(pieces)


def redact_payload(value):
    """A copy of a JSON value with :func:`redact` applied to every string in it."""
    if isinstance(value, dict):
        return {name: redact_payload(item) for name, item in value.items()}
    if isinstance(value, list):
        return [redact_payload(item) for item in value]
    if isinstance(value, str):
        return redact(value)
    return value


def pii_flags(texts):
    """``find_pii`` over ``[(field path, text)]``: the flags a Submission stores."""
    return [{"field": path, **found} for path, text in texts for found in find_pii(text)]


# --- spam signals --------------------------------------------------------------------------

LINK = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)


def count_links(texts):
    """How many web links the texts hold between them."""
    return sum(len(LINK.findall(text)) for _path, text in texts)


def spam_signals(*, honeypot, elapsed_ms, texts, min_seconds, max_links):
    """The reasons to take a submission for spam (empty when there are none).

    ``honeypot``: what the hidden field held; ``elapsed_ms``: time from the form being
    shown to it being sent (None when unknown); ``texts``: ``[(path, text)]``.
    """
    signals = []
    if honeypot not in (None, ""):
        signals.append({"signal": "honeypot", "detail": "The hidden field was filled in."})
    if elapsed_ms is not None and elapsed_ms < min_seconds * 1000:
        signals.append(
            {
                "signal": "too_fast",
                "detail": f"Sent {elapsed_ms} ms after the form was shown "
                f"(a person takes at least {min_seconds} s).",
            }
        )
    links = count_links(texts)
    if links > max_links:
        signals.append(
            {"signal": "too_many_links", "detail": f"{links} links (at most {max_links})."}
        )
    return signals
