"""The API's contract: its endpoints, the shape of every response (checked against the
declared serializers and the published OpenAPI document), lists, filters, ordering,
cards, details, rich text and images."""

import gzip
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import openapi_spec_validator
import pytest
from django.contrib.staticfiles import finders
from django.core.cache import caches
from django.test import override_settings
from openapi_schema_validator import OAS31Validator
from rest_framework import serializers as drf
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from wagtail_iitk.api import contract, richtext
from wagtail_iitk.api import serializers as s
from wagtail_iitk.models import FrameworkPage, StoryPage, ToolIndexPage, ToolPage, ToolUsage

from . import builders as b
from .helpers import (
    API,
    assert_card,
    assert_list_matches,
    assert_matches,
    assert_search_matches,
    error_of,
    fresh,
    get,
    get_json,
    result_slugs,
)

LISTS = {
    "tools": s.ToolCardSerializer,
    "frameworks": s.FrameworkCardSerializer,
    "stories": s.StoryCardSerializer,
    "questions": s.QuestionCardSerializer,
}
DETAILS = {
    "tools": s.ToolDetailSerializer,
    "frameworks": s.FrameworkDetailSerializer,
    "stories": s.StoryDetailSerializer,
    "questions": s.QuestionDetailSerializer,
}
DETAIL_ITEM = {
    "tools": "fishbone",
    "frameworks": "mfi",
    "stories": "falls",
    "questions": "causes",
}


def detail_path(world, kind, name=None):
    item = getattr(world, name or DETAIL_ITEM[kind])
    return f"{kind}/{item.pk if kind == 'questions' else item.slug}/"


def every_path(world):
    """One URL of each endpoint, with the serializer its response must match."""
    cards = (
        "cards/?tools=fishbone-diagram,nope&frameworks=lean&stories=fewer-falls&questions=causes"
    )
    return [
        *[(f"{kind}/", None) for kind in LISTS],
        *[(detail_path(world, kind), DETAILS[kind]) for kind in DETAILS],
        ("taxonomy/", s.TaxonomySerializer),
        ("search/?q=diagram", None),
        (cards, contract.cards_serializer()),
    ]


# The contract helper itself -------------------------------------------------------------


class _Phase(drf.Serializer):
    slug = drf.SlugField()
    name = drf.CharField()
    description = drf.CharField(allow_blank=True)


class _Term(drf.Serializer):
    slug = drf.SlugField()
    count = drf.IntegerField()
    url = drf.URLField(allow_null=True)
    phases = _Phase(many=True)
    image = s.ImageSerializer(allow_null=True)
    optional = drf.CharField(required=False)


def test_the_contract_helper_reports_extra_missing_null_and_mistyped_fields():
    good = {"slug": "people", "count": 2, "url": None, "phases": [], "image": None}
    assert_matches(good, _Term())
    assert_matches({**good, "optional": "here"}, _Term())
    assert_matches({**good, "phases": [{"slug": "a", "name": "A", "description": ""}]}, _Term())
    for bad in (
        {**good, "secret": 1},  # undeclared
        {key: value for key, value in good.items() if key != "count"},  # missing
        {**good, "slug": None},  # null where not allowed
        {**good, "count": "2"},  # wrong type
        {**good, "count": True},
        {**good, "url": "/relative/"},  # not absolute
        {**good, "slug": "not a slug"},
        {**good, "phases": {}},  # not a list
        {**good, "phases": [{"slug": "a", "name": "A"}]},  # nested: missing description
        {**good, "phases": [{"slug": "a", "name": "A", "description": "", "x": 1}]},
        {**good, "image": {"url": "http://x/i.png", "width": 1, "height": 1}},  # no alt
    ):
        with pytest.raises(AssertionError):
            assert_matches(bad, _Term())


# Endpoints ---------------------------------------------------------------------------------


def test_every_endpoint_answers_json_that_matches_its_serializer(world, client):
    problems = []
    for path, serializer in every_path(world):
        data = get_json(client, path)
        kind = path.split("/")[0]
        try:
            if path.startswith("search/"):
                assert_search_matches(data)
                assert data["count"] > 0
            elif serializer is None:
                assert_list_matches(data, LISTS[kind])
                assert data["count"] > 0
            else:
                assert_matches(data, serializer())
        except AssertionError as error:
            problems.append(f"{path}: {error}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", list(LISTS))
