"""Who may vouch for an item: the counts that feed social proof cannot be inflated.

"I used this tool" and "helpful" are shown to the public ("used by 200 people"), so a
page that sends them must be one the toolkit trusts, and one address cannot add many:

- they count only from the toolkit's own pages (its origin, or one in
  ``CSRF_TRUSTED_ORIGINS``) and from the allowed origins of active partners; a request
  with no Origin (a script: browsers send one with every POST) or another origin has
  them dropped, silently, like events about hidden items;
- each address (as seen through the trusted proxies, and only hashed) adds at most
  ``EVENTS_DAILY_MARKS_PER_ADDRESS`` of each a day for each item. The tally lives in the
  API's cache; while that cache is down, no marks are counted (nothing else is lost).

Views, impressions and the other events stay open to any origin: they feed reports,
not public figures.
"""

import logging

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone
from django.utils.crypto import salted_hmac

from ..conf import iitk_settings
from ..models import EngagementEventType
from ..web.origins import clean_source, own_origin, partner_origins
from ..web.throttling import ToolkitRateThrottle

logger = logging.getLogger("wagtail_iitk.engagement")

#: The events whose counts the public sees.
SOCIAL_PROOF = frozenset({EngagementEventType.USED, EngagementEventType.HELPFUL})
#: A day's tally is kept a little over a day (the day is in the key).
TALLY_TIMEOUT = 26 * 60 * 60


def may_vouch(request):
    """True when the request's Origin is the toolkit's own or an active partner's."""
    origin = request.headers.get("Origin", "").strip()
    if not origin or origin == "null":
        return False
    origin = clean_source(origin)
    if origin is None:
        return False
    own = {own_origin(request), *(clean_source(o) for o in settings.CSRF_TRUSTED_ORIGINS)}
    return origin in own or origin in partner_origins()


def _tally_key(address, day, type_, kind, item):
    # The address is only hashed, with the site's secret key: no IP address is stored.
    who = salted_hmac("wagtail_iitk.marks", address, algorithm="sha256").hexdigest()[:32]
    return f"iitk:marks:{day.isoformat()}:{who}:{type_}:{kind}:{item}"


def within_daily_cap(request, events):
    """``events`` ((type, kind, item) tuples) with the social-proof ones past the day's
    cap for this address dropped; the others are kept as they are."""
    cap = iitk_settings.EVENTS_DAILY_MARKS_PER_ADDRESS
    wanted = {}
    for event in events:
        if event[0] in SOCIAL_PROOF:
            wanted[event] = wanted.get(event, 0) + 1
    if not wanted:
        return events
    address = ToolkitRateThrottle().get_ident(request)
    day = timezone.localdate()
    cache = caches[iitk_settings.API_CACHE_ALIAS]
    allowed = {}
    try:
        for (type_, kind, item), n in wanted.items():
            key = _tally_key(address, day, type_, kind, item)
            cache.add(key, 0, TALLY_TIMEOUT)
            total = cache.incr(key, n)
            allowed[(type_, kind, item)] = max(0, min(n, cap - (total - n)))
    except Exception:  # noqa: BLE001 (a cache outage must not fail the batch)
        logger.warning("Mark tally unavailable; not counting used or helpful marks")
        allowed = {}
    kept = []
    for event in events:
        if event[0] not in SOCIAL_PROOF:
            kept.append(event)
        elif allowed.get(event, 0) > 0:
            allowed[event] -= 1
            kept.append(event)
    return kept


def admitted(request, events):
    """The events of a batch that count: social proof only from a page that may vouch,
    and within the address's daily cap."""
    if not may_vouch(request):
        return [event for event in events if event[0] not in SOCIAL_PROOF]
    return within_daily_cap(request, events)
