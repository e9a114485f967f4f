"""Social proof: a tool's stories and "I used this tool" count, on its page and in the API."""

import datetime

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail_iitk.engagement.ingest import add_counts
from wagtail_iitk.models import ToolPage

from .. import factories

API = "/api/iitk/v1/"


def mark_used(tool, n, day=None, partner=None, event="used"):
    add_counts({("tool", tool.pk, event): n}, partner_id=partner.pk if partner else None, day=day)


def used_marks(items):
    """5 "used" marks over two days and two partners, and events that are not marks."""
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    mark_used(items.tool, 2)
    mark_used(items.tool, 1, day=yesterday)
    mark_used(items.tool, 2, partner=items.partner)
    mark_used(items.tool, 7, event="view")
    mark_used(items.tool, 3, event="helpful")
    add_counts({("story", items.story.pk, "used"): 4})  # not a tool


def test_the_tool_page_shows_its_stories_and_how_many_used_it(browser, items):
    used_marks(items)
    html = browser.get(items.tool.url).content.decode()
    assert '<p class="iitk-social-proof">1 story · used by 5 people</p>' in html


def test_a_tool_nobody_has_marked_shows_its_stories_only(browser, items):
    html = browser.get(items.tool.url).content.decode()
    assert '<p class="iitk-social-proof">1 story</p>' in html
    lonely = factories.make_tool(slug="lonely-tool")
    assert "iitk-social-proof" not in browser.get(lonely.url).content.decode()
    mark_used(lonely, 1)
    assert ">Used by 1 person</p>" in browser.get(lonely.url).content.decode()


def test_tool_cards_and_the_tool_detail_carry_used_count(browser, items):
    used_marks(items)
    listed = browser.get(API + "tools/").json()["results"]
    assert {card["slug"]: card["used_count"] for card in listed} == {"process-map": 5}
    card = browser.get(API + "cards/", {"tools": "process-map"}).json()["tools"][0]
    assert (card["story_count"], card["used_count"]) == (1, 5)
    detail = browser.get(API + "tools/process-map/").json()
    assert (detail["story_count"], detail["used_count"]) == (1, 5)


def _queries(client, path, params):
    caches["default"].clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(API + path, params).status_code == 200
    return len(queries)


def test_used_counts_cost_no_query_of_their_own(browser, items):
    """The count is a subquery of the tools' own query: as many queries with marks on
    every tool as with none, for one tool or several."""
    for n in range(3):
        factories.make_tool(slug=f"extra-tool-{n}")
    requests = [
        ("tools/", {"limit": 1}),
        ("tools/", {"limit": 4}),
        ("cards/", {"tools": "process-map"}),
        ("cards/", {"tools": "process-map,extra-tool-0,extra-tool-1"}),
        ("tools/process-map/", {}),
    ]
    for path, params in requests:
        _queries(browser, path, params)  # warm up: site root paths
    before = [_queries(browser, path, params) for path, params in requests]
    for tool in ToolPage.objects.all():
        mark_used(tool, 3)
    after = [_queries(browser, path, params) for path, params in requests]
    assert before == after
    assert before[0] == before[1] and before[2] == before[3]
