"""The leak matrix: only live, public content on any surface of the API.

Every (kind, state) case in ``worlds.LEAK_CASES`` has one hidden item (a draft, an
unpublished, scheduled, expired or in-moderation item, a private page, a page in a private
section) and a live twin with the same taxonomy and relations. Each test below is one
surface, run for every case: the hidden item must be absent, and the live twin present
(so that every check could fail).
"""

import json

import pytest
from django.utils.http import http_date
from wagtail.models import PageViewRestriction

from wagtail_iitk.models import FrameworkIndexPage, StoryIndexPage, ToolIndexPage, get_kind

from . import builders as b
from .helpers import API, KIND_TYPE, error_of, fresh, get, get_json, result_slugs
from .worlds import LEAK_CASES


def ordering_fields(kind):
    return get_kind(kind).ordering


def cases(*kinds):
    chosen = [case for case in LEAK_CASES if not kinds or case[0] in kinds]
    return pytest.mark.parametrize("case_key", chosen, ids=[f"{k}-{s}" for k, s in chosen])


every_case = cases()


def detail_path(kind, item):
    return f"{kind}/{item.pk if kind == 'questions' else item.slug}/"


def slugs(cards):
    return [card["slug"] for card in cards]


def card(client, kind, item):
    """The card of a live item, through the cards endpoint."""
    data = get_json(client, "cards/", {kind: item.slug})
    assert data["missing"] == {}, data["missing"]
    return data[kind][0]


# Lists, orderings, filters, search ----------------------------------------------------------


@every_case
def test_not_in_its_list_and_not_counted(leak, client, case_key):
    case = leak.cases[case_key]
    data = get_json(client, f"{case.kind}/", {"limit": 100})
    found = result_slugs(data)
    assert case.live.slug in found
    assert case.hidden.slug not in found
    assert case.hidden.pk not in [c["id"] for c in data["results"]]
    assert data["count"] == len(found), "the count includes items the results leave out"


@every_case
def test_not_in_any_ordering(leak, client, case_key):
    case = leak.cases[case_key]
    baseline = get_json(client, f"{case.kind}/", {"limit": 100})["count"]
    for name in ordering_fields(case.kind):
        for ordering in (name, f"-{name}"):
            data = get_json(client, f"{case.kind}/", {"limit": 100, "ordering": ordering})
            assert case.hidden.slug not in result_slugs(data), ordering
            assert case.live.slug in result_slugs(data), ordering
            assert data["count"] == baseline == len(data["results"]), ordering


@every_case
def test_filters_that_would_match_it_return_only_its_live_twin(leak, client, case_key):
    case = leak.cases[case_key]
    for params in case.filters:
        data = get_json(client, f"{case.kind}/", params)
        assert result_slugs(data) == [case.live.slug], params
        assert data["count"] == 1, params


@every_case
def test_text_search_does_not_find_it(leak, client, case_key):
    case = leak.cases[case_key]
    kind = case.kind
    assert get_json(client, f"{kind}/", {"q": case.hidden_word}) == {
        "count": 0,
        "next": None,
        "previous": None,
        "results": [],
    }
    assert result_slugs(get_json(client, f"{kind}/", {"q": case.live_word})) == [case.live.slug]
    ordering = next(iter(ordering_fields(kind)))
    data = get_json(client, f"{kind}/", {"q": case.hidden_word, "ordering": f"-{ordering}"})
    assert data["count"] == 0 and data["results"] == []
    for params in ({"q": case.hidden_word}, {"q": case.hidden_word, "type": kind}):
        data = get_json(client, "search/", params)
        assert data["count"] == 0 and data["results"] == [], params
    found = get_json(client, "search/", {"q": case.live_word})
    assert [c["slug"] for c in found["results"]] == [case.live.slug]
    everything = get_json(client, "search/", {"q": "hidden", "limit": 100})
    assert case.hidden.slug not in [c["slug"] for c in everything["results"]]


# Detail, conditional requests, cards --------------------------------------------------------


@every_case
def test_its_detail_is_a_404_like_an_unknown_item(leak, client, case_key):
    case = leak.cases[case_key]
    unknown = "questions/99999999/" if case.kind == "questions" else f"{case.kind}/no-such/"
    expected = client.get(API + unknown)
    for signed_in in (False, True):
        if signed_in:
            client.force_login(leak.user)  # an editor gets no more than the public
        response = client.get(API + detail_path(case.kind, case.hidden))
        assert error_of(response, 404)["code"] == "not_found"
        assert response.content == expected.content
        assert "ETag" not in response and "Last-Modified" not in response
    assert get(client, detail_path(case.kind, case.live)).status_code == 200


