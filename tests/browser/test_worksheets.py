"""Worksheets in Chromium: every block type filled by keyboard and mouse, kept over a
reload, saved as a file and opened again, copied as text, cleared by "start again";
printed to one A4 page for a typical fishbone fill; blank and printable without
JavaScript; no request after load carries anything typed; axe finds nothing.
"""

import json

import pytest
from playwright.sync_api import expect

from tests.factories import make_tool
from tests.worksheets.pdf_text import pdf_reader, pdf_text
from tests.worksheets.sample import worksheet_tool

from .test_axe import run_axe

pytestmark = pytest.mark.django_db(transaction=True)

#: A word typed into every field, found nowhere else: if a request carries it, it leaked.
TOKEN = "zqsecretxq"


@pytest.fixture
def sheets(toolkit_url):
    from wagtail.models import Collection

    from example_site.demo.worksheets import load_worksheets
    from wagtail_iitk.models import ToolkitHomePage

    # An earlier transactional test may have flushed the root collection Wagtail made.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    worksheet_tool(slug="every-block", title="Every block")
    for slug in ("fishbone-diagram", "process-map"):
        make_tool(slug=slug, title=slug.replace("-", " ").capitalize())
    load_worksheets()
    return f"{toolkit_url}{ToolkitHomePage.objects.get().url}tools/"


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900}, accept_downloads=True)
    requests = []
    context.on("request", lambda request: requests.append(request))
    context.requests = requests
    yield context
    context.close()


def section(page, block_id):
    return page.locator(f"[data-block-id='{block_id}']")


def fill_every_block(page):
    """Fill each block type, using the keyboard for the list's and tree's buttons."""
    page.fill("#ws-b-prompt", f"{TOKEN} prompt answer")
    items = section(page, "b-list")
    items.locator("input").nth(0).fill(f"{TOKEN} first")
    items.locator("input").nth(1).fill(f"{TOKEN} second")
    items.get_by_role("button", name="Move up: Who is affected: item 2").focus()
    page.keyboard.press("Enter")  # second moves up; focus follows it
    expect(items.get_by_role("button", name="Move up: Who is affected: item 1")).to_be_focused()
    items.get_by_role("button", name="Add an item").focus()
    page.keyboard.press("Enter")
    page.keyboard.type(f"{TOKEN} added")  # focus moved to the new item
    table = section(page, "b-table")
    table.locator("tbody tr").nth(0).locator("textarea").nth(1).fill(f"{TOKEN} cause")
    table.get_by_role("button", name="Add a row").click()
    expect(table.locator("tbody tr")).to_have_count(3)
    page.keyboard.type(f"{TOKEN} new row")
    page.fill("#ws-b-grid-top_right", f"{TOKEN} manage closely")
    tree = section(page, "b-tree")
    page.fill("#ws-b-tree-aim", f"{TOKEN} aim")
    tree.locator("[data-level=primary] > li > input").nth(0).fill(f"{TOKEN} primary")
    tree.get_by_role("button", name="Add: secondary driver").first.focus()
    page.keyboard.press("Enter")
    page.keyboard.type(f"{TOKEN} secondary")
    tree.get_by_role("button", name="Add: primary driver").click()
    page.keyboard.type(f"{TOKEN} second primary")


def check_every_block(page):
    assert page.input_value("#ws-b-prompt") == f"{TOKEN} prompt answer"
    values = section(page, "b-list").locator("input").evaluate_all("els => els.map(e => e.value)")
    assert values == [f"{TOKEN} second", f"{TOKEN} first", "", f"{TOKEN} added"]
    rows = section(page, "b-table").locator("tbody tr")
    assert rows.nth(0).locator("textarea").nth(1).input_value() == f"{TOKEN} cause"
    assert rows.nth(2).locator("textarea").nth(0).input_value() == f"{TOKEN} new row"
    assert page.input_value("#ws-b-grid-top_right") == f"{TOKEN} manage closely"
    assert page.input_value("#ws-b-tree-aim") == f"{TOKEN} aim"
    tree = section(page, "b-tree")
    primaries = tree.locator("[data-level=primary] > li > input")
    assert primaries.evaluate_all("els => els.map(e => e.value)") == [
        f"{TOKEN} primary",
        "",
        f"{TOKEN} second primary",
    ]
    secondaries = (
        tree.locator("[data-level=primary] > li")
        .nth(0)
        .locator("[data-level=secondary] > li > input")
    )
    assert secondaries.evaluate_all("els => els.map(e => e.value)")[-1] == f"{TOKEN} secondary"


def blank(page):
    values = page.locator(
        "form[data-iitk-worksheet] textarea, form[data-iitk-worksheet] input[type=text]"
    )
    return all(value == "" for value in values.evaluate_all("els => els.map(e => e.value)"))


