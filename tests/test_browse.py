"""The public browse routes: question-led and activity-led, visible content only."""

import pytest

from wagtail_iitk.models import Perspective, Stage

from .factories import make_question, make_tool

pytestmark = pytest.mark.django_db


def test_the_perspective_page_lists_each_question_with_its_visible_tools(toolkit, client):
    design = Perspective.objects.get(slug="design")
    shown = make_tool(title="Shown tool")
    hidden = make_tool(title="Hidden tool", publish=False)
    make_question(wording="What are the needs?", perspective=design, tools=[shown, hidden])
    make_question(wording="A draft question?", perspective=design, publish=False)
    response = client.get(toolkit.url + "perspectives/design/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "What are the needs?" in page and "Shown tool" in page
    assert "Hidden tool" not in page and "A draft question?" not in page


def test_the_activity_pages_count_and_list_only_visible_tools(toolkit, client):
    understand = Stage.objects.get(slug="understand")
    make_tool(title="Live mapping", stages=[understand])
    make_tool(title="Draft mapping", stages=[understand], publish=False)
    browse = client.get(toolkit.url + "browse/")
    counts = {
        term.slug: term.tool_count
        for summary in browse.context["taxonomies"]
        for term in summary["terms"]
    }
    assert counts["understand"] == 1
    assert counts["initiate"] == 0
    stage = client.get(toolkit.url + "stages/understand/")
    assert [tool.title for tool in stage.context["tools"]] == ["Live mapping"]
    assert client.get(toolkit.url + "stages/no-such-stage/").status_code == 404


def test_browse_lists_each_taxonomy_in_the_editors_order(toolkit, client):
    """Stages in process order (Initiate → Sustain), as the home page shows them, not
    alphabetically: counting tools groups the query, which drops the model's ordering."""
    browse = client.get(toolkit.url + "browse/")
    for summary in browse.context["taxonomies"]:
        model = type(summary["terms"][0])
        expected = list(model.objects.order_by("sort_order", "name").values_list("slug", flat=True))
        assert [term.slug for term in summary["terms"]] == expected, summary["segment"]
    stages = next(s for s in browse.context["taxonomies"] if s["segment"] == "stages")
    assert [term.slug for term in stages["terms"]][:2] == ["initiate", "understand"]
