"""Validators for the toolkit's editorial rules."""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_PURPOSE_WORDS = 20


def validate_one_sentence(value):
    """A purpose is one line of at most 20 words, so cards stay scannable."""
    if "\n" in value:
        raise ValidationError(_("Write the purpose on one line."))
    words = len(value.split())
    if words > MAX_PURPOSE_WORDS:
        raise ValidationError(
            _("Keep the purpose to %(max)d words or fewer (it has %(count)d).")
            % {"max": MAX_PURPOSE_WORDS, "count": words}
        )


HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def validate_hex_colour(value):
    """A theme colour is a six-digit hex code such as #005eb8."""
    if not HEX_COLOUR.match(value):
        raise ValidationError(_("Enter a colour as # and six hex digits, e.g. #005eb8."))


ODS_CODE = re.compile(r"^[A-Z0-9]{3,10}$")


def validate_ods_code(value):
    """NHS Organisation Data Service codes are 3 to 10 capital letters and digits."""
    if value and not ODS_CODE.match(value):
        raise ValidationError(
            _("Enter the ODS code in capitals and digits only, e.g. RX1 or A81001.")
        )


def normalise_origin(value):
    """Return ``scheme://host[:port]`` for a web origin, or raise ValidationError."""
    value = value.strip().rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            _("'%(value)s' is not a web origin; write it as https://intranet.example.nhs.uk")
            % {"value": value}
        )
    if "*" in parts.hostname:
        raise ValidationError(
            _("'%(value)s' has a wildcard; list each intranet's origin in full.") % {"value": value}
        )
    if parts.path or parts.query or parts.fragment or parts.username:
        raise ValidationError(
            _("'%(value)s' must be an origin only: no path, query or user name.") % {"value": value}
        )
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}"


def validate_origins(value):
    """Each line is a web origin such as https://intranet.example.nhs.uk."""
    for line in value.splitlines():
        if line.strip():
            normalise_origin(line)
