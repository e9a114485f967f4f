"""The "I used this tool" and "This was helpful" buttons: plain forms, no JavaScript.

A press posts here; the count goes up and the browser is sent back (303) to the page,
which thanks the person. Nothing is kept about them and no cookie is set.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..models import get_kind, get_kinds
from .ingest import add_counts
from .privacy import OPTED_OUT, not_counted_because, request_origin
from .social_proof import within_daily_cap
from .throttling import MarkRateThrottle


def marks():
    """{kind name: the feedback buttons its pages have}, from the registry of kinds."""
    return {kind.name: kind.feedback for kind in get_kinds() if kind.is_page and kind.feedback}


#: The query parameter that tells the page to say thank you, and the anchor it jumps to.
THANKS_PARAM = "iitk_thanks"
FEEDBACK_ANCHOR = "iitk-feedback"
NOT_COUNTED = "not-counted"


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


def own_origins(request):
    """The toolkit's own origin for this request, and the site's CSRF_TRUSTED_ORIGINS."""
    return {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}


def from_own_pages(request):
    """True when the Origin header (or, failing that, the Referer's origin) is the
    toolkit's own: other sites cannot press the buttons on a visitor's behalf."""
    origin = request.headers.get("Origin", "")
    if not origin or origin == "null":
        referer = urlsplit(request.headers.get("Referer", ""))
        origin = f"{referer.scheme}://{referer.netloc}" if referer.netloc else ""
    return bool(origin) and origin in own_origins(request)


def _text(status, message, **headers):
    response = HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")
    for name, value in headers.items():
        response[name] = value
    return response


# csrf_exempt, deliberately: the buttons sit on public pages that are cached and must set
# no cookie, so there is no CSRF token to send. What a forged post could do is add one to
# an anonymous aggregate count, nothing more; even that is refused unless the Origin (or
# Referer) is the toolkit's own, and it is throttled per client.
@csrf_exempt
@require_POST
@never_cache
def mark(request):
    """Count one press of a feedback button and send the browser back to the page."""
    if not from_own_pages(request):
        return _text(403, _("Use the buttons on the toolkit's own pages."))
    kind, item, event = (request.POST.get(name, "") for name in ("kind", "item", "type"))
    if event not in marks().get(kind, ()):
        return _text(400, _("Unknown button: kind and type must name one of the page's buttons."))
    page = get_kind(kind).public_queryset().filter(slug=item).order_by("path").first()
    if page is None:
        raise Http404("No such page.")
    throttle = MarkRateThrottle()
    if not throttle.allow_request(request, None):
        wait = int(throttle.wait() or 1)
        message = ngettext(
            "Too many requests: try again in %(seconds)d second.",
            "Too many requests: try again in %(seconds)d seconds.",
            wait,
        ) % {"seconds": wait}
        return _text(429, message, **{"Retry-After": str(wait)})
    reason = not_counted_because(request)
    if reason is None and within_daily_cap(request, [(event, kind, item)]):
        add_counts({(kind, page.pk, event): 1}, origin=request_origin(request))
    # Bots are thanked like anyone; a browser that asked not to be tracked is told why
    # its press was not counted.
    thanks = NOT_COUNTED if reason == OPTED_OUT else event
    url = page.get_url(request)
    return HttpResponseSeeOther(f"{url}?{THANKS_PARAM}={thanks}#{FEEDBACK_ANCHOR}")
