"""The engagement report's discussion columns: posts, replies and reports per item over
the period, for a partner or all, spam left out, numbers only."""

import datetime

import pytest
from django.urls import reverse

from ..factories import make_tool
from .conftest import csv_rows, listing_rows, soup, xlsx_rows
from .dataset import COLUMNS, END, START
from .discussion import at_noon, discuss

pytestmark = pytest.mark.django_db

URL = "iitk_engagement_report:index"
MARCH_PARAMS = {"start": START.isoformat(), "end": END.isoformat()}


def discussion(client, **params):
    """{title: (posts, replies, reports)} from the HTML listing."""
    rows = listing_rows(soup(client.get(reverse(URL), params)))
    return {title: tuple(int(n) for n in numbers[-3:]) for _, title, _, *numbers in rows}


@pytest.fixture
def talk(world):
    """Threads on the dataset's items, from no partner and from two partners."""
    discuss(world.fishbone, START, replies=2, reports=1)  # the first day of March
    discuss(world.fishbone, datetime.date(2025, 3, 10), replies=1, partner=world.north)
    discuss(world.story, END, reports=2, partner=world.north)  # the last day
    discuss(world.story, datetime.date(2025, 3, 12), replies=3, partner=world.south, spam=True)
    discuss(world.mapping, datetime.date(2025, 2, 28), replies=1)  # the day before
    discuss(world.mapping, datetime.date(2025, 4, 1), reports=1)  # the day after
    discuss(world.framework, datetime.date(2025, 3, 20), replies=1, partner=world.south)
    withdrawn = make_tool(title="Withdrawn tool")
    discuss(withdrawn, datetime.date(2025, 3, 20), replies=1)
    withdrawn.unpublish()  # no longer live: not listed
    return world


def test_posts_replies_and_reports_per_item_spam_and_other_days_left_out(admin_client, talk):
    assert discussion(admin_client, **MARCH_PARAMS) == {
        "Fishbone diagram": (2, 3, 1),
        "Shorter waits in outpatients": (1, 0, 2),
        "Model for Improvement": (1, 1, 0),
        "Process mapping": (0, 0, 0),
        "What do the people using the service need?": (0, 0, 0),
    }


def test_the_period_includes_both_ends_in_london_time(admin_client, talk):
    assert discussion(admin_client, start="2025-02-28", end="2025-02-28") == {
        "Fishbone diagram": (0, 0, 0),  # its rows of that day
        "Process mapping": (1, 1, 0),
    }
    assert discussion(admin_client, start="2025-04-01", end="2025-04-01") == {
        "Process mapping": (1, 0, 1),
    }
    # 23:30 on 31 March in London (summer time) is 22:30 UTC: still March.
    late = at_noon(END).replace(hour=23, minute=30)
    discuss(talk.framework, END, when=late)
    assert discussion(admin_client, **MARCH_PARAMS)["Model for Improvement"] == (2, 1, 0)
    assert "Model for Improvement" not in discussion(
        admin_client, start="2025-04-01", end="2025-04-01"
    )


def test_items_with_discussion_and_no_daily_rows_are_listed(admin_client, talk):
    # The framework has no daily rows for a partner, only its discussion.
    found = discussion(admin_client, partner=talk.south.pk, **MARCH_PARAMS)
    assert found == {"Process mapping": (0, 0, 0), "Model for Improvement": (1, 1, 0)}
    rows = listing_rows(
        soup(admin_client.get(reverse(URL), {"partner": talk.south.pk, **MARCH_PARAMS}))
    )
    framework = next(row for row in rows if row[1] == "Model for Improvement")
    assert framework[3 : 3 + len(COLUMNS)] == ["0"] * len(COLUMNS)
    assert framework[0] == "2"  # ranked after the tool that was used


def test_partner_filter(admin_client, talk):
    north = discussion(admin_client, partner=talk.north.pk, **MARCH_PARAMS)
    assert north == {
        "Fishbone diagram": (1, 1, 0),
        "Shorter waits in outpatients": (1, 0, 2),
    }
    none = discussion(admin_client, partner="none", **MARCH_PARAMS)
    assert none["Fishbone diagram"] == (1, 2, 1)
    assert none["Shorter waits in outpatients"] == (0, 0, 0)
    assert none["Model for Improvement"] == (0, 0, 0)
    assert discussion(admin_client, partner=talk.closed.pk, **MARCH_PARAMS) == {}


def test_kind_filter(admin_client, talk):
    assert discussion(admin_client, kind="story", **MARCH_PARAMS) == {
        "Shorter waits in outpatients": (1, 0, 2),
    }
    assert discussion(admin_client, kind="question", **MARCH_PARAMS) == {
        "What do the people using the service need?": (0, 0, 0),
    }


def test_exports_have_the_columns_and_no_personal_data(admin_client, talk):
    response = admin_client.get(reverse(URL), {"export": "csv", **MARCH_PARAMS})
    rows = csv_rows(response)
    assert rows[0][-3:] == ["Posts", "Replies", "Reports"]
    found = {row[1]: row[-3:] for row in rows[1:]}
    assert found["Fishbone diagram"] == ["2", "3", "1"]
    assert found["Model for Improvement"] == ["1", "1", "0"]
    assert "Dana Reyes" not in str(rows) and "dana@example.org" not in str(rows)
    workbook = xlsx_rows(admin_client.get(reverse(URL), {"export": "xlsx", **MARCH_PARAMS}))
    assert workbook[0][-3:] == ["Posts", "Replies", "Reports"]
    assert {row[1]: row[-3:] for row in workbook[1:]}["Shorter waits in outpatients"] == [1, 0, 2]
