"""End to end, for each kind: submit to the API, screen, draft, Community review, approve in
the admin, published; then visible in the API and on the site, with credit where given.
"""

import json

import pytest
from django.core import mail
from django.core.cache import caches
from django.urls import reverse
from wagtail.models import Page, TaskState

from tests.api.helpers import assert_matches
from tests.factories import make_tool
from wagtail_iitk.api.serializers import ToolDetailSerializer
from wagtail_iitk.models import Submission, ToolPage

from .admin_actions import approve, client_for
from .contributions import body, reviewer_with_email

API = "/api/iitk/v1/"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_throttling(settings):
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": ""}
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map", purpose="Shows each step.")


@pytest.fixture
def reviewer(toolkit):
    return reviewer_with_email()


def submit(client, data, capture):
    """POST to submissions/ as a contributor's browser would; conversion runs on commit."""
    with capture(execute=True):
        response = client.generic(
            "POST", API + "submissions/", json.dumps(data), content_type="application/json"
        )
    assert response.status_code == 202, response.content
    return Submission.objects.get(reference=response.json()["reference"])


def api(client, path, **params):
    response = client.get(API + path, params)
    assert response.status_code == 200, (path, response.content[:300])
    return response.json()


def slugs(listing):
    return [item["slug"] for item in listing["results"]]


#: What each kind must show once published: (API detail path, check of the detail).
def _story_check(detail, tool):
    assert detail["author"] == {"name": "Priya Shah", "organisation": "Northtown NHS Trust"}
    assert [u["tool"]["slug"] for u in detail["tool_usages"]] == [tool.slug]
    assert detail["top_tips"] == ["Walk the drug round before you map it."]


def _tool_check(detail, tool):
    assert detail["purpose"] == "Watch the work where it happens before you change it."
    assert [s["text"] for s in detail["steps"]][0] == "Agree who goes."
    assert detail["contributors"] == [{"name": "Priya Shah", "organisation": "Northtown NHS Trust"}]


def _reference_check(detail, tool):
    assert [r["title"] for r in detail["evidence"]["references"]] == ["Mapping care pathways"]
    assert detail["contributors"] == [{"name": "Priya Shah", "organisation": "Northtown NHS Trust"}]


def _tip_check(detail, tool):
    assert detail["top_tips"] == ["Map the process as it is, not as it should be."]


def _example_check(detail, tool):
    assert detail["examples"] == [
        {
            "setting": "Outpatients, community trust",
            "description": "The clinic mapped its booking process and removed two hand-offs.",
            "credit": "Priya Shah, Northtown NHS Trust",
        }
    ]


CHECKS = {
    "story": ("stories", _story_check, "Walk the drug round before you map it."),
    "tool": ("tools", _tool_check, "Watch the work where it happens"),
    "reference": ("tools", _reference_check, "Mapping care pathways"),
    "tip": ("tools", _tip_check, "Map the process as it is, not as it should be."),
    "example": ("tools", _example_check, "removed two hand-offs"),
}


@pytest.mark.parametrize("kind", list(CHECKS))
def test_each_kind_goes_from_submission_to_the_api_and_the_site(
    client, tool, reviewer, kind, django_capture_on_commit_callbacks
):
    resource, check, words = CHECKS[kind]
    submission = submit(client, body(kind, tool), django_capture_on_commit_callbacks)

    # Screened and drafted: in review, not public.
    assert submission.status == "in_review" and not submission.is_flagged
    page = Page.objects.get(pk=submission.page_id).specific
    is_new_page = kind in ("story", "tool")
    assert page.live is not is_new_page
    if is_new_page:
        assert page.slug not in slugs(api(client, f"{resource}/"))
        assert client.get(API + f"{resource}/{page.slug}/").status_code == 404
    else:
        assert words not in json.dumps(api(client, f"tools/{tool.slug}/"))

    # Reviewers are told, and the task waits on their dashboard.
    to_reviewer = [m for m in mail.outbox if m.to == [reviewer.email]]
    assert len(to_reviewer) == 1
    assert "Community screening check" in to_reviewer[0].body
    reviewer_client = client_for(reviewer)
    dashboard = reviewer_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard and page.get_admin_display_title() in dashboard

    # One approval publishes it.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = approve(reviewer_client, page)
    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk).specific
    assert page.live and not page.has_unpublished_changes
    submission.refresh_from_db()
    assert submission.status == "published"
    assert submission.decided_by == reviewer and submission.decided_at is not None

    # The contributor is told, with a link to what was published.
    [email] = [m for m in mail.outbox if m.to == ["priya@example.org"]]
    assert email.subject == f"Your contribution {submission.reference} is published"
    assert page.full_url in email.body

    # The API and the site show it.
    caches["default"].clear()
    assert page.slug in slugs(api(client, f"{resource}/"))
    check(api(client, f"{resource}/{page.slug}/"), tool)
    html = client.get(page.url).content.decode()
    assert words in html


