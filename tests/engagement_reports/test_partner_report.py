"""The "Toolkit partners" report: embedding origins, impressions, opens and open rates."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail_iitk.models import PartnerOrganisation

from .conftest import csv_rows, listing_rows, soup, xlsx_rows
from .dataset import ELSEWHERE, END, NORTH, SOUTH, START, add, day
from .test_engagement_report import PAGE_OVERHEAD, REQUEST_OVERHEAD, errors_of

pytestmark = pytest.mark.django_db

URL = "iitk_partner_report:index"
MARCH_PARAMS = {"start": START.isoformat(), "end": END.isoformat()}

#: March 2025: partner, status, origins, impressions, opens, open rate, items shown.
MARCH = [
    ["Northshire Hospitals NHS Trust", "Active", NORTH, "40", "6", "15.0%", "1"],
    ["Southvale Community Trust", "Active", f"{ELSEWHERE}, {SOUTH}", "25", "1", "4.0%", "1"],
    ["Closed Trust", "Inactive", "—", "0", "0", "—", "0"],
]


def report(client, **params):
    return client.get(reverse(URL), params)


def test_march_per_partner(admin_client, world):
    assert listing_rows(soup(report(admin_client, **MARCH_PARAMS))) == MARCH


def test_impressions_of_deleted_items_do_not_count_but_their_origins_do(admin_client, world):
    # The deleted tool had 1,000 impressions at Southvale on 10 March.
    rows = listing_rows(soup(report(admin_client, start="2025-03-10", end="2025-03-10")))
    assert rows[-1][0] == "Southvale Community Trust"
    assert rows[-1][2:] == [SOUTH, "0", "0", "—", "0"]


def test_items_shown_counts_distinct_items_and_the_period_bounds_hold(admin_client, world):
    add(day(31), world.story, "impression", 8, world.north, NORTH)
    add(
        day(31), world.question, "impression", 2, world.north, "https://intranet2.northshire.nhs.uk"
    )
    add(day(1, 4), world.story, "impression", 1000, world.north, NORTH)  # outside
    north = listing_rows(soup(report(admin_client, **MARCH_PARAMS)))[0]
    assert north == [
        "Northshire Hospitals NHS Trust",
        "Active",
        f"{NORTH}, https://intranet2.northshire.nhs.uk",
        "50",
        "6",
        "12.0%",
        "3",
    ]


def test_links_go_to_each_partners_edit_view(admin_client, world):
    page = soup(report(admin_client, **MARCH_PARAMS))
    links = [a["href"] for a in page.select("#listing-results td a")]
    assert links[0] == reverse("iitk_partners:edit", args=[world.north.pk])


def test_csv_and_xlsx_exports_equal_the_table(admin_client, world):
    heading = [
        "Partner",
        "Status",
        "Embedding origins",
        "Impressions",
        "Opens",
        "Open rate (%)",
        "Items shown",
    ]
    exported = csv_rows(report(admin_client, export="csv", **MARCH_PARAMS))
    assert exported[0] == heading
    assert exported[1:] == [
        [name, status, origins.replace("—", ""), imp, opens, rate.rstrip("%").replace("—", ""), n]
        for name, status, origins, imp, opens, rate, n in MARCH
    ]
    workbook = xlsx_rows(report(admin_client, export="xlsx", **MARCH_PARAMS))
    assert workbook[0] == heading
    assert workbook[1:] == [
        ["Northshire Hospitals NHS Trust", "Active", NORTH, 40, 6, 15.0, 1],
        ["Southvale Community Trust", "Active", f"{ELSEWHERE}, {SOUTH}", 25, 1, 4.0, 1],
        ["Closed Trust", "Inactive", None, 0, 0, None, 0],
    ]


def test_bad_dates_are_form_errors(admin_client, world):
    page = soup(report(admin_client, start="2025-03-31", end="2025-03-01"))
    assert set(errors_of(page)) == {"end"}
    assert listing_rows(page) == []
    response = report(admin_client, export="xlsx", start="2025-13-01", end="2025-03-01")
    assert response.status_code == 400
    assert "Enter a valid date." in response.content.decode()


def count_queries(client, **params):
    with CaptureQueriesContext(connection) as captured:
        response = report(client, **params)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_query_count_is_constant_in_partners_and_days(admin_client, world):
    # Partners, totals per partner, origins per partner.
    expected = REQUEST_OVERHEAD + PAGE_OVERHEAD + 3
    assert count_queries(admin_client, **MARCH_PARAMS) == expected
    for n in range(10):
        partner = PartnerOrganisation.objects.create(name=f"Partner {n}")
        for d in range(1, 29):
            add(day(d), world.fishbone, "impression", d, partner, f"https://p{n}.example.nhs.uk")
    assert count_queries(admin_client, **MARCH_PARAMS) == expected
    assert len(listing_rows(soup(report(admin_client, **MARCH_PARAMS)))) == 13
