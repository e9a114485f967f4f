"""Query budgets (TARGETS P3, P4, P6): a list or cards request costs the same number of
queries at page size 1, 20 and 100, at most 6; a detail at most 8; view restrictions
elsewhere in the tree do not add any.

Each measured request is uncached: Django's cache is cleared first (no server-cached
body), then what a running site always has in its shared cache is loaded again: Wagtail's
site root paths, the content version and the read model (taxonomy names, the toolkit
home), each kept per content version. So the figure is what a request whose body is not
cached costs. A cold cache adds at most two queries (``test_a_cold_cache_...``).
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from wagtail_iitk.cards.reading import ReadContext
from wagtail_iitk.models import ContentVersion, get_kinds

from .helpers import get

LIST_BUDGET = 6
DETAIL_BUDGET = 8
# search/ spans every kind. Wagtail's search backends run one full-text query per model,
# so searching every kind costs one search per kind, one query for which matches have a
# public card and one for the cards of the page. A single kind stays within budget.
SEARCH_ALL_TYPES_BUDGET = len(get_kinds()) + 2
SIZES = (1, 20, 100)
#: What each request costs now, exactly. A list is one query on the stored public cards
#: (the page and the total); taxonomy filters add nothing (their slugs are checked
#: against the cached taxonomy); another filter adds the query that checks its slugs; a
#: text search, the search backend's query.
EXACT = {
    "tools": 1,
    "frameworks": 1,
    "stories": 1,
    "questions": 1,
    "search": len(get_kinds()) + 2,
    "cards": 3,
    "tools-filtered": 1,
    "tools-ordered-by-stories": 1,
    "tools-text-search": 3,
    "stories-filtered": 2,
    "cards-of-every-kind": 6,
}


def warm_shared_caches():
    ContentVersion.current()
    ReadContext(None)._read_model()


def measure(client, path, params, cold=False):
    """(number of queries, response) for one uncached request."""
    caches["default"].clear()
    Site.get_site_root_paths()  # Wagtail's own, always warm on a running site
    if not cold:
        warm_shared_caches()
    with CaptureQueriesContext(connection) as queries:
        response = get(client, path, params)
    assert response.status_code == 200, (path, response.content[:300])
    return len(queries), response, [q["sql"] for q in queries.captured_queries]


def first_slugs(items, n):
    return ",".join(item.slug for item in items[:n])


REQUESTS = {
    "tools": lambda big, n: ("tools/", {"limit": n}),
    "frameworks": lambda big, n: ("frameworks/", {"limit": n}),
    "stories": lambda big, n: ("stories/", {"limit": n}),
    "questions": lambda big, n: ("questions/", {"limit": n}),
    "search": lambda big, n: ("search/", {"q": "kaleidoscope", "limit": n}),
    "cards": lambda big, n: ("cards/", {"tools": first_slugs(big.tools, n)}),
}
EXTRA_REQUESTS = {
    "tools-filtered": lambda big, n: ("tools/", {"limit": n, "perspective": "people,risk"}),
    "tools-ordered-by-stories": lambda big, n: ("tools/", {"limit": n, "ordering": "-stories"}),
    "tools-text-search": lambda big, n: ("tools/", {"limit": n, "q": "kaleidoscope"}),
    "stories-filtered": lambda big, n: ("stories/", {"limit": n, "perspective": "people"}),
    "cards-of-every-kind": lambda big, n: (
        "cards/",
        {
            "tools": first_slugs(big.tools, max(1, n // 4)),
            "frameworks": first_slugs(big.frameworks, max(1, n // 4)),
            "stories": first_slugs(big.stories, max(1, n // 4)),
            "questions": first_slugs(big.questions, max(1, n // 4)),
        },
    ),
}


def result_count(data):
    if "results" in data:
        return len(data["results"])
    return sum(len(cards) for kind, cards in data.items() if kind != "missing")


def counts_for(big, client, make_request):
    path, params = make_request(big, 2)
    get(client, path, params)  # warm up: the site root paths, the image renditions
    counts = {}
    for n in SIZES:
        path, params = make_request(big, n)
        counts[n], response, sql = measure(client, path, params)
        data = response.json()
        assert data.get("missing", {}) == {}
        assert result_count(data) >= min(n, 4), "the page is really that long"
    return counts


@pytest.mark.parametrize("endpoint", list(REQUESTS))
def test_list_and_cards_queries_are_constant_in_page_size_and_within_budget(big, client, endpoint):
    counts = counts_for(big, client, REQUESTS[endpoint])
    print(f"\nqueries {endpoint}: {counts}")
    assert len(set(counts.values())) == 1, f"{endpoint}: queries by page size {counts}"
    budget = SEARCH_ALL_TYPES_BUDGET if endpoint == "search" else LIST_BUDGET
    assert max(counts.values()) <= budget, f"{endpoint}: {counts}"
    assert counts[1] == EXACT[endpoint], f"{endpoint}: {counts}"


def test_searching_one_type_is_within_the_list_budget(big, client):
    counts = counts_for(
        big, client, lambda big, n: ("search/", {"q": "kaleidoscope", "type": "tools", "limit": n})
    )
    print(f"\nqueries search one type: {counts}")
    assert len(set(counts.values())) == 1
    assert max(counts.values()) <= LIST_BUDGET


@pytest.mark.parametrize("endpoint", list(EXTRA_REQUESTS))
def test_filtered_ordered_and_mixed_requests_are_constant_too(big, client, endpoint):
    counts = counts_for(big, client, EXTRA_REQUESTS[endpoint])
    print(f"\nqueries {endpoint}: {counts}")
    assert len(set(counts.values())) == 1, f"{endpoint}: queries by page size {counts}"
    assert max(counts.values()) <= LIST_BUDGET, f"{endpoint}: {counts}"
    assert counts[1] == EXACT[endpoint], f"{endpoint}: {counts}"


DETAILS = {
    # A tool with questions, frameworks, stories, an image and a page link in rich text.
    "tool": lambda big: f"tools/{big.tools[0].slug}/",
    "tool-without-rich-text": lambda big: f"tools/{big.tools[5].slug}/",
    "framework": lambda big: f"frameworks/{big.frameworks[0].slug}/",
    "story": lambda big: f"stories/{big.stories[0].slug}/",
    "question": lambda big: f"questions/{big.questions[0].pk}/",
}


@pytest.mark.parametrize("detail", list(DETAILS))
def test_detail_queries_are_within_budget(big, client, detail):
    path = DETAILS[detail](big)
    get(client, path)  # warm up
    count, response, sql = measure(client, path, {})
    data = response.json()
    print(f"\nqueries {detail} detail: {count}")
    if detail.startswith("tool"):
        assert data["questions"] and data["frameworks"] and data["stories"] and data["image"]
    assert count <= DETAIL_BUDGET, f"{detail}: {count} queries\n" + "\n".join(sql)


def test_a_304_costs_one_query_with_a_cold_cache_and_none_with_a_warm_one(
    big, client, django_assert_num_queries
):
    etag = get(client, "tools/", {"limit": 100})["ETag"]
    caches["default"].clear()
    with django_assert_num_queries(1):  # the content version
        response = get(client, "tools/", {"limit": 100}, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    with django_assert_num_queries(0):  # the version is in the shared cache now
        response = get(client, "tools/", {"limit": 100}, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304


@pytest.mark.parametrize("endpoint", ["tools", "questions", "stories"])
def test_a_cold_cache_costs_at_most_the_list_budget(big, client, endpoint):
    """Nothing cached at all: the version and the read model add one query each."""
    path, params = REQUESTS[endpoint](big, 20)
    get(client, path, params)
    count, _response, sql = measure(client, path, params, cold=True)
    assert count <= 3, "\n".join(sql)


def test_a_cached_list_costs_no_query(big, client, django_assert_num_queries):
    get(client, "tools/", {"limit": 20})
    with django_assert_num_queries(0):
        response = get(client, "tools/", {"limit": 20})
    assert response.status_code == 200


def add_restricted_pages(home, count):
    """``count`` pages under one parent, each with its own view restriction (bulk)."""
    parent = home.add_child(instance=Page(title="Members", slug="members"))
    page_type = ContentType.objects.get_for_model(Page)
    pages = Page.objects.bulk_create(
        [
            Page(
                title=f"Members {i}",
                draft_title=f"Members {i}",
                slug=f"members-{i}",
                path=Page._get_path(parent.path, parent.depth + 1, i + 1),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}members-{i}/",
                content_type=page_type,
                locale_id=parent.locale_id,
                live=True,
            )
            for i in range(count)
        ]
    )
    Page.objects.filter(pk=parent.pk).update(numchild=count)
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=p, restriction_type=PageViewRestriction.LOGIN) for p in pages]
    )
    return pages


def test_view_restricted_pages_elsewhere_add_no_queries(big, client):
    params = {"limit": 20}
    get(client, "tools/", params)
    before, response, sql_before = measure(client, "tools/", params)
    add_restricted_pages(big.home, 200)
    assert PageViewRestriction.objects.count() >= 200
    # Made in bulk, without signals: until the cards are rebuilt, readers check every
    # card against the restrictions and work the page out from the content.
    quiet, response, _sql = measure(client, "tools/", params)
    assert response.json()["count"] == 100
    assert quiet > before
    call_command("iitk_refresh_cards", verbosity=0)
    after, response, sql_after = measure(client, "tools/", params)
    print(f"\nqueries tools list, 0 vs 200 restrictions: {before} vs {after}")
    assert after == before
    assert response.json()["count"] == 100
    # Nor do they make the SQL longer (Wagtail's public() adds a clause per restriction).
    assert sum(map(len, sql_after)) <= sum(map(len, sql_before)) * 1.05


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="prepared statements are PostgreSQL's"
)
def test_a_lists_statement_is_prepared_and_planned_once_on_postgresql(big, client):
    """The list's one statement carries its page size and offset in its text, so
    PostgreSQL's generic plan fits it: after psycopg prepares it (the fifth run on a
    connection), the database stops planning it on every uncached request."""
    for _ in range(12):
        measure(client, "tools/", {"limit": 17, "offset": 3})
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements"
            " WHERE statement LIKE %s AND statement LIKE %s",
            ['%"wagtail_iitk_publiccard" c%', "%LIMIT 17 OFFSET 3"],
        )
        plans = cursor.fetchall()
    assert len(plans) == 1, plans
    generic, custom = plans[0]
    assert generic >= 1, f"planned for each request: {custom} custom plans, no generic one"
