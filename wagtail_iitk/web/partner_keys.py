"""Telling a widget's developer that its partner key is wrong, at no cost to the reader.

Widgets add ``partner=<key>`` to every read. When the key is not an active partner's (a
typo, a deactivated partner, or the documentation's placeholder ``YOUR-WIDGET-KEY``
left in place), a full answer carries an ``IITK-Warning`` header saying so, and the
widgets print it in the browser's console once a page. Nothing else changes: the body,
the ETag and the server cache ignore ``partner``, and a 304 needs no header (the
browser keeps the one it stored with the 200).

The active keys are held as a set of their HMAC digests, cached per content version
(a partner's save moves the version), so the check costs no query while the version
stands and compares digests, never the keys themselves.
"""

import re

from django.utils.crypto import salted_hmac

from ..models import PartnerOrganisation
from . import caching

WARNING_HEADER = "IITK-Warning"
PLACEHOLDER = "YOUR-WIDGET-KEY"
#: Keys the warning may quote: what ``generate_widget_key`` makes (and the placeholder).
QUOTABLE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _digest(key):
    return salted_hmac("wagtail_iitk.api.partner-key", key, algorithm="sha256").hexdigest()


def active_key_digests(version):
    """The digests of every active partner's widget key (cached per content version)."""
    cache_key = f"iitk:api:partner-keys:{version}"
    digests = caching.cache_get(cache_key)
    if digests is None:
        keys = PartnerOrganisation.objects.filter(active=True).values_list("widget_key", flat=True)
        digests = frozenset(_digest(key) for key in keys)
        caching.cache_set(cache_key, digests)
    return digests


def partner_warning(key, version):
    """What to tell the developer about the ``partner`` parameter, or None when it is
    an active partner's key. ASCII only (it is a header)."""
    key = key.strip()
    if key and len(key) <= 64 and _digest(key) in active_key_digests(version):
        return None
    if key == PLACEHOLDER:
        return (
            f"Improving Improvement Toolkit widgets: data-iitk-partner is still the placeholder "
            f"{PLACEHOLDER}. Put your organisation's widget key there (the toolkit's team "
            f"gives it), or remove the attribute."
        )
    quoted = f' "{key}"' if QUOTABLE.match(key) else ""
    return (
        f"Improving Improvement Toolkit widgets: the toolkit does not know the partner "
        f"key{quoted} (data-iitk-partner), so use is not counted for your organisation. "
        f"Check it with the toolkit's team, or remove the attribute."
    )