def test_lists_match_their_serializers(world, client, kind):
    data = get_json(client, f"{kind}/")
    assert data["results"], "the list should not be empty"
    assert_list_matches(data, LISTS[kind])


@pytest.mark.parametrize("kind", list(DETAILS))
def test_details_match_their_serializers_with_nested_cards(world, client, kind):
    data = get_json(client, detail_path(world, kind))
    assert_matches(data, DETAILS[kind]())


def test_nested_cards_in_details_are_not_empty_so_their_shape_is_checked(world, client):
    tool = get_json(client, "tools/fishbone-diagram/")
    assert tool["questions"] and tool["frameworks"] and tool["stories"]
    framework = get_json(client, detail_path(world, "frameworks"))
    assert framework["tools"] and framework["stories"]
    assert all(phase["typical_tools"] for phase in framework["phases"])
    story = get_json(client, "stories/fewer-falls/")
    assert story["tool_usages"] and story["questions"] and story["frameworks"]
    question = get_json(client, detail_path(world, "questions"))
    assert question["tools"] and question["stories"]


def test_taxonomy_lists_every_term(world, client):
    data = get_json(client, "taxonomy/")
    assert_matches(data, s.TaxonomySerializer())
    assert [p["slug"] for p in data["perspectives"]] == ["people", "systems", "design", "risk"]
    people = data["perspectives"][0]
    assert [phase["slug"] for phase in people["phases"]] == ["identify", "locate", "situate"]
    assert {t["slug"] for t in data["stages"]} == set(world.ST)
    assert {t["slug"] for t in data["strands"]} == set(world.SD)
    assert {t["slug"] for t in data["categories"]} == set(world.C)


def test_search_finds_every_kind_and_each_result_matches_its_card(world, client):
    tools = get_json(client, "search/", {"q": "ishikawa"})
    assert [(c["type"], c["slug"]) for c in tools["results"]] == [("tool", "fishbone-diagram")]
    data = get_json(client, "search/", {"q": "problem"})
    assert_search_matches(data)
    assert {c["type"] for c in data["results"]} >= {"question", "tool"}
    only = get_json(client, "search/", {"q": "problem", "type": "questions"})
    assert {c["type"] for c in only["results"]} == {"question"}
    assert get_json(client, "search/", {"q": "nothingmatchesthis"})["count"] == 0


def test_cards_returns_the_requested_items_in_order_and_names_the_missing(world, client):
    data = get_json(
        client,
        "cards/",
        {"tools": ["personas,fishbone-diagram", "nope"], "stories": "fewer-falls"},
    )
    assert_matches(data, contract.cards_serializer()())
    assert [c["slug"] for c in data["tools"]] == ["personas", "fishbone-diagram"]
    assert [c["slug"] for c in data["stories"]] == ["fewer-falls"]
    assert data["missing"] == {"tools": ["nope"]}
    assert "frameworks" not in data and "questions" not in data


def test_cards_with_nothing_missing_match_the_serializer(world, client):
    data = get_json(client, "cards/", {"frameworks": "lean", "questions": "causes"})
    assert data["missing"] == {}
    assert_matches(data, contract.cards_serializer()())


# The published schema and reference ------------------------------------------------------


#: The endpoints that take posts (and nothing else); every other path is read-only.
WRITE_PATHS = {API + "events/", API + "submissions/"}
#: The endpoints that list (GET) and take posts (POST) on one path.
READ_WRITE_PATHS = {API + "discussions/"}


def _schema(client):
    response = client.get(API + "schema/")
    assert response.status_code == 200
    return json.loads(response.content)


