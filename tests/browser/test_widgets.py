"""Every widget element renders cross-origin, under the host page's strict CSP.

The host page is on another origin than the toolkit (see conftest.py); the fixture fails
any test whose page logs a CSP violation or an uncaught exception.
"""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import API

pytestmark = pytest.mark.django_db(transaction=True)

ELEMENTS = [
    "iitk-tool-card",
    "iitk-story-card",
    "iitk-tool-list",
    "iitk-question-explorer",
    "iitk-search",
]


def api_calls(host):
    """The API requests made, as paths under the API base, without the partner key
    (which every one of them must carry)."""
    calls = []
    for url in host.api_requests():
        parts = urlsplit(url)
        query = parse_qsl(parts.query)
        assert ("partner", host.partner_key) in query, url
        rest = urlencode([(k, v) for k, v in query if k != "partner"])
        calls.append(parts.path.removeprefix(API) + ("?" + rest if rest else ""))
    return calls


def titles(page, selector):
    """The card titles (h3) inside an element's shadow DOM, in order."""
    return page.locator(f"{selector} h3").all_inner_texts()


def test_cards_render_from_one_shared_request(open_host, content):
    host = open_host(
        '<iitk-tool-card slug="design-a"><a href="/fallback">Design tool a</a></iitk-tool-card>'
        '<iitk-story-card slug="story-1"></iitk-story-card>'
    )
    page = host.page
    for tag in ("iitk-tool-card", "iitk-story-card"):
        expect(page.locator(tag)).to_have_attribute("state", "ready")

    assert titles(page, "iitk-tool-card") == ["Design tool a"]
    assert titles(page, "iitk-story-card") == ["Story of improvement 1"]
    link = page.locator("iitk-tool-card h3 a")
    assert link.get_attribute("href") == f"{host.toolkit}/toolkit/tools/design-a/"
    tags = page.locator("iitk-story-card [part~=tag]").all_inner_texts()
    assert tags == ["Acute care", "England", "Tools used: Design tool a"]
    # Ready: the light-DOM fallback is no longer slotted in.
    assert host.shadow("iitk-tool-card", "r => r.querySelectorAll('slot').length") == 0
    assert not page.locator("iitk-tool-card > a").is_visible()
    # Both cards came from one cards/ request, with the partner key.
    requests = host.api_requests()
    assert requests == [
        f"{host.toolkit}{API}cards/?tools=design-a&stories=story-1"
        f"&partner={content.partner.widget_key}"
    ]


def test_tool_list_filters_limits_and_pages(open_host, content):
    host = open_host('<iitk-tool-list perspective="design" limit="2"></iitk-tool-list>')
    page = host.page
    tool_list = page.locator("iitk-tool-list")
    expect(tool_list).to_have_attribute("state", "ready")
    assert titles(page, "iitk-tool-list") == ["Design tool a", "Design tool b"]
    expect(tool_list.locator("[part~=range]")).to_have_text("1 to 2 of 5")
    previous = tool_list.get_by_role("button", name="Previous")
    next_ = tool_list.get_by_role("button", name="Next")
    expect(previous).to_be_disabled()

    next_.click()
    expect(tool_list.locator("[part~=range]")).to_have_text("3 to 4 of 5")
    expect(tool_list).to_have_attribute("state", "ready")
    assert titles(page, "iitk-tool-list") == ["Design tool c", "Design tool d"]
    expect(previous).to_be_enabled()

    next_.click()
    expect(tool_list.locator("[part~=range]")).to_have_text("5 to 5 of 5")
    assert titles(page, "iitk-tool-list") == ["Design tool e"]
    expect(next_).to_be_disabled()

    requests = host.api_requests()
    assert len(requests) == 3
    assert all("/tools/?" in url and "perspective=design" in url for url in requests)
    assert all("limit=2" in url for url in requests)
    assert "offset=2" in requests[1] and "offset=4" in requests[2]


def test_question_explorer_opens_perspective_phase_question_and_tools(open_host, content):
    question = content.questions[0]
    phase = question.phase.name
    host = open_host("<iitk-question-explorer></iitk-question-explorer>")
    page = host.page
    explorer = page.locator("iitk-question-explorer")
    expect(explorer).to_have_attribute("state", "ready")
    perspectives = explorer.locator("[part~=button]").all_inner_texts()
    assert "Design" in perspectives and "Risk" in perspectives

    design = explorer.get_by_role("button", name="Design", exact=True)
    design.click()
    expect(design).to_have_attribute("aria-expanded", "true")
    phase_button = explorer.get_by_role("button", name=phase, exact=True)
    phase_button.click()
    expect(phase_button).to_have_attribute("aria-expanded", "true")
    question_button = explorer.get_by_role("button", name=question.wording)
    expect(explorer.get_by_role("button", name="What does success look like?")).to_be_visible()
    question_button.click()
    expect(question_button).to_have_attribute("aria-expanded", "true")

    panel = explorer.locator(f"#{question_button.get_attribute('aria-controls')}")
    expect(panel.locator("h3")).to_have_count(2)
    assert panel.locator("h3").all_inner_texts() == ["Design tool a", "Design tool b"]
    link = panel.get_by_role("link", name="View in the toolkit")
    assert link.get_attribute("href") == f"{host.toolkit}/toolkit/questions/who-is-affected/"

    # Closing and reopening shows the same panel without asking the API again.
    question_button.click()
    expect(panel).to_be_hidden()
    question_button.click()
    expect(panel).to_be_visible()
    assert api_calls(host) == [
        "taxonomy/",
        "questions/?perspective=design&limit=100",
        f"tools/?question={question.slug}&limit=100",
    ]


