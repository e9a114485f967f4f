"""Widgets in Welsh on a partner's host page, under its strict CSP: a section marked
lang="cy" gets Welsh widgets (the Welsh build, loaded from the toolkit), while an element
marked English beside it stays English."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_welsh_section_of_the_host_page_shows_welsh_widgets(open_host, content):
    host = open_host(
        '<section lang="cy" id="cy">'
        '<iitk-story-card slug="story-1"></iitk-story-card>'
        '<iitk-search loading="eager"></iitk-search>'
        "</section>"
        '<iitk-search id="en" lang="en" loading="eager"></iitk-search>'
    )
    page = host.page
    expect(page.locator("#cy iitk-story-card")).to_have_attribute("state", "ready")
    tags = page.locator("#cy iitk-story-card [part~=tag]").all_inner_texts()
    # Labels from the API stay as the toolkit sends them; the widget's own words are Welsh.
    assert tags[-1] == "Offer a ddefnyddiwyd: Design tool a"
    expect(page.locator("#cy iitk-search label")).to_have_text("Chwilio'r pecyn cymorth")
    expect(page.locator("#cy iitk-search button")).to_have_text("Chwilio")
    expect(page.locator("#en label")).to_have_text("Search the toolkit")
    assert any(url.endswith("/iitk-widgets.cy.js") for url in host.requests)
