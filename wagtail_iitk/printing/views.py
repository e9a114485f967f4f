"""The card routes: ``cards.pdf`` on a toolkit home, ``card.pdf`` on a tool page.

A PDF is made once per content version and request (host, path, filters) and kept in
the API's cache: a publish moves the version (``cards.changes``), so the next request
draws a fresh one. A read writes nothing but the cache, and a conditional request with
the current ETag is answered 304 without drawing anything.
"""

import contextlib
import logging

from django.core.cache import caches
from django.http import Http404, HttpResponse, HttpResponseNotModified, JsonResponse
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ..conf import iitk_settings
from ..models import ContentVersion, ToolPage, visible_pages
from ..web.caching import HMAC_ALGORITHM, make_etag, request_fingerprint
from ..web.errors import error_body
from ..web.links import Links
from .deck import BadFilter, cards, deck_params, deck_tools
from .pdf import PrintingUnavailable, render_pdf

logger = logging.getLogger("wagtail_iitk.printing")

#: The longest a drawing may hold its lock (seconds): a thousand cards take minutes.
DRAWING_TIMEOUT = 600


def _cache_key(version, request):
    digest = salted_hmac(
        "wagtail_iitk.printing", request_fingerprint(request), algorithm=HMAC_ALGORITHM
    ).hexdigest()[:40]
    return f"iitk:cards-pdf:{version}:{translation.get_language()}:{digest}"


def _cached_pdf(request, filename, make):
    """The PDF ``make()`` draws, from the cache when this version already has it."""
    version, _changed = ContentVersion.current()
    etag = make_etag(f"cards:{version}:{translation.get_language()}", request)
    if etag in request.headers.get("If-None-Match", ""):
        return HttpResponseNotModified(headers={"ETag": etag})
    cache = caches[iitk_settings.API_CACHE_ALIAS]
    key = _cache_key(version, request)
    body = None
    with contextlib.suppress(Exception):  # a cache outage: draw it again
        body = cache.get(key)
    if body is None:
        # One drawing per deck at a time: a large deck takes seconds, and a burst of
        # requests for it after a publish must not draw it once each.
        lock = f"{key}:drawing"
        try:
            # (A fail-soft cache that is down refuses the add and has no lock to show:
            # then draw, unguarded, rather than refuse every request.)
            drawing_elsewhere = not cache.add(lock, 1, DRAWING_TIMEOUT) and bool(cache.get(lock))
        except Exception:  # noqa: BLE001 (a cache outage: draw it, unguarded)
            drawing_elsewhere = False
        if drawing_elsewhere:
            return JsonResponse(
                error_body("busy", "These cards are being drawn: try again in a moment."),
                status=503,
                headers={"Retry-After": "10"},
            )
        try:
            body = make()
        except PrintingUnavailable as error:
            logger.error("Tool cards cannot be drawn: %s", error)
            return JsonResponse(
                error_body(
                    "unavailable",
                    "Printable cards are not available on this site: it needs "
                    "wagtail-iitk's 'cards' extra (WeasyPrint and segno).",
                ),
                status=503,
                headers={"Retry-After": "3600"},
            )
        finally:
            with contextlib.suppress(Exception):
                cache.delete(lock)
        with contextlib.suppress(Exception):  # the cache is down: the next one draws it
            cache.set(key, body, iitk_settings.API_SERVER_CACHE_TIMEOUT)
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={iitk_settings.API_MAX_AGE}"
    return response


def deck_view(home, request):
    """``<toolkit home>/cards.pdf?perspective=...&stage=...``: every public tool that
    matches, four cards to an A4 sheet; a 400 naming a bad filter."""
    try:
        params = deck_params(request.GET)
        tools = deck_tools(home, request.GET)
    except BadFilter as error:
        return JsonResponse(
            error_body("invalid", "Check the filters of the deck.", error.fields), status=400
        )
    links = Links(request)
    name = "-".join(["tool-cards", *(slugify(v) for _, v in params)])[:120]

    def make():
        return render_pdf(
            cards(tools, lambda tool: links.page_url(tool.url_path)),
            title=_("Tool cards: %(toolkit)s") % {"toolkit": home.title},
            language=translation.get_language(),
        )

    return _cached_pdf(request, f"{name}.pdf", make)


def tool_card_view(tool, request):
    """``<tool page>/card.pdf``: one tool's card on an A4 sheet, cut lines and all;
    404 unless the tool is public (a logged-in reader of a private tool gets none)."""
    public = visible_pages(ToolPage.objects.filter(pk=tool.pk))
    if not public.exists():
        raise Http404
    links = Links(request)

    def make():
        return render_pdf(
            cards(public, lambda page: links.page_url(page.url_path)),
            title=tool.title,
            language=translation.get_language(),
        )

    return _cached_pdf(request, f"{tool.slug}-card.pdf", make)