#: Each query finds a different number of results from the one before, so waiting for
#: the announced count waits for that query's answer.
SEARCHES = [
    ("design", [("Tool", f"Design tool {letter}") for letter in "abcde"]),
    ("affected", [("Question", "Who is affected by the problem?")]),
    ("story", [("Story", f"Story of improvement {n}") for n in (1, 2)]),
    ("model for improvement", [("Framework", "Model for improvement")]),
]


def test_search_shows_results_with_their_type(open_host, content):
    host = open_host("<iitk-search></iitk-search>")
    page = host.page
    search = page.locator("iitk-search")
    expect(search).to_have_attribute("state", "ready")
    box = search.get_by_role("searchbox", name="Search the toolkit")
    results = search.locator("[part~=result]")
    for query, expected in SEARCHES:
        box.fill(query)
        box.press("Enter")
        n = len(expected)
        expect(search.locator("[part~=status]")).to_have_text(
            f"{n} results" if n > 1 else "1 result"
        )
        expect(results).to_have_count(n)
        found = [
            (item.locator("[part~=type]").inner_text(), item.locator("a").inner_text())
            for item in results.all()
        ]
        assert sorted(found) == expected, query
        expect(search).to_have_attribute("state", "ready")
    assert api_calls(host) == [f"search/?{urlencode({'q': q, 'limit': 10})}" for q, _ in SEARCHES]


def test_twenty_cards_make_one_api_request_and_no_layout_shift(open_host, twenty_items):
    from wagtail_iitk.models import StoryPage

    cards = []
    for item in twenty_items:
        tag = "iitk-story-card" if isinstance(item, StoryPage) else "iitk-tool-card"
        cards.append(f'<{tag} slug="{item.slug}"><a href="/f">{item.title}</a></{tag}>')
    assert len(cards) == 20
    host = open_host(
        '<div class="grid">' + "".join(cards) + "</div>",
        viewport={"width": 1280, "height": 6000},
        paint_first=True,
    )
    page = host.page
    page.wait_for_function(
        "() => [...document.querySelectorAll('iitk-tool-card, iitk-story-card')]"
        ".every(el => el.getAttribute('state') == 'ready')"
    )
    # Every card is in the viewport, so none waited for a scroll.
    assert page.evaluate(
        "() => [...document.querySelectorAll('iitk-tool-card, iitk-story-card')]"
        ".every(el => el.getBoundingClientRect().bottom <= innerHeight)"
    )
    shown = page.locator("iitk-tool-card h3, iitk-story-card h3").all_inner_texts()
    assert sorted(shown) == sorted(item.title for item in twenty_items)
    # Let a late reflow (fonts, a second paint) be recorded before reading the shifts.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 100)))")

    requests = host.api_requests()
    assert len(requests) == 1, requests
    assert requests[0].startswith(f"{host.toolkit}{API}cards/?")
    assert host.log()["shifts"] == []
    assert host.layout_shift() == 0


def test_defining_the_elements_moves_nothing(open_host, content):
    """With iitk-host.css linked, the page is painted with each element's space reserved;
    when the script then defines the elements (the API held, so nothing loads), none of
    them changes size and nothing on the page moves."""
    held = []
    heights = {}

    def measure(page):
        return page.evaluate(
            "tags => Object.fromEntries(tags.map(tag => [tag, "
            "document.querySelector(tag).offsetHeight]))",
            ELEMENTS,
        )

    host = open_host(
        "".join(
            f'<{tag} slug="design-a"></{tag}><p class="marker">Host text.</p>' for tag in ELEMENTS
        ),
        viewport={"width": 1280, "height": 2400},
        routes=lambda page: page.route(lambda url: API in url, lambda route: held.append(route)),
        paint_first=lambda page: heights.update(before=measure(page)),
    )
    page = host.page
    # Defined: loading (held), or ready for the search box, which needs no request.
    for tag in ELEMENTS:
        expect(page.locator(tag)).to_have_attribute("state", re.compile("^(loading|ready)$"))
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 100)))")
    after = measure(page)
    grown = {tag: after[tag] - heights["before"][tag] for tag in ELEMENTS}
    assert grown == dict.fromkeys(ELEMENTS, 0), f"px grown when defined: {grown}"
    assert host.log()["shifts"] == []
    assert host.layout_shift() == 0
    for route in held:
        route.abort()