def test_schema_is_a_valid_openapi_3_document_of_every_endpoint(world, client):
    schema = _schema(client)
    assert schema["openapi"].startswith("3.")
    openapi_spec_validator.validate(schema)
    assert all(path.startswith(API) for path in schema["paths"])
    assert set(schema["paths"]) >= {
        API + "tools/",
        API + "tools/{slug}/",
        API + "frameworks/",
        API + "frameworks/{slug}/",
        API + "stories/",
        API + "stories/{slug}/",
        API + "questions/",
        API + "questions/{id}/",
        API + "taxonomy/",
        API + "search/",
        API + "cards/",
    }
    for name, path in schema["paths"].items():
        methods = (
            {"get", "post"}
            if name in READ_WRITE_PATHS
            else {"post"}
            if name in WRITE_PATHS
            else {"get"}
        )
        assert set(path) == methods, "the API is read-only but for its write endpoints"
    tools = schema["paths"][API + "tools/"]["get"]
    names = {p["name"] for p in tools["parameters"]}
    assert names >= {"perspective", "phase", "stage", "strand", "category", "question"}
    assert names >= {"framework", "q", "ordering", "limit", "offset"}


def test_every_operation_in_the_schema_declares_its_json_body_and_errors(world, client):
    schema = _schema(client)
    undeclared = []
    for path, operations in schema["paths"].items():
        if path in WRITE_PATHS:
            continue
        responses = operations["get"]["responses"]
        for status in ("200", "400", "404", "429", "503"):
            if "application/json" not in responses.get(status, {}).get("content", {}):
                undeclared.append(f"{path} {status}")
    assert not undeclared, f"no JSON body declared for: {undeclared}"


def test_api_root_links_every_resource(world, client):
    data = get_json(client, "")
    assert set(data) >= {"tools", "frameworks", "stories", "questions", "taxonomy", "search"}
    for name, link in data.items():
        assert link.startswith("http://testserver" + API), link
        if name not in ("search", "cards"):  # these need parameters
            assert client.get(link).status_code == 200, link


def _inline(node, components):
    """The schema with every ``$ref`` replaced by what it points at.

    drf-spectacular writes a nullable reference as ``{"allOf": [ref], "nullable": true}``,
    which a strict reading of OpenAPI 3.0.3 does not let be null (``nullable`` needs a
    ``type`` beside it); it is read here as drf-spectacular and client generators mean it.
    """
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline(components[node["$ref"].rsplit("/", 1)[1]], components)
        if node.get("nullable") and "type" not in node:
            rest = {key: value for key, value in node.items() if key != "nullable"}
            return {"anyOf": [_inline(rest, components), {"enum": [None]}]}
        return {
            key: _inline(value, components)
            for key, value in node.items()
            if key != "discriminator"  # its mapping names refs; oneOf checks the same
        }
    if isinstance(node, list):
        return [_inline(value, components) for value in node]
    return node


def test_every_response_conforms_to_the_published_schema(world, client):
    schema = _schema(client)
    components = schema["components"]["schemas"]
    problems = []
    for path, _ in every_path(world):
        route = path.split("?")[0]
        template = API + route
        for kind in DETAILS:
            if route.startswith(f"{kind}/") and route != f"{kind}/":
                template = API + kind + ("/{id}/" if kind == "questions" else "/{slug}/")
        operation = schema["paths"][template]["get"]
        body = operation["responses"]["200"]["content"]["application/json"]["schema"]
        validator = OAS31Validator(_inline(body, components))
        data = get_json(client, path)
        problems += [
            f"{path} {error.json_path}: {error.message}" for error in validator.iter_errors(data)
        ]
        error_body = operation["responses"]["404"]["content"]["application/json"]["schema"]
        assert OAS31Validator(_inline(error_body, components)).is_valid(
            json.loads(get(client, "tools/nope/").content)
        )
    assert not problems, "\n".join(problems)


