"""Widgets facing an API that is down, slow, broken or blocked.

Each element must end in ``state="error"`` with a plain link (its light-DOM fallback, or
a generated link to the toolkit home), throw nothing into the host page (the fixture
checks ``pageerror`` and CSP violations), and leave the host's own content where it was
(no layout shift).
"""

import contextlib

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from .conftest import API, wait_until

pytestmark = pytest.mark.django_db(transaction=True)

#: The widgets give a request up after this long (widgets/src/api.ts: TIMEOUT = 8000).
#: There is no setting for it, so the slow case runs on Playwright's fake clock.
WIDGET_TIMEOUT_MS = 8000
CORS = {"Access-Control-Allow-Origin": "*"}
ERROR_TEXT = "The toolkit could not be reached."

BODY = (
    '<iitk-tool-card slug="design-a">'
    '<a href="https://intranet.example/tools/design-a">Design tool a (fallback)</a>'
    "</iitk-tool-card>"
    '<iitk-story-card slug="story-1"></iitk-story-card>'
    '<iitk-tool-list perspective="design" limit="2">'
    '<a href="https://intranet.example/tools/">All the design tools (fallback)</a>'
    "</iitk-tool-list>"
    "<iitk-question-explorer></iitk-question-explorer>"
    "<iitk-search></iitk-search>"
)
#: Elements with their own light-DOM link, and elements that generate one.
LIGHT_FALLBACK = {
    "iitk-tool-card": "https://intranet.example/tools/design-a",
    "iitk-tool-list": "https://intranet.example/tools/",
}
GENERATED_FALLBACK = ["iitk-story-card", "iitk-question-explorer"]


class FailingAPI:
    """Answers every API request the way ``mode`` says.

    Requests are held until ``release()``, so the test can see the page settle in the
    loading state first and then tell the shifts the failure causes from any before it.
    In the ``slow`` mode requests are never answered in time: the widgets give up on
    their own (on the fake clock), and ``answer_late()`` answers them afterwards.
    """

    def __init__(self, mode):
        self.mode = mode
        self.held = []
        self.released = False

    def __call__(self, route):
        if self.released and self.mode != "slow":
            self.answer(route)
        else:
            self.held.append(route)

    def release(self):
        self.released = True
        if self.mode != "slow":
            held, self.held = self.held, []
            for route in held:
                self.answer(route)

    def answer(self, route):
        if self.mode == "down":
            route.abort("connectionrefused")
        elif self.mode == "bad-json":
            route.fulfill(
                status=200, headers=CORS, content_type="application/json", body="{not json"
            )
        elif self.mode == "http-500":
            route.fulfill(status=500, headers=CORS, json={"detail": "Server error"})
        elif self.mode == "no-cors":
            # The real answer, but for another origin: the browser must refuse it.
            # (Playwright adds a matching Access-Control-Allow-Origin to a fulfilled
            # response that has none, so the header must name another origin.)
            response = route.fetch()
            headers = {k: v for k, v in response.headers.items() if not k.startswith("access-")}
            headers["access-control-allow-origin"] = "https://someone-else.example"
            route.fulfill(response=response, headers=headers)
        elif self.mode == "wrong-shape":
            route.fulfill(status=200, headers=CORS, json=[1, "two", None])
        else:  # pragma: no cover
            raise AssertionError(self.mode)

    def answer_late(self):
        """Answer the held requests of the slow mode, after the widgets gave up."""
        for route in self.held:
            with contextlib.suppress(PlaywrightError):
                route.fulfill(status=200, headers=CORS, json={"tools": [], "stories": []})


def is_api(url):
    return API in url


def is_questions(url):
    return f"{API}questions/" in url


def settle(page):
    """Give the page time to paint and report layout shifts (real time: the fake clock
    of the slow case stops requestAnimationFrame)."""
    page.wait_for_timeout(150)


MODES = ["down", "slow", "bad-json", "http-500", "no-cors", "wrong-shape"]
LOADING = ["iitk-tool-card", "iitk-story-card", "iitk-tool-list", "iitk-question-explorer"]


def geometry(page):
    """Where the host's own content is, and how tall each widget is."""
    return page.evaluate(
        """() => [
          document.querySelector('#after').getBoundingClientRect().top,
          ...[...document.querySelectorAll('main > *')].map(el => el.offsetHeight),
        ]"""
    )


