"""Unicode direction controls (U+202A–U+202E, U+2066–U+2069, and stray U+200E/U+200F)
can make a title read differently from its characters. They are removed at intake from
every text field, so they never reach the stored submission, the inbox or the draft."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Revision

from wagtail_iitk.community import sanitising
from wagtail_iitk.conf import iitk_settings
from wagtail_iitk.models import Submission

from ..factories import make_tool
from .intake_payloads import intake_settings, post, story  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("intake_settings")

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"


def has_controls(text):
    return any(c in text for c in CONTROLS)


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map")


def hostile_story(tool):
    body = story(
        tool,
        title="Invoice \u202etxt.exe\u202c for the ward",
        summary="Fewer \u2066falls\u2069 on the \u200eward.",
        tips=["\u202dWalk\u202c the round first."],
        contributor={"name": "Sam \u202eOkafor", "organisation": "Trust\u2067 A\u2069"},
    )
    body["tool_usages"][0]["how_used"] = "On a \u202bwall chart\u202c."
    return body


def test_direction_controls_never_reach_the_submission_inbox_or_draft(
    client, tool, settings, make_user, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, hostile_story(tool))
    assert response.status_code == 202, response.content
    submission = Submission.objects.get()
    stored = json.dumps(submission.received_data, ensure_ascii=False)
    assert not has_controls(stored), stored
    assert submission.received_data["title"] == "Invoice txt.exe for the ward"
    assert not has_controls(submission.contributor_name + submission.contributor_organisation)

    reviewer = make_user("rhian", iitk_settings.REVIEWERS_GROUP)
    client.force_login(reviewer)
    for page in (
        reverse("iitk_submissions:index"),
        reverse("iitk_submissions:inspect", args=[submission.pk]),
    ):
        html = client.get(page).content.decode()
        assert "txt.exe" in html or page.endswith("/submissions/")
        assert not has_controls(html), page

    assert submission.status == "in_review"
    for revision in Revision.page_revisions.filter(object_id=str(submission.page_id)):
        assert not has_controls(json.dumps(revision.content, ensure_ascii=False))


def test_direction_controls_are_stripped_where_they_are_not_needed():
    assert sanitising.strip_direction_controls("a\u202eb\u2066c\u2069") == "abc"
    assert sanitising.strip_direction_controls("ward\u200e 7\u200f") == "ward 7"
    # Marks beside right-to-left text keep their purpose: they stay.
    arabic = "\u0645\u0631\u062d\u0628\u0627\u200f 2024"
    assert sanitising.strip_direction_controls(arabic) == arabic
    hebrew = "\u05e9\u05dc\u05d5\u05dd\u200e (ward 7)"
    assert sanitising.strip_direction_controls(hebrew) == hebrew
    # The overrides never stay, even in right-to-left text.
    assert sanitising.strip_direction_controls("\u05e9\u202e\u05dc") == "\u05e9\u05dc"
