"""axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing on the admin pages this work
changed, as a reviewer sees them in Chromium at 1280 px: the Tools listing (titles linked
to the editor, row actions, status and workflow columns, the status filter) and a
converted submission's page (labels and links, "Open the draft to review")."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import Workflow

from ..community.inbox_data import draft_story, make_submission, story_data
from ..factories import make_question, make_tool
from .test_axe import run_axe
from .test_inbox_axe import reviewer_page  # noqa: F401 (the logged-in page fixture)

pytestmark = pytest.mark.django_db(transaction=True)


def assert_no_violations(page):
    violations, result = run_axe(page)
    assert result["passes"], "axe did not run"
    assert violations == [], "\n".join(violations)


def test_the_tools_listing_and_a_submission_page_have_no_violations(
    reviewer_page,  # noqa: F811
    toolkit_url,
):
    page, reviewer = reviewer_page
    make_tool(title="Live fishbone", slug="process-map")
    draft = make_tool(title="Draft swimlane", publish=False)
    draft.save_revision(user=reviewer)
    Workflow.objects.get(name="Toolkit review").start(draft, reviewer)
    make_tool(title="Unsent run chart", publish=False)

    page.goto(toolkit_url + reverse("iitk_tools:index"))
    expect(page.get_by_role("link", name="Live fishbone")).to_be_visible()
    expect(page.get_by_text("Awaiting Toolkit editorial review")).to_be_visible()
    assert_no_violations(page)

    page.goto(toolkit_url + reverse("iitk_tools:index") + "?status=in_moderation")
    expect(page.get_by_role("link", name="Draft swimlane")).to_be_visible()
    expect(page.get_by_role("link", name="Live fishbone")).to_have_count(0)
    # With any filter on, Wagtail 8.0's own filter button shows a count ("1") that its
    # aria-label ("Show filters") leaves out: a Wagtail issue on every filtered listing,
    # not this one's. Nothing else is found; if Wagtail fixes it, this fails: make it
    # assert_no_violations(page).
    violations, _result = run_axe(page)
    assert len(violations) == 1, "\n".join(violations)
    assert violations[0].startswith("label-content-name-mismatch")
    assert "['.w-slim-header-action-button']" in violations[0]

    question = make_question(wording="Who uses the service?")
    usage = {"tool": "process-map", "why_chosen": "To see it.", "how_used": "On a wall."}
    data = story_data(
        summary="No one named.",
        care_sector="acute",
        elapsed_ms=8955,
        questions=[question.pk],
        tool_usages=[usage],
    )
    submission = make_submission(data)
    draft_story(submission, reviewer)
    page.goto(toolkit_url + reverse("iitk_submissions:inspect", args=[submission.pk]))
    expect(page.get_by_role("link", name="Open the draft to review")).to_be_visible()
    expect(page.get_by_role("link", name="Who uses the service?")).to_be_visible()
    expect(page.get_by_text("Acute care")).to_be_visible()
    assert_no_violations(page)