@every_case
def test_conditional_requests_treat_it_as_unknown(leak, client, case_key):
    case = leak.cases[case_key]
    hidden = API + detail_path(case.kind, case.hidden)
    unknown = API + ("questions/99999999/" if case.kind == "questions" else f"{case.kind}/x/")
    live_etag = client.get(API + detail_path(case.kind, case.live))["ETag"]
    list_etag = client.get(API + f"{case.kind}/")["ETag"]
    for headers in (
        {},
        {"HTTP_IF_NONE_MATCH": live_etag},
        {"HTTP_IF_NONE_MATCH": list_etag},
        {"HTTP_IF_NONE_MATCH": "*"},
        {"HTTP_IF_MODIFIED_SINCE": http_date(b.future().timestamp())},
    ):
        a, z = client.get(hidden, **headers), client.get(unknown, **headers)
        assert a.status_code == z.status_code, headers
        assert a.status_code != 200, headers
        assert ("ETag" in a) == ("ETag" in z), headers
        assert a.content == z.content, headers


@every_case
def test_cards_leave_it_out_and_name_it_missing(leak, client, case_key):
    case = leak.cases[case_key]
    data = get_json(client, "cards/", {case.kind: f"{case.hidden.slug},{case.live.slug}"})
    assert slugs(data[case.kind]) == [case.live.slug]
    assert data["missing"] == {case.kind: [case.hidden.slug]}
    assert case.hidden_word not in json.dumps(data)


# Counts and nested lists on the items around it --------------------------------------------


@cases("tools", "stories")
def test_counts_on_other_items_leave_it_out(leak, client, case_key):
    case = leak.cases[case_key]
    framework = case.framework
    if case.kind == "tools":
        # The framework and the question are linked to the hidden tool and its live twin.
        assert card(client, "frameworks", framework)["tool_count"] == 1
        detail = get_json(client, detail_path("frameworks", framework))
        assert detail["tool_count"] == 1
        question = case.question
        assert card(client, "questions", question)["tool_count"] == 1
        listed = get_json(client, "questions/", {"tool": case.live.slug})["results"]
        assert [(c["slug"], c["tool_count"]) for c in listed] == [(question.slug, 1)]
        assert get_json(client, detail_path("questions", question))["tool_count"] == 1
    else:
        # The tool and the framework are used by the hidden story and its live twin.
        assert card(client, "tools", case.tool)["story_count"] == 1
        assert get_json(client, detail_path("tools", case.tool))["story_count"] == 1
        listed = get_json(client, "tools/", {"limit": 100})["results"]
        assert [c["story_count"] for c in listed if c["slug"] == case.tool.slug] == [1]
        assert card(client, "frameworks", framework)["story_count"] == 1
        assert get_json(client, detail_path("frameworks", framework))["story_count"] == 1


@cases("tools")
def test_nested_lists_leave_out_a_hidden_tool(leak, client, case_key):
    case = leak.cases[case_key]
    live = [case.live.slug]
    assert card(client, "stories", case.story)["tools"] == live
    listed = get_json(client, "stories/", {"tool": case.live.slug})["results"]
    assert [c["tools"] for c in listed] == [live]
    story = get_json(client, detail_path("stories", case.story))
    assert story["tools"] == live
    assert [usage["tool"]["slug"] for usage in story["tool_usages"]] == live
    framework = get_json(client, detail_path("frameworks", case.framework))
    assert slugs(framework["tools"]) == live
    assert [slugs(phase["typical_tools"]) for phase in framework["phases"]] == [live]
    question = get_json(client, detail_path("questions", case.question))
    assert slugs(question["tools"]) == live
    assert case.hidden_word not in json.dumps([story, framework, question])


@cases("stories")
def test_nested_lists_leave_out_a_hidden_story(leak, client, case_key):
    case = leak.cases[case_key]
    live = [case.live.slug]
    for kind, item in (
        ("tools", case.tool),
        ("frameworks", case.framework),
        ("questions", case.question),
    ):
        data = get_json(client, detail_path(kind, item))
        assert slugs(data["stories"]) == live, kind
        assert case.hidden_word not in json.dumps(data), kind


