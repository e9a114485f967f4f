"""The site search page: ``<toolkit home>/search/?q=``, its facets, paging and inputs."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from wagtail_iitk.models import Perspective, Stage
from wagtail_iitk.site.highlight import highlight

from ..factories import make_framework, make_question, make_story, make_tool

pytestmark = pytest.mark.django_db


def search(client, toolkit, **params):
    return client.get(toolkit.url + "search/", params)


def result_titles(response):
    """The plain titles of the results on the page, in order."""
    html = response.content.decode()
    titles = re.findall(r'class="iitk-search-result__title"><a href="[^"]*">(.*?)</a>', html)
    return [re.sub(r"</?mark>", "", title) for title in titles]


def facet_counts(response, facet):
    """{value: count} of one facet as the page offers it."""
    for control in response.context["facets"]:
        if control["name"] == facet:
            return {option["value"]: option["count"] for option in control["options"]}
    return {}


def test_finds_every_kind_and_marks_the_words(toolkit, client):
    design = Perspective.objects.get(slug="design")
    tool = make_tool(title="Fishbone diagram", purpose="Finds the causes of a fishbone problem.")
    make_framework(title="Fishbone method", summary="A framework about fishbone thinking.")
    make_story(title="Our fishbone day", tools=[tool])
    make_question(wording="What does the fishbone show?", perspective=design)
    make_tool(title="Unrelated", purpose="Nothing to see.")

    response = search(client, toolkit, q="fishbone")
    assert response.status_code == 200
    assert sorted(result_titles(response)) == [
        "Fishbone diagram",
        "Fishbone method",
        "Our fishbone day",
        "What does the fishbone show?",
    ]
    page = response.content.decode()
    assert "<mark>Fishbone</mark> diagram" in page
    assert facet_counts(response, "type") == {
        "tools": 1,
        "frameworks": 1,
        "stories": 1,
        "questions": 1,
    }


def test_facets_count_the_matches_and_narrow_them(toolkit, client):
    understand = Stage.objects.get(slug="understand")
    initiate = Stage.objects.get(slug="initiate")
    make_tool(
        title="Mapping A",
        stages=[understand],
        expertise="none",
        duration="under-an-hour",
        participants_min=1,
        participants_max=2,
        evidence_level="established",
    )
    make_tool(
        title="Mapping B",
        stages=[understand, initiate],
        expertise="specialist",
        duration="day",
        participants_min=4,
        participants_max=None,
        evidence_level="emerging",
    )
    make_framework(title="Mapping framework")

    everything = search(client, toolkit, q="mapping")
    assert facet_counts(everything, "stage") == {"initiate": 1, "understand": 2}
    assert facet_counts(everything, "expertise") == {"none": 1, "specialist": 1}
    assert facet_counts(everything, "participants") == {"1-2": 1, "3-8": 1, "9-plus": 1}
    assert facet_counts(everything, "type") == {"tools": 2, "frameworks": 1}

    # A choice narrows; other facets count within it; its own facet keeps its counts.
    chosen = search(client, toolkit, q="mapping", stage="initiate")
    assert result_titles(chosen) == ["Mapping B"]
    assert facet_counts(chosen, "stage") == {"initiate": 1, "understand": 2}
    assert facet_counts(chosen, "expertise") == {"specialist": 1}
    assert 'value="initiate" checked' in chosen.content.decode()

    # Values of one facet are alternatives; facets combine; a kind without the facet
    # (the framework) does not match a choice in it.
    either = search(client, toolkit, q="mapping", expertise=["none", "specialist"])
    assert sorted(result_titles(either)) == ["Mapping A", "Mapping B"]
    both = search(client, toolkit, q="mapping", expertise="none", participants="9-plus")
    assert result_titles(both) == []
    assert "remove the filters" in both.content.decode()
    by_kind = search(client, toolkit, q="mapping", type="frameworks")
    assert result_titles(by_kind) == ["Mapping framework"]
    evidence = search(client, toolkit, q="mapping", evidence_level="emerging", duration="day")
    assert result_titles(evidence) == ["Mapping B"]


def test_the_facets_agree_with_the_api_filters(toolkit, client):
    """The site's facet and the API's filter of the same name find the same tools."""
    understand = Stage.objects.get(slug="understand")
    make_tool(title="Agree one", stages=[understand], participants_min=2, participants_max=5)
    make_tool(title="Agree two", expertise="some", participants_min=10, participants_max=12)
    make_tool(title="Agree three", duration="weeks", participants_min=1, participants_max=1)
    for params in (
        {"stage": "understand"},
        {"participants": "3-8"},
        {"participants": "1-2"},
        {"expertise": "some"},
        {"duration": "weeks"},
        {"evidence_level": "emerging"},
    ):
        site = sorted(result_titles(search(client, toolkit, q="agree", **params)))
        api = client.get("/api/iitk/v1/tools/", {"q": "agree", **params}).json()
        assert site == sorted(card["title"] for card in api["results"]), params


def test_pages_through_many_results(toolkit, client, settings):
    settings.WAGTAIL_IITK = {**getattr(settings, "WAGTAIL_IITK", {}), "PAGE_SIZE": 2}
    for n in range(5):
        make_tool(title=f"Paged tool {n}")
    first = search(client, toolkit, q="paged")
    assert len(result_titles(first)) == 2
    assert "page 1 of 3" in first.content.decode()
    third = search(client, toolkit, q="paged", page="3")
    assert len(result_titles(third)) == 1
    seen = result_titles(first) + result_titles(search(client, toolkit, q="paged", page="2"))
    assert sorted(seen + result_titles(third)) == [f"Paged tool {n}" for n in range(5)]
    # A page past the end shows the last; a page that is not a number shows the first.
    assert result_titles(search(client, toolkit, q="paged", page="99")) == result_titles(third)
    assert result_titles(search(client, toolkit, q="paged", page="x")) == result_titles(first)


@pytest.mark.parametrize(
    "text",
    ['"', "'", "((", "*", "OR", "-", "NEAR(", "   ", "\u00a0\u00a0"],
)
def test_symbols_only_or_operators_never_fail(toolkit, client, text):
    make_tool(title="Near or far")
    response = search(client, toolkit, q=text)
    if text.strip() and not any(ch.isalnum() for ch in text):
        assert response.status_code == 400
        assert "Search for words" in response.content.decode()
    else:
        assert response.status_code == 200


def test_a_lone_quote_gets_a_friendly_message(toolkit, client):
    response = search(client, toolkit, q='"')
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem with your search" in page
    assert "letters or numbers" in page
    assert "<title>Error:" in page


def test_too_long_a_search_is_refused_quickly(toolkit, client):
    with CaptureQueriesContext(connection) as queries:
        response = search(client, toolkit, q="a" * 100_000)
    assert response.status_code == 400
    assert "too long" in response.content.decode()
    assert not any("iitk" in q["sql"] and "MATCH" in q["sql"] for q in queries.captured_queries)


def test_unknown_facet_values_are_named(toolkit, client):
    response = search(client, toolkit, q="anything", stage="no-such-stage", expertise="guru")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Stage has no choice “no-such-stage”." in page
    assert "Expertise needed has no choice “guru”." in page


def test_hostile_text_is_inert(toolkit, client):
    make_tool(
        title="Hostile <script>alert(1)</script> tool",
        purpose='Says <img src=x onerror="alert(2)"> &lt;b&gt; plainly.',
    )
    # One word that every backend indexes (PostgreSQL's parser drops "<script>" as a tag).
    response = search(client, toolkit, q="hostile")
    page = response.content.decode()
    assert "<mark>Hostile</mark> &lt;script&gt;alert(1)&lt;/script&gt; tool" in page
    assert "<script>alert" not in page and "<img src=x" not in page
    # Words inside the markup are marked only after escaping, and "lt" (a word of the
    # text, &lt;) never inside an escaped entity.
    title = str(highlight("Hostile <script>alert(1)</script> tool", ["hostile", "script"]))
    assert title == (
        "<mark>Hostile</mark> &lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt; tool"
    )
    purpose = str(highlight("Says &lt;b&gt; plainly.", ["lt"]))
    assert "&<mark>" not in purpose and "&amp;<mark>lt</mark>;" in purpose
    hostile_query = search(client, toolkit, q='<script>alert("q")</script>')
    assert "<script>alert(" not in hostile_query.content.decode()
    assert "&lt;script&gt;alert(&quot;q&quot;)&lt;/script&gt;" in hostile_query.content.decode()


def test_the_empty_state_offers_other_ways_in(toolkit, client):
    nothing = search(client, toolkit, q="zzznothing")
    assert nothing.status_code == 200
    page = nothing.content.decode()
    assert "Nothing matches “zzznothing”" in page
    for path in ("questions/", "perspectives/", "browse/"):
        assert f'href="{toolkit.url}{path}"' in page
    landing = search(client, toolkit)
    assert landing.status_code == 200
    assert (
        'href="/questions/"' in landing.content.decode() or "questions/" in landing.content.decode()
    )


def test_every_page_header_has_the_search_form(toolkit, client):
    tool = make_tool(title="Header tool")
    for url in (toolkit.url, tool.url, toolkit.url + "browse/"):
        page = client.get(url).content.decode()
        assert f'action="{toolkit.url}search/"' in page
        assert 'role="search"' in page and 'name="q"' in page


def test_private_draft_and_expired_items_are_neither_shown_nor_counted(toolkit, client):
    understand = Stage.objects.get(slug="understand")
    make_tool(title="Secret visible", stages=[understand])
    make_tool(title="Secret draft", stages=[understand], publish=False)
    private = make_tool(title="Secret private", stages=[understand])
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    expired = make_tool(title="Secret expired", stages=[understand])
    make_question(wording="Secret draft question?", publish=False)

    type(expired).objects.filter(pk=expired.pk).update(expire_at=timezone.now())
    response = search(client, toolkit, q="secret")
    assert result_titles(response) == ["Secret visible"]
    assert facet_counts(response, "stage") == {"understand": 1}
    assert facet_counts(response, "type") == {"tools": 1}
    assert "1 result for" in response.content.decode()


def test_queries_do_not_grow_with_the_results(toolkit, client):
    understand = Stage.objects.get(slug="understand")
    make_tool(title="Counted one", stages=[understand])
    search(client, toolkit, q="counted")  # warm the caches (read model, site paths)
    with CaptureQueriesContext(connection) as one:
        assert len(result_titles(search(client, toolkit, q="counted"))) == 1
    for n in range(12):
        make_tool(title=f"Counted many {n}", stages=[understand], expertise="some")
        make_story(title=f"Counted story {n}")
    make_question(wording="Counted question?")
    search(client, toolkit, q="counted")
    with CaptureQueriesContext(connection) as many:
        assert len(result_titles(search(client, toolkit, q="counted", stage="understand"))) == 13
    assert len(many) == len(one), [q["sql"] for q in many.captured_queries]
    assert len(one) == EXPECTED_QUERIES, [q["sql"] for q in one.captured_queries]


#: Wagtail's routing (site, page, ancestors, restrictions: 5), one search per kind (6 with
#: events and the test app's notes), the public check (1), every facet value (1), the
#: cards (1), the toolkit home's own context (2) and the header's sections and
#: breadcrumbs (6).
EXPECTED_QUERIES = 22


def test_stories_take_the_perspectives_and_stages_of_their_questions(toolkit, client):
    """As the API's story filters do: a story has no perspective or stage of its own."""
    design, risk = Perspective.objects.get(slug="design"), Perspective.objects.get(slug="risk")
    understand = Stage.objects.get(slug="understand")
    asked = make_question(wording="Who needs it?", perspective=design)
    asked.stages.set([understand])
    asked.save()
    draft = make_question(wording="Unasked?", perspective=risk, publish=False)
    story = make_story(title="Kettle story")
    story.questions.set([asked, draft])
    story.save_revision().publish()
    make_story(title="Kettle story without questions")
    response = search(client, toolkit, q="kettle", type="stories")
    assert facet_counts(response, "perspective") == {"design": 1}
    assert facet_counts(response, "stage") == {"understand": 1}
    for params in ({"perspective": "design"}, {"stage": "understand"}, {"perspective": "risk"}):
        site = result_titles(search(client, toolkit, q="kettle", **params))
        api = client.get("/api/iitk/v1/stories/", {"q": "kettle", **params}).json()
        assert site == [card["title"] for card in api["results"]], params
