"""Contributors' contact details are erased CONTRIBUTOR_RETENTION_DAYS after the decision.

The submission and its audit log stay; a credit published with consent stays; undecided
submissions are never touched; running the erasure again changes nothing.
"""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import ModelLogEntry

from wagtail_iitk.community import retention
from wagtail_iitk.community.credit import tool_contributors
from wagtail_iitk.models import StoryPage, Submission

from ..factories import make_tool
from .contributions import received
from .inbox_data import draft_story, make_submission

pytestmark = pytest.mark.django_db

CONTACT = ("contributor_name", "contributor_role", "contributor_organisation", "contributor_email")


def decided(submission, status, days_ago, **fields):
    """Record a decision ``days_ago`` days back (as moderation and publishing do)."""
    when = timezone.now() - datetime.timedelta(days=days_ago)
    Submission.objects.filter(pk=submission.pk).update(
        status=status, decided_at=when, fingerprint="f" * 64, **fields
    )
    submission.refresh_from_db()
    return submission


def erasures(submission):
    return list(ModelLogEntry.objects.for_instance(submission).filter(action=retention.ERASED))


def test_details_are_kept_179_days_after_the_decision_and_erased_at_181(toolkit):
    kept = decided(received("tool"), "rejected", 179)
    gone = decided(received("tool"), "rejected", 181)
    before = gone.received_data

    assert retention.erase_expired() == 1

    kept.refresh_from_db()
    gone.refresh_from_db()
    assert kept.contributor_email == "priya@example.org"
    assert kept.contact_erased_at is None
    assert erasures(kept) == []
    assert [getattr(gone, name) for name in CONTACT] == ["", "", "", ""]
    assert gone.received_data["contributor"] == {"credit": True}
    # Everything else of the contribution stays, as received.
    assert {k: v for k, v in gone.received_data.items() if k != "contributor"} == {
        k: v for k, v in before.items() if k != "contributor"
    }
    assert gone.fingerprint == ""
    assert gone.status == "rejected"
    assert gone.contact_erased_at is not None
    [entry] = erasures(gone)
    assert entry.data["fields"] == [*CONTACT, "received_data.contributor"]
    assert entry.data["retention_days"] == 180
    # The log names the fields, never their values.
    assert "priya" not in str(entry.data).lower()
    assert "180 days after the decision" in entry.formatter.format_message(entry)


def test_undecided_submissions_are_never_touched_however_old(toolkit):
    waiting = received("tool")
    reviewing = received("tool")
    long_ago = timezone.now() - datetime.timedelta(days=900)
    Submission.objects.filter(pk=waiting.pk).update(received_at=long_ago)
    Submission.objects.filter(pk=reviewing.pk).update(received_at=long_ago, status="in_review")

    assert retention.erase_expired() == 0
    for submission in (waiting, reviewing):
        submission.refresh_from_db()
        assert submission.contributor_email == "priya@example.org"
        assert submission.received_data["contributor"]["email"] == "priya@example.org"


def test_a_credit_published_with_consent_stays_and_the_email_goes(toolkit):
    tool = make_tool(title="Process map", slug="process-map")
    credited = decided(received("tip", tool), "published", 200)
    uncredited = decided(
        received("tip", tool, person={"name": "Ed Jones", "email": "ed@example.org"}),
        "published",
        200,
    )
    assert tool_contributors(tool.pk) == [
        {"name": "Priya Shah", "organisation": "Northtown NHS Trust"}
    ]

    assert retention.erase_expired() == 2

    credited.refresh_from_db()
    uncredited.refresh_from_db()
    assert credited.contributor_name == "Priya Shah"
    assert credited.contributor_organisation == "Northtown NHS Trust"
    assert credited.contributor_email == credited.contributor_role == ""
    assert credited.received_data["contributor"] == {
        "name": "Priya Shah",
        "organisation": "Northtown NHS Trust",
        "credit": True,
    }
    assert erasures(credited)[0].data["kept_credit"] is True
    assert "keeping the published credit" in erasures(credited)[0].formatter.format_message(
        erasures(credited)[0]
    )
    # Published without consent to be credited: the name goes too.
    assert uncredited.contributor_name == uncredited.contributor_email == ""
    assert uncredited.received_data["contributor"] == {}
    # The public credit is unchanged.
    assert tool_contributors(tool.pk) == [
        {"name": "Priya Shah", "organisation": "Northtown NHS Trust"}
    ]


