"""A submission's page shows labels, titles and links instead of raw values, and its
Decide box starts with "Open the draft to review" and says what each action leads to."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from wagtail_iitk.conf import iitk_settings
from wagtail_iitk.models import Question

from ..factories import make_question, make_tool
from .inbox_data import HOSTILE, draft_story, make_submission, story_data
from .test_inbox import assert_inert

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer(toolkit, make_user):
    return make_user("rhian", iitk_settings.REVIEWERS_GROUP)


@pytest.fixture
def reviewer_client(reviewer, client):
    client.force_login(reviewer)
    return client


def inspect(client, submission):
    response = client.get(reverse("iitk_submissions:inspect", args=[submission.pk]))
    assert response.status_code == 200
    return response.content.decode()


def received(html):
    """The "As received" list: label → (text, links)."""
    soup = WagtailTestUtils.get_soup(html)
    section = soup.find("section", attrs={"aria-labelledby": "iitk-received-heading"})
    fields = {}
    for dt in section.find_all("dt"):
        dd = dt.find_next_sibling("dd")
        links = [a["href"] for a in dd.find_all("a")]
        fields[dt.get_text(" ", strip=True)] = (dd.get_text(" ", strip=True), links)
    return fields


def question_edit_url(question):
    return reverse(Question.snippet_viewset.get_url_name("edit"), args=[question.pk])


def tool_edit_url(tool):
    return reverse("wagtailadmin_pages:edit", args=[tool.pk])


@pytest.fixture
def process_map(toolkit):
    return make_tool(title="Process mapping", slug="process-map")


def story_naming(tool, *questions, **extra):
    usage = {
        "tool": tool.slug,
        "why_chosen": "To see the flow.",
        "how_used": "On a wall.",
        "would_use_again": "maybe",
    }
    return story_data(
        summary="No one named here.",
        care_sector="acute",
        questions=[q.pk for q in questions],
        elapsed_ms=8955,
        tool_usages=[usage],
        **extra,
    )


def test_values_show_as_labels_titles_and_links(reviewer_client, process_map):
    question = make_question(wording="Who uses the service, and who runs it?")
    submission = make_submission(story_naming(process_map, question))
    fields = received(inspect(reviewer_client, submission))
    assert fields["Consent to publish"] == ("Yes", [])
    assert fields["Confirmed no patient-identifiable information"] == ("Yes", [])
    assert fields["Kind"] == ("Story of use", [])
    assert fields["Care sector"] == ("Acute care", [])
    assert fields["Time to fill in the form"] == ("9.0 seconds", [])
    assert fields["Questions"] == (
        "Who uses the service, and who runs it?",
        [question_edit_url(question)],
    )
    assert fields["Tool used 1 › Tool"] == ("Process mapping", [tool_edit_url(process_map)])
    assert fields["Tool used 1 › Would use it again"] == ("Maybe", [])


def test_the_tool_a_change_is_for_links_to_its_editor(reviewer_client, process_map):
    data = {"kind": "tip", "tool": "process-map", "advice": "pitfall", "text": "Walk it first."}
    submission = make_submission(data, tool=process_map)
    html = inspect(reviewer_client, submission)
    fields = received(html)
    assert fields["Tool"] == ("Process mapping", [tool_edit_url(process_map)])
    assert fields["Advice"] == ("Pitfall", [])
    assert f'<a href="{tool_edit_url(process_map)}">Process mapping</a></dd>' in html


def test_values_of_an_unexpected_shape_are_shown_as_received_and_inert(reviewer_client, toolkit):
    data = story_data(
        summary="No one named here.",
        care_sector=HOSTILE[0],
        questions=[HOSTILE[1], 999999],
        elapsed_ms=HOSTILE[2],
        consent_to_publish=HOSTILE[3],
        tool_usages=[{"tool": HOSTILE[5], "why_chosen": HOSTILE[4], "how_used": "x"}],
    )
    submission = make_submission(data)
    html = inspect(reviewer_client, submission)
    assert_inert(html)
    fields = received(html)
    assert fields["Care sector"] == (HOSTILE[0], [])
    assert fields["Time to fill in the form"] == (HOSTILE[2], [])
    assert fields["Consent to publish"] == (HOSTILE[3], [])
    assert fields["Tool used 1 › Tool"] == (HOSTILE[5], [])
    text, links = fields["Questions"]
    assert links == []
    assert "Unknown question 999999" in text and "Unknown question <img src=x" in text


def test_the_page_looks_up_tools_and_questions_once(reviewer_client, process_map):
    few = [make_question() for _ in range(1)]
    many = [make_question() for _ in range(6)]
    tools = [process_map, *(make_tool() for _ in range(4))]

    def queries(data):
        submission = make_submission(data)
        with CaptureQueriesContext(connection) as captured:
            inspect(reviewer_client, submission)
        return len(captured)

    one = queries(story_naming(process_map, *few))
    usages = [
        {"tool": tool.slug, "why_chosen": "w", "how_used": "h", "would_use_again": "yes"}
        for tool in tools
    ]
    data = story_naming(process_map, *many)
    data["tool_usages"] = usages
    assert queries(data) == one


def decide_section(html):
    soup = WagtailTestUtils.get_soup(html)
    return soup.find("section", attrs={"aria-labelledby": "iitk-decide-heading"})


def test_a_converted_submission_offers_its_draft_first(reviewer_client, reviewer, toolkit):
    submission = make_submission(story_data(summary="No one named here."))
    page = draft_story(submission, reviewer)
    decide = decide_section(inspect(reviewer_client, submission))
    headings = [h.get_text(strip=True) for h in decide.find_all("h3")]
    assert headings == ["Review the draft", "Reject", "Spam"]
    button = decide.find("a", string=re.compile("Open the draft to review"))
    assert button["href"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    text = decide.get_text(" ", strip=True)
    assert "waiting for “Community screening check”" in text
    assert "approving publishes it" in text
    assert "The contributor is told your reason" in text
    assert "The sender is not told" in text


def test_a_flagged_draft_says_it_needs_its_flags_cleared(reviewer_client, reviewer, toolkit):
    submission = make_submission()  # the default story names an NHS number
    draft_story(submission, reviewer)
    decide = decide_section(inspect(reviewer_client, submission))
    headings = [h.get_text(strip=True) for h in decide.find_all("h3")]
    assert headings[0] == "Review the draft"
    assert "cannot be approved until the flags are cleared" in decide.get_text(" ", strip=True)


@pytest.mark.parametrize("status", ["received", "rejected", "spam", "published"])
def test_no_draft_to_open_unless_it_is_in_review(reviewer_client, toolkit, status):
    submission = make_submission(story_data(summary="No one named here."), status=status)
    html = inspect(reviewer_client, submission)
    assert "Open the draft to review" not in html
