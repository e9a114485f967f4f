"""Registering for an event handled by the toolkit, and cancelling.

Capacity holds however many people register at once: each registration locks the
event's row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite lets one writer in at a
time anyway), counts the confirmed places and only then writes, so the last places go
to the first comers and everyone after them joins the waiting list in order. A
cancellation takes the same lock, frees the place and gives it to the first person
waiting. Emails are queued after the commit (``events.emails``).

The cancel link carries a signed token (``django.core.signing``) naming the
registration: no account, nothing to guess.
"""

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..models import EventPage, EventRegistration
from ..models.events import RegistrationMode, RegistrationStatus

CANCEL_SALT = "wagtail_iitk.events.cancel"


class RegistrationClosed(Exception):
    """The event takes no registrations through the toolkit (now)."""


class AlreadyRegistered(Exception):
    """This email address already has a place (or a place on the waiting list)."""

    def __init__(self, registration):
        super().__init__("Already registered")
        self.registration = registration


class BadCancelLink(Exception):
    """The cancel link is not one the toolkit signed for this event."""


def cancel_token(registration):
    """The signed token of a registration's cancel link."""
    return signing.dumps({"r": registration.pk, "e": registration.event_id}, salt=CANCEL_SALT)


def registration_for(token, event):
    """The registration a cancel token names (for ``event``); BadCancelLink if none."""
    try:
        data = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        raise BadCancelLink from None
    if not isinstance(data, dict) or data.get("e") != event.pk:
        raise BadCancelLink
    found = EventRegistration.objects.filter(pk=data.get("r"), event_id=event.pk).first()
    if found is None:
        raise BadCancelLink
    return found


def _locked_event(event_id):
    # Only the event's own row: the page row stays free for editors.
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def _after_commit(registration_id, what):
    from .emails import send_registration_email

    transaction.on_commit(lambda: send_registration_email.enqueue(registration_id, what))


def register(event_id, *, name, email, organisation="", now=None):
    """Give a place, or a place on the waiting list, to one person; returns the
    registration. RegistrationClosed or AlreadyRegistered when it cannot."""
    email = email.strip().lower()
    try:
        with transaction.atomic():
            event = _locked_event(event_id)
            # The time once the lock is held: the waiting list's order is the order in
            # which registrations got through.
            now = now or timezone.now()
            if event.registration != RegistrationMode.TOOLKIT or event.end <= now:
                raise RegistrationClosed
            places = event.registrations.exclude(status=RegistrationStatus.CANCELLED)
            existing = places.filter(email=email).first()
            if existing is not None:
                raise AlreadyRegistered(existing)
            confirmed = places.filter(status=RegistrationStatus.CONFIRMED).count()
            full = event.capacity is not None and confirmed >= event.capacity
            registration = EventRegistration.objects.create(
                event=event,
                name=name.strip(),
                email=email,
                organisation=organisation.strip(),
                status=RegistrationStatus.WAITING if full else RegistrationStatus.CONFIRMED,
                created_at=now,
            )
            _after_commit(registration.pk, registration.status)
    except IntegrityError:
        # The same address registering twice at once: the constraint let one in.
        existing = EventRegistration.objects.filter(event_id=event_id, email=email).exclude(
            status=RegistrationStatus.CANCELLED
        )
        raise AlreadyRegistered(existing.first()) from None
    return registration


def cancel(registration_id, now=None):
    """Cancel a registration; a freed place goes to the first person waiting.

    Returns ``(registration, promoted)`` (``promoted`` is None when nobody moved up).
    Cancelling twice changes nothing the second time.
    """
    now = now or timezone.now()
    with transaction.atomic():
        event_id = (
            EventRegistration.objects.filter(pk=registration_id)
            .values_list("event_id", flat=True)
            .get()
        )
        event = _locked_event(event_id)
        registration = EventRegistration.objects.select_for_update().get(pk=registration_id)
        if registration.status == RegistrationStatus.CANCELLED:
            return registration, None
        freed = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        _after_commit(registration.pk, "cancelled")
        promoted = None
        if freed and event.end > now:
            promoted = (
                event.registrations.select_for_update()
                .filter(status=RegistrationStatus.WAITING)
                .order_by("created_at", "pk")
                .first()
            )
            if promoted is not None:
                promoted.status = RegistrationStatus.CONFIRMED
                promoted.promoted_at = now
                promoted.save(update_fields=["status", "promoted_at"])
                _after_commit(promoted.pk, "promoted")
    return registration, promoted


def places_left(event):
    """Free places (None for no limit); counts only confirmed registrations."""
    if event.capacity is None:
        return None
    taken = event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    return max(0, event.capacity - taken)
