"""The counting on the toolkit's pages in a real browser (Debian's Chromium): the view
script sends its beacon, stays silent under Global Privacy Control and Do Not Track, and
the buttons work with JavaScript turned off."""

import io
import time

import pytest
from django.core.cache import caches
from django.core.management import call_command

from wagtail_iitk.models import DailyEngagement

from ..browser.conftest import AXE, launch_chromium
from ..embed.test_oembed_live import serve_default_site_at
from ..factories import make_framework, make_story, make_tool

#: Headless Chromium says "HeadlessChrome", which is (rightly) not counted: be a browser.
CHROME = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
EVENTS = "/api/iitk/v1/events/"


@pytest.fixture(scope="module")
def chromium():
    """One Chromium per module."""
    with launch_chromium() as browser:
        yield browser


@pytest.fixture
def tool(live_server):
    caches["default"].clear()
    serve_default_site_at(live_server.url)
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    return make_tool(slug="process-map", title="Process map")


def counts():
    return {(row.event, row.count) for row in DailyEngagement.objects.all()}


def open_tool(chromium, live_server, tool, init_script=None, **options):
    context = chromium.new_context(user_agent=CHROME, **options)
    page = context.new_page()
    sent = []
    page.on("request", lambda request: sent.append(request) if EVENTS in request.url else None)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    if init_script:
        page.add_init_script(init_script)
    page.goto(live_server.url + tool.url)
    return page, sent, errors


def wait_for(check, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return check()


@pytest.mark.django_db(transaction=True)
def test_the_page_counts_its_view_with_a_beacon(chromium, live_server, tool):
    page, sent, errors = open_tool(chromium, live_server, tool)
    assert wait_for(lambda: counts() == {("view", 1)}), counts()
    assert len(sent) == 1
    assert sent[0].headers["content-type"].startswith("text/plain")
    assert sent[0].post_data_json == {
        "events": [{"type": "view", "kind": "tool", "item": "process-map"}]
    }
    assert errors == []
    page.context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "signal",
    [
        "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {get: () => true})",
        "Object.defineProperty(Navigator.prototype, 'doNotTrack', {get: () => '1'})",
    ],
    ids=["gpc", "dnt"],
)
def test_nothing_is_sent_when_the_browser_asks_not_to_be_tracked(
    chromium, live_server, tool, signal
):
    page, sent, errors = open_tool(chromium, live_server, tool, init_script=signal)
    page.wait_for_load_state("networkidle")  # the deferred script has run; nothing pending
    assert sent == [] and errors == []
    assert counts() == set()
    page.context.close()


@pytest.mark.django_db(transaction=True)
def test_the_buttons_work_without_javascript(chromium, live_server, tool):
    page, sent, _ = open_tool(chromium, live_server, tool, java_script_enabled=False)
    page.get_by_role("button", name="I used this tool").click()
    page.wait_for_url("**?iitk_thanks=used#iitk-feedback")
    status = page.get_by_role("status")
    assert "Thank you" in status.inner_text()
    assert page.locator(".iitk-social-proof").inner_text() == "Used by 1 person"
    assert sent == []  # no script ran: only the press was counted
    assert counts() == {("used", 1)}
    assert page.context.cookies() == []
    page.context.close()


WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.mark.django_db(transaction=True)
def test_the_buttons_and_thanks_have_no_axe_violations(chromium, live_server, tool):
    story = make_story(slug="fewer-falls", tools=[tool])
    framework = make_framework(slug="model-for-improvement")
    context = chromium.new_context(user_agent=CHROME, bypass_csp=True)
    page = context.new_page()
    page.goto(live_server.url + tool.url)
    page.get_by_role("button", name="I used this tool").click()
    page.wait_for_url("**?iitk_thanks=used#iitk-feedback")
    found = {}
    for url in (page.url, live_server.url + story.url, live_server.url + framework.url):
        page.goto(url)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA
        )
        assert result["passes"], url  # axe really ran
        violations = [
            f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in result["violations"]
        ]
        if violations:
            found[url] = violations
        box = page.get_by_role("button", name="This was helpful").bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24  # WCAG 2.2 target size
    assert found == {}
    context.close()
