"""Privacy by design: opted-out browsers and bots are not counted, a row holds nothing
about the person, and the throttle keeps no IP address."""

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.utils import timezone

from wagtail_iitk.engagement.throttling import EventsRateThrottle
from wagtail_iitk.models import DailyEngagement

from .conftest import EVENTS, FIREFOX, INTRANET, batch_of, event, post_events, rows


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_GPC": "1"},
        {"HTTP_DNT": "1"},
        {
            "HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
        },
        {
            "HTTP_USER_AGENT": "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"
        },
        {"HTTP_USER_AGENT": "curl/8.5.0"},
        {"HTTP_USER_AGENT": "python-requests/2.32.3"},
        {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0.0.0"},
        {"HTTP_USER_AGENT": ""},
        {"HTTP_USER_AGENT": FIREFOX + " " + "x" * 600},
    ],
    ids=["gpc", "dnt", "googlebot", "bingbot", "curl", "requests", "headless", "no-ua", "long-ua"],
)
def test_opted_out_browsers_and_bots_get_204_and_nothing_is_stored(browser, items, headers):
    response = post_events(browser, batch_of(3), **headers)
    assert response.status_code == 204
    assert rows() == []


def test_browsers_that_do_not_opt_out_are_counted(browser, items):
    for headers in ({}, {"HTTP_DNT": "0"}, {"HTTP_SEC_GPC": "0"}):
        assert post_events(browser, batch_of(1), **headers).status_code == 204
    assert [r["count"] for r in rows()] == [3]


@override_settings(WAGTAIL_IITK={"ENGAGEMENT_ENABLED": False})
def test_nothing_is_counted_when_engagement_is_turned_off(browser, items):
    assert post_events(browser, batch_of(3)).status_code == 204
    assert rows() == []


def test_no_personal_data_is_stored_anywhere_in_a_row(browser, items):
    """Send everything a browser could reveal about a person, then read every column."""
    address, forwarded = "203.0.113.77", "198.51.100.23"
    user_agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36"
    page = "https://intranet.example.nhs.uk/sites/ward-7/people/jane-smith?nhs=9434765919"
    browser.cookies["sessionid"] = "secret-session-of-jane"
    response = post_events(
        browser,
        {"partner": items.partner.widget_key, "events": [event(), event("used")]},
        REMOTE_ADDR=address,
        HTTP_X_FORWARDED_FOR=forwarded,
        HTTP_USER_AGENT=user_agent,
        HTTP_REFERER=page,
        HTTP_ORIGIN=INTRANET,
        HTTP_ACCEPT_LANGUAGE="en-GB",
    )
    assert response.status_code == 204
    assert not response.cookies and "Set-Cookie" not in response
    # The table has exactly these columns: a new one needs a privacy review (and this test).
    columns = {field.column for field in DailyEngagement._meta.concrete_fields}
    assert columns == {
        "id",
        "day",
        "item_kind",
        "item_id",
        "event",
        "partner_id",
        "origin",
        "count",
    }
    stored = list(DailyEngagement.objects.values())
    assert len(stored) == 2
    for row in stored:
        assert set(row) == columns
        assert row["origin"] == INTRANET
        assert row["partner_id"] == items.partner.pk
        assert row["day"] == timezone.localdate()  # a day, not a moment
        assert row["item_kind"] == "tool" and row["item_id"] == items.tool.pk
        text = " ".join(str(value) for value in row.values())
        for secret in (address, forwarded, "Chrome", "ward-7", "jane", "9434765919", "en-GB"):
            assert secret not in text


def test_the_throttle_keeps_no_ip_address_in_the_cache(browser, items, rf):
    post_events(browser, batch_of(1), REMOTE_ADDR="203.0.113.77")
    key = EventsRateThrottle().get_cache_key(rf.post(EVENTS, REMOTE_ADDR="203.0.113.77"), None)
    history = caches["default"].get(key)
    assert history and len(history) == 1  # the throttle's history is under this key ...
    assert "203.0.113.77" not in key and "203.0.113.77" not in str(history)  # ... a hash
