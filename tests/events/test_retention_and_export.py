"""Registrants' personal data: exported as CSV by editors (formulas made inert), and
erased by the retention policy once the event is long enough over."""

import csv
import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail_iitk.events import registration as service
from wagtail_iitk.events.retention import erase_personal_data
from wagtail_iitk.models import EventRegistration

from .helpers import make_event


def csv_rows(response):
    text = b"".join(response.streaming_content if response.streaming else [response.content])
    return list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))


@pytest.fixture
def event(toolkit):
    event = make_event(title="Fishbone clinic", capacity=1)
    formula = '=HYPERLINK("http://x")'
    service.register(event.pk, name=formula, email="a@x.org", organisation="@org")
    service.register(event.pk, name="Bea", email="b@x.org", organisation="-1+2")
    service.register(event.pk, name="Cal", email="c@x.org", organisation="+44")
    return event


def test_editors_export_registrants_with_formulas_made_inert(client, event, make_user):
    editor = make_user("editor", "Toolkit editors")
    client.force_login(editor)
    response = client.get(reverse("wagtail_iitk_event_registrants", args=[event.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0][:4] == ["Name", "Email", "Organisation", "Status"]
    assert [row[:4] for row in rows[1:]] == [
        ['\'=HYPERLINK("http://x")', "a@x.org", "'@org", "Confirmed"],
        ["Bea", "b@x.org", "'-1+2", "On the waiting list"],
        ["Cal", "c@x.org", "'+44", "On the waiting list"],
    ]
    assert rows[1][4].endswith(("GMT", "BST"))


def test_the_export_button_shows_on_the_event_in_the_admin(client, event, make_user):
    client.force_login(make_user("editor", "Toolkit editors"))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert reverse("wagtail_iitk_event_registrants", args=[event.pk]) in html


def test_people_who_cannot_edit_the_event_get_no_file(client, event, make_user):
    url = reverse("wagtail_iitk_event_registrants", args=[event.pk])
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(make_user("nobody"))
    assert client.get(url).status_code in (302, 403)
    assert "a@x.org" not in client.get(url).content.decode()


def test_retention_erases_personal_data_after_the_event(toolkit):
    now = timezone.now()
    recent = make_event(days=-10)
    old = make_event(days=-40)
    upcoming = make_event(days=5)
    for event in (recent, old, upcoming):
        EventRegistration.objects.create(
            event=event, name="N", email=f"{event.slug}@x.org", organisation="O",
            status="confirmed",
        )  # fmt: skip
    assert erase_personal_data(now=now) == 1
    erased = EventRegistration.objects.get(event=old)
    assert (erased.name, erased.email, erased.organisation) == ("", "", "")
    assert erased.erased_at == now and erased.status == "confirmed"
    kept = EventRegistration.objects.exclude(event=old)
    assert all(r.email and r.erased_at is None for r in kept)
    # Nothing more to do, until the recent event is old enough too.
    assert erase_personal_data(now=now) == 0
    assert erase_personal_data(now=now + datetime.timedelta(days=25)) == 1


def test_the_command_uses_the_setting_or_days(toolkit, settings):
    event = make_event(days=-3)
    service_row = EventRegistration.objects.create(
        event=event, name="N", email="n@x.org", status="confirmed"
    )
    out = io.StringIO()
    call_command("iitk_erase_event_registrations", stdout=out)
    assert "0 registrations" in out.getvalue()
    settings.WAGTAIL_IITK = {"EVENT_RETENTION_DAYS": 1}
    call_command("iitk_erase_event_registrations", stdout=out)
    service_row.refresh_from_db()
    assert service_row.email == "" and service_row.erased_at
