"""axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing in the widgets.

axe is injected as a script tag, which the host page's strict CSP rightly forbids: these
tests alone use a context with ``bypass_csp``. axe checks open shadow roots, so the
widgets' insides are checked, not just their hosts.
"""

import pytest
from playwright.sync_api import expect

from .conftest import API, AXE

pytestmark = pytest.mark.django_db(transaction=True)

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BODY = (
    '<div class="grid">'
    '<iitk-tool-card slug="design-a"><a href="https://intranet.example/a">Design tool a</a>'
    "</iitk-tool-card>"
    '<iitk-story-card slug="story-1"></iitk-story-card>'
    "</div>"
    '<iitk-tool-list perspective="design" limit="2"></iitk-tool-list>'
    "<iitk-question-explorer></iitk-question-explorer>"
    "<iitk-search></iitk-search>"
)
ELEMENTS = [
    "iitk-tool-card",
    "iitk-story-card",
    "iitk-tool-list",
    "iitk-question-explorer",
    "iitk-search",
]


def run_axe(page):
    """Run axe on the whole document; return (violations as text, the result)."""
    assert AXE.exists(), f"{AXE} is missing: run `cd widgets && npm ci`"
    # Judge colours once transitions end: the admin fades its messages in, and a colour
    # caught half-way fails the contrast rule though the settled colour passes.
    page.evaluate(
        """Promise.all(document.getAnimations()
            .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
            .map(a => a.finished.catch(() => null)))"""
    )
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA
    )
    violations = [
        f"{v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {n['target']}: {n['failureSummary']}" for n in v["nodes"])
        for v in result["violations"]
    ]
    return violations, result


def in_shadow(result):
    """How many checked nodes axe found inside a shadow root (targets nest as lists)."""
    return sum(
        1
        for rule in result["passes"]
        for node in rule["nodes"]
        if any(isinstance(part, list) for part in node["target"])
    )


def test_no_violations_with_every_element_ready_and_opened(open_host, content):
    host = open_host(BODY, viewport={"width": 1280, "height": 2400}, bypass_csp=True)
    page = host.page
    for tag in ELEMENTS:
        expect(page.locator(tag)).to_have_attribute("state", "ready")
    # Open every level of the explorer and show search results, so they are checked too.
    explorer = page.locator("iitk-question-explorer")
    question = content.questions[0]
    explorer.get_by_role("button", name="Design", exact=True).click()
    explorer.get_by_role("button", name=question.phase.name).click()
    explorer.get_by_role("button", name=question.wording).click()
    expect(explorer.locator("h3")).to_have_count(2)
    search = page.locator("iitk-search")
    search.get_by_role("searchbox").fill("design")
    search.get_by_role("searchbox").press("Enter")
    expect(search.locator("[part~=result]")).to_have_count(5)
    page.locator("iitk-tool-list").get_by_role("button", name="Next").click()
    expect(page.locator("iitk-tool-list [part~=range]")).to_have_text("3 to 4 of 5")

    violations, result = run_axe(page)
    assert result["passes"], "axe did not run"
    assert in_shadow(result) > 20, "axe did not look inside the shadow roots"
    assert violations == [], "\n".join(violations)


def test_no_violations_when_every_element_has_failed(open_host, content):
    host = open_host(
        BODY,
        viewport={"width": 1280, "height": 2400},
        bypass_csp=True,
        routes=lambda page: page.route(lambda url: API in url, lambda route: route.abort()),
    )
    page = host.page
    for tag in ELEMENTS[:4]:
        expect(page.locator(tag)).to_have_attribute("state", "error")
    search = page.locator("iitk-search")
    search.get_by_role("searchbox").fill("design")
    search.get_by_role("searchbox").press("Enter")
    expect(search).to_have_attribute("state", "error")

    violations, result = run_axe(page)
    assert result["passes"], "axe did not run"
    assert in_shadow(result) > 0, "axe did not look inside the shadow roots"
    assert violations == [], "\n".join(violations)
