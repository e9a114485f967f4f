"""The toolkit's own pages: the view-counting script, and the "I used this tool" and
"This was helpful" buttons, which are plain forms that work without JavaScript."""

import re
from pathlib import Path

import pytest
from django.test import override_settings

from wagtail_iitk.models import DailyEngagement

from .conftest import MARK

OWN = "http://testserver"


def counts():
    return {
        (row.item_kind, row.item_id, row.event, row.origin): row.count
        for row in DailyEngagement.objects.all()
    }


def press(client, page, kind, type_, **headers):
    headers.setdefault("HTTP_ORIGIN", OWN)
    return client.post(MARK, {"kind": kind, "item": page.slug, "type": type_}, **headers)


def form_of(html):
    match = re.search(r'<form class="iitk-feedback__form".*?</form>', html, re.S)
    assert match, "no feedback form on the page"
    return match.group(0)


# What the pages carry ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, buttons",
    [
        ("tool", ["used", "helpful"]),
        ("framework", ["helpful"]),
        ("story", ["helpful"]),
    ],
)
def test_pages_carry_the_buttons_as_a_plain_form_and_the_view_script(browser, items, kind, buttons):
    page = getattr(items, kind)
    response = browser.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    form = form_of(html)
    assert f'method="post" action="{MARK}"' in form
    assert f'<input type="hidden" name="kind" value="{kind}">' in form
    assert f'<input type="hidden" name="item" value="{page.slug}">' in form
    assert re.findall(r'name="type" value="(\w+)"', form) == buttons
    assert "csrfmiddlewaretoken" not in html  # a cacheable page: no token, no cookie
    assert not response.cookies
    script = re.search(r'<script src="/static/wagtail_iitk/engagement\.js"[^>]*>', html)
    assert script, "no view-counting script"
    assert 'data-iitk-events="/api/iitk/v1/events/"' in script.group(0)
    assert f'data-iitk-kind="{kind}"' in script.group(0)
    assert f'data-iitk-item="{page.slug}"' in script.group(0)
    assert " defer" in script.group(0)
    assert "<script>" not in html  # no inline script (CSP)


@override_settings(WAGTAIL_IITK={"ENGAGEMENT_ENABLED": False})
def test_turned_off_the_pages_carry_neither_buttons_nor_script(browser, items):
    html = browser.get(items.tool.url).content.decode()
    assert "iitk-feedback" not in html
    assert "engagement.js" not in html


def test_the_script_counts_only_through_the_events_endpoint(browser, items):
    """The static script sends a beacon of a view; it honours GPC and Do Not Track."""
    from django.contrib.staticfiles import finders

    source = Path(finders.find("wagtail_iitk/engagement.js")).read_text(encoding="utf-8")
    assert "navigator" in source and "sendBeacon(url" in source
    assert "globalPrivacyControl === true" in source
    assert 'doNotTrack === "1"' in source
    assert 'send("view")' in source


# Pressing the buttons ------------------------------------------------------------------------


def test_a_press_is_counted_and_the_browser_sent_back_to_say_thank_you(browser, items):
    response = press(browser, items.tool, "tool", "used")
    assert response.status_code == 303
    assert response["Location"] == f"{items.tool.url}?iitk_thanks=used#iitk-feedback"
    assert not response.cookies and "Set-Cookie" not in response
    assert counts() == {("tool", items.tool.pk, "used", OWN): 1}
    page = browser.get(response["Location"]).content.decode()
    assert '<p class="iitk-feedback__thanks" role="status">Thank you.' in page
    press(browser, items.tool, "tool", "helpful")
    press(browser, items.story, "story", "helpful")
    assert counts() == {
        ("tool", items.tool.pk, "used", OWN): 1,
        ("tool", items.tool.pk, "helpful", OWN): 1,
        ("story", items.story.pk, "helpful", OWN): 1,
    }


def test_a_referer_from_the_toolkit_stands_in_for_a_missing_origin(browser, items):
    response = press(browser, items.tool, "tool", "used", HTTP_ORIGIN="", HTTP_REFERER=OWN + "/x/")
    assert response.status_code == 303
    assert counts() == {("tool", items.tool.pk, "used", ""): 1}


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://elsewhere.example.org"},
        {"HTTP_ORIGIN": "http://testserver.example.org"},
        {"HTTP_ORIGIN": "https://testserver"},  # another scheme is another origin
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": ""},
        {"HTTP_ORIGIN": "", "HTTP_REFERER": "https://elsewhere.example.org/testserver/"},
    ],
)
def test_presses_from_other_sites_are_refused(browser, items, headers):
    response = press(browser, items.tool, "tool", "used", **headers)
    assert response.status_code == 403
    assert counts() == {}


@pytest.mark.parametrize(
    "user_agent",
    ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0", ""],
)
def test_bots_are_sent_back_but_not_counted(client, items, user_agent):
    response = press(client, items.tool, "tool", "used", HTTP_USER_AGENT=user_agent)
    assert response.status_code == 303
    assert counts() == {}


@pytest.mark.parametrize("header", ["HTTP_SEC_GPC", "HTTP_DNT"])
def test_a_browser_that_asked_not_to_be_tracked_is_told_it_was_not_counted(browser, items, header):
    response = press(browser, items.tool, "tool", "used", **{header: "1"})
    assert response["Location"].endswith("?iitk_thanks=not-counted#iitk-feedback")
    assert counts() == {}
    page = browser.get(response["Location"]).content.decode()
    assert "so we did not count that" in page


@pytest.mark.parametrize(
    "kind, item, type_, status",
    [
        ("story", "fewer-falls", "used", 400),  # only tools have "I used this tool"
        ("tool", "process-map", "download", 400),
        ("tool", "process-map", "", 400),
        ("page", "process-map", "helpful", 400),
        ("tool", "no-such-tool", "used", 404),
        ("tool", "draft-tool", "used", 404),
        ("tool", "private-tool", "used", 404),
    ],
)
def test_bad_presses_are_refused_and_not_counted(browser, items, kind, item, type_, status):
    data = {"kind": kind, "item": item, "type": type_}
    assert browser.post(MARK, data, HTTP_ORIGIN=OWN).status_code == status
    assert counts() == {}


def test_only_posts_are_accepted(browser, items):
    assert browser.get(MARK).status_code == 405
    assert counts() == {}


@override_settings(WAGTAIL_IITK={"EVENTS_THROTTLE_RATE": "2/minute"})
def test_presses_are_throttled_per_client(browser, items):
    for _ in range(2):
        assert press(browser, items.tool, "tool", "used").status_code == 303
    response = press(browser, items.tool, "tool", "used")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert press(browser, items.tool, "tool", "used", REMOTE_ADDR="198.51.100.9").status_code == 303
    assert counts() == {("tool", items.tool.pk, "used", OWN): 3}


@override_settings(WAGTAIL_IITK={"ENGAGEMENT_ENABLED": False})
def test_turned_off_a_press_is_not_counted(browser, items):
    assert press(browser, items.tool, "tool", "used").status_code == 303
    assert counts() == {}
