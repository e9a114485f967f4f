"""Public counts that feed social proof ("used", "helpful") cannot be inflated.

Found by adversarial testing: events/ took ``type: "used"`` from any origin as
text/plain (no preflight), 50 a batch, so four posts from a foreign page moved a tool's
public ``used_count`` from 0 to 200. Now "used" and "helpful" count only from the
toolkit's own pages and the allowed origins of active partners, and at most
``EVENTS_DAILY_MARKS_PER_ADDRESS`` a day per address, item and type. Views and
impressions stay open to any origin."""

import json

import pytest

from wagtail_iitk.models import DailyEngagement, PublicCard

from .conftest import EVENTS, INTRANET, MARK, event

EVIL = "https://evil.example"
OWN = "http://testserver"


def beacon(client, events, origin=None, **extra):
    """POST a batch as navigator.sendBeacon does: text/plain, no preflight."""
    headers = {"HTTP_ORIGIN": origin} if origin else {}
    return client.post(
        EVENTS, json.dumps({"events": events}), content_type="text/plain", **headers, **extra
    )


def count(items, type_):
    return sum(
        DailyEngagement.objects.filter(
            item_kind="tool", item_id=items.tool.pk, event=type_
        ).values_list("count", flat=True)
    )


def used_count(items):
    return PublicCard.objects.get(kind="tool", item_id=items.tool.pk).used_count


def test_four_foreign_batches_no_longer_move_the_public_used_count(
    browser, items, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(4):
            assert beacon(browser, [event("used")] * 50, origin=EVIL).status_code == 204
            assert beacon(browser, [event("helpful")] * 50, origin=EVIL).status_code == 204
    assert count(items, "used") == 0
    assert count(items, "helpful") == 0
    assert used_count(items) == 0


def test_a_script_without_an_origin_cannot_vouch_either(browser, items):
    assert beacon(browser, [event("used")] * 50).status_code == 204
    assert count(items, "used") == 0


def test_views_and_impressions_stay_open_to_any_origin(browser, items):
    beacon(browser, [event("view"), event("impression")], origin=EVIL)
    assert (count(items, "view"), count(items, "impression")) == (1, 1)


@pytest.mark.parametrize("origin", [OWN, INTRANET])
def test_the_toolkits_own_pages_and_a_partners_count_up_to_the_daily_cap(
    browser, items, settings, origin
):
    settings.WAGTAIL_IITK = {"EVENTS_DAILY_MARKS_PER_ADDRESS": 3}
    assert beacon(browser, [event("used")] * 2, origin=origin).status_code == 204
    assert beacon(browser, [event("used")] * 50, origin=origin).status_code == 204
    beacon(browser, [event("helpful")] * 5, origin=origin)
    assert (count(items, "used"), count(items, "helpful")) == (3, 3)
    # Another address has its own allowance; another item too.
    beacon(browser, [event("used")] * 5, origin=origin, REMOTE_ADDR="198.51.100.7")
    assert count(items, "used") == 6
    beacon(browser, [event("used", "framework", "model-for-improvement")], origin=origin)
    assert DailyEngagement.objects.filter(item_kind="framework", event="used").exists()


def test_the_cap_holds_for_the_buttons_too(browser, items, settings):
    settings.WAGTAIL_IITK = {"EVENTS_DAILY_MARKS_PER_ADDRESS": 2}
    for _ in range(5):
        response = browser.post(
            MARK, {"kind": "tool", "item": "process-map", "type": "used"}, HTTP_ORIGIN=OWN
        )
        assert response.status_code == 303
    assert count(items, "used") == 2


def test_an_inactive_partners_origin_cannot_vouch(browser, items):
    items.inactive.allowed_origins = "https://former.example.nhs.uk"
    items.inactive.save()
    beacon(browser, [event("used")], origin="https://former.example.nhs.uk")
    assert count(items, "used") == 0
