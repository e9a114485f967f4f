"""The "Toolkit engagement" report against a dataset whose totals were worked out by hand."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail_iitk.models import DailyEngagement

from ..factories import make_tool
from .conftest import csv_rows, listing_rows, soup, xlsx_rows
from .dataset import COLUMNS, END, MARCH, MARCH_TOTALS, MARCH_WEEKS, START, WEEKS, add
from .discussion import discuss

pytestmark = pytest.mark.django_db

URL = "iitk_engagement_report:index"
MARCH_PARAMS = {"start": START.isoformat(), "end": END.isoformat()}


def report(client, **params):
    return client.get(reverse(URL), params)


def table(client, **params):
    """The listing as {title: (kind, views, ... cards)}, in order, from the HTML (the
    discussion's columns, after these, are tested in test_engagement_discussion.py)."""
    rows = listing_rows(soup(report(client, **params)))
    ranked = {}
    for rank, (position, title, kind, *numbers) in enumerate(rows, start=1):
        assert int(position) == rank
        ranked[title] = (kind, *(int(n) for n in numbers[: len(COLUMNS)]))
    return ranked


def errors_of(page):
    return {
        field["data-contentpath"]: field.select_one(".error-message").get_text(" ", strip=True)
        for field in page.select("[data-contentpath]")
        if field.select_one(".error-message")
    }


# The numbers ---------------------------------------------------------------------------------


def test_march_totals_per_item_ranked_by_uses_then_title(admin_client, world):
    found = table(admin_client, **MARCH_PARAMS)
    assert list(found) == list(MARCH)
    assert found == MARCH


def test_the_first_and_last_days_are_in_the_period_and_the_days_around_are_not(admin_client, world):
    assert table(admin_client, start="2025-03-01", end="2025-03-01") == {
        "Fishbone diagram": ("Tool", 10, 0, 0, 2, 0, 0, 0, 0, 0, 0),
    }
    assert table(admin_client, start="2025-03-31", end="2025-03-31") == {
        "What do the people using the service need?": ("Question", 7, 0, 0, 0, 1, 0, 0, 0, 0, 0),
    }
    # The day before and the day after hold only the rows outside March.
    assert table(admin_client, start="2025-02-28", end="2025-02-28") == {
        "Fishbone diagram": ("Tool", 0, 0, 0, 100, 0, 0, 0, 0, 0, 0),
    }
    assert table(admin_client, start="2025-04-01", end="2025-04-01") == {
        "Process mapping": ("Tool", 0, 0, 0, 50, 0, 0, 0, 0, 0, 0),
    }


def test_unpublished_deleted_and_toolkit_rows_are_left_out(admin_client, world):
    found = table(admin_client, start="2025-03-10", end="2025-03-15")
    assert found == {"Process mapping": ("Tool", 0, 25, 1, 5, 0, 0, 0, 0, 0, 1)}
    # Once published, the tool's rows count.
    world.unpublished.save_revision().publish()
    found = table(admin_client, start="2025-03-10", end="2025-03-15")
    assert found["Run chart"] == ("Tool", 0, 0, 0, 99, 0, 0, 0, 0, 0, 0)
    assert list(found) == ["Run chart", "Process mapping"]
    week = trend_table(soup(report(admin_client, start="2025-03-10", end="2025-03-15")))
    assert week == [["10 Mar 2025", "6", "0", "25", "1", "104", "0", "0", "0", "0", "0", "1"]]


def test_partner_filter(admin_client, world):
    assert table(admin_client, partner=world.north.pk, **MARCH_PARAMS) == {
        "Fishbone diagram": ("Tool", 0, 40, 6, 6, 0, 0, 0, 0, 0, 0),
        "Shorter waits in outpatients": ("Story", 12, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    }
    assert table(admin_client, partner=world.south.pk, **MARCH_PARAMS) == {
        "Process mapping": ("Tool", 0, 25, 1, 5, 0, 0, 0, 0, 0, 1),
    }
    assert table(admin_client, partner="none", **MARCH_PARAMS) == {
        "Fishbone diagram": ("Tool", 10, 0, 0, 3, 0, 0, 8, 3, 2, 0),
        "Model for Improvement": ("Framework", 30, 0, 0, 0, 3, 0, 0, 0, 0, 0),
        "Shorter waits in outpatients": ("Story", 0, 0, 0, 0, 0, 4, 0, 0, 0, 0),
        "What do the people using the service need?": ("Question", 7, 0, 0, 0, 1, 0, 0, 0, 0, 0),
    }
    assert table(admin_client, partner=world.closed.pk, **MARCH_PARAMS) == {}


def test_kind_filter_and_rank_by_another_measure(admin_client, world):
    assert list(table(admin_client, kind="tool", **MARCH_PARAMS)) == [
        "Fishbone diagram",
        "Process mapping",
    ]
    assert list(table(admin_client, kind="question", **MARCH_PARAMS)) == [
        "What do the people using the service need?"
    ]
    assert list(table(admin_client, rank="views", **MARCH_PARAMS)) == [
        "Model for Improvement",
        "Shorter waits in outpatients",
        "Fishbone diagram",
        "What do the people using the service need?",
        "Process mapping",
    ]


def test_titles_link_to_the_edit_views(admin_client, world):
    page = soup(report(admin_client, **MARCH_PARAMS))
    links = {a.get_text(strip=True): a["href"] for a in page.select("#listing-results td a")}
    assert links["Fishbone diagram"] == reverse("wagtailadmin_pages:edit", args=[world.fishbone.pk])
    question = world.question
    assert links[question.wording] == reverse(
        question.snippet_viewset.get_url_name("edit"), args=[question.pk]
    )


def test_rolling_periods_end_today_and_include_both_ends(admin_client, world):
    today = timezone.localdate()
    tool = make_tool(title="Driver diagram")
    add(today, tool, "used", 1)
    add(today - datetime.timedelta(days=6), tool, "used", 10)
    add(today - datetime.timedelta(days=7), tool, "used", 100)
    add(today - datetime.timedelta(days=29), tool, "used", 1000)
    add(today - datetime.timedelta(days=30), tool, "used", 10000)
    assert table(admin_client, period="7")["Driver diagram"][4] == 11
    assert table(admin_client)["Driver diagram"][4] == 1111  # 30 days by default
    assert table(admin_client, period="90")["Driver diagram"][4] == 11111
    page = soup(report(admin_client, period="7"))
    summary = page.select_one(".iitk-report__summary").get_text(" ", strip=True)
    assert "(7 days)" in summary


# The weekly trend ---------------------------------------------------------------------------


def trend_table(page):
    rows = page.select("#iitk-trend-table tbody tr")
    return [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in rows]


def test_weekly_table_has_every_week_with_its_days_and_totals(admin_client, world):
    page = soup(report(admin_client, **MARCH_PARAMS))
    rows = trend_table(page)
    assert [row[0] for row in rows] == [monday.strftime("%-d %b %Y") for monday, _ in WEEKS]
    assert [int(row[1]) for row in rows] == [days for _, days in WEEKS]
    assert [tuple(int(n) for n in row[2:]) for row in rows] == MARCH_WEEKS
    headings = [th.get_text(strip=True) for th in page.select("#iitk-trend-table thead th")]
    assert headings[2:] == [c.capitalize() for c in COLUMNS]
    total = page.select_one("#iitk-trend-table tfoot tr")
    cells = [cell.get_text(strip=True) for cell in total.find_all(["th", "td"])]
    assert cells == ["Total", "31", *(str(n) for n in MARCH_TOTALS)]
    # The table's totals equal the items' totals (same live items, same period).
    for column, n in enumerate(MARCH_TOTALS):
        assert sum(item[column + 1] for item in MARCH.values()) == n


def test_chart_has_one_bar_per_week_with_its_value(admin_client, world):
    page = soup(report(admin_client, **MARCH_PARAMS))
    svg = page.select_one("figure svg")
    assert svg["role"] == "img"
    assert svg["aria-labelledby"] == "iitk-trend-title iitk-trend-desc"
    title = svg.find("title", recursive=False)
    assert title["id"] == "iitk-trend-title"
    assert title.get_text() == "Uses per week, 1 March 2025 to 31 March 2025"
    desc = svg.find("desc").get_text()
    assert "14 in all; the most, 7, in the week of 3 March 2025" in desc
    assert "table beside the chart" in desc
    bars = svg.select("rect.iitk-chart__bar")
    uses = [week[3] for week in MARCH_WEEKS]
    assert [int(bar["data-value"]) for bar in bars] == uses
    assert [bar.find("title").get_text() for bar in bars][1] == "Week of 3 March 2025: 7"
    heights = [float(bar["height"]) for bar in bars]
    # Bars are in proportion: the tallest is the week of 7, zero weeks are flat.
    assert heights[1] == max(heights) and heights[3] == 0
    assert heights[0] / heights[1] == pytest.approx(2 / 7)
    assert page.find(id="iitk-trend-table") is not None  # the numbers, beside it
    assert not page.select("#listing-results script")


def test_chart_follows_the_ranked_measure_and_filters(admin_client, world):
    page = soup(report(admin_client, rank="views", partner=world.north.pk, **MARCH_PARAMS))
    svg = page.select_one("figure svg")
    assert svg.find("title").get_text().startswith("Views per week")
    assert [int(bar["data-value"]) for bar in svg.select("rect.iitk-chart__bar")] == [
        0,
        0,
        0,
        0,
        12,
        0,
    ]


# Exports ---------------------------------------------------------------------------------------


def test_csv_and_xlsx_exports_equal_the_table(admin_client, world):
    html = listing_rows(soup(report(admin_client, **MARCH_PARAMS)))
    heading = ["Rank", "Title", "Kind", "Views", "Impressions", "Opens", "Uses", "Helpful"]
    heading += ["Downloads", "Worksheets", "Prints", "Saves", "Cards", "Posts", "Replies"]
    heading += ["Reports"]

    exported = csv_rows(report(admin_client, export="csv", **MARCH_PARAMS))
    assert exported[0] == heading
    assert exported[1:] == html

    response = report(admin_client, export="xlsx", **MARCH_PARAMS)
    assert "toolkit-engagement-2025-03-01-to-2025-03-31.xlsx" in response["Content-Disposition"]
    workbook = xlsx_rows(response)
    assert workbook[0] == heading
    assert workbook[1:] == [
        [int(row[0]), row[1], row[2], *(int(n) for n in row[3:])] for row in html
    ]


def test_export_follows_the_filters_and_has_every_row(admin_client, world):
    for n in range(60):  # more than one page of 50
        add(START, make_tool(title=f"Extra tool {n:02d}"), "view", 1)
    page = soup(report(admin_client, **MARCH_PARAMS))
    assert len(listing_rows(page)) == 50
    exported = csv_rows(report(admin_client, export="csv", **MARCH_PARAMS))
    assert len(exported) == 1 + 65
    exported = csv_rows(report(admin_client, export="csv", partner=world.south.pk, **MARCH_PARAMS))
    assert exported[1:] == [
        ["1", "Process mapping", "Tool", "0", "25", "1", "5", "0", "0", "0", "0", "0", "1"]
        + ["0", "0", "0"]
    ]


# Bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "errors"),
    [
        ({"start": "2025-03-31", "end": "2025-03-01"}, {"end": "on or after the first day"}),
        ({"start": "2025-02-30", "end": "2025-03-01"}, {"start": "Enter a valid date."}),
        ({"start": "yesterday", "end": "x"}, {"start": "valid date", "end": "valid date"}),
        ({"start": "2025-03-01"}, {"end": "Enter the last day"}),
        ({"period": "custom"}, {"start": "Enter the first day", "end": "Enter the last day"}),
        ({"start": "2020-01-01", "end": "2025-03-01"}, {"start": "at most 731 days"}),
        ({"start": "0001-01-01", "end": "2025-03-01"}, {"start": "at most 731 days"}),
        ({"start": "2025-03-01", "end": "9999-12-31"}, {"end": "cannot be in the future"}),
        ({"period": "12"}, {"period": "Select a valid choice"}),
        ({"partner": "999999"}, {"partner": "Select a valid choice"}),
        ({"partner": "north"}, {"partner": "Select a valid choice"}),
        ({"kind": "toolkit"}, {"kind": "Select a valid choice"}),
        ({"rank": "count"}, {"rank": "Select a valid choice"}),
    ],
)
def test_bad_parameters_are_form_errors_not_500s(admin_client, world, params, errors):
    response = report(admin_client, **params)
    page = soup(response)
    found = errors_of(page)
    assert set(found) == set(errors)
    for field, text in errors.items():
        assert text in found[field]
    assert page.select_one("[role=alert]").get_text(strip=True).startswith("Correct the answers")
    assert listing_rows(page) == []
    assert page.select_one("figure svg") is None
    assert "Download CSV" not in response.content.decode()


def test_an_export_with_bad_dates_is_the_form_with_status_400(admin_client, world):
    response = report(admin_client, export="csv", start="2025-03-31", end="2025-03-01")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert "on or after the first day" in response.content.decode()


def test_the_form_keeps_what_was_asked(admin_client, world):
    page = soup(report(admin_client, partner=world.south.pk, rank="opens", **MARCH_PARAMS))
    assert page.select_one("#id_period option[selected]")["value"] == "custom"
    assert page.select_one("#id_start")["value"] == "2025-03-01"
    assert page.select_one("#id_partner option[selected]").get_text() == world.south.name
    assert page.select_one("#id_rank option[selected]")["value"] == "opens"
    partners = [o.get_text() for o in page.select("#id_partner option")]
    assert "Closed Trust (inactive)" in partners


# Queries ---------------------------------------------------------------------------------------


def count_queries(client, **params):
    with CaptureQueriesContext(connection) as captured:
        response = report(client, **params)
        if params.get("export") == "csv":
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(captured.captured_queries)


#: Every admin request: the session, the user and Wagtail's user profile.
REQUEST_OVERHEAD = 3
#: Every report page: the locales, two for the sidebar's page explorer, and the example
#: site's demo-data notice (an ``iitk_report_notices`` hook: the test settings install
#: ``example_site.demo``).
PAGE_OVERHEAD = 4


def test_query_count_is_constant_in_items_and_days(admin_client, world):
    # The partners for the form, the totals per item, the titles, the discussion's posts
    # and its reports per item (two), the weekly totals.
    page = REQUEST_OVERHEAD + PAGE_OVERHEAD + 6
    # An export: the same without the page and the weekly totals.
    export = REQUEST_OVERHEAD + 5
    assert count_queries(admin_client, **MARCH_PARAMS) == page
    assert count_queries(admin_client, export="csv", **MARCH_PARAMS) == export
    assert count_queries(admin_client, period="365") == page
    tools = [make_tool(title=f"More {n}") for n in range(12)]
    rows = [
        DailyEngagement(
            day=START + datetime.timedelta(days=d),
            item_kind="tool",
            item_id=tool.pk,
            event=event,
            count=d + 1,
        )
        for tool in tools
        for d in range(31)
        for event in ("view", "used", "impression")
    ]
    DailyEngagement.objects.bulk_create(rows)
    # And discussion: a thread with a reply and a report on each, and tools with only that.
    talked_of = [make_tool(title=f"Discussed {n}") for n in range(3)]
    for tool in tools + talked_of:
        discuss(tool, START, replies=1, reports=1)
    assert len(table(admin_client, **MARCH_PARAMS)) == 5 + 12 + 3
    assert count_queries(admin_client, **MARCH_PARAMS) == page
    assert count_queries(admin_client, start="2024-04-01", end="2025-03-31") == page
    assert count_queries(admin_client, export="csv", **MARCH_PARAMS) == export


# Who may see it --------------------------------------------------------------------------------


def reports_menu(client):
    import json

    page = soup(client.get(reverse("wagtailadmin_home")))
    props = json.loads(page.find("script", id="wagtail-sidebar-props").string)
    main_menu = next(m for m in props["modules"] if m["_type"] == "wagtail.sidebar.MainMenuModule")
    for item in main_menu["_args"][0]:
        if (
            item["_type"] == "wagtail.sidebar.SubMenuItem"
            and item["_args"][0]["label"] == "Reports"
        ):
            return [child["_args"][0]["label"] for child in item["_args"][1]]
    return []


def test_reviewers_see_the_reports_and_editors_do_not(toolkit, make_user, client):
    from wagtail_iitk.conf import iitk_settings

    urls = [
        reverse("iitk_engagement_report:index"),
        reverse("iitk_content_health_report:index"),
        reverse("iitk_partner_report:index"),
    ]
    names = ["Toolkit engagement", "Toolkit content health", "Toolkit partners"]
    client.force_login(make_user("reviewer", iitk_settings.REVIEWERS_GROUP))
    assert all(client.get(url).status_code == 200 for url in urls)
    assert [name for name in reports_menu(client) if name.startswith("Toolkit")] == names

    client.force_login(make_user("editor", iitk_settings.EDITORS_GROUP))
    assert [client.get(url).status_code for url in urls] == [302, 302, 302]
    assert not [name for name in reports_menu(client) if name.startswith("Toolkit")]