def test_fill_reload_save_open_copy_start_again_and_nothing_typed_leaves(sheets, context, tmp_path):
    origin = sheets.split("/", 3)[:3]
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin="/".join(origin))
    page = context.new_page()
    page.goto(f"{sheets}every-block/worksheet/")
    loaded = len(context.requests)
    expect(page.get_by_role("button", name="Start again")).to_be_visible()
    expect(page.get_by_role("status")).to_have_count(1)

    fill_every_block(page)
    check_every_block(page)
    page.reload()
    check_every_block(page)  # kept in this browser
    expect(page.get_by_role("status")).to_have_text("Your answers are kept in this browser.")

    with page.expect_download() as download:
        page.get_by_role("button", name="Save as a file").click()
    saved = tmp_path / "saved.json"
    download.value.save_as(saved)
    data = json.loads(saved.read_text())
    assert (data["format"], data["tool"]) == ("iitk-worksheet", "every-block")
    assert data["answers"]["b-prompt"] == f"{TOKEN} prompt answer"

    page.get_by_role("button", name="Copy as text").click()
    expect(page.get_by_role("status")).to_have_text("Copied the answers as text.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Problem statement\nzqsecretxq prompt answer" in copied
    assert "1. zqsecretxq second" in copied and "Aim: zqsecretxq aim" in copied

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Start again").click()
    expect(page.get_by_role("status")).to_have_text("The worksheet is blank again.")
    assert blank(page)
    page.reload()
    assert blank(page)  # nothing kept

    page.set_input_files("input[data-action=open]", str(saved))
    expect(page.get_by_role("status")).to_have_text("Opened the answers from the file.")
    check_every_block(page)
    page.reload()
    check_every_block(page)

    bad = tmp_path / "other.json"
    bad.write_text(json.dumps({**data, "tool": "another-tool"}))
    page.set_input_files("input[data-action=open]", str(bad))
    expect(page.get_by_role("status")).to_have_text(
        "That file is not a saved worksheet for this tool."
    )

    def print_count(request):
        return "/events/" in request.url and "worksheet_print" in (request.post_data or "")

    with page.expect_request(print_count):  # counted, as an anonymous beacon
        page.get_by_role("button", name="Print").click()

    # Nothing typed in any request made after the page first loaded: URLs, bodies, headers.
    after = context.requests[loaded:]
    assert after, "the reloads and counts made requests: the check could not fail"
    for request in after:
        body = request.post_data_buffer or b""
        headers = json.dumps(request.all_headers())
        assert TOKEN not in request.url, request.url
        assert TOKEN.encode() not in body, (request.url, body[:200])
        assert TOKEN not in headers, request.url
    beacons = [r for r in after if r.method == "POST" and "/events/" in r.url]
    types = {json.loads(r.post_data)["events"][0]["type"] for r in beacons}
    assert {"worksheet_open", "worksheet_save", "worksheet_print"} <= types


FISHBONE_FILL = {
    "problem": (
        "In March, 9 of 40 discharges from ward 7 waited over 4 hours for medicines to "
        "take home, and 3 patients left without them."
    ),
    "causes": [
        ("People", "Pharmacist covers three wards after 2pm"),
        ("Methods", "Prescriptions written on the morning of discharge"),
        ("Equipment", "Only one printer for labels on the ward"),
        ("Place", "Pharmacy two floors away, porter rounds hourly"),
        ("Information", "Discharge date not on the handover sheet"),
        ("Methods", "Changes to doses found late at the final check"),
    ],
    "votes": [
        "Prescriptions written late",
        "Discharge date not shared",
        "Porter rounds only hourly",
    ],
    "tests": [
        ("Prescriptions written late", "Time each prescription is signed", "Amir", "2 weeks"),
        ("Discharge date not shared", "Audit 20 handover sheets", "Jo", "1 week"),
        ("Porter rounds only hourly", "Log pharmacy waits for a week", "Sam", "1 week"),
    ],
}


def fill_fishbone(page):
    blocks = page.locator("[data-block-id]")
    blocks.nth(0).locator("textarea").fill(FISHBONE_FILL["problem"])
    rows = blocks.nth(1).locator("tbody tr")
    for n, (heading, cause) in enumerate(FISHBONE_FILL["causes"]):
        rows.nth(n).locator("textarea").nth(0).fill(heading)
        rows.nth(n).locator("textarea").nth(1).fill(cause)
    for n, vote in enumerate(FISHBONE_FILL["votes"]):
        blocks.nth(2).locator("input").nth(n).fill(vote)
    rows = blocks.nth(3).locator("tbody tr")
    for n, cells in enumerate(FISHBONE_FILL["tests"]):
        for c, text in enumerate(cells):
            rows.nth(n).locator("textarea").nth(c).fill(text)


def test_a_typical_fishbone_fill_prints_on_one_a4_page(sheets, context):
    page = context.new_page()
    page.goto(f"{sheets}fishbone-diagram/worksheet/")
    fill_fishbone(page)
    body = page.pdf(prefer_css_page_size=True)
    reader = pdf_reader(body)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    text = pdf_text(body)
    # (PDF text has ligatures, so the words checked have no "fi" or "fl" in them.)
    assert "porter rounds hourly" in text and "Log pharmacy waits" in text
    assert "Save as a file" not in text  # the toolbar is not printed


def test_a_landscape_worksheet_prints_landscape(sheets, context):
    page = context.new_page()
    page.goto(f"{sheets}process-map/worksheet/")
    box = pdf_reader(page.pdf(prefer_css_page_size=True)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_without_javascript_it_is_a_printable_blank(sheets, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{sheets}fishbone-diagram/worksheet/")
    expect(page.locator(".iitk-ws__toolbar")).to_be_hidden()
    assert page.locator("[data-block-id] tbody tr").count() == 6 + 3
    body = page.pdf(prefer_css_page_size=True)
    assert len(pdf_reader(body).pages) == 1
    assert "The problem (the" in pdf_text(body)
    context.close()


@pytest.mark.parametrize("where", ["page", "embed"])
def test_axe_finds_nothing_on_the_worksheet_and_its_embed(sheets, browser, where):
    # axe is injected as a script tag, which the embed's CSP rightly forbids.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    url = (
        f"{sheets}every-block/worksheet/"
        if where == "page"
        else sheets.split("/toolkit/")[0] + "/iitk/embed/worksheet/every-block/"
    )
    response = page.goto(url)
    assert response.status == 200
    expect(page.get_by_role("button", name="Start again")).to_be_visible()
    page.fill("#ws-b-prompt", "An answer")
    violations, result = run_axe(page)
    assert violations == [], "\n".join(violations)
    assert len(result["passes"]) > 20
    assert errors == []
    context.close()
