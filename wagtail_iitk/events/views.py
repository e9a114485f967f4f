"""The events' site routes (named by dotted path from the page models): the calendar
feed of an events index, one event's calendar file, the registration form, and the
signed cancel link.

GET and HEAD never write: the forms write only on POST, behind Django's CSRF check,
and a sent form redirects (reloading it sends nothing twice).
"""

from django.core import signing
from django.db import DatabaseError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from wagtail.views import serve as wagtail_serve

from ..models.events import RegistrationStatus
from ..web.errors import RETRY_AFTER_SECONDS
from . import calendars
from .forms import RegistrationForm
from .registration import (
    AlreadyRegistered,
    BadCancelLink,
    RegistrationClosed,
    cancel,
    places_left,
    register,
    registration_for,
)
from .throttling import RegistrationRateThrottle

DONE_SALT = "wagtail_iitk.events.registered"
TEMPLATES = "wagtail_iitk/events/"
#: How long browsers and calendar programs may keep a calendar file (seconds).
FEED_MAX_AGE = 300


def _ics(body, filename, public=True):
    response = HttpResponse(body, content_type=calendars.CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    if public:
        patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
    else:
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    return response


def serve_ics(request, path, name):
    """``<page path>calendar.ics`` and ``<page path>event.ics``: served by Wagtail, as
    the page's ``calendar.ics/`` or ``event.ics/`` route, so a draft is not found and a
    private page asks for a login, exactly as the page itself."""
    return wagtail_serve(request, f"{path}{name}.ics/")


def calendar_feed(index, request):
    """``calendar.ics``: the index's upcoming public events."""
    events = list(index.upcoming())
    urls = {event.pk: event.get_full_url(request) for event in events}
    name = f"{index.title} – {index.toolkit_home.title}" if index.toolkit_home else index.title
    return _ics(calendars.calendar(events, urls, name=name), "calendar.ics")


def event_file(event, request):
    """``event.ics``: one event (Wagtail has already checked the page may be seen)."""
    private = event.get_view_restrictions().exists()
    body = calendars.calendar([event], {event.pk: event.get_full_url(request)})
    return _ics(body, f"{event.slug}.ics", public=not private)


def _render(event, request, template, status=200, **context):
    response = event.render(request, template=f"{TEMPLATES}{template}", context_overrides=context)
    response.status_code = status
    add_never_cache_headers(response)
    return response


def _form_page(event, request, form, status=200, retry_after=None):
    response = _render(
        event,
        request,
        "register.html",
        status,
        form=form,
        errors=form.error_summary() if form.is_bound else [],
        places_left=places_left(event),
    )
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


def register_view(event, request):
    """``register/``: the form; on POST, a place or a place on the waiting list."""
    if not event.registers_here:
        raise Http404
    if request.method != "POST":
        done = request.GET.get("done")
        if done:
            return _registered_page(event, request, done)
        return _form_page(event, request, RegistrationForm())
    form = RegistrationForm(request.POST)
    if not form.is_valid():
        return _form_page(event, request, form, status=400)
    if form.cleaned_data["website"]:  # a robot: say nothing useful, store nothing
        return _form_page(event, request, RegistrationForm())
    throttle = RegistrationRateThrottle()
    if not throttle.allow_request(request, None):
        wait = int(throttle.wait() or 1)
        form.add_error(
            None,
            _("You have registered several times in a short time. Try again in %(n)s minutes.")
            % {"n": max(1, round(wait / 60))},
        )
        return _form_page(event, request, form, status=429, retry_after=wait)
    data = form.cleaned_data
    try:
        registration = register(
            event.pk, name=data["name"], email=data["email"], organisation=data["organisation"]
        )
    except RegistrationClosed:
        raise Http404 from None
    except AlreadyRegistered:
        form.add_error(
            "email",
            _(
                "This email address is already registered for this event. Use the link in "
                "your confirmation email to cancel."
            ),
        )
        return _form_page(event, request, form, status=409)
    except DatabaseError:
        form.add_error(None, _("We could not register you just now. Please try again soon."))
        return _form_page(event, request, form, 503, retry_after=RETRY_AFTER_SECONDS)
    token = signing.dumps({"e": event.pk, "s": registration.status}, salt=DONE_SALT)
    url = event.get_url(request=request) + event.reverse_subpage("register")
    return HttpResponseRedirect(f"{url}?done={token}")


def _registered_page(event, request, token):
    try:
        done = signing.loads(token, salt=DONE_SALT, max_age=3600)
    except signing.BadSignature:
        raise Http404 from None
    if done.get("e") != event.pk:
        raise Http404
    waiting = done.get("s") == RegistrationStatus.WAITING
    return _render(event, request, "registered.html", waiting=waiting)


def cancel_view(event, request):
    """``cancel/?token=...``: confirm, then (on POST) cancel; a freed place moves up the
    first person waiting."""
    token = request.GET.get("token", "")
    try:
        registration = registration_for(token, event)
    except BadCancelLink:
        raise Http404 from None
    if request.method != "POST":
        already = registration.status == RegistrationStatus.CANCELLED
        return _render(event, request, "cancel.html", cancelled=already, confirm=not already)
    try:
        cancel(registration.pk)
    except DatabaseError:
        response = _render(event, request, "cancel.html", confirm=True, failed=True, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return _render(event, request, "cancel.html", cancelled=True)
