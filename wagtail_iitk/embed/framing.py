"""Who may frame the embeds, as a Content-Security-Policy.

Embed responses say ``frame-ancestors 'self' <origins>``, where the origins come from
the ``EMBED_FRAME_ANCESTORS`` setting: by default every active partner organisation's
allowed origins. Every other HTML response of the package denies framing (see
:mod:`.headers`).

The partner origins are read once per content version: saving a partner moves the
version (see ``signal_handlers``), so the cached list is never stale.
"""

import logging
import re
from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.views.decorators.clickjacking import xframe_options_exempt

from ..api import caching
from ..conf import iitk_settings
from ..models import ContentVersion, PartnerOrganisation
from ..models.validators import normalise_origin
from .headers import CSP

logger = logging.getLogger("wagtail_iitk.embed")

#: A CSP host source we are willing to put in a header: scheme, host (optionally
#: ``*.``-prefixed) and port. Nothing that could end a directive or a header.
SOURCE = re.compile(r"^https?://(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:[0-9]{1,5})?$")

PARTNERS = "partners"
ANY = "*"
SELF = "'self'"


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


def frame_ancestors():
    """The sources of the ``frame-ancestors`` directive for embed responses."""
    setting = iitk_settings.EMBED_FRAME_ANCESTORS
    entries = [setting] if isinstance(setting, str) else list(setting)
    if ANY in entries:
        return [ANY]
    sources = [SELF]
    for entry in entries:
        if entry == PARTNERS:
            sources += partner_origins()
        elif entry in ("self", SELF):
            continue
        elif origin := clean_source(entry):
            sources.append(origin)
        else:
            logger.warning("Ignoring %r in EMBED_FRAME_ANCESTORS: it is not a web origin", entry)
    return list(dict.fromkeys(sources))


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


def embed_policy():
    """The whole Content-Security-Policy of an embed page."""
    assets = static_sources()
    return "; ".join(
        [
            "default-src 'none'",
            f"style-src {assets}",
            f"script-src {assets}",
            "img-src 'self' data:",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors " + " ".join(frame_ancestors()),
        ]
    )


def embeddable(view):
    """Decorate an embed view: the partner framing policy instead of X-Frame-Options,
    nosniff, and a referrer policy that tells the toolkit's pages no more than the
    embed's origin."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response[CSP] = embed_policy()
        response["X-Content-Type-Options"] = "nosniff"
        response["Referrer-Policy"] = "strict-origin-when-cross-origin"
        return response

    return xframe_options_exempt(wrapped)