@cases("frameworks")
def test_nested_lists_leave_out_a_hidden_framework(leak, client, case_key):
    case = leak.cases[case_key]
    live = [case.live.slug]
    for kind, item in (("tools", case.tool), ("stories", case.story)):
        data = get_json(client, detail_path(kind, item))
        assert slugs(data["frameworks"]) == live, kind
        assert case.hidden_word not in json.dumps(data), kind


@cases("questions")
def test_nested_lists_leave_out_a_hidden_question(leak, client, case_key):
    case = leak.cases[case_key]
    live = [case.live.slug]
    for kind, item in (("tools", case.tool), ("stories", case.story)):
        data = get_json(client, detail_path(kind, item))
        assert slugs(data["questions"]) == live, kind
        assert case.hidden_word not in json.dumps(data), kind
    only = get_json(client, detail_path("tools", case.only_hidden_tool))
    assert only["questions"] == []
    story = get_json(client, detail_path("stories", case.only_hidden_story))
    assert story["questions"] == []


# Filters that name it, or reach other items through it --------------------------------------

FILTERS_NAMING = {
    "tools": [("frameworks/", "tool"), ("stories/", "tool"), ("questions/", "tool")],
    "frameworks": [("tools/", "framework"), ("stories/", "framework")],
    "questions": [("tools/", "question"), ("stories/", "question")],
}


@cases("tools", "frameworks", "questions")
def test_filtering_by_it_is_a_400_like_an_unknown_slug(leak, client, case_key):
    case = leak.cases[case_key]
    for path, param in FILTERS_NAMING[case.kind]:
        hidden = get(client, path, {param: case.hidden.slug})
        unknown = get(client, path, {param: "no-such-slug"})
        assert list(error_of(hidden, 400)["fields"]) == [param], path
        assert hidden.content.replace(case.hidden.slug.encode(), b"X") == (
            unknown.content.replace(b"no-such-slug", b"X")
        ), path
        # The live twin is a valid filter value.
        assert get(client, path, {param: case.live.slug}).status_code == 200, path


@cases("questions")
def test_filters_do_not_reach_other_items_through_a_hidden_question(leak, client, case_key):
    """A tool or story linked to the taxonomy only through a hidden question must not match
    that taxonomy's filters."""
    case = leak.cases[case_key]
    t = case.terms
    tools = get_json(client, "tools/", {"phase": t["phase"].slug})
    assert result_slugs(tools) == [case.tool.slug]
    for params in ({"perspective": t["perspective"].slug}, {"stage": t["stage"].slug}):
        stories = get_json(client, "stories/", params)
        assert result_slugs(stories) == [case.story.slug], params


# A whole section made private ------------------------------------------------------------


