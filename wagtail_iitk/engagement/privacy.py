"""Who is not counted, and what is kept of a request: nothing about the person.

An event is counted only when the browser has not asked to be left alone (Global
Privacy Control, Do Not Track) and the client is not a bot or crawler. Of the request
itself only the embedding page's origin (scheme, host and port) is ever kept.
"""

from functools import lru_cache

import crawleruseragents
from django.core.exceptions import ValidationError

from ..conf import iitk_settings
from ..models.validators import normalise_origin

#: Real browsers send a User-Agent of a few hundred characters at most; anything longer
#: is treated as automated (and is never put in the lookup cache below).
MAX_USER_AGENT_LENGTH = 512
#: The longest origin kept (the model's column).
MAX_ORIGIN_LENGTH = 255

OPTED_OUT = "opted_out"
BOT = "bot"
DISABLED = "disabled"


@lru_cache(maxsize=4096)
def _listed_crawler(user_agent):
    # The maintained crawler-user-agents list is ~1,500 patterns: about 0.2 ms a match.
    # Browsers' User-Agent strings repeat endlessly, so each distinct one is matched once.
    return crawleruseragents.is_crawler(user_agent)


def is_bot(user_agent):
    """True for bots, crawlers, scripts and headless browsers, and for a missing or
    absurdly long User-Agent (every browser sends one)."""
    user_agent = (user_agent or "").strip()
    if not user_agent or len(user_agent) > MAX_USER_AGENT_LENGTH:
        return True
    return _listed_crawler(user_agent)


def opted_out(request):
    """True when the browser sends Global Privacy Control (``Sec-GPC: 1``) or Do Not
    Track (``DNT: 1``): the person asked not to be tracked, so nothing is counted."""
    headers = request.headers
    return headers.get("Sec-GPC", "").strip() == "1" or headers.get("DNT", "").strip() == "1"


def not_counted_because(request):
    """Why this request's events are not counted (``"disabled"``, ``"opted_out"`` or
    ``"bot"``), or None when they are."""
    if not iitk_settings.ENGAGEMENT_ENABLED:
        return DISABLED
    if opted_out(request):
        return OPTED_OUT
    if is_bot(request.headers.get("User-Agent", "")):
        return BOT
    return None


def request_origin(request):
    """The ``Origin`` header as ``scheme://host[:port]``, or "" when absent, ``null``
    (an opaque origin) or not a web origin. Never a path: that could name a person's
    page on an intranet."""
    value = request.headers.get("Origin", "").strip()
    if not value or value == "null" or len(value) > MAX_ORIGIN_LENGTH:
        return ""
    try:
        return normalise_origin(value.lower())
    except ValidationError:
        return ""
