"""Widgets in Welsh on a partner's host page, under its strict CSP: a section marked
lang="cy" gets Welsh widgets (the core loads the Welsh strings chunk, iitk-strings-cy.js,
from the toolkit), while an element marked English beside it stays English; a page with
no Welsh element never fetches the chunk."""

import pytest
from django.conf import settings
from django.utils import translation
from playwright.sync_api import expect

from .conftest import API

pytestmark = pytest.mark.django_db(transaction=True)

WELSH_CHUNK = "/iitk-strings-cy.js"


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
    assert [url for url in host.requests if url.endswith(WELSH_CHUNK)] == [
        host.toolkit + "/static/wagtail_iitk/widgets/iitk-strings-cy.js"
    ]


def test_a_page_without_a_welsh_element_fetches_no_welsh_strings(open_host, content):
    host = open_host(
        '<p lang="cy">Croeso</p><iitk-search loading="eager"></iitk-search>'
        '<iitk-share-story lang="en-GB" loading="eager"></iitk-share-story>'
    )
    expect(host.page.locator("iitk-search label")).to_have_text("Search the toolkit")
    expect(host.page.locator("iitk-share-story")).to_have_attribute("state", "ready")
    share = host.page.locator("iitk-share-story")
    expect(share.get_by_role("button", name="Send your story")).to_be_visible()
    assert not [url for url in host.requests if url.endswith(WELSH_CHUNK)]


def test_a_welsh_share_form_asks_the_toolkit_for_welsh_errors(open_host, content, toolkit_url):
    """The lazy share form takes the Welsh strings too, and asks the toolkit for Welsh
    messages (Accept-Language: cy), showing what it answers on the fields. (The live
    toolkit here runs without LocaleMiddleware, so it answers in its LANGUAGE_CODE;
    tests/test_welsh.py checks its Welsh answer with the middleware, as sites run it.)"""
    from wagtail_iitk.community.fields import REQUIRED
    from wagtail_iitk.models import Submission

    languages = []

    def record(page):
        page.on(
            "request",
            lambda request: (
                languages.append(request.headers.get("accept-language"))
                if request.method == "POST" and request.url.endswith(API + "submissions/")
                else None
            ),
        )

    host = open_host('<div lang="cy"><iitk-share-story></iitk-share-story></div>', routes=record)
    form = host.page.locator("iitk-share-story")
    expect(form).to_have_attribute("state", "ready")
    form.get_by_label("Teitl", exact=True).fill("Llai o ddosau wedi'u colli ar ward 7")
    form.get_by_label("Crynodeb").fill("Fe wnaethon ni fapio'r rownd gyffuriau.")
    form.get_by_label("Offeryn", exact=True).select_option(label=content.tools[0].title)
    form.get_by_label("Pam y gwnaethoch chi ei ddewis?").fill("I weld y rownd fel y mae.")
    form.get_by_label("A fyddech chi'n ei ddefnyddio eto?").select_option("yes")
    form.get_by_label("Rwy'n cytuno i'r pecyn cymorth gyhoeddi fy stori").check()
    form.get_by_label("Nid oes dim yn fy stori a allai adnabod claf").check()
    # "How did you use it?" left empty: the toolkit requires it once a tool is named.
    form.get_by_role("button", name="Anfon eich stori").click()

    summary = form.locator("[part=problem]")
    expect(summary).to_be_focused()
    expect(summary.locator("h3")).to_have_text("Mae problem")
    field = form.get_by_label("Sut y gwnaethoch chi ei ddefnyddio?")
    expect(field).to_have_attribute("aria-invalid", "true")
    with translation.override(settings.LANGUAGE_CODE):
        answer = str(REQUIRED)
    expect(form.locator("#" + field.get_attribute("aria-describedby"))).to_have_text(answer)
    assert languages == ["cy"]
    assert Submission.objects.count() == 0
