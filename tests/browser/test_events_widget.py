"""<iitk-events> on a partner's intranet page (another origin, strict CSP), reading the
live toolkit's ``calendar/``: its chunk is fetched only when the element is on the
page, it lists the upcoming public events its filters ask for (never a draft or a past
one), text from the API runs nothing, and axe finds no WCAG 2.2 AA problem."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from ..events.helpers import make_event
from .conftest import API
from .test_axe import in_shadow, run_axe

pytestmark = pytest.mark.django_db(transaction=True)

CHUNK = "iitk-events.js"
FALLBACK = "Events on the toolkit"
RAW = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script> raw'


@pytest.fixture
def calendar(content):
    """Two upcoming risk workshops, a design one, a draft and a past risk event."""
    from wagtail_iitk.models import Perspective

    risk = Perspective.objects.get(slug="risk")
    design = Perspective.objects.get(slug="design")
    soon = make_event(title="Risk workshop: walking the failure modes", days=3, perspectives=[risk])
    later = make_event(title="Risk matrix clinic", days=10, perspectives=[risk], format="training")
    make_event(title="Co-design day", days=5, perspectives=[design])
    make_event(title="A draft risk event", days=4, perspectives=[risk], publish=False)
    make_event(
        title="Last month's risk event",
        start=timezone.now() - datetime.timedelta(days=30),
        perspectives=[risk],
    )
    return soon, later


def element(toolkit, attrs='perspective="risk"'):
    return f'<iitk-events {attrs}><a href="{toolkit}/events/">{FALLBACK}</a></iitk-events>'


def chunks(host):
    return [url for url in host.requests if url.endswith("/" + CHUNK)]


def test_the_chunk_is_fetched_only_for_a_page_with_the_element(open_host, calendar, toolkit_url):
    host = open_host('<iitk-tool-card slug="design-a"></iitk-tool-card>')
    expect(host.page.locator("iitk-tool-card")).to_have_attribute("state", "ready")
    host.page.wait_for_timeout(300)
    assert chunks(host) == []
    assert host.page.evaluate("() => customElements.get('iitk-events')") is None

    host = open_host(element(toolkit_url) + element(toolkit_url, 'format="training"'))
    for el in host.page.locator("iitk-events").all():
        expect(el).to_have_attribute("state", "ready")
    assert len(chunks(host)) == 1


def test_upcoming_risk_events_show_soonest_first_and_axe_finds_nothing(
    open_host, calendar, toolkit_url
):
    soon, later = calendar
    host = open_host(element(toolkit_url), bypass_csp=True)
    widget = host.page.locator("iitk-events")
    expect(widget).to_have_attribute("state", "ready")
    titles = widget.locator("[part=title]")
    expect(titles).to_have_text([soon.title, later.title])
    link = titles.first.get_by_role("link")
    assert link.get_attribute("href") == f"{toolkit_url}{soon.url}"
    expect(widget.locator("[part=when]").first).to_contain_text(soon.start.strftime("%Y"))
    expect(widget.locator("[part=where]").first).to_have_text(soon.place)
    [calendar_request] = [u for u in host.api_requests() if "/calendar/" in u]
    assert "perspective=risk" in calendar_request and "limit=3" in calendar_request
    violations, result = run_axe(host.page)
    assert in_shadow(result) > 5, "axe did not look inside the shadow root"
    assert violations == [], "\n".join(violations)


def test_text_from_the_api_runs_nothing(open_host, calendar, toolkit_url):
    def rewrite(route):
        answer = route.fetch()
        data = answer.json()
        first = data["results"][0]
        first["title"] = first["summary"] = first["place"] = RAW
        first["labels"]["format"] = RAW
        route.fulfill(response=answer, json=data)

    host = open_host(
        element(toolkit_url),
        routes=lambda page: page.route(lambda url: "/calendar/" in url, rewrite),
    )
    widget = host.page.locator("iitk-events")
    expect(widget).to_have_attribute("state", "ready")
    expect(widget.locator("[part=title]").first).to_have_text(RAW)
    expect(widget.locator("[part=where]").first).to_have_text(RAW)
    assert widget.locator("img, script").count() == 0
    assert host.page.evaluate("() => window.__pwned") is None


def test_the_fallback_shows_when_the_api_is_down(open_host, calendar, toolkit_url):
    host = open_host(
        element(toolkit_url),
        routes=lambda page: page.route(lambda url: API in url, lambda route: route.abort()),
    )
    widget = host.page.locator("iitk-events")
    expect(widget).to_have_attribute("state", "error")
    expect(widget.get_by_role("link", name=FALLBACK)).to_be_visible()
