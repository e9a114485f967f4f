"""axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing in the Submissions inbox: its
list and a flagged submission's page, as a reviewer sees them in Chromium."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from wagtail_iitk.conf import iitk_settings

from ..community.inbox_data import NHS_NUMBER, draft_story, make_submission, story_data
from .test_axe import run_axe

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def reviewer_page(browser, toolkit_url, make_user):
    """A browser page logged in to the admin as a member of the reviewers group."""
    reviewer = make_user("rhian", iitk_settings.REVIEWERS_GROUP)
    client = Client()
    client.force_login(reviewer)
    context = browser.new_context(viewport={"width": 1280, "height": 2000})
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": toolkit_url,
            }
        ]
    )
    page = context.new_page()
    yield page, reviewer
    context.close()


def test_the_inbox_and_a_flagged_submission_have_no_violations(reviewer_page, toolkit_url):
    page, reviewer = reviewer_page
    flagged = make_submission(channel="widget")
    draft_story(flagged, reviewer)
    make_submission(story_data(title="Safer handovers", summary="No one named."))
    make_submission({"kind": "tool", "title": "Affinity diagram"}, status="spam")

    page.goto(toolkit_url + reverse("iitk_submissions:index"))
    expect(page.get_by_role("link", name=flagged.reference)).to_be_visible()
    violations, result = run_axe(page)
    assert result["passes"], "axe did not run"
    assert violations == [], "\n".join(violations)

    page.get_by_role("link", name=flagged.reference).click()
    expect(page.get_by_role("heading", name="As received")).to_be_visible()
    mark = page.locator("mark.iitk-pii").first
    expect(mark).to_contain_text(NHS_NUMBER)
    expect(mark).to_contain_text("Possible NHS number:")  # read out, though not seen
    violations, result = run_axe(page)
    assert result["passes"], "axe did not run"
    assert violations == [], "\n".join(violations)

    # A blank reason (spaces pass the browser's check, not the server's): the page shows
    # the error, and still has no violations.
    page.get_by_role("textbox", name="Reason for rejecting").fill("   ")
    page.get_by_role("button", name="Reject").click()
    expect(page.get_by_text("This field is required.")).to_be_visible()
    violations, _result = run_axe(page)
    assert violations == [], "\n".join(violations)
