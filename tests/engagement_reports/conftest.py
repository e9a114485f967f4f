import csv
import io

import pytest
from openpyxl import load_workbook
from wagtail.test.utils import WagtailTestUtils

from . import dataset


@pytest.fixture
def admin_client(toolkit, make_user, client):
    client.force_login(make_user("root", superuser=True))
    return client


@pytest.fixture
def world(toolkit):
    """The known dataset of ``dataset.py``."""
    return dataset.build()


def soup(response):
    assert response.status_code == 200, response.content[:2000]
    return WagtailTestUtils.get_soup(response.content)


def listing_rows(page):
    """The report's listing table (Wagtail's table of results) as lists of cell texts."""
    table = page.select_one("#listing-results table.listing:not(#iitk-trend-table)")
    if table is None:
        return []
    return [
        [" ".join(cell.get_text(" ", strip=True).split()) for cell in row.find_all(["td", "th"])]
        for row in table.select("tbody tr")
    ]


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def xlsx_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]
