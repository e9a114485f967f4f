"""Web origins: cleaning them for headers, the partners' allowed origins, and who may
post contributions. Shared by the API, the embeds and the site's forms."""

import logging
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError

from ..conf import iitk_settings
from ..models import ContentVersion, PartnerOrganisation
from ..models.validators import normalise_origin
from . import caching

logger = logging.getLogger("wagtail_iitk.web")

MAX_ORIGIN_LENGTH = 255
SELF = "'self'"


#: A CSP host source we are willing to put in a header: scheme, host (optionally
#: ``*.``-prefixed) and port. Nothing that could end a directive or a header.
SOURCE = re.compile(r"^https?://(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:[0-9]{1,5})?$")


def clean_source(value):
    """``value`` as a normalised origin fit for a CSP header, or None."""
    try:
        origin = normalise_origin(str(value))
    except (ValidationError, ValueError):  # ValueError: a port out of range
        return None
    origin = origin.lower()
    return origin if SOURCE.match(origin) else None


def origins_from_text(text):
    """The valid origins in an ``allowed_origins`` text, one per line; bad lines skipped.

    The model's ``origin_list`` raises on a bad line; a partner created outside the
    admin form could hold one, and it must not take every embed down.
    """
    origins = []
    for line in (text or "").splitlines():
        if line.strip():
            origin = clean_source(line)
            if origin:
                origins.append(origin)
            else:
                logger.warning("Ignoring a partner origin that is not a web origin: %r", line)
    return origins


def partner_origins():
    """The allowed origins of every active partner, sorted, without duplicates.

    One query for the content version; the list itself comes from the cache when the
    version has not moved since it was built.
    """
    version, _changed = ContentVersion.current()
    key = f"iitk:embed:partner-origins:{version}"
    origins = caching.cache_get(key)
    if origins is None:
        texts = PartnerOrganisation.objects.filter(active=True).values_list(
            "allowed_origins", flat=True
        )
        origins = sorted({origin for text in texts for origin in origins_from_text(text)})
        caching.cache_set(key, origins)
    return origins


def own_origin(request):
    """The toolkit's own origin as this request reached it."""
    return f"{request.scheme}://{request.get_host()}".lower()


def origin_allowed(request):
    """May a page on the request's Origin post a submission? (Django request.)"""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    if len(origin) > MAX_ORIGIN_LENGTH or origin.strip() == "null":
        return False
    origin = clean_source(origin)
    if origin is None:
        return False
    if origin == own_origin(request):
        return True
    configured = {clean_source(value) for value in iitk_settings.SUBMISSION_ALLOWED_ORIGINS}
    return origin in configured or origin in partner_origins()


def static_sources():
    """Where the embeds' stylesheet and scripts come from: this site, and the static
    files' own origin when STATIC_URL points elsewhere (a CDN)."""
    sources = [SELF]
    parts = urlsplit(settings.STATIC_URL or "")
    if parts.scheme and parts.netloc:
        origin = clean_source(f"{parts.scheme}://{parts.netloc}")
        if origin:
            sources.append(origin)
    return " ".join(sources)


def from_own_pages(request):
    """True when the Origin header (or, failing that, the Referer's origin) is the
    toolkit's own or one of CSRF_TRUSTED_ORIGINS: for the no-JavaScript forms on cached
    public pages, which carry no CSRF token (they set no cookie)."""
    origin = request.headers.get("Origin", "")
    if not origin or origin == "null":
        referer = urlsplit(request.headers.get("Referer", ""))
        origin = f"{referer.scheme}://{referer.netloc}" if referer.netloc else ""
    own = {own_origin(request), *(o.lower() for o in settings.CSRF_TRUSTED_ORIGINS)}
    return bool(origin) and origin.lower() in own