def test_running_it_again_changes_nothing(toolkit):
    submission = decided(received("tool"), "spam", 365)
    assert retention.erase_expired() == 1
    submission.refresh_from_db()
    stamped = submission.contact_erased_at

    assert retention.erase_expired() == 0
    submission.refresh_from_db()
    assert submission.contact_erased_at == stamped
    assert len(erasures(submission)) == 1


def test_spam_caught_on_arrival_counts_from_its_arrival(toolkit):
    old, new = received("tool"), received("tool")
    Submission.objects.filter(pk__in=[old.pk, new.pk]).update(status="spam", decided_at=None)
    Submission.objects.filter(pk=old.pk).update(
        received_at=timezone.now() - datetime.timedelta(days=181)
    )

    assert retention.erase_expired() == 1
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.contributor_email == ""
    assert new.contributor_email == "priya@example.org"


def test_it_erases_in_batches_until_none_is_left(toolkit):
    submissions = [decided(received("tool"), "rejected", 200) for _ in range(5)]
    assert retention.erase_expired(batch_size=2) == 5
    assert Submission.objects.filter(contributor_email="").count() == 5
    assert all(len(erasures(s)) == 1 for s in submissions)


@override_settings(WAGTAIL_IITK={"CONTRIBUTOR_RETENTION_DAYS": 30})
def test_the_period_comes_from_the_setting(toolkit):
    gone = decided(received("tool"), "rejected", 31)
    kept = decided(received("tool"), "rejected", 29)
    assert retention.erase_expired() == 1
    gone.refresh_from_db()
    kept.refresh_from_db()
    assert gone.contributor_email == ""
    assert kept.contributor_email == "priya@example.org"
    assert erasures(gone)[0].data["retention_days"] == 30


def test_a_declined_storys_draft_loses_its_author_in_every_revision(toolkit, make_user):
    reviewer = make_user("rhian", "Toolkit reviewers")
    submission = make_submission(contributor_email="sam@example.org", credit_contributor=True)
    draft_story(submission, reviewer)
    page = StoryPage.objects.get(pk=submission.page_id)
    page.author_name, page.author_organisation, page.credit_author = "Sam Patel", "Ward 7", True
    page.save_revision(user=reviewer)
    decided(submission, "rejected", 200)

    assert retention.erase_expired() == 1

    page = StoryPage.objects.get(pk=page.pk)
    assert (page.author_name, page.author_organisation, page.credit_author) == ("", "", False)
    for revision in page.revisions.all():
        assert revision.content.get("author_name", "") == ""
        assert revision.content.get("author_organisation", "") == ""
    assert page.get_latest_revision_as_object().author_name == ""
    assert "draft.author" in erasures(submission)[0].data["fields"]


def test_the_command_erases_queues_and_refuses_a_bad_period(toolkit):
    submission = decided(received("tool"), "rejected", 200)
    out = io.StringIO()
    call_command("iitk_erase_contributor_details", stdout=out)
    assert out.getvalue().strip() == "Erased the contact details of 1 decided submissions."
    submission.refresh_from_db()
    assert submission.contributor_email == ""

    # --enqueue: the django-tasks task (run at once by the tests' immediate backend).
    later = decided(received("tool"), "rejected", 10)
    out = io.StringIO()
    call_command("iitk_erase_contributor_details", "--enqueue", "--days", "7", stdout=out)
    assert out.getvalue().strip() == "Erasure of old contributor details queued."
    later.refresh_from_db()
    assert later.contributor_email == ""

    with pytest.raises(CommandError, match="--days"):
        call_command("iitk_erase_contributor_details", "--days", "0")