def test_every_element_ready_on_one_page(open_host, content):
    """All five on one page, as a partner would put them: each reaches ready."""
    host = open_host(
        '<iitk-tool-card slug="design-b"></iitk-tool-card>'
        '<iitk-story-card slug="story-2"></iitk-story-card>'
        '<iitk-tool-list perspective="design" limit="4"></iitk-tool-list>'
        "<iitk-question-explorer></iitk-question-explorer>"
        "<iitk-search></iitk-search>",
        viewport={"width": 1280, "height": 3000},
    )
    page = host.page
    for tag in ELEMENTS:
        expect(page.locator(tag)).to_have_attribute("state", "ready")
    assert titles(page, "iitk-tool-card") == ["Design tool b"]
    assert titles(page, "iitk-story-card") == ["Story of improvement 2"]
    assert titles(page, "iitk-tool-list") == [f"Design tool {x}" for x in "abcd"]
    states = host.log()["states"]
    assert {s["tag"] for s in states if s["state"] == "ready"} == set(ELEMENTS)
    assert not [s for s in states if s["state"] == "error"]


def test_a_script_payload_in_content_stays_inert(open_host, content):
    from wagtail_iitk.models import Perspective

    from ..factories import make_tool

    # Plain words beside the markup: PostgreSQL's full-text parser skips anything shaped
    # like a tag, so the search below finds the tool by "payload probe".
    payload_title = 'Payload probe <img src=x onerror="window.__pwned=1">'
    payload_purpose = "<script>window.__pwned=1</script>"
    make_tool(
        title=payload_title,
        slug="payload",
        purpose=payload_purpose,
        perspectives=[Perspective.objects.get(slug="systems")],
    )
    host = open_host(
        '<iitk-tool-card slug="payload"></iitk-tool-card>'
        '<iitk-tool-list perspective="systems"></iitk-tool-list>'
        "<iitk-search></iitk-search>",
        viewport={"width": 1280, "height": 2000},
    )
    _check_inert(host, payload_title, payload_purpose)


def test_a_script_payload_stays_inert_without_the_hosts_csp(open_host, content):
    """The same, with the host's CSP switched off: the widgets themselves, not the
    policy, keep the payload inert."""
    from ..factories import make_tool

    # Plain words beside the markup: PostgreSQL's full-text parser skips anything shaped
    # like a tag, so the search below finds the tool by "payload probe".
    payload_title = 'Payload probe <img src=x onerror="window.__pwned=1">'
    payload_purpose = "<script>window.__pwned=1</script>"
    make_tool(title=payload_title, slug="payload", purpose=payload_purpose)
    host = open_host(
        '<iitk-tool-card slug="payload"></iitk-tool-card><iitk-search></iitk-search>',
        bypass_csp=True,
    )
    _check_inert(host, payload_title, payload_purpose, in_list=False)


def _check_inert(host, title, purpose, in_list=True):
    page = host.page
    card = page.locator("iitk-tool-card")
    expect(card).to_have_attribute("state", "ready")
    search = page.locator("iitk-search").get_by_role("searchbox")
    search.fill("payload probe")
    search.press("Enter")
    expect(page.locator("iitk-search [part~=result]")).to_have_count(1)
    expect(page.locator("iitk-search")).to_have_attribute("state", "ready")
    tags = ["iitk-tool-card", "iitk-search"]
    if in_list:
        expect(page.locator("iitk-tool-list")).to_have_attribute("state", "ready")
        tags.append("iitk-tool-list")

    shown = page.locator("iitk-tool-card h3").inner_text()
    summary = page.locator("iitk-tool-card [part~=summary]").all_inner_texts()
    # Shown as text, character for character: never parsed as markup.
    assert shown == title
    assert summary == [purpose]
    if in_list:
        assert title in titles(page, "iitk-tool-list")
    found = page.locator("iitk-search [part~=result] a").all_inner_texts()
    assert found == [title]
    for tag in tags:
        counts = host.shadow(
            tag,
            "r => ['img', 'script', 'iframe', 'object', 'svg']"
            ".map(t => r.querySelectorAll(t).length)",
        )
        assert counts == [0, 0, 0, 0, 0], (tag, counts)
        handlers = host.shadow(
            tag,
            "r => [...r.querySelectorAll('*')].flatMap(el => [...el.attributes])"
            ".filter(a => a.name.startsWith('on')).length",
        )
        assert handlers == 0, tag
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__pwned") is None
    # Nothing tried to load "x" (the img's src), from either origin.
    assert not [url for url in host.requests if url.rstrip("/").endswith("/x")]
