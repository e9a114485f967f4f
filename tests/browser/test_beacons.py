"""Engagement beacons from the widgets on a partner's page, counted by the live toolkit.

Cards in view send impressions, a click through to the toolkit sends an open, in
batches to ``events/`` with ``navigator.sendBeacon``; the toolkit answers 204 and counts
them per day, item, partner and origin. A browser that asks not to be tracked sends
nothing at all.

What reaches the toolkit is recorded at its ``events/`` view (the real one, wrapped):
Playwright does not report a beacon sent by a page that is being left for another site.
"""

import json

import pytest
from playwright.sync_api import expect

from .conftest import API, wait_until

pytestmark = pytest.mark.django_db(transaction=True)

BODY = (
    '<div class="grid">'
    '<iitk-tool-card slug="design-a"></iitk-tool-card>'
    '<iitk-tool-card slug="design-b"></iitk-tool-card>'
    '<iitk-tool-card slug="design-b"></iitk-tool-card>'
    '<iitk-story-card slug="story-1"></iitk-story-card>'
    "</div>"
)
#: The toolkit does not count headless browsers (they are bots): look like a person's.
BROWSER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/140.0.0.0 Safari/537.36"
)
#: What a browser that asks not to be tracked says, set before the page's scripts run.
OPT_OUT = {
    "Global Privacy Control": "Object.defineProperty(Navigator.prototype, "
    "'globalPrivacyControl', {get: () => true, configurable: true})",
    "Do Not Track": "Object.defineProperty(Navigator.prototype, 'doNotTrack', "
    "{get: () => '1', configurable: true})",
}


@pytest.fixture
def received(monkeypatch, host_servers):
    """Every events/ post from the partner's page that reached the toolkit:
    {"content_type", "body" (parsed), "status"}, in order."""
    from wagtail_iitk.api.events import EventsView

    origin = host_servers["allowed"].origin
    posts = []
    real_post = EventsView.post

    def post(view, request, *args, **kwargs):
        response = real_post(view, request, *args, **kwargs)
        if request.headers.get("Origin") == origin:
            posts.append(
                {
                    "content_type": request.content_type,
                    "body": json.loads(request.body),
                    "status": response.status_code,
                }
            )
        return response

    monkeypatch.setattr(EventsView, "post", post)
    return posts


def events(received):
    return [tuple(e.values()) for post in received for e in post["body"]["events"]]


def settle(host):
    """Flush the page's queue (as when it is hidden), then make a request after it:
    anything the page sent has reached the toolkit once that request is answered."""
    host.page.evaluate("() => dispatchEvent(new Event('pagehide'))")
    status = host.page.evaluate(f"() => fetch('{host.toolkit}{API}').then(r => r.status)")
    assert status == 200


def open_cards(open_host, init_script=None):
    def prepare(page):
        page.set_extra_http_headers({"User-Agent": BROWSER_UA})
        if init_script:
            page.add_init_script(init_script)

    host = open_host(BODY, routes=prepare)
    for card in host.page.locator("iitk-tool-card, iitk-story-card").all():
        expect(card).to_have_attribute("state", "ready")
    return host


def test_cards_in_view_send_one_batch_of_impressions(open_host, content, received):
    from wagtail_iitk.models import DailyEngagement

    host = open_cards(open_host)
    # Sent on its own once the queue has been idle for about 2 s.
    wait_until(host.page, lambda: received, "no events/ beacon reached the toolkit")
    [post] = received
    assert post["status"] == 204
    assert post["content_type"].startswith("text/plain")  # a string: no CORS preflight
    assert post["body"]["partner"] == content.partner.widget_key
    assert sorted(events(received)) == [
        ("impression", "story", "story-1"),
        ("impression", "tool", "design-a"),
        ("impression", "tool", "design-b"),  # two cards, one tool: once per page
    ]

    # Scrolled away and back: nothing more (once per item per page).
    host.page.mouse.wheel(0, 2000)
    host.page.mouse.wheel(0, -2000)
    settle(host)
    assert len(received) == 1

    rows = DailyEngagement.objects.filter(event="impression")
    assert sorted((r.item_kind, r.item_id, r.count) for r in rows) == sorted(
        [
            ("story", content.stories[0].pk, 1),
            ("tool", content.tools[0].pk, 1),
            ("tool", content.tools[1].pk, 1),
        ]
    )
    assert {(r.partner_id, r.origin) for r in rows} == {(content.partner.pk, host.origin)}


def test_following_a_card_to_the_toolkit_sends_an_open(open_host, content, received):
    host = open_cards(open_host)
    link = host.page.locator("iitk-tool-card").first.get_by_role("link", name="Design tool a")
    link.click()
    host.page.wait_for_url(f"{host.toolkit}/toolkit/tools/design-a/")
    # Sent as the page was left (pagehide), in the same batch as any impressions still
    # queued. (Chromium sends that last beacon without the test's User-Agent, so the
    # toolkit takes it for a headless bot and does not count it; its answer is the same.)
    wait_until(
        host.page,
        lambda: ("open", "tool", "design-a") in events(received),
        "no open reached the toolkit",
    )
    assert {post["status"] for post in received} == {204}
    assert all(post["body"]["partner"] == content.partner.widget_key for post in received)


@pytest.mark.parametrize("preference", sorted(OPT_OUT))
def test_a_browser_that_asks_not_to_be_tracked_sends_nothing(
    open_host, content, received, preference
):
    from wagtail_iitk.models import DailyEngagement

    host = open_cards(open_host, OPT_OUT[preference])
    settle(host)
    link = host.page.locator("iitk-tool-card").first.get_by_role("link", name="Design tool a")
    link.click()
    host.page.wait_for_url(f"{host.toolkit}/toolkit/tools/design-a/")
    # A request answered after the page was left: a beacon sent on leaving came first.
    host.page.evaluate(f"() => fetch('{host.toolkit}{API}').then(r => r.status)")
    assert received == []
    assert not DailyEngagement.objects.filter(origin=host.origin).exists()
