"""Lazy widgets: chunks fetched only for the elements a page has, and cards below the
first screen that neither jump nor show as bare links when scrolled to.

Layout shifts are read from Chromium's PerformanceObserver (``layout-shift`` entries,
recorded from the first paint by conftest's recorders).
"""

from pathlib import Path

import pytest
from django.template import Context, Engine
from playwright.sync_api import expect

from .conftest import RECORDERS, WIDGETS, strict_csp
from .test_share_story import fill

pytestmark = pytest.mark.django_db(transaction=True)

CHUNKS = ("iitk-share-story.js", "iitk-question-explorer.js")
DEMO = Path(__file__).resolve().parents[2] / "example_site" / "demo"
SETTLE_FRAME = "() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 100)))"


def chunk_requests(host):
    return [url.rsplit("/", 1)[-1] for url in host.requests if url.endswith(CHUNKS)]


def card_states(page):
    """(top in the page, state) of every card, in page order."""
    return page.evaluate(
        "() => [...document.querySelectorAll('iitk-tool-card, iitk-story-card')].map(el =>"
        " [el.getBoundingClientRect().top + scrollY, el.getAttribute('state')])"
    )


def test_a_page_without_lazy_elements_fetches_no_chunk(open_host, content):
    host = open_host('<iitk-tool-card slug="design-a"></iitk-tool-card><iitk-search></iitk-search>')
    expect(host.page.locator("iitk-tool-card")).to_have_attribute("state", "ready")
    host.page.evaluate(SETTLE_FRAME)
    assert chunk_requests(host) == []
    assert host.page.evaluate("() => customElements.get('iitk-share-story')") is None


def test_the_share_story_chunk_is_fetched_once_when_the_element_is_on_the_page(open_host, content):
    host = open_host(
        '<iitk-share-story><a href="/share">Share on the toolkit</a></iitk-share-story>'
        '<iitk-share-story loading="eager"></iitk-share-story>'
    )
    for form in host.page.locator("iitk-share-story").all():
        expect(form).to_have_attribute("state", "ready")
    assert chunk_requests(host) == ["iitk-share-story.js"]
    # The chunk styles its form (its own sheet after the shared one).
    sheets = host.shadow("iitk-share-story", "r => r.adoptedStyleSheets.length")
    assert sheets == 2


def test_an_element_added_later_fetches_its_chunk(open_host, content):
    host = open_host('<iitk-tool-card slug="design-a"></iitk-tool-card>')
    expect(host.page.locator("iitk-tool-card")).to_have_attribute("state", "ready")
    assert chunk_requests(host) == []
    host.page.evaluate(
        "() => document.querySelector('main').append("
        "document.createElement('iitk-question-explorer'))"
    )
    expect(host.page.locator("iitk-question-explorer")).to_have_attribute("state", "ready")
    assert chunk_requests(host) == ["iitk-question-explorer.js"]