def test_reference_page_is_html_that_loads_redoc_from_this_site(world, client):
    response = client.get(API + "docs/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "<redoc" in html
    assert 'spec-url="/api/iitk/v1/schema/"' in html
    scripts = [part.split('"', 1)[0] for part in html.split('<script src="')[1:]]
    assert scripts == [API + "docs/redoc.js"], "the page loads Redoc from this site"
    for host in ("cdn", "jsdelivr", "unpkg", "googleapis", "cloudflare", "//"):
        assert host not in html.replace("<!DOCTYPE html>", ""), host
    # Whatever Redoc asks for, the browser may load nothing from another host.
    directives = response["Content-Security-Policy"].split(";")
    policy = dict(part.strip().split(" ", 1) for part in directives)
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'"
    assert policy["img-src"] == "'self' data:"
    assert policy["connect-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"


def test_the_reference_script_is_redoc_without_its_cdn_logo(world, client):
    sidecar = Path(finders.find("drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js"))
    assert "https://cdn.redoc.ly/" in sidecar.read_text(encoding="utf-8"), "the sidecar as is"
    response = client.get(API + "docs/redoc.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "public, max-age=" in response["Cache-Control"]
    script = response.content.decode()
    assert len(script) > 500_000, "the whole of Redoc"
    assert not re.findall(r"https://cdn\.|cdn\.redoc\.ly", script)
    zipped = client.get(API + "docs/redoc.js", headers={"Accept-Encoding": "gzip, br"})
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content).decode() == script
    assert "Accept-Encoding" in zipped["Vary"]
    again = client.get(API + "docs/redoc.js", headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304
    assert client.post(API + "docs/redoc.js").status_code == 405


# Lists: paging ------------------------------------------------------------------------------


def test_list_envelope_and_paging_with_next_and_previous(world, client):
    first = get_json(client, "tools/", {"limit": 2})
    assert list(first) == ["count", "next", "previous", "results"]
    assert first["count"] == 5
    assert result_slugs(first) == ["fishbone-diagram", "five-whys"]
    assert first["previous"] is None
    assert urlsplit(first["next"]).netloc == "testserver"
    second = client.get(first["next"]).json()
    assert result_slugs(second) == ["pdsa-cycles", "personas"]
    third = client.get(second["next"]).json()
    assert result_slugs(third) == ["process-mapping"]
    assert third["next"] is None
    assert client.get(third["previous"]).json() == second
    assert client.get(second["previous"]).json() == first
    beyond = get_json(client, "tools/", {"offset": 50})
    assert beyond["count"] == 5 and beyond["results"] == []


def test_limit_defaults_to_20_and_may_be_at_most_100(world, client):
    tool_index = b.index(ToolIndexPage)
    for i in range(101):
        b.quick_live_page(
            tool_index, ToolPage(title=f"Zz {i:03d}", slug=f"zz-{i:03d}", purpose="A tool.")
        )
    default = get_json(client, "tools/")
    assert default["count"] == 106
    assert len(default["results"]) == 20
    assert "limit=20" in default["next"] and "offset=20" in default["next"]
    most = get_json(client, "tools/", {"limit": 100})
    assert len(most["results"]) == 100
    rest = get_json(client, "tools/", {"limit": 100, "offset": 100})
    assert len(rest["results"]) == 6
    error = error_of(get(client, "tools/", {"limit": 101}), 400)
    assert "limit" in error["fields"]


# Lists: filters ----------------------------------------------------------------------------

ALL_BUT_PDSA = ["fishbone-diagram", "five-whys", "personas", "process-mapping"]
TOOL_FILTERS = [
    ({"perspective": "people"}, ["personas", "process-mapping"]),
    ({"perspective": ["people", "risk"]}, ALL_BUT_PDSA),
    ({"perspective": "people,risk"}, ALL_BUT_PDSA),
    ({"perspective": " people , risk "}, ALL_BUT_PDSA),
    ({"perspective": "people", "stage": "understand"}, ["process-mapping"]),
    ({"phase": "understand"}, ["fishbone-diagram", "five-whys", "process-mapping"]),
    ({"phase": ["identify", "understand"]}, ALL_BUT_PDSA),
    ({"stage": "co-design"}, ["personas", "process-mapping"]),
    ({"stage": "deliver,initiate"}, ["pdsa-cycles", "personas"]),
    ({"strand": "define-the-problem"}, ["fishbone-diagram"]),
    ({"category": "analysing-problems"}, ["fishbone-diagram", "five-whys"]),
    ({"category": ["gathering-insight", "measuring-and-testing"]}, ["pdsa-cycles", "personas"]),
    ({"question": "who-is-affected"}, ["personas", "process-mapping"]),
    ({"question": "causes,who-is-affected"}, ALL_BUT_PDSA),
    ({"framework": "lean"}, ["fishbone-diagram", "process-mapping"]),
    ({"framework": "lean,model-for-improvement"}, ["fishbone-diagram", "pdsa-cycles", "process-mapping"]),  # noqa: E501
    ({"q": "ishikawa"}, ["fishbone-diagram"]),
    ({"q": "ishikawa", "stage": "deliver"}, []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("params", "expected"), TOOL_FILTERS, ids=[str(p) for p, _ in TOOL_FILTERS]
)
def test_tool_filters(world, client, params, expected):
    data = get_json(client, "tools/", params)
    assert sorted(result_slugs(data)) == expected
    assert data["count"] == len(expected)


OTHER_FILTERS = [
    ("frameworks", {"perspective": "design"}, ["model-for-improvement"]),
    ("frameworks", {"perspective": "design,risk"}, ["lean", "model-for-improvement"]),
    ("frameworks", {"tool": "pdsa-cycles"}, ["model-for-improvement"]),
    (
        "frameworks",
        {"tool": ["pdsa-cycles", "fishbone-diagram"]},
        ["lean", "model-for-improvement"],
    ),  # noqa: E501
    ("frameworks", {"organisation": "toyota"}, ["lean"]),
    ("frameworks", {"organisation": "institute-for-healthcare"}, ["model-for-improvement"]),
    ("frameworks", {"q": "model"}, ["model-for-improvement"]),
    ("stories", {"tool": "process-mapping"}, ["fewer-falls", "safer-discharge"]),
    ("stories", {"tool": "pdsa-cycles,fishbone-diagram"}, ["fewer-falls", "shorter-clinic-waits"]),
    ("stories", {"organisation": "leeds-teaching"}, ["fewer-falls"]),
    # The author of this story did not agree to be credited: their organisation is private.
    ("stories", {"organisation": "hidden-valley"}, []),
    ("stories", {"framework": "model-for-improvement"}, ["shorter-clinic-waits"]),
    ("stories", {"question": "who-is-affected"}, ["safer-discharge"]),
    ("stories", {"perspective": "systems"}, ["fewer-falls"]),
    ("stories", {"stage": ["initiate", "understand"]}, ["fewer-falls", "safer-discharge"]),
    ("stories", {"sector": "primary"}, ["shorter-clinic-waits"]),
    ("stories", {"sector": ["primary", "acute"]}, ["fewer-falls", "shorter-clinic-waits"]),
    ("stories", {"nation": "scotland"}, ["safer-discharge"]),
    ("stories", {"q": "clinic"}, ["shorter-clinic-waits"]),
    ("questions", {"perspective": "people"}, ["who-is-affected"]),
    ("questions", {"perspective": "people,systems"}, ["causes", "who-is-affected"]),
    ("questions", {"phase": "understand"}, ["causes"]),
    ("questions", {"stage": "initiate"}, ["who-is-affected"]),
    ("questions", {"tool": "process-mapping"}, ["causes", "who-is-affected"]),
    ("questions", {"tool": "personas"}, ["who-is-affected"]),
    ("questions", {"q": "affected"}, ["who-is-affected"]),
]


@pytest.mark.parametrize(
    ("kind", "params", "expected"), OTHER_FILTERS, ids=[f"{k}-{p}" for k, p, _ in OTHER_FILTERS]
)
def test_framework_story_and_question_filters(world, client, kind, params, expected):
    data = get_json(client, f"{kind}/", params)
    assert sorted(result_slugs(data)) == expected
    assert data["count"] == len(expected)


# Lists: ordering ---------------------------------------------------------------------------


def test_tools_ordering_allow_list(world, client):
    def order(value):
        return result_slugs(get_json(client, "tools/", {"ordering": value}))

    by_title = ["fishbone-diagram", "five-whys", "pdsa-cycles", "personas", "process-mapping"]
    assert order("") == by_title
    assert order("title") == by_title
    assert order("-title") == by_title[::-1]
    # Published in the order they were made: personas first, then fishbone, ...
    assert order("published") == [
        "personas", "fishbone-diagram", "process-mapping", "pdsa-cycles", "five-whys",
    ]  # fmt: skip
    assert order("-published") == order("published")[::-1]
    assert order("updated") == order("published")
    # Stories per tool: process-mapping 2, fishbone and pdsa 1, the rest 0 (then by pk).
    assert order("-stories,title") == [
        "process-mapping", "fishbone-diagram", "pdsa-cycles", "five-whys", "personas",
    ]  # fmt: skip
    assert order("stories,-title")[-1] == "process-mapping"


def test_other_orderings(world, client):
    def order(kind, value):
        return result_slugs(get_json(client, f"{kind}/", {"ordering": value}))

    assert order("frameworks", "year") == ["lean", "model-for-improvement"]
    assert order("frameworks", "-year") == ["model-for-improvement", "lean"]
    # Stories: newest first by default.
    assert order("stories", "") == ["safer-discharge", "shorter-clinic-waits", "fewer-falls"]
    assert order("stories", "title") == ["fewer-falls", "safer-discharge", "shorter-clinic-waits"]
    assert order("questions", "wording") == ["causes", "who-is-affected"]
    assert order("questions", "-wording") == ["who-is-affected", "causes"]


# Cards -------------------------------------------------------------------------------------


def test_tool_card_fields(world, client):
    card = get_json(client, "cards/", {"tools": "fishbone-diagram"})["tools"][0]
    assert card["type"] == "tool"
    assert card["id"] == world.fishbone.pk
    assert card["slug"] == "fishbone-diagram"
    assert card["title"] == "Fishbone diagram"
    assert card["summary"] == "Finds the causes of a problem."
    assert card["url"] == "http://testserver/toolkit/tools/fishbone-diagram/"
    assert card["api_url"] == "http://testserver/api/iitk/v1/tools/fishbone-diagram/"
    assert card["perspectives"] == ["systems", "risk"]
    assert card["stages"] == ["understand"]
    assert card["strands"] == ["define-the-problem"]
    assert card["categories"] == ["analysing-problems"]
    assert card["evidence_level"] == "established"
    assert card["story_count"] == 1
    assert card["image"]["url"].startswith("http://testserver/media/")
    assert (card["image"]["width"], card["image"]["height"]) == (640, 360)


@pytest.mark.parametrize("kind", list(LISTS))
def test_every_card_url_is_the_public_page_and_api_url_the_detail(world, client, kind):
    data = get_json(client, f"{kind}/")
    for card in data["results"]:
        assert urlsplit(card["url"]).scheme == "http", card["url"]
        page = client.get(card["url"])
        assert page.status_code == 200, card["url"]
        assert page["Content-Type"].startswith("text/html")
        assert card["title"].replace("'", "&#x27;") in page.content.decode()
        detail = client.get(card["api_url"])
        assert detail.status_code == 200, card["api_url"]
        assert detail.json()["slug"] == card["slug"]


def test_story_and_question_cards(world, client):
    data = get_json(client, "cards/", {"stories": "fewer-falls,shorter-clinic-waits"})
    falls, clinic = data["stories"]
    assert falls["tools"] == ["fishbone-diagram", "process-mapping"]
    assert falls["organisation"] == "Leeds Teaching Hospitals"
    assert (falls["care_sector"], falls["nation"]) == ("acute", "england")
    assert falls["published"] == world.falls.first_published_at.isoformat()
    assert clinic["organisation"] == "", "not credited, so not shown"
    question = get_json(client, "cards/", {"questions": "causes"})["questions"][0]
    assert question["title"] == "What is causing the problem?"
    assert question["short_label"] == "Causes"
    assert (question["perspective"], question["phase"]) == ("systems", "understand")
    assert question["stages"] == ["understand"]
    assert question["tool_count"] == 3
    assert question["url"] == "http://testserver/toolkit/questions/causes/"
    framework = get_json(client, "cards/", {"frameworks": "lean"})["frameworks"][0]
    assert (framework["tool_count"], framework["story_count"]) == (2, 1)
    assert framework["perspectives"] == ["systems", "risk"]


# Details -----------------------------------------------------------------------------------


def test_tool_detail_has_its_fields_and_related_cards(world, client):
    data = get_json(client, "tools/fishbone-diagram/")
    assert data["other_names"] == ["Ishikawa diagram", "cause and effect"]
    assert data["steps"] == [{"text": "Name the problem", "detail": "At the head."}]
    assert data["effort"]["duration"] == {"value": "half-day", "label": "Half a day"}
    assert data["evidence"]["references"][0]["url"] == "https://example.org/ishikawa"
    assert data["templates"] == [
        {
            "type": "link",
            "title": "Blank fishbone",
            "description": "Print it.",
            "url": "https://example.org/fishbone.pdf",
            "file_type": "",
            "file_size": None,
        }
    ]
    assert data["worksheet"] is None
    assert [c["slug"] for c in data["questions"]] == ["causes"]
    assert [c["slug"] for c in data["frameworks"]] == ["lean"]
    assert [c["slug"] for c in data["stories"]] == ["fewer-falls"]
    assert data["story_count"] == 1
    for card in data["questions"] + data["frameworks"] + data["stories"]:
        assert_card(card)


def test_framework_story_and_question_details(world, client):
    framework = get_json(client, "frameworks/model-for-improvement/")
    assert [p["name"] for p in framework["phases"]] == ["Plan", "Study"]
    # The draft tool in the "Plan" phase is not shown.
    assert [c["slug"] for c in framework["phases"][0]["typical_tools"]] == ["pdsa-cycles"]
    assert [c["slug"] for c in framework["tools"]] == ["pdsa-cycles", "process-mapping"]
    story = get_json(client, "stories/fewer-falls/")
    assert story["tools"] == ["fishbone-diagram", "process-mapping"]
    assert [u["tool"]["slug"] for u in story["tool_usages"]] == story["tools"]
    assert story["author"] == {"name": "Ann Smith", "organisation": "Leeds Teaching Hospitals"}
    clinic = get_json(client, "stories/shorter-clinic-waits/")
    assert clinic["author"] == {"name": "", "organisation": ""}
    assert "Bob Jones" not in json.dumps(clinic) and "Hidden Valley" not in json.dumps(clinic)
    question = get_json(client, f"questions/{world.causes.pk}/")
    assert [c["slug"] for c in question["tools"]] == [
        "fishbone-diagram", "five-whys", "process-mapping",
    ]  # fmt: skip
    assert question["prompts"] == ["What happens first?"]
    assert [c["slug"] for c in question["stories"]] == ["fewer-falls"]


def test_rich_text_is_sanitised_html_and_text(world, client):
    rich = get_json(client, "tools/fishbone-diagram/")["when_to_use"]
    html, text = rich["html"], rich["text"]
    lowered = html.lower()
    for dangerous in ("<script", "alert", "onclick", "onerror", "onload", "onmouseover"):
        assert dangerous not in lowered, dangerous
    for dangerous in ("javascript:", "data:", "<svg", "style="):
        assert dangerous not in lowered, dangerous
    assert "Use it when the causes are unclear." in html
    assert '<a href="https://example.org/guide"' in html
    # A link to a draft keeps its text and loses its target; a live page's is absolute.
    draft_url = world.draft.url_path
    assert "draft link" in html
    assert world.draft.slug not in html and draft_url not in html
    assert '<a rel="noopener noreferrer">draft link</a>' in html
    assert '<a href="http://testserver/toolkit/tools/personas/"' in html
    assert 'linktype="page"' not in html
    # Broken markup comes out balanced, and cleaning again changes nothing.
    assert "<i>broken <b>markup</b></i>" in html
    assert richtext.sanitise(html) == html
    assert text.splitlines() == [
        "Use it when the causes are unclear.",
        "script link bold data link guide draft link live link",
        "broken markup",
    ]
    assert "<" not in text


def test_rich_text_link_to_a_page_unpublished_later_loses_its_target(world, client):
    fresh(world.personas).unpublish()
    html = get_json(client, "tools/fishbone-diagram/")["when_to_use"]["html"]
    assert "/personas/" not in html
    assert '<a rel="noopener noreferrer">live link</a>' in html


def test_images_are_absolute_renditions_with_size_and_alt(world, client):
    card = get_json(client, "cards/", {"tools": "fishbone-diagram"})["tools"][0]
    detail = get_json(client, "tools/fishbone-diagram/")
    for image in (card["image"], detail["image"]):
        assert image["url"].startswith("http://testserver/media/images/")
        assert client.get(image["url"]).status_code in (200, 404)  # media is not served here
        assert image["alt"] == "A fishbone on a whiteboard"
    assert (card["image"]["width"], card["image"]["height"]) == (640, 360)  # fill-640x360
    assert (detail["image"]["width"], detail["image"]["height"]) == (640, 480)  # max-1200
    assert "fill-640x360" in card["image"]["url"]
    assert get_json(client, "tools/five-whys/")["image"] is None


def test_image_renditions_come_from_the_setting(world, client):
    renditions = {"card": "fill-100x50", "full": "max-80x80"}
    with override_settings(WAGTAIL_IITK={"API_IMAGE_RENDITIONS": renditions}):
        card = get_json(client, "cards/", {"stories": "fewer-falls"})["stories"][0]
        detail = get_json(client, "tools/fishbone-diagram/")
    assert (card["image"]["width"], card["image"]["height"]) == (100, 50)
    assert (detail["image"]["width"], detail["image"]["height"]) == (80, 60)
    specs = set(world.image.renditions.values_list("filter_spec", flat=True))
    assert {"fill-100x50", "max-80x80"} <= specs
    # No client-chosen spec: there is no parameter for it.
    error = error_of(get(client, "tools/fishbone-diagram/", {"rendition": "fill-9999x9999"}), 400)
    assert "rendition" in error["fields"]


def test_a_read_never_makes_renditions_the_change_path_does(world, client):
    image = get_image_model().objects.create(
        title="New", file=get_test_image_file(), description=""
    )
    # Set behind the signals' back: the first read shows the original, and writes nothing.
    ToolPage.objects.filter(pk=world.whys.pk).update(image=image)
    card = get_json(client, "cards/", {"tools": "five-whys"})["tools"][0]
    assert card["image"]["alt"] == "New", "the title stands in for a missing description"
    assert card["image"]["url"].endswith(image.file.url)
    assert not image.renditions.exists()
    # A publish goes through the change path, which makes the renditions.
    fresh(world.whys).save_revision(user=world.user).publish(user=world.user)
    assert image.renditions.filter(filter_spec="fill-640x360").exists()
    caches["default"].clear()
    card = get_json(client, "cards/", {"tools": "five-whys"})["tools"][0]
    assert ".fill-640x360" in card["image"]["url"]


def test_a_page_shows_the_rendition_made_on_publish_and_never_makes_one(world, client):
    """Wagtail's ``{% image %}`` would make a missing rendition during the GET (a write
    on a public read): the pages use ``{% iitk_image %}``, which only reads."""
    image = get_image_model().objects.create(
        title="Ward", file=get_test_image_file(), description="The ward team"
    )
    ToolPage.objects.filter(pk=world.whys.pk).update(image=image)  # no signal
    html = client.get("/toolkit/tools/five-whys/").content.decode()
    assert f'src="{image.file.url}"' in html and 'alt="The ward team"' in html
    assert not image.renditions.exists()
    fresh(world.whys).save_revision(user=world.user).publish(user=world.user)
    rendition = image.renditions.get(filter_spec="fill-800x450")
    html = client.get("/toolkit/tools/five-whys/").content.decode()
    assert f'src="{rendition.url}"' in html and f'width="{rendition.width}"' in html


# Wagtail API v2 fields ---------------------------------------------------------------------


@pytest.mark.parametrize("model", [ToolPage, FrameworkPage, StoryPage, ToolUsage])
def test_no_wagtail_api_v2_fields_are_declared(model):
    """The package never mounts Wagtail's API v2: its JSON API is /api/iitk/v1/ alone."""
    assert "api_fields" not in vars(model), f"{model.__name__} declares api_fields"