def test_a_story_without_consent_to_credit_names_nobody(
    client, tool, reviewer, django_capture_on_commit_callbacks
):
    submission = submit(
        client, body("story", tool, credit=False), django_capture_on_commit_callbacks
    )
    approve(client_for(reviewer), Page.objects.get(pk=submission.page_id))
    story = Page.objects.get(pk=submission.page_id).specific
    assert story.live
    detail = api(client, f"stories/{story.slug}/")
    assert detail["author"] == {"name": "", "organisation": ""}
    html = client.get(story.url).content.decode()
    assert "Priya Shah" not in html and "Northtown NHS Trust" not in html


def test_a_tools_contributors_are_those_who_agreed_listed_once(
    client, tool, reviewer, django_capture_on_commit_callbacks
):
    credited = {"name": "Ada Obi", "organisation": "Southvale Hospital", "credit": True}
    anonymous = {"name": "Ben Hale", "organisation": "Eastfield Trust", "credit": False}
    for person, kind in ((credited, "tip"), (anonymous, "example"), (credited, "reference")):
        submit(client, body(kind, tool, person=person), django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        approve(client_for(reviewer), tool)
    assert Submission.objects.filter(status="published").count() == 3

    caches["default"].clear()
    detail = api(client, f"tools/{tool.slug}/")
    assert_matches(detail, ToolDetailSerializer())
    assert detail["contributors"] == [{"name": "Ada Obi", "organisation": "Southvale Hospital"}]
    assert [e["credit"] for e in detail["examples"]] == [""]
    html = client.get(ToolPage.objects.get(pk=tool.pk).url).content.decode()
    assert "Contributors" in html and "Ada Obi, Southvale Hospital" in html
    assert "Ben Hale" not in html and "Eastfield Trust" not in html


def test_a_tool_with_no_credited_contributors_has_no_contributors_section(client, tool):
    html = client.get(tool.url).content.decode()
    assert "Contributors" not in html
    assert api(client, f"tools/{tool.slug}/")["contributors"] == []


def test_a_change_the_reviewer_took_out_is_not_marked_published(
    client, tool, reviewer, django_capture_on_commit_callbacks
):
    submission = submit(client, body("tip", tool), django_capture_on_commit_callbacks)
    draft = ToolPage.objects.get(pk=tool.pk).get_latest_revision_as_object()
    draft.top_tips = []
    draft.save_revision(user=reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        approve(client_for(reviewer), tool)
    assert list(ToolPage.objects.get(pk=tool.pk).live_revision.as_object().top_tips) == []
    submission.refresh_from_db()
    assert submission.status == "in_review"
    assert not [m for m in mail.outbox if m.to == ["priya@example.org"]]


def test_publishing_with_the_editors_publish_button_also_marks_it_published(
    client, tool, reviewer, django_capture_on_commit_callbacks
):
    from .admin_actions import publish_in_editor

    submission = submit(client, body("story", tool), django_capture_on_commit_callbacks)
    page = Page.objects.get(pk=submission.page_id)
    response = publish_in_editor(client_for(reviewer), page)
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).live
    submission.refresh_from_db()
    assert (submission.status, submission.decided_by) == ("published", reviewer)
    # Publishing cancels the workflow (Wagtail's default), so nothing waits on the dashboard.
    assert not TaskState.objects.filter(status="in_progress").exists()


def test_hostile_markup_sent_in_is_inert_on_the_site_and_in_the_api(
    client, tool, reviewer, django_capture_on_commit_callbacks
):
    hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    data = body(
        "story",
        tool,
        title=f"Safer handovers {hostile}",
        summary=f"A fictional ward {hostile} made handovers safer.",
        tips=[f"Use one checklist {hostile}"],
        person={"name": f"Kim {hostile}", "organisation": "Eastfield", "credit": True},
    )
    submission = submit(client, data, django_capture_on_commit_callbacks)
    approve(client_for(reviewer), Page.objects.get(pk=submission.page_id))
    story = Page.objects.get(pk=submission.page_id).specific
    assert story.live and story.title == "Safer handovers"
    caches["default"].clear()
    page_html = client.get(story.url).content.decode()
    detail = api(client, f"stories/{story.slug}/")
    assert "By Kim, Eastfield" in page_html and detail["author"]["name"] == "Kim"
    for text in (page_html, json.dumps(detail), json.dumps(api(client, "stories/"))):
        assert "Safer handovers" in text
        assert "<script>alert" not in text and "onerror" not in text and "<img src=x" not in text