def test_cards_below_the_first_screen_start_a_screen_early_and_nothing_shifts(
    open_host, twenty_items
):
    from wagtail_iitk.models import StoryPage

    cards = "".join(
        f'<{tag} slug="{item.slug}"><a href="/f">{item.title}</a></{tag}>'
        for item in twenty_items
        for tag in ["iitk-story-card" if isinstance(item, StoryPage) else "iitk-tool-card"]
    )
    # One card a row: 20 rows, far taller than the 900px screen.
    host = open_host(f"<div>{cards}</div>", viewport={"width": 390, "height": 900})
    page = host.page
    height = 900
    wait = "n => [...document.querySelectorAll('iitk-tool-card, iitk-story-card')]"
    page.wait_for_function(
        wait + ".filter(el => el.getAttribute('state') == 'ready').length >= n", arg=3
    )
    page.evaluate(SETTLE_FRAME)
    states = card_states(page)
    # Started: every card within a screen below the first one; not the rest.
    assert all(state == "ready" for top, state in states if top < 2 * height - 50), states
    assert all(state == "loading" for top, state in states if top > 2 * height + 50), states
    # Before it loads, a card is a framed skeleton with its link, at its final height.
    waiting = [s for s in states if s[1] == "loading"]
    assert waiting, "every card loaded at once: the page is too short for this test"
    skeleton = page.evaluate(
        "() => { const el = [...document.querySelectorAll('iitk-tool-card, iitk-story-card')]"
        ".find(e => e.getAttribute('state') == 'loading');"
        " const s = getComputedStyle(el.shadowRoot.querySelector('slot'));"
        " return [s.borderTopWidth, s.backgroundColor, el.offsetHeight,"
        " el.querySelector('a').getBoundingClientRect().height > 0]; }"
    )
    ready_height = page.evaluate("() => document.querySelector('[state=ready]').offsetHeight")
    assert skeleton[0] == "4px"
    assert skeleton[1] == "rgb(255, 255, 255)"
    assert skeleton[2] == ready_height
    assert skeleton[3], "the fallback link is shown in the skeleton"

    # Scroll down a screen at a time: each next screen is ready when it comes into view.
    total = page.evaluate("() => document.documentElement.scrollHeight")
    for y in range(height, total, height):
        page.evaluate("y => scrollTo(0, y)", y)
        page.wait_for_function(
            "y => [...document.querySelectorAll('iitk-tool-card, iitk-story-card')]"
            ".filter(el => { const r = el.getBoundingClientRect();"
            " return r.top < innerHeight && r.bottom > 0; })"
            ".every(el => el.getAttribute('state') == 'ready')",
            arg=y,
        )
    page.evaluate(SETTLE_FRAME)
    assert all(state == "ready" for _, state in card_states(page))
    assert host.log()["shifts"] == []
    assert host.layout_shift() == 0
    assert chunk_requests(host) == []


@pytest.mark.parametrize("width", [1280, 390])
def test_the_demo_intranet_page_shares_a_story_without_shifting(
    browser, content, toolkit_url, host_servers, width
):
    """The demo trust intranet (example_site's template), scrolled from top to bottom:
    no layout shift; its share-a-story form arrives in its chunk and sends a story."""
    from wagtail_iitk.models import Submission

    # The template translates its words ({% load i18n %}): rendered in the test's language.
    engine = Engine(dirs=[DEMO / "templates"], libraries={"i18n": "django.templatetags.i18n"})
    tools = content.tools
    html = engine.get_template("iitk_demo/intranet.html").render(
        Context(
            {
                "toolkit": toolkit_url,
                "api": f"{toolkit_url}/api/iitk/v1/",
                "partner": content.partner,
                "featured_tools": tools[:3],
                "more_tools": tools[3:],
                "story": content.stories[0],
                "embedded_tool": tools[0],
            }
        )
    )
    host = host_servers["allowed"]
    host.csp = strict_csp(toolkit_url)
    host.pages["/"] = html
    host.pages["/static/intranet.css"] = (DEMO / "static/iitk_demo/intranet.css").read_text()
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        requests, errors = [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.add_init_script(RECORDERS)
        page.goto(host.origin + "/")
        total = page.evaluate("() => document.documentElement.scrollHeight")
        for y in range(0, total + 900, 450):
            page.evaluate("y => scrollTo(0, y)", y)
            page.evaluate(SETTLE_FRAME)
        form = page.locator("iitk-share-story")
        expect(form).to_have_attribute("state", "ready")
        for tag in ("iitk-tool-card", "iitk-story-card", "iitk-tool-list"):
            for el in page.locator(tag).all():
                expect(el).to_have_attribute("state", "ready")
        page.evaluate(SETTLE_FRAME)
        log = page.evaluate("window.__iitk")
        assert log["violations"] == []
        shifts = [s for s in log["shifts"] if not s.get("input")]
        assert sum(s["value"] for s in shifts) < 0.001, shifts
        chunks = [u.rsplit("/", 1)[-1] for u in requests if u.endswith(CHUNKS)]
        assert sorted(chunks) == sorted(CHUNKS)
        assert all(u.startswith(toolkit_url + WIDGETS) for u in requests if u.endswith(CHUNKS))

        # The form works from its chunk: a story sent from the intranet is stored.
        fill(form, tools[1])
        form.get_by_role("button", name="Send your story").click()
        expect(form.locator("[part=reference]")).to_contain_text("IITK-")
        assert errors == []
    finally:
        context.close()
    story = Submission.objects.get()
    assert story.received_data["title"] == "Fewer missed doses on ward 7"
    assert story.partner == content.partner
