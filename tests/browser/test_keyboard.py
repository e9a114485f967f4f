"""Everything works by keyboard, and focus is always visible.

Tab reaches the card links, the list's pager, the explorer's disclosure buttons and the
search box and button; Enter and Space operate them; the focused control shows an
outline of at least 2px (``:focus-visible``), and buttons and the search box are at
least 24×24 px (WCAG 2.2, 2.5.8).
"""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

BODY = (
    '<iitk-tool-card slug="design-a"></iitk-tool-card>'
    '<iitk-tool-list perspective="design" limit="2"></iitk-tool-list>'
    "<iitk-question-explorer></iitk-question-explorer>"
    "<iitk-search></iitk-search>"
)
ELEMENTS = ["iitk-tool-card", "iitk-tool-list", "iitk-question-explorer", "iitk-search"]

#: The focused element, through shadow roots: its host, what it is, and how focus shows.
FOCUSED = """() => {
  let el = document.activeElement, host = null;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) {
    host = el;
    el = el.shadowRoot.activeElement;
  }
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    host: host && host.localName,
    tag: el.localName,
    name: (el.localName == "input" ? el.getAttribute("type") : el.textContent).trim(),
    part: el.getAttribute("part") || "",
    expanded: el.getAttribute("aria-expanded"),
    focusVisible: el.matches(":focus-visible"),
    outlineWidth: parseFloat(style.outlineWidth),
    outlineStyle: style.outlineStyle,
    width: box.width,
    height: box.height,
  };
}"""


def focused(page):
    return page.evaluate(FOCUSED)


def tab_to(page, want, limit=60):
    """Press Tab until ``want(focused)`` holds; return every element focused on the way."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        seen.append(now)
        if now and want(now):
            return seen
    raise AssertionError(f"Tab never reached it; focused in turn: {seen}")


def assert_focus_visible(item):
    assert item["focusVisible"], item
    assert item["outlineStyle"] != "none" and item["outlineWidth"] >= 2, item


@pytest.fixture
def page(open_host, content):
    host = open_host(BODY, viewport={"width": 1280, "height": 2400})
    for tag in ELEMENTS:
        expect(host.page.locator(tag)).to_have_attribute("state", "ready")
    return host.page


def test_tab_reaches_every_control_with_visible_focus(page):
    seen = tab_to(page, lambda f: f["host"] == "iitk-search" and f["tag"] == "button")
    stops = [(f["host"], f["tag"], f["name"]) for f in seen if f]
    assert stops == [
        ("iitk-tool-card", "a", "Design tool a"),
        ("iitk-tool-list", "a", "Design tool a"),
        ("iitk-tool-list", "a", "Design tool b"),
        # Previous is disabled on the first page, so Tab skips it.
        ("iitk-tool-list", "button", "Next"),
        ("iitk-question-explorer", "button", "People"),
        ("iitk-question-explorer", "button", "Systems"),
        ("iitk-question-explorer", "button", "Design"),
        ("iitk-question-explorer", "button", "Risk"),
        ("iitk-search", "input", "search"),
        ("iitk-search", "button", "Search"),
    ]
    for item in seen:
        assert_focus_visible(item)
        if item["tag"] in ("button", "input"):
            assert item["width"] >= 24 and item["height"] >= 24, item


def test_enter_and_space_page_the_tool_list(page):
    tool_list = page.locator("iitk-tool-list")
    tab_to(page, lambda f: f["host"] == "iitk-tool-list" and f["name"] == "Next")
    page.keyboard.press("Enter")
    expect(tool_list.locator("[part~=range]")).to_have_text("3 to 4 of 5")
    # Focus stays on the button pressed.
    now = focused(page)
    assert (now["host"], now["name"]) == ("iitk-tool-list", "Next")
    assert_focus_visible(now)

    page.keyboard.press("Space")
    expect(tool_list.locator("[part~=range]")).to_have_text("5 to 5 of 5")
    expect(tool_list.get_by_role("button", name="Next")).to_be_disabled()
    # Next became disabled: focus moved to Previous, not to the page's start.
    now = focused(page)
    assert (now["host"], now["name"]) == ("iitk-tool-list", "Previous")
    assert_focus_visible(now)

    page.keyboard.press("Enter")
    expect(tool_list.locator("[part~=range]")).to_have_text("3 to 4 of 5")
    assert page.locator("iitk-tool-list h3").all_inner_texts() == ["Design tool c", "Design tool d"]


def test_enter_and_space_open_the_explorer(page, content):
    explorer = page.locator("iitk-question-explorer")
    question = content.questions[0]
    tab_to(page, lambda f: f["host"] == "iitk-question-explorer" and f["name"] == "Design")
    page.keyboard.press("Enter")
    expect(explorer.get_by_role("button", name="Design", exact=True)).to_have_attribute(
        "aria-expanded", "true"
    )
    # Once loaded, the next Tab stop is inside the panel just opened: the phase.
    expect(explorer.get_by_role("button", name=question.phase.name)).to_be_visible()
    page.keyboard.press("Tab")
    now = focused(page)
    assert now["name"] == question.phase.name and now["expanded"] == "false", now
    assert_focus_visible(now)
    page.keyboard.press("Space")
    expect(explorer.get_by_role("button", name=question.phase.name)).to_have_attribute(
        "aria-expanded", "true"
    )
    page.keyboard.press("Tab")
    now = focused(page)
    assert now["name"] == question.wording, now
    page.keyboard.press("Enter")
    expect(explorer.get_by_role("button", name=question.wording)).to_have_attribute(
        "aria-expanded", "true"
    )
    # The tools for that question, reachable by Tab.
    expect(explorer.locator("h3")).to_have_count(2)
    seen = tab_to(page, lambda f: f["tag"] == "a" and f["name"] == "Design tool b", limit=5)
    assert [f["name"] for f in seen] == ["Design tool a", "Design tool b"]
    for item in seen:
        assert_focus_visible(item)
    # Space closes a disclosure again.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert focused(page)["name"] == question.wording
    page.keyboard.press("Space")
    expect(explorer.get_by_role("button", name=question.wording)).to_have_attribute(
        "aria-expanded", "false"
    )


def test_enter_in_the_box_and_space_on_the_button_search(page):
    search = page.locator("iitk-search")
    now = tab_to(page, lambda f: f["host"] == "iitk-search" and f["tag"] == "input")[-1]
    assert_focus_visible(now)
    page.keyboard.type("design")
    page.keyboard.press("Enter")
    expect(search.locator("[part~=result]")).to_have_count(5)
    expect(search.locator("[part~=status]")).to_have_text("5 results")

    page.keyboard.press("Control+A")
    page.keyboard.type("who is affected")
    page.keyboard.press("Tab")
    now = focused(page)
    assert (now["tag"], now["name"]) == ("button", "Search")
    assert_focus_visible(now)
    page.keyboard.press("Space")
    expect(search.locator("[part~=result]")).to_have_count(1)
    expect(search.locator("[part~=result] a")).to_have_text("Who is affected by the problem?")
    # The results' links come next in the Tab order.
    page.keyboard.press("Tab")
    now = focused(page)
    assert (now["tag"], now["name"]) == ("a", "Who is affected by the problem?")
    assert_focus_visible(now)
