"""The events pages in a real browser (Debian's Chromium): axe-core finds no WCAG 2.2 A
or AA problem on the events index, an event, its registration form (empty and with
errors) and the confirmation, at 1280 and 390 pixels wide; a keyboard user registers."""

import io

import pytest
from django.core.cache import caches
from django.core.management import call_command
from playwright.sync_api import expect

from wagtail_iitk.models import EventIndexPage, EventRegistration

from ..browser.conftest import launch_chromium
from ..community.test_forms_in_browser import axe_violations
from ..embed.test_oembed_live import serve_default_site_at
from ..factories import make_story, make_tool
from .helpers import make_event

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = (1280, 390)


@pytest.fixture(scope="module")
def browser():
    with launch_chromium() as browser:
        yield browser


@pytest.fixture
def site(live_server, settings):
    settings.WAGTAIL_IITK = {"EVENT_REGISTRATION_THROTTLE_RATE": ""}
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    caches["default"].clear()
    serve_default_site_at(live_server.url)
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    tool = make_tool(title="Process map", slug="process-map")
    story = make_story(title="How the mapping day went")
    event = make_event(
        title="Process mapping workshop", slug="mapping", days=5, capacity=1, tools=[tool]
    )
    make_event(title="Online risk discussion", days=12, format="online-discussion",
               place="", online_url="https://meet.example.org/x", registration="none")  # fmt: skip
    make_event(title="Mapping day", days=-20, write_up=story)
    return {"url": live_server.url, "index": EventIndexPage.objects.get().url, "event": event}


@pytest.fixture(params=WIDTHS)
def page(request, browser):
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors


def test_the_events_pages_pass_axe(site, page):
    page.goto(site["url"] + site["index"])
    expect(page.get_by_role("heading", name="Upcoming events")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Process mapping workshop").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Process mapping workshop")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Register for this event").click()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Register").click()
    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    assert axe_violations(page) == []


def test_a_keyboard_user_registers(site, page):
    page.goto(site["url"] + site["event"].url + "register/")
    page.locator("#id_name").focus()
    page.keyboard.type("Asha Patel")
    page.keyboard.press("Tab")
    expect(page.locator("#id_email")).to_be_focused()
    page.keyboard.type("asha@example.org")
    page.keyboard.press("Tab")
    expect(page.locator("#id_organisation")).to_be_focused()
    page.keyboard.press("Tab")  # past the hidden honeypot, straight to the button
    expect(page.get_by_role("button", name="Register")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("You have a place")
    assert axe_violations(page) == []
    assert EventRegistration.objects.get().status == "confirmed"
