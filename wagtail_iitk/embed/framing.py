"""Who may frame the embeds, as a Content-Security-Policy.

Embed responses say ``frame-ancestors 'self' <origins>``, where the origins come from
the ``EMBED_FRAME_ANCESTORS`` setting: by default every active partner organisation's
allowed origins. Every other HTML response of the package denies framing (see
:mod:`.headers`).

The partner origins are read once per content version: saving a partner moves the
version (see ``signal_handlers``), so the cached list is never stale.
"""

import logging
from functools import wraps

from django.views.decorators.clickjacking import xframe_options_exempt

from ..conf import iitk_settings
from ..headers import CSP
from ..web.origins import clean_source, partner_origins, static_sources

logger = logging.getLogger("wagtail_iitk.embed")

PARTNERS = "partners"
ANY = "*"
SELF = "'self'"


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
