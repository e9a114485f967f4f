"""Every accepted contribution reaches review, whatever fails on the way.

Conversion to a draft is a task: a failure ("database is locked", a crash) is recorded
on the submission and retried with backoff (deferred when the task backend can defer;
otherwise the sweep picks it up). ``iitk_sweep_contributions`` converts anything left
"received" for a while. After the last try the error shows in the inbox, where a
reviewer can retry."""

import datetime
import io

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone
from django_tasks import task_backends

from tests.factories import make_tool
from wagtail_iitk.community import conversion, tasks
from wagtail_iitk.conf import iitk_settings
from wagtail_iitk.models import Submission

from .contributions import received
from .intake_payloads import post, story

pytestmark = pytest.mark.django_db

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map")


@pytest.fixture
def no_throttle(settings):
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": ""}
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def locked(monkeypatch):
    """Conversion fails with "database is locked" the next ``failures[0]`` times."""
    failures = [0]
    real = conversion.start_community_review

    def flaky(page):
        if failures[0] > 0:
            failures[0] -= 1
            raise OperationalError("database is locked")
        return real(page)

    monkeypatch.setattr(conversion, "start_community_review", flaky)
    return failures


def age(submission, minutes=30):
    """Make the submission look untouched for a while (as after a burst or an outage)."""
    then = timezone.now() - datetime.timedelta(minutes=minutes)
    Submission.objects.filter(pk=submission.pk).update(received_at=then, updated_at=then)


def conversions(backend):
    return [
        r for r in backend.results if r.task.module_path == tasks.convert_submission.module_path
    ]


def sweep():
    out = io.StringIO()
    call_command("iitk_sweep_contributions", stdout=out)
    return out.getvalue()


def test_a_locked_database_during_conversion_no_longer_strands_the_contribution(
    client, tool, settings, no_throttle, locked, django_capture_on_commit_callbacks
):
    """The adversarial finding: 202, then "database is locked" in the on-commit
    conversion was swallowed and the contribution stayed "received" for ever."""
    settings.TASKS = IMMEDIATE
    locked[0] = 1
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, story(tool)).status_code == 202
    submission = Submission.objects.get()
    assert submission.status == "received"
    assert submission.conversion_attempts == 1
    assert "database is locked" in submission.conversion_error
    # The immediate backend cannot defer a retry: the sweep brings it to review.
    age(submission)
    assert "1" in sweep()
    submission.refresh_from_db()
    assert submission.status == "in_review" and submission.page_id
    assert submission.conversion_error == ""


def test_a_failed_conversion_is_retried_later_with_backoff(tool, settings, locked):
    settings.TASKS = DUMMY
    backend = task_backends["default"]
    backend.clear()
    submission = received("story", tool)
    locked[0] = 2
    tasks.convert_submission.call(submission.pk)
    [retry] = conversions(backend)
    assert retry.args == [submission.pk, 2]
    first_delay = retry.task.run_after - timezone.now()
    assert datetime.timedelta(seconds=1) < first_delay <= datetime.timedelta(minutes=1)
    backend.clear()
    tasks.convert_submission.call(submission.pk, 2)
    [second] = conversions(backend)
    assert second.args == [submission.pk, 3]
    assert second.task.run_after - timezone.now() > first_delay  # backing off
    backend.clear()
    tasks.convert_submission.call(submission.pk, 3)
    assert conversions(backend) == []
    submission.refresh_from_db()
    assert submission.status == "in_review"


def test_after_the_last_try_the_error_shows_in_the_inbox_and_a_reviewer_retries(
    tool, settings, locked, client, make_user, django_capture_on_commit_callbacks
):
    settings.TASKS = IMMEDIATE
    submission = received("story", tool)
    locked[0] = 10**6
    for attempt in range(1, tasks.MAX_ATTEMPTS + 1):
        tasks.convert_submission.call(submission.pk, attempt)
    submission.refresh_from_db()
    assert submission.conversion_attempts == tasks.MAX_ATTEMPTS
    assert submission.status == "received"
    # The sweep leaves it to a person now.
    age(submission)
    sweep()
    submission.refresh_from_db()
    assert submission.status == "received"

    client.force_login(make_user("rhian", iitk_settings.REVIEWERS_GROUP))
    inspect = reverse("iitk_submissions:inspect", args=[submission.pk])
    html = client.get(inspect).content.decode()
    assert "database is locked" in html
    retry_url = reverse("iitk_submissions:retry", args=[submission.pk])
    assert retry_url in html
    index = client.get(reverse("iitk_submissions:index")).content.decode()
    assert "not drafted" in index.lower()

    locked[0] = 0
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(retry_url)
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "in_review" and submission.page_id
    assert submission.conversion_error == ""
    assert reverse("iitk_submissions:retry", args=[submission.pk]) not in (
        client.get(inspect).content.decode()
    )


def test_the_sweep_converts_what_was_never_queued_and_leaves_recent_ones(tool, settings):
    """A submission stored while no worker ran, or whose enqueue failed after commit."""
    settings.TASKS = IMMEDIATE
    old = received("story", tool)
    recent = received("tool", tool, title="Go and look")
    age(old)
    assert "1" in sweep()
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.status == "in_review"
    assert recent.status == "received"  # its own task may still be on the way


def test_an_enqueue_that_fails_after_commit_is_swept_up(
    client, tool, settings, no_throttle, monkeypatch, django_capture_on_commit_callbacks
):
    settings.TASKS = IMMEDIATE

    class Unreachable:
        def enqueue(self, *args, **kwargs):
            raise OperationalError("database is locked")

    monkeypatch.setattr(tasks, "convert_submission", Unreachable())
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, story(tool)).status_code == 202
    monkeypatch.undo()
    submission = Submission.objects.get()
    assert submission.status == "received"
    age(submission)
    sweep()
    submission.refresh_from_db()
    assert submission.status == "in_review"


def test_a_contribution_that_cannot_be_drafted_says_why_at_once(tool, settings):
    settings.TASKS = IMMEDIATE
    submission = received("tip", tool)
    tool.unpublish()
    submission.tool = None
    submission.save()
    tasks.convert_submission.call(submission.pk)
    submission.refresh_from_db()
    assert submission.status == "received"
    assert "not published" in submission.conversion_error
    assert submission.conversion_attempts == tasks.MAX_ATTEMPTS  # not retried by itself