@pytest.mark.parametrize("mode", MODES)
def test_every_element_falls_back_to_a_link(open_host, content, mode):
    api = FailingAPI(mode)
    host = open_host(
        BODY,
        viewport={"width": 1280, "height": 3000},
        routes=lambda page: page.route(is_api, api),
        clock=mode == "slow",
    )
    page = host.page
    # The cards' one batched request, the list's and the explorer's.
    for tag in LOADING:
        expect(page.locator(tag)).to_have_attribute("state", "loading")
    wait_until(page, lambda: len(api.held) == 3, "three API requests")
    settle(page)
    shifts_before = len(host.log()["shifts"])
    before = geometry(page)

    api.release()
    if mode == "slow":
        # Well before the timeout nothing has given up; after it, everything has.
        page.clock.run_for(WIDGET_TIMEOUT_MS - 1000)
        for tag in LOADING:
            expect(page.locator(tag)).to_have_attribute("state", "loading")
        page.clock.run_for(2000)
    for tag in LOADING:
        expect(page.locator(tag)).to_have_attribute("state", "error")

    for tag, href in LIGHT_FALLBACK.items():
        link = page.locator(f"{tag} > a")
        expect(link).to_be_visible()
        assert link.get_attribute("href") == href
        assert host.shadow(tag, "r => r.querySelectorAll('slot').length") == 1
    for tag in GENERATED_FALLBACK:
        link = page.locator(tag).get_by_role("link", name="View in the toolkit")
        expect(link).to_be_visible()
        assert link.get_attribute("href") == host.toolkit + "/"
        assert link.get_attribute("part") == "link fallback"
    for tag in LOADING:
        expect(page.locator(f"{tag} [part~=status]")).to_have_text(ERROR_TEXT)

    # The host's own content is intact, and the failure moved nothing.
    expect(page.locator("#before")).to_have_text("Host content before.")
    expect(page.locator("#after")).to_have_text("Host content after.")
    settle(page)
    assert geometry(page) == before
    assert host.log()["shifts"][shifts_before:] == []

    # The search box stays usable; a failed search offers the link in its results.
    search = page.locator("iitk-search")
    expect(search).to_have_attribute("state", "ready")
    box = search.get_by_role("searchbox")
    box.fill("design")
    box.press("Enter")
    if mode == "slow":
        expect(search).to_have_attribute("state", "loading")
        page.clock.run_for(WIDGET_TIMEOUT_MS + 1000)
    expect(search).to_have_attribute("state", "error")
    link = search.locator("[part~=results]").get_by_role("link", name="View in the toolkit")
    expect(link).to_be_visible()
    assert link.get_attribute("href") == host.toolkit + "/"
    expect(box).to_be_editable()
    expect(box).to_have_value("design")
    expect(search.locator("[part~=status]")).to_have_text(ERROR_TEXT)

    # A late answer changes nothing.
    api.answer_late()
    page.wait_for_timeout(100)
    for tag in [*LOADING, "iitk-search"]:
        expect(page.locator(tag)).to_have_attribute("state", "error")
    assert len(host.api_requests()) == 4  # cards, tools, taxonomy, search


def test_a_card_the_api_does_not_know_falls_back(open_host, content):
    """A slug that is not published (or never was) ends in error with the fallback."""
    from ..factories import make_tool

    make_tool(title="A draft", slug="draft-tool", publish=False)
    host = open_host(
        '<iitk-tool-card slug="draft-tool"><a href="https://intranet.example/d">A draft</a>'
        '</iitk-tool-card><iitk-tool-card slug="no-such-tool"></iitk-tool-card>'
        '<iitk-tool-card slug="design-a"></iitk-tool-card>'
    )
    page = host.page
    cards = page.locator("iitk-tool-card")
    for index, state in enumerate(["error", "error", "ready"]):
        expect(cards.nth(index)).to_have_attribute("state", state)
    expect(page.locator("iitk-tool-card > a")).to_be_visible()
    assert cards.nth(1).get_by_role("link").get_attribute("href") == host.toolkit + "/"
    assert len(host.api_requests()) == 1


def test_an_unknown_filter_falls_back(open_host, content):
    """The API refuses an unknown perspective (400): the list shows its fallback."""
    host = open_host('<iitk-tool-list perspective="no-such-perspective"></iitk-tool-list>')
    tool_list = host.page.locator("iitk-tool-list")
    expect(tool_list).to_have_attribute("state", "error")
    expect(tool_list.get_by_role("link", name="View in the toolkit")).to_be_visible()


def test_an_explorer_level_that_fails_offers_a_link_and_retries(open_host, content):
    """The perspectives load, their questions do not: the level shows a link, and
    reopening it once the API is back loads it."""
    host = open_host("<iitk-question-explorer></iitk-question-explorer>")
    page = host.page
    page.route(is_questions, lambda route: route.abort())
    explorer = page.locator("iitk-question-explorer")
    expect(explorer).to_have_attribute("state", "ready")
    design = explorer.get_by_role("button", name="Design", exact=True)
    design.click()
    panel = explorer.locator(f"#{design.get_attribute('aria-controls')}")
    expect(panel.get_by_role("link", name="View in the toolkit")).to_be_visible()
    expect(explorer.locator("[part~=status]")).to_have_text(ERROR_TEXT)

    page.unroute(is_questions)
    design.click()  # close
    design.click()  # open again: tried again
    expect(panel.get_by_role("button", name=content.questions[0].phase.name)).to_be_visible()
    # A level failing is not the element failing: it stayed ready throughout.
    assert [s["state"] for s in host.log()["states"]] == ["loading", "ready"]
