"""The API reference page (Redoc) in a real browser: it renders, and asks for nothing
from another host (Redoc's own footer asked for its logo from a CDN)."""

import pytest
from playwright.sync_api import expect

from .conftest import API, RECORDERS

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_reference_renders_and_loads_nothing_from_another_host(browser, live_server):
    context = browser.new_context()
    page = context.new_page()
    requests, console, errors = [], [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda msg: console.append(f"{msg.type}: {msg.text}"))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(RECORDERS)
    try:
        page.goto(live_server.url + API + "docs/")
        title = page.get_by_role("heading", name="Improving Improvement Toolkit API (v1)")
        expect(title).to_be_visible()
        expect(page.get_by_role("heading", name="List tools")).to_be_visible()
        # The footer is where Redoc asks for its logo, once it has mounted.
        footer = page.get_by_role("link", name="API docs by Redocly")
        expect(footer).to_be_attached()
        page.wait_for_timeout(500)
        violations = page.evaluate("window.__iitk.violations")
        images = page.evaluate("[...document.images].map((img) => img.src)")
    finally:
        context.close()
    assert errors == []
    here = (live_server.url + "/", "blob:" + live_server.url + "/")
    assert [url for url in requests if not url.startswith(here)] == [], requests
    assert violations == [], "the page asks for nothing its policy refuses"
    assert [m for m in console if m.startswith("error:")] == [], console
    assert images == [], "Redoc shows no logo (it had one from a CDN)"
