"""The contribution forms in a real browser (Debian's Chromium): axe-core finds no WCAG
2.2 A or AA problem on a form, a form with errors or the thank-you page, and a person
using the keyboard lands on the error summary and can follow its links."""

import io

import pytest
from django.core.cache import caches
from django.core.management import call_command
from playwright.sync_api import expect

from ..browser.conftest import AXE, launch_chromium
from ..embed.test_oembed_live import serve_default_site_at
from ..factories import make_question, make_tool

pytestmark = pytest.mark.django_db(transaction=True)

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def browser():
    """One Chromium per module."""
    with launch_chromium() as browser:
        yield browser


@pytest.fixture
def site(live_server, settings):
    """The live toolkit, set up, with one tool and one question; no throttling."""
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": ""}
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    caches["default"].clear()
    serve_default_site_at(live_server.url)
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    from wagtail_iitk.models import ToolkitHomePage

    make_tool(title="Process map", slug="process-map")
    make_question(wording="Where does the process stall?", slug="where-stall")
    home = ToolkitHomePage.objects.get()
    return live_server.url + home.url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors


def axe_violations(page):
    assert AXE.exists(), f"{AXE} is missing: run `cd widgets && npm ci`"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA
    )
    assert result["passes"], "axe did not run"
    return [
        f"{v['id']}: {v['help']} " + ", ".join(str(n["target"]) for n in v["nodes"])
        for v in result["violations"]
    ]


@pytest.mark.parametrize(
    "path", ["share-a-story/", "contribute/tool/", "contribute/reference/?tool=process-map"]
)
def test_the_forms_and_their_errors_pass_axe(site, page, path):
    page.goto(site + path)
    assert axe_violations(page) == []
    page.get_by_role("button", name="Send").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("There is a problem")
    expect(summary).to_be_focused()
    assert axe_violations(page) == []


@pytest.mark.parametrize(
    ("path", "link"),
    [
        ("", "Share your story"),
        ("stories/", "Share your story"),
        ("tools/process-map/", "Suggest a tip or pitfall"),
    ],
)
def test_the_pages_that_link_to_the_forms_pass_axe_and_the_links_work(site, page, path, link):
    page.goto(site + path)
    assert axe_violations(page) == []
    page.get_by_role("link", name=link).click()
    expect(page.get_by_role("button", name="Send")).to_be_visible()


def test_a_keyboard_user_follows_the_summary_to_the_field_and_sends_the_form(site, page):
    page.goto(site + "contribute/tip/?tool=process-map")
    page.get_by_role("button", name="Send it").click()
    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    page.keyboard.press("Tab")
    expect(summary.get_by_role("link").first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_label("A tip: something to do")).to_be_focused()
    page.keyboard.press("Space")
    page.get_by_label("Your tip or pitfall").fill("Walk the process yourself before you map it.")
    page.get_by_label("I agree to the toolkit publishing").check()
    page.get_by_label("It holds nothing that could identify a patient").check()
    page.get_by_role("button", name="Send it").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    reference = page.locator(".iitk-reference").inner_text()
    from wagtail_iitk.models import Submission

    submission = Submission.objects.get()
    assert submission.reference == reference
    assert submission.received_data["advice"] == "tip"
    assert axe_violations(page) == []
