"""The Toolkit menu's page listings: titles link to the editor, with row actions, the page
status, the workflow task waited on, and a status filter; one listing per page kind."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow
from wagtail.test.utils import WagtailTestUtils

from wagtail_iitk.admin.listings import PageStatus
from wagtail_iitk.models import get_kinds

from .factories import make_framework, make_story, make_tool

pytestmark = pytest.mark.django_db

EDITORS = "Toolkit editors"
REVIEWERS = "Toolkit reviewers"


@pytest.fixture
def reviewer(toolkit, make_user):
    return make_user("rhys", REVIEWERS)


@pytest.fixture
def editor(toolkit, make_user):
    return make_user("edna", EDITORS)


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


def in_workflow(page, user):
    page.save_revision(user=user)
    Workflow.objects.get(name="Toolkit review").start(page, user)
    return page


@pytest.fixture
def tools(toolkit, editor, reviewer):
    """A tool in each status a reviewer tells apart."""
    live = make_tool(title="Live fishbone")
    changed = make_tool(title="Changed run chart")
    changed.purpose = "A better purpose, not yet published."
    changed.save_revision(user=editor)
    draft = make_tool(title="Draft swimlane", publish=False)
    moderated = in_workflow(make_tool(title="Moderated driver diagram", publish=False), editor)
    sent_back = in_workflow(make_tool(title="Sent-back Pareto chart", publish=False), editor)
    task_state = sent_back.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, reviewer, "reject")
    scheduled = make_tool(title="Scheduled SWOT", publish=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=7)
    scheduled.save_revision(user=reviewer).publish(user=reviewer)
    expired = make_tool(title="Expired PEST")
    expired.expire_at = timezone.now() - datetime.timedelta(days=1)
    expired.save_revision().publish()
    type(expired).objects.filter(pk=expired.pk).update(live=False, expired=True)
    return {
        "live": live,
        "changed": changed,
        "draft": draft,
        "moderated": moderated,
        "sent_back": sent_back,
        "scheduled": scheduled,
        "expired": expired,
    }


def rows(html):
    """Each row of the listing: its title, title link, status and workflow cells."""
    soup = WagtailTestUtils.get_soup(html)
    headers = [th.get_text(" ", strip=True) for th in soup.select("table.listing thead th")]
    found = {}
    for tr in soup.select("table.listing tbody tr"):
        cells = tr.find_all("td")
        title_cell = tr.select_one("td.title")
        title = title_cell.select_one("[id$=_title]").get_text(" ", strip=True)
        by_header = dict(zip(headers, cells, strict=False))
        found[title] = {
            "link": title_cell.select_one(".title-wrapper a")["href"],
            "actions": [a.get_text(" ", strip=True) for a in title_cell.select(".actions a")],
            "status": by_header["Status"].get_text(" ", strip=True),
            "workflow": by_header["Workflow"].get_text(" ", strip=True),
        }
    return found


def listing(client, **params):
    response = client.get(reverse("iitk_tools:index"), params)
    assert response.status_code == 200
    return rows(response.content.decode())


def test_titles_link_to_the_editor_with_row_actions(reviewer_client, tools):
    found = listing(reviewer_client)
    live = found["Live fishbone"]
    assert live["link"] == reverse("wagtailadmin_pages:edit", args=[tools["live"].pk])
    assert "Edit" in live["actions"]
    assert "View live" in live["actions"]
    assert "History" in live["actions"]
    assert "View live" not in found["Draft swimlane"]["actions"]


def test_status_and_workflow_columns_tell_each_state_apart(reviewer_client, tools):
    found = listing(reviewer_client)
    assert {title: (row["status"], row["workflow"]) for title, row in found.items()} == {
        "Live fishbone": ("Current page status: live", ""),
        "Changed run chart": ("Current page status: live + draft", ""),
        "Draft swimlane": ("Current page status: draft", ""),
        "Moderated driver diagram": (
            "Current page status: in moderation",
            "Awaiting Toolkit editorial review",
        ),
        "Sent-back Pareto chart": ("Current page status: draft", "Changes requested"),
        "Scheduled SWOT": ("Current page status: scheduled", ""),
        "Expired PEST": ("Current page status: expired", ""),
    }


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (PageStatus.LIVE, {"Live fishbone", "Changed run chart"}),
        (
            PageStatus.DRAFT,
            {
                "Draft swimlane",
                "Moderated driver diagram",
                "Sent-back Pareto chart",
                "Scheduled SWOT",
                "Expired PEST",
            },
        ),
        (PageStatus.UNPUBLISHED_CHANGES, {"Changed run chart"}),
        (PageStatus.IN_MODERATION, {"Moderated driver diagram"}),
        (PageStatus.CHANGES_REQUESTED, {"Sent-back Pareto chart"}),
        (PageStatus.SCHEDULED, {"Scheduled SWOT"}),
        (PageStatus.EXPIRED, {"Expired PEST"}),
    ],
)
def test_status_filter(reviewer_client, tools, status, expected):
    assert set(listing(reviewer_client, status=status)) == expected


def test_an_unknown_status_is_refused_not_ignored(reviewer_client, tools):
    response = reviewer_client.get(reverse("iitk_tools:index"), {"status": "bogus"})
    assert response.status_code == 200
    # An invalid filter shows the form's error and Wagtail lists nothing filtered by it.
    assert "Select a valid choice" in response.content.decode()


def test_an_editor_sees_the_listing_and_links_to_the_editor(client, editor, tools):
    client.force_login(editor)
    found = listing(client)
    assert found["Draft swimlane"]["link"] == reverse(
        "wagtailadmin_pages:edit", args=[tools["draft"].pk]
    )


def test_every_page_kind_has_a_listing_with_the_same_columns(reviewer_client, toolkit):
    make_framework(title="Model for Improvement")
    make_story(title="Shorter waits")
    page_kinds = [kind for kind in get_kinds() if kind.is_page]
    assert {kind.name for kind in page_kinds} >= {"tool", "framework", "story"}
    for kind in page_kinds:
        response = reviewer_client.get(reverse(f"iitk_{kind.plural}:index"))
        assert response.status_code == 200, kind.name
        soup = WagtailTestUtils.get_soup(response.content.decode())
        headers = [th.get_text(" ", strip=True) for th in soup.select("table.listing thead th")]
        assert {"Workflow", "Updated", "Status"} <= set(headers), kind.name
    assert "Model for Improvement" in listing_html(reviewer_client, "iitk_frameworks:index")
    assert "Shorter waits" in listing_html(reviewer_client, "iitk_stories:index")


def listing_html(client, url_name):
    return client.get(reverse(url_name)).content.decode()


def test_listing_queries_do_not_grow_with_the_rows(reviewer_client, toolkit, editor):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert reviewer_client.get(reverse("iitk_tools:index")).status_code == 200
        return len(queries)

    for n in range(2):
        in_workflow(make_tool(title=f"First {n}", publish=False), editor)
    make_tool(title="First live")
    few = count()
    for n in range(4):
        in_workflow(make_tool(title=f"Second {n}", publish=False), editor)
        make_tool(title=f"Second live {n}")
    assert count() == few


def test_the_export_names_each_page_status(reviewer_client, tools):
    response = reviewer_client.get(reverse("iitk_tools:index"), {"export": "csv"})
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0].split(",")[-1] == "Status"
    assert {line.split(",")[-1] for line in lines[1:]} >= {"live", "draft", "in moderation"}
