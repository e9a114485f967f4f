"""The discussion in Chromium: hostile markup in posts runs nothing on the tool page or
in the admin queue; axe-core finds no WCAG 2.2 A or AA problem in the discussion
section; a reply can be written and sent with the keyboard alone."""

import io

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from wagtail_iitk.models import DiscussionPost

from ..browser.conftest import AXE, launch_chromium
from ..embed.test_oembed_live import serve_default_site_at
from ..factories import make_tool
from .helpers import approve, reviewer, stored

pytestmark = pytest.mark.django_db(transaction=True)

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
HOSTILE = (
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    '<svg onload="window.__pwned = 3"></svg>&lt;script&gt;window.__pwned = 4&lt;/script&gt;'
    " We mapped the ward & the pharmacy."
)


@pytest.fixture(scope="module")
def browser():
    with launch_chromium() as browser:
        yield browser


@pytest.fixture
def site(live_server, settings):
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": "", "SUBMISSION_MIN_SECONDS": 0}
    caches["default"].clear()
    serve_default_site_at(live_server.url)
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    tool = make_tool(title="Process map", slug="process-map")
    thread = stored(tool, text=HOSTILE)
    approve(thread)
    approve(stored(tool, text="Walk the round first. " + HOSTILE, parent=thread.pk))
    return live_server.url, tool, thread


def axe(page, selector):
    assert AXE.exists(), f"{AXE} is missing: run `make widgets/node_modules/.installed`"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "([sel, tags]) => axe.run(sel, {runOnly: {type: 'tag', values: tags}})",
        [selector, WCAG_AA],
    )
    assert result["passes"], "axe did not run"
    return [
        f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']]}" for v in result["violations"]
    ]


def inert(page):
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("#iitk-discussion script, #iitk-discussion img").count() == 0


def test_page_is_inert_accessible_and_works_by_keyboard(browser, site):
    url, tool, thread = site
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url + tool.url)
    section = page.locator("#iitk-discussion")
    expect(section.get_by_text("We mapped the ward & the pharmacy.").first).to_be_visible()
    inert(page)
    assert axe(page, "#iitk-discussion") == []

    # Reply by keyboard: Tab to the thread's "Reply", open it, fill it in, send it.
    summary = section.locator(".iitk-thread__reply summary").first
    summary.focus()
    page.keyboard.press("Enter")
    textarea = page.locator(f"#iitk-reply{thread.pk}-body")
    expect(textarea).to_be_visible()
    page.keyboard.press("Tab")
    expect(textarea).to_be_focused()
    page.keyboard.type("We did the same on a surgical ward.")
    page.keyboard.press("Tab")  # name
    page.keyboard.type("Ana")
    page.keyboard.press("Tab")  # show my name
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # email
    page.keyboard.press("Tab")  # consent
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # no patient data
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # the button (the honeypot is out of the tab order)
    page.keyboard.press("Enter")
    expect(page.locator(".iitk-discussion__thanks")).to_be_visible()
    assert axe(page, "#iitk-discussion") == []
    reply = DiscussionPost.objects.get(body="We did the same on a surgical ward.")
    assert (reply.parent_id, reply.status, reply.author_name) == (thread.pk, "pending", "Ana")
    assert dialogs == []
    page.close()


def test_admin_queue_is_inert(browser, site):
    url, _tool, thread = site
    client = Client()
    client.force_login(reviewer())
    context = browser.new_context()
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": url}]
    )
    page = context.new_page()
    for path in (
        reverse("iitk_discussion:index"),
        reverse("iitk_discussion:inspect", args=[thread.pk]),
    ):
        page.goto(url + path)
        expect(page.get_by_text("We mapped the ward & the pharmacy.").first).to_be_visible()
        assert page.evaluate("window.__pwned === undefined")
        assert page.locator("main script, main img[src=x]").count() == 0
    context.close()


def test_a_form_sent_with_problems_is_shown_again_accessibly(browser, site):
    url, tool, _thread = site
    page = browser.new_page()
    page.goto(url + tool.url)
    form = page.locator("form[aria-labelledby=iitk-discussion-form]")
    form.locator("#iitk-new-body").fill("Words I do not want to lose.")
    form.get_by_role("button", name="Send post").press("Enter")
    summary = page.locator(".iitk-error-summary")
    expect(summary).to_be_focused()
    expect(page.locator("#iitk-post-body")).to_have_value("Words I do not want to lose.")
    assert axe(page, "main") == []
    summary.get_by_role("link").first.press("Enter")
    expect(page).to_have_url(
        f"{url}/iitk/discussion/tool/{tool.slug}/post/#iitk-post-consent_to_publish"
    )
    page.close()
