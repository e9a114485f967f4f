"""Registration handled by the toolkit: places, the waiting list, emails with the event
as an .ics file, the signed cancel link that moves the waiting list up, bad input,
repeats and throttling."""

import re

import pytest
from django.core import mail
from icalendar import Calendar

from wagtail_iitk.events import registration as service
from wagtail_iitk.models import EventRegistration, RegistrationStatus

from .helpers import make_event

GOOD = {"name": "Asha Patel", "email": "Asha@Example.org", "organisation": "A trust"}


@pytest.fixture
def event(toolkit):
    return make_event(title="Mapping your process", capacity=2)


def register_url(event):
    return event.url + "register/"


def post(client, event, capture, **data):
    with capture(execute=True):
        return client.post(register_url(event), {**GOOD, **data})


def test_the_first_comers_get_places_and_the_rest_wait(
    client, event, django_capture_on_commit_callbacks
):
    statuses = []
    for n in range(4):
        response = post(client, event, django_capture_on_commit_callbacks, email=f"p{n}@x.org")
        assert response.status_code == 302
        page = client.get(response["Location"]).content.decode()
        statuses.append("waiting list" in page)
    assert statuses == [False, False, True, True]
    stored = EventRegistration.objects.filter(event=event).order_by("pk")
    assert [r.status for r in stored] == ["confirmed", "confirmed", "waiting", "waiting"]
    assert stored[0].email == "p0@x.org"


def test_a_place_comes_with_an_email_carrying_the_event_as_ics(
    client, event, django_capture_on_commit_callbacks
):
    post(client, event, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert message.to == ["asha@example.org"]
    assert message.subject == "Your place at Mapping your process"
    assert "Dear Asha Patel" in message.body
    assert re.search(r"\d\d:\d\d (BST|GMT) \(Europe/London\)", message.body)
    assert "/cancel/?token=" in message.body
    (attachment,) = message.attachments
    name, body, media_type = attachment
    assert name == "event.ics" and media_type.startswith("text/calendar")
    parsed = Calendar.from_ical(body)
    (vevent,) = parsed.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Mapping your process"
    assert vevent.decoded("DTSTART") == event.start


def test_the_cancel_link_frees_the_place_for_the_first_waiting(
    client, event, django_capture_on_commit_callbacks
):
    for n in range(4):
        post(client, event, django_capture_on_commit_callbacks, email=f"p{n}@x.org", name=f"P{n}")
    first = mail.outbox[0]
    link = re.search(r"https?://\S+/cancel/\?token=\S+", first.body).group(0)
    path = link.split("testserver", 1)[-1] if "testserver" in link else link
    confirm = client.get(path)
    assert confirm.status_code == 200 and "Yes, cancel it" in confirm.content.decode()
    assert EventRegistration.objects.get(email="p0@x.org").status == "confirmed"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(path)
    assert "is cancelled" in done.content.decode()
    by_email = dict(EventRegistration.objects.values_list("email", "status"))
    assert by_email == {
        "p0@x.org": "cancelled",
        "p1@x.org": "confirmed",
        "p2@x.org": "confirmed",
        "p3@x.org": "waiting",
    }
    subjects = sorted(m.subject for m in mail.outbox)
    assert subjects == [
        "A place came free for you at Mapping your process",
        "Registration cancelled: Mapping your process",
    ]
    promoted = next(m for m in mail.outbox if m.subject.startswith("A place"))
    assert promoted.to == ["p2@x.org"] and promoted.attachments
    # Cancelling again changes nothing, and moves nobody else up.
    client.post(path)
    assert EventRegistration.objects.get(email="p3@x.org").status == "waiting"


def test_a_forged_or_foreign_cancel_link_is_not_found(client, event, toolkit):
    other = make_event(title="Another", registration="toolkit")
    registration = service.register(other.pk, name="A", email="a@x.org")
    token = service.cancel_token(registration)
    assert client.get(f"{event.url}cancel/", {"token": token}).status_code == 404
    mine = service.cancel_token(service.register(event.pk, name="B", email="b@x.org"))
    assert client.get(f"{event.url}cancel/", {"token": mine[:-2] + "xx"}).status_code == 404
    assert client.post(f"{event.url}cancel/?token=not-a-token").status_code == 404
    assert client.get(f"{event.url}cancel/").status_code == 404
    assert client.get(f"{event.url}cancel/", {"token": mine}).status_code == 200
    assert set(EventRegistration.objects.values_list("status", flat=True)) == {"confirmed"}


@pytest.mark.parametrize(
    "data, field",
    [
        ({"name": ""}, "name"),
        ({"email": "not-an-address"}, "email"),
        ({"email": ""}, "email"),
        ({"name": "x" * 121}, "name"),
        ({"organisation": "o" * 256}, "organisation"),
        ({"name": "Line\u0000break"}, "name"),
    ],
)
def test_bad_input_is_a_400_naming_the_field_and_stores_nothing(client, event, data, field):
    response = client.post(register_url(event), {**GOOD, **data})
    assert response.status_code == 400
    html = response.content.decode()
    assert f'href="#id_{field}"' in html and f'id="id_{field}_error"' in html
    assert not EventRegistration.objects.exists()


def test_registering_twice_is_refused_on_the_email_field(
    client, event, django_capture_on_commit_callbacks
):
    post(client, event, django_capture_on_commit_callbacks)
    again = post(client, event, django_capture_on_commit_callbacks, email="asha@example.org ")
    assert again.status_code == 409
    assert 'id="id_email_error"' in again.content.decode()
    assert EventRegistration.objects.count() == 1


def test_hostile_names_are_inert_in_the_email(client, event, django_capture_on_commit_callbacks):
    post(client, event, django_capture_on_commit_callbacks, name='<script>alert(1)</script>"')
    (message,) = mail.outbox
    html = message.alternatives[0][0]
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_registrations_are_throttled(client, event, settings):
    settings.WAGTAIL_IITK = {"EVENT_REGISTRATION_THROTTLE_RATE": "2/hour"}
    codes = [
        client.post(register_url(event), {**GOOD, "email": f"t{n}@x.org"}).status_code
        for n in range(3)
    ]
    assert codes == [302, 302, 429]
    assert EventRegistration.objects.count() == 2


def test_the_honeypot_stores_nothing(client, event):
    response = client.post(register_url(event), {**GOOD, "website": "http://spam.example"})
    assert response.status_code == 200
    assert not EventRegistration.objects.exists()


def test_no_form_for_events_booked_elsewhere_or_over(client, toolkit):
    external = make_event(registration="external", booking_url="https://book.example.org/x")
    over = make_event(days=-3)
    assert client.get(register_url(external)).status_code == 404
    assert client.get(register_url(over)).status_code == 404
    html = client.get(external.url).content.decode()
    assert "https://book.example.org/x" in html
    with pytest.raises(service.RegistrationClosed):
        service.register(over.pk, name="A", email="a@x.org")


def test_unlimited_events_never_wait(toolkit):
    event = make_event(capacity=None)
    for n in range(5):
        service.register(event.pk, name="A", email=f"u{n}@x.org")
    assert set(EventRegistration.objects.values_list("status", flat=True)) == {
        RegistrationStatus.CONFIRMED
    }
