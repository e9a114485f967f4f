"""Emails to people who registered: a place (with the event as an .ics file), a place
on the waiting list, a place that came free, a cancellation.

Sent by a django-tasks task after the registration has committed, so a slow mail
server never holds up the form. The registrant's name is their own text: it is made
plain text, and the HTML part escapes it again.
"""

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django_tasks import task

from ..conf import iitk_settings
from ..models import EventRegistration
from ..models.events import RegistrationStatus, event_zone
from . import calendars
from .registration import cancel_token

logger = logging.getLogger("wagtail_iitk.events")

TEMPLATE_DIR = "wagtail_iitk/events/emails/"
#: What each email is about → (subject, whether it carries the event's .ics file).
EMAILS = {
    RegistrationStatus.CONFIRMED: (lambda title: _("Your place at %s") % title, True),
    RegistrationStatus.WAITING: (lambda title: _("On the waiting list for %s") % title, False),
    "promoted": (lambda title: _("A place came free for you at %s") % title, True),
    "cancelled": (lambda title: _("Registration cancelled: %s") % title, False),
}


def _plain(text):
    """One line of plain text: no control characters, no line breaks."""
    return " ".join("".join(c if c.isprintable() else " " for c in text or "").split())


def render_email(registration, what):
    """(subject, text body, HTML body, .ics bytes or None) for one registration."""
    event = registration.event
    subject_of, with_file = EMAILS[what]
    url = event.full_url or ""
    cancel_url = ""
    if url and what != "cancelled":
        query = urlencode({"token": cancel_token(registration)})
        cancel_url = f"{url}{event.reverse_subpage('cancel')}?{query}"
    context = {
        "what": str(what),
        "name": _plain(registration.name),
        "event": event,
        "title": _plain(event.title),
        "url": url,
        "cancel_url": cancel_url,
        "zone": event_zone(),
        "zone_name": iitk_settings.EVENT_TIME_ZONE,
        "toolkit_name": iitk_settings.TOOLKIT_NAME,
    }
    subject = _plain(subject_of(context["title"]))
    text = render_to_string(f"{TEMPLATE_DIR}registration.txt", context).strip() + "\n"
    html = render_to_string(f"{TEMPLATE_DIR}registration.html", context)
    ics = calendars.calendar([event], {event.pk: url}) if with_file and url else None
    return subject, text, html, ics


@task()
def send_registration_email(registration_id, what):
    """Email the registrant about their registration; True if an email was sent."""
    registration = (
        EventRegistration.objects.select_related("event").filter(pk=registration_id).first()
    )
    if registration is None or not registration.email or registration.erased_at:
        return False
    subject, text, html, ics = render_email(registration, what)
    message = EmailMultiAlternatives(
        subject,
        text,
        getattr(settings, "DEFAULT_FROM_EMAIL", None),
        [registration.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(html, "text/html")
    if ics:
        message.attach("event.ics", ics, calendars.CONTENT_TYPE)
    message.send()
    return True
