"""Attributing an embed to a partner, and the partner's accent colour.

``?partner=<widget key>`` on an embed URL names the partner whose page frames it. A
known, active partner's theme colour becomes the accent and the request is attributed
to it (``request.iitk_partner``); any other key is ignored and the content is shown
unattributed, so a stale snippet never breaks a page.

The accent comes from a stylesheet (``theme/<rrggbb>.css``) rather than inline style,
so embeds keep a strict Content-Security-Policy. Its URL names the colour, not the
partner: the same URL always holds the same bytes and may be cached for ever. The accent
colours link text on a white card, so a colour too light for that (under WCAG AA's 4.5:1)
is not used: the embed keeps the toolkit's own accent.
"""

import re

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from ..models import PartnerOrganisation

HEX_COLOUR = re.compile(r"^#?([0-9a-fA-F]{6})$")

#: Seconds a theme stylesheet may be cached: a year (its URL names its content).
THEME_MAX_AGE = 365 * 24 * 60 * 60

#: The least contrast with the white card that link text needs (WCAG 2.2 AA, 1.4.3).
MIN_CONTRAST = 4.5


def contrast_with_white(colour):
    """The WCAG contrast ratio of ``#rrggbb`` against white, from 1 to 21."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


def accent_colour(partner):
    """The partner's theme colour as ``rrggbb`` when it is fit to be the accent, else None."""
    match = HEX_COLOUR.match(partner.theme_colour or "") if partner else None
    if not match or contrast_with_white(match.group(1)) < MIN_CONTRAST:
        return None
    return match.group(1).lower()


def partner_for_request(request):
    """Find the partner named by ``?partner=``, record it on the request, return it."""
    partner = PartnerOrganisation.for_key(request.GET.get("partner", "").strip())
    request.iitk_partner = partner
    return partner


def partner_code(partner):
    """How metrics identify a partner: its ODS code, else its id."""
    return partner.ods_code or str(partner.pk)


def theme_url(partner):
    """The URL of the stylesheet that sets this partner's accent, or None."""
    colour = accent_colour(partner)
    return reverse("wagtail_iitk_embed:theme", kwargs={"colour": colour}) if colour else None


@require_safe
def theme_stylesheet(request, colour):
    """``:root { --iitk-accent: #rrggbb; }``: the accent the card styles read."""
    if not HEX_COLOUR.match(colour) or colour != colour.lower():
        raise Http404
    response = HttpResponse(
        f":root{{--iitk-accent:#{colour}}}\n", content_type="text/css; charset=utf-8"
    )
    response["Cache-Control"] = f"public, max-age={THEME_MAX_AGE}, immutable"
    response["X-Content-Type-Options"] = "nosniff"
    return response
