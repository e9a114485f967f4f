"""The "Toolkit content health" report: each section against content built for it."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail_iitk.admin.reports import overdue_items

from ..factories import make_framework, make_question, make_story, make_tool
from .conftest import csv_rows, listing_rows, soup, xlsx_rows
from .dataset import add
from .test_engagement_report import PAGE_OVERHEAD, REQUEST_OVERHEAD, errors_of

pytestmark = pytest.mark.django_db

URL = "iitk_content_health_report:index"
TODAY = timezone.localdate()
RECENT = TODAY - datetime.timedelta(days=10)


def days_ago(n):
    return TODAY - datetime.timedelta(days=n)


@pytest.fixture
def content(toolkit):
    """Tools, stories, questions and frameworks in every state the sections tell apart."""
    reviewed = {"last_reviewed": RECENT}
    told = make_tool(title="Fishbone diagram", review_due=days_ago(30))
    drafted = make_tool(title="Process mapping", **reviewed)
    untold = make_tool(title="Run chart")  # never reviewed
    hidden = make_tool(title="Gantt chart", publish=False, review_due=days_ago(5))
    make_story(title="Shorter waits", tools=[told])
    make_story(title="A draft story", tools=[drafted], publish=False)
    framework = make_framework(title="Model for Improvement")  # never reviewed
    make_framework(title="Lean", publish=False, review_due=days_ago(100))
    make_framework(title="Double Diamond", **reviewed)
    answered = make_question(wording="What are the needs?", tools=[told])
    only_hidden = make_question(wording="What could go wrong?", tools=[hidden])
    toolless = make_question(wording="Why are we doing this?")
    make_question(wording="A draft question?", publish=False)
    return {
        "told": told,
        "drafted": drafted,
        "untold": untold,
        "hidden": hidden,
        "framework": framework,
        "answered": answered,
        "only_hidden": only_hidden,
        "toolless": toolless,
    }


def section(client, name, **params):
    return client.get(reverse(URL), {"section": name, **params})


def titles(client, name, **params):
    return [row[0] for row in listing_rows(soup(section(client, name, **params)))]


def test_tools_with_no_live_story_most_used_first(admin_client, content):
    add(days_ago(3), content["untold"], "used", 2)
    add(days_ago(3), content["drafted"], "used", 5)
    add(days_ago(3), content["drafted"], "view", 40)
    add(days_ago(200), content["untold"], "used", 50)  # outside the 90 days
    rows = listing_rows(soup(section(admin_client, "no-story")))
    # A tool in a draft story only still needs a story; unpublished tools are not items.
    assert rows == [["Process mapping", "5", "0", "40"], ["Run chart", "2", "0", "0"]]
    # Over a year, the old uses count and change the order.
    rows = listing_rows(soup(section(admin_client, "no-story", period="365")))
    assert rows == [["Run chart", "52", "0", "0"], ["Process mapping", "5", "0", "40"]]


def test_publishing_the_story_takes_the_tool_off_the_list(admin_client, content):
    from wagtail_iitk.models import StoryPage

    StoryPage.objects.get(title="A draft story").save_revision().publish()
    assert titles(admin_client, "no-story") == ["Run chart"]


def test_questions_with_no_live_tool(admin_client, content):
    add(days_ago(1), content["toolless"], "view", 9)
    rows = listing_rows(soup(section(admin_client, "no-tool")))
    assert rows == [
        ["What could go wrong?", "Design", "0"],
        ["Why are we doing this?", "Design", "9"],
    ]


def test_overdue_tools_and_frameworks_match_the_due_for_review_rule(admin_client, content):
    rows = listing_rows(soup(section(admin_client, "overdue")))
    assert [row[:2] for row in rows] == [
        ["Model for Improvement", "Framework"],  # never reviewed: first, by title
        ["Run chart", "Tool"],
        ["Fishbone diagram", "Tool"],  # due 30 days ago
    ]
    # The same items as the "Due for review" report, less questions and drafts.
    live = {"Fishbone diagram", "Run chart", "Model for Improvement"}
    due = {item.title for item in overdue_items() if item.kind in ("Tool", "Framework")}
    assert {row[0] for row in rows} == due & live
    assert due - live == {"Gantt chart", "Lean"}


def test_least_helpful_for_their_views(admin_client, content):
    add(days_ago(2), content["told"], "view", 200)
    add(days_ago(2), content["told"], "helpful", 2)
    add(days_ago(2), content["answered"], "view", 100)
    add(days_ago(2), content["answered"], "helpful", 1)
    add(days_ago(2), content["framework"], "view", 50)
    add(days_ago(2), content["framework"], "helpful", 5)
    add(days_ago(2), content["untold"], "view", 20)  # at the threshold: in
    add(days_ago(2), content["drafted"], "view", 19)  # below it: out
    add(days_ago(2), content["hidden"], "view", 500)  # not live: out
    page = soup(section(admin_client, "least-helpful"))
    note = page.select_one(".iitk-report__note").get_text(" ", strip=True)
    assert note.startswith("Items viewed at least 20 times in the period")
    rows = listing_rows(page)
    assert rows == [
        ["Run chart", "Tool", "20", "0", "0.0"],
        ["Fishbone diagram", "Tool", "200", "2", "1.0"],  # ties: most viewed first
        ["What are the needs?", "Question", "100", "1", "1.0"],
        ["Model for Improvement", "Framework", "50", "5", "10.0"],
    ]
    assert titles(admin_client, "least-helpful", min_views="100") == [
        "Fishbone diagram",
        "What are the needs?",
    ]


def test_section_links_carry_the_counts_and_the_parameters(admin_client, content):
    add(days_ago(2), content["told"], "view", 30)
    page = soup(section(admin_client, "overdue", period="7"))
    links = page.select("nav.iitk-report__sections a")
    assert [" ".join(a.get_text(" ", strip=True).split()) for a in links] == [
        "Tools with no story of use (2)",
        "Questions with no tool (2)",
        "Overdue for review (3)",
        "Least helpful for their views (1)",
        "Questions waiting for an answer (0)",
        "Discussion activity (0)",
    ]
    assert [a.get("aria-current") for a in links] == [None, None, "page", None, None, None]
    assert "period=7" in links[0]["href"] and "section=no-story" in links[0]["href"]


def test_each_section_exports_as_csv_and_xlsx(admin_client, content):
    for name, heading in (
        ("no-story", ["Tool", "Uses", "Worksheet opens", "Views"]),
        ("no-tool", ["Question", "Perspective", "Views"]),
        ("overdue", ["Title", "Kind", "Last reviewed", "Review due"]),
    ):
        html = listing_rows(soup(section(admin_client, name)))
        exported = csv_rows(section(admin_client, name, export="csv"))
        assert exported[0] == heading
        assert [row[0] for row in exported[1:]] == [row[0] for row in html]
        workbook = xlsx_rows(section(admin_client, name, export="xlsx"))
        assert workbook[0] == heading
        assert [row[0] for row in workbook[1:]] == [row[0] for row in html]
    overdue = csv_rows(section(admin_client, "overdue", export="csv"))
    assert overdue[-1] == ["Fishbone diagram", "Tool", "", days_ago(30).isoformat()]


def test_bad_parameters_are_form_errors(admin_client, content):
    page = soup(section(admin_client, "everything", min_views="0"))
    errors = errors_of(page)
    assert set(errors) == {"section", "min_views"}
    assert listing_rows(page) == []
    page = soup(section(admin_client, "least-helpful", start="2025-03-02", end="2025-03-01"))
    assert set(errors_of(page)) == {"end"}


def count_queries(client, name, **params):
    with CaptureQueriesContext(connection) as captured:
        response = section(client, name, **params)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_query_count_is_constant_in_rows(admin_client, content):
    # Whatever the section, every section is made (their counts are in the links): the
    # period's totals per item, the live titles, the tools without stories, the
    # questions without tools, the overdue tools and frameworks (two queries), the
    # unanswered threads, and the discussion's posts and its reports (two).
    expected = REQUEST_OVERHEAD + PAGE_OVERHEAD + 9
    sections = ("no-story", "no-tool", "overdue", "least-helpful")
    assert {name: count_queries(admin_client, name) for name in sections} == dict.fromkeys(
        sections, expected
    )
    for n in range(8):
        tool = make_tool(title=f"Another tool {n}")
        make_question(wording=f"Another question {n}?")
        add(days_ago(1), tool, "view", 50 + n)
    assert {name: count_queries(admin_client, name) for name in sections} == dict.fromkeys(
        sections, expected
    )
    assert len(titles(admin_client, "no-story")) == 10
    assert len(titles(admin_client, "least-helpful")) == 8
