"""Emails: reviewers hear of a new draft through Wagtail's workflow notifications, and the
contributor hears once whether it was published or declined. Contributor text is inert
in every part of every email."""

from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests.factories import make_tool
from wagtail_iitk.community import moderation
from wagtail_iitk.community.conversion import convert
from wagtail_iitk.community.notifications import notify_declined, notify_published

from .admin_actions import approve, client_for
from .contributions import HOSTILE, SCRIPT, assert_inert, received, reviewer_with_email

pytestmark = pytest.mark.django_db

#: Text that is harmless but must be escaped in HTML: it shows whether escaping happens.
AMPERSAND = "Tom & Jerry <3"


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map", purpose="Shows each step.")


@pytest.fixture
def reviewer(toolkit):
    return reviewer_with_email()


def html_of(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def to(address):
    return [m for m in mail.outbox if m.to == [address]]


# --- reviewers ---------------------------------------------------------------------------------


def test_reviewers_are_emailed_by_wagtail_when_a_draft_enters_community_review(
    tool, reviewer, make_user, settings
):
    settings.WAGTAILADMIN_NOTIFICATION_USE_HTML = True
    quiet = reviewer_with_email("quinn", "quinn@example.org")
    profile = UserProfile.get_for_user(quiet)
    profile.submitted_notifications = False
    profile.save()
    editor = make_user("edna", "Toolkit editors")
    editor.email = "edna@example.org"
    editor.save()

    submission = received("story", tool, title=f"{AMPERSAND} {HOSTILE}")
    convert(submission.pk)

    [email] = to(reviewer.email)
    assert "Community screening check" in email.subject
    assert "/admin/pages/" in email.body  # where to review it
    for part in (email.subject, email.body, html_of(email)):
        assert_inert(part)
    assert "Tom &amp; Jerry &lt;3" in html_of(email)
    assert not to("quinn@example.org")  # their own notification setting is respected
    assert not to("edna@example.org")  # editors are not in the task's group


# --- the contributor: published ----------------------------------------------------------------


def test_the_contributor_is_told_once_with_everything_they_wrote_made_inert(tool, reviewer):
    # A name within intake's 120 characters, as hostile as it can be in that space.
    name = f"{AMPERSAND} {SCRIPT}<img src=x onerror=alert(1)>"
    person = {"name": name, "email": "sam@example.org", "credit": True}
    submission = received("story", tool, title=f"{AMPERSAND} {HOSTILE}", person=person)
    convert(submission.pk)
    submission.refresh_from_db()
    page = Page.objects.get(pk=submission.page_id)
    approve(client_for(reviewer), page)
    submission.refresh_from_db()
    assert submission.status == "published"
    assert not to("sam@example.org")  # sent after the publish commits

    notify_published(submission)
    [email] = to("sam@example.org")
    assert email.subject == f"Your contribution {submission.reference} is published"
    assert email.extra_headers["Auto-Submitted"] == "auto-generated"
    for part in (email.subject, email.body, html_of(email)):
        assert_inert(part)
    assert "Dear Tom & Jerry <3" in email.body  # plain text is not HTML-escaped
    assert "Dear Tom &amp; Jerry &lt;3" in html_of(email)
    assert Page.objects.get(pk=page.pk).full_url in email.body
    submission.refresh_from_db()
    assert submission.contributor_notified_at is not None

    notify_published(submission)
    assert len(to("sam@example.org")) == 1


def test_a_change_tells_the_contributor_which_tool_it_was_added_to(tool, reviewer):
    submission = received("tip", tool)
    convert(submission.pk)
    approve(client_for(reviewer), tool)
    notify_published(submission)
    [email] = to("priya@example.org")
    assert 'Reviewers have added it to "Process map"' in email.body
    assert "Thank you for your tip (" in email.body


def test_nothing_is_sent_without_an_address_or_before_the_decision(tool):
    silent = received("story", tool, person={"name": "No Address", "credit": True})
    convert(silent.pk)
    silent.status = "published"
    silent.save()
    assert notify_published(silent) is None
    waiting = received("story", tool)
    convert(waiting.pk)
    waiting.refresh_from_db()
    notify_published(waiting)  # still in review: the task sends nothing
    assert not to("priya@example.org")
    waiting.refresh_from_db()
    assert waiting.contributor_notified_at is None


def test_a_failed_send_leaves_the_submission_to_be_told_later(tool):
    submission = received("story", tool)
    convert(submission.pk)
    submission.refresh_from_db()
    submission.status = "published"
    submission.save()
    mail.outbox.clear()
    with mock.patch(
        "django.core.mail.EmailMultiAlternatives.send", side_effect=ConnectionError("down")
    ):
        notify_published(submission)
    submission.refresh_from_db()
    assert submission.contributor_notified_at is None
    notify_published(submission)
    assert len(to("priya@example.org")) == 1


# --- the contributor: declined -------------------------------------------------------------------


def test_a_declined_contributor_is_told_the_reason_with_markup_inert(
    tool, reviewer, django_capture_on_commit_callbacks
):
    submission = received("example", tool, text=HOSTILE + " We used it weekly.")
    convert(submission.pk)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reject(submission.pk, reviewer, f"{AMPERSAND} {HOSTILE} Too close to tip 2.")
    [email] = to("priya@example.org")
    assert email.subject == f"About your contribution {submission.reference}"
    for part in (email.subject, email.body, html_of(email)):
        assert_inert(part)
    assert "decided not to publish it" in email.body
    assert "Too close to tip 2." in email.body
    assert "Tom &amp; Jerry &lt;3" in html_of(email)
    assert 'It was for "Process map".' in email.body
    submission.refresh_from_db()
    assert submission.contributor_notified_at is not None


def test_a_declined_email_is_not_sent_for_a_submission_that_was_published(tool):
    submission = received("story", tool)
    submission.status = "published"
    submission.decided_at = timezone.now()
    submission.save()
    notify_declined(submission)
    assert not to("priya@example.org")