@pytest.mark.parametrize("kind", ["tools", "frameworks", "stories"])
def test_everything_below_a_private_index_is_hidden_everywhere(
    leak, client, kind, django_capture_on_commit_callbacks
):
    index_model = {"tools": ToolIndexPage, "frameworks": FrameworkIndexPage}.get(
        kind, StoryIndexPage
    )
    before = get_json(client, f"{kind}/", {"limit": 100})
    assert before["count"] > 0
    visible = before["results"][0]
    with django_capture_on_commit_callbacks(execute=True):  # the commit moves the version
        PageViewRestriction.objects.create(
            page=b.index(index_model), restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    after = get_json(client, f"{kind}/", {"limit": 100})
    assert after == {"count": 0, "next": None, "previous": None, "results": []}
    assert get(client, f"{kind}/{visible['slug']}/").status_code == 404
    assert get_json(client, "cards/", {kind: visible["slug"]})["missing"] == {
        kind: [visible["slug"]]
    }
    found = get_json(client, "search/", {"q": "live", "limit": 100})["results"]
    assert KIND_TYPE[kind] not in {c["type"] for c in found}
    # Counts and nested lists elsewhere drop them too.
    if kind == "stories":
        tools = get_json(client, "tools/", {"limit": 100})["results"]
        assert {c["story_count"] for c in tools} == {0}
        frameworks = get_json(client, "frameworks/", {"limit": 100})["results"]
        assert {c["story_count"] for c in frameworks} == {0}
    if kind == "tools":
        frameworks = get_json(client, "frameworks/", {"limit": 100})["results"]
        assert {c["tool_count"] for c in frameworks} == {0}
        questions = get_json(client, "questions/", {"limit": 100})["results"]
        assert {c["tool_count"] for c in questions} == {0}
        stories = get_json(client, "stories/", {"limit": 100})["results"]
        assert {tuple(c["tools"]) for c in stories} == {()}
    if kind == "frameworks":
        for case in leak.cases.values():
            if case.kind == "frameworks":
                detail = get_json(client, detail_path("tools", case.tool))
                assert detail["frameworks"] == []


# Draft changes to live items ---------------------------------------------------------------


def test_a_draft_of_a_live_tool_shows_nothing_of_the_draft(leak, client):
    case = leak.cases[("tools", "draft")]
    other = leak.cases[("tools", "unpublished")].terms["perspective"]
    tool = fresh(case.live)
    tool.title = "Redrafted zzdraftonlyword"
    tool.purpose = "A purpose with zzdraftonlyword."
    tool.when_to_use = "<p>zzdraftonlyword</p>"
    tool.perspectives.set([other])
    tool.save_revision(user=leak.user)
    detail = get_json(client, detail_path("tools", case.live))
    assert detail["title"] == case.live.title
    assert detail["perspectives"] == [case.terms["perspective"].slug]
    assert "zzdraftonlyword" not in json.dumps(detail)
    assert get_json(client, "tools/", {"q": "zzdraftonlyword"})["count"] == 0
    assert get_json(client, "search/", {"q": "zzdraftonlyword"})["count"] == 0
    moved = get_json(client, "tools/", {"perspective": other.slug})
    assert case.live.slug not in result_slugs(moved)
    assert result_slugs(
        get_json(client, "tools/", {"perspective": case.terms["perspective"].slug})
    ) == [case.live.slug]


def test_a_draft_of_a_live_question_shows_nothing_of_the_draft(leak, client):
    case = leak.cases[("questions", "draft")]
    question = fresh(case.live)
    question.wording = "Redrafted zzquestiondraftword?"
    question.tool_links = []
    question.save_revision(user=leak.user)
    detail = get_json(client, detail_path("questions", case.live))
    assert detail["title"] == case.live.wording
    assert slugs(detail["tools"]) == [case.tool.slug]
    assert get_json(client, "questions/", {"q": "zzquestiondraftword"})["count"] == 0
    assert get_json(client, "search/", {"q": "zzquestiondraftword"})["count"] == 0


# The site's search page ---------------------------------------------------------------------


def site_search(client, leak, **params):
    response = client.get(leak.home.url + "search/", params)
    assert response.status_code == 200, params
    titles = [str(result["title"]).replace("<mark>", "").replace("</mark>", "") for result in
              response.context["results"]]  # fmt: skip
    counts = {
        control["name"]: {option["value"]: option["count"] for option in control["options"]}
        for control in response.context["facets"]
    }
    return titles, counts, response


@every_case
def test_not_found_or_counted_by_the_site_search(leak, client, case_key):
    case = leak.cases[case_key]
    titles, counts, response = site_search(client, leak, q=case.hidden_word)
    assert titles == [] and counts == {} and response.context["count"] == 0
    live_title = getattr(case.live, "wording", None) or case.live.title
    titles, counts, _response = site_search(client, leak, q=case.live_word)
    assert titles == [live_title]
    assert counts["type"] == {case.kind: 1}
    # Every item titled "Hidden …" is hidden; nothing of them is listed or counted, with
    # or without the case's own terms chosen.
    for params in ({}, {"perspective": case.terms["perspective"].slug}, {"type": case.kind}):
        titles, counts, response = site_search(client, leak, q="hidden", **params)
        assert not [title for title in titles if title.startswith("Hidden ")], params
        assert response.context["count"] == len(titles), params
    titles, counts, response = site_search(client, leak, q="hidden")
    assert sum(counts.get("type", {}).values()) == response.context["count"]


# Printed tool cards ----------------------------------------------------------------------


@cases("tools")
def test_not_on_a_printed_card_deck(leak, client, case_key):
    """cards.pdf filtered like the hidden tool: the live twin's card and nothing hidden."""
    from tests.worksheets.pdf_text import pdf_text

    case = leak.cases[case_key]
    response = client.get(
        leak.home.url + "cards.pdf", {"perspective": case.terms["perspective"].slug}
    )
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert case.live_word in text
    assert case.hidden_word not in text
