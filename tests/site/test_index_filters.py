"""The index pages' filters: the API's filter sets on the site's lists, in accessible
GET forms."""

import re

import pytest

from wagtail_iitk.models import Perspective, StoryIndexPage, ToolIndexPage

from ..factories import make_story, make_tool

pytestmark = pytest.mark.django_db


def listed(response):
    return sorted(item.title for item in response.context["items"])


@pytest.fixture
def tools(toolkit):
    design = Perspective.objects.get(slug="design")
    return [
        make_tool(title="Quick pair", expertise="none", duration="under-an-hour",
                  participants_min=1, participants_max=2, evidence_level="established",
                  perspectives=[design]),
        make_tool(title="Long workshop", expertise="some", duration="day",
                  participants_min=6, participants_max=12, evidence_level="adapted"),
        make_tool(title="Specialist study", expertise="specialist", duration="weeks",
                  participants_min=1, participants_max=None, evidence_level="emerging"),
        make_tool(title="Draft quick", expertise="none", publish=False),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"expertise": "none"}, ["Quick pair"]),
        ({"duration": "day"}, ["Long workshop"]),
        ({"participants": "1-2"}, ["Quick pair", "Specialist study"]),
        ({"participants": "9-plus"}, ["Long workshop", "Specialist study"]),
        ({"evidence_level": "adapted"}, ["Long workshop"]),
        ({"perspective": "design", "expertise": "none"}, ["Quick pair"]),
        ({"expertise": ["some", "specialist"]}, ["Long workshop", "Specialist study"]),
        ({}, ["Long workshop", "Quick pair", "Specialist study"]),
    ],
)
def test_tools_filter_by_effort_and_evidence_as_the_api_does(client, tools, params, expected):
    index = ToolIndexPage.objects.get()
    response = client.get(index.url, params)
    assert response.status_code == 200
    assert listed(response) == expected
    api = client.get("/api/iitk/v1/tools/", params).json()
    assert sorted(card["title"] for card in api["results"]) == expected


def test_the_tool_filter_form_is_grouped_and_labelled(client, tools):
    page = client.get(ToolIndexPage.objects.get().url, {"duration": "day"}).content.decode()
    legends = re.findall(r'<legend class="iitk-filters__legend">(.*?)</legend>', page)
    assert legends == ["Classification", "Effort", "Evidence"]
    for name in ("perspective", "stage", "strand", "category", "expertise", "duration",
                 "participants", "evidence_level"):  # fmt: skip
        assert f'<label for="iitk-filter-{name}">' in page
        assert f'<select id="iitk-filter-{name}" name="{name}">' in page
    assert '<option value="day" selected>A day</option>' in page
    assert "Clear filters" in page


def test_stories_filter_by_setting_and_tool(client, tools):
    quick, workshop, _specialist, draft = tools
    make_story(title="Ward story", care_sector="acute", nation="wales", tools=[quick])
    make_story(title="Practice story", care_sector="primary", nation="england",
               tools=[workshop, draft])  # fmt: skip
    index = StoryIndexPage.objects.get()
    assert listed(client.get(index.url, {"sector": "acute"})) == ["Ward story"]
    assert listed(client.get(index.url, {"nation": "england"})) == ["Practice story"]
    assert listed(client.get(index.url, {"tool": workshop.slug})) == ["Practice story"]
    page = client.get(index.url).content.decode()
    assert re.findall(r'<legend class="iitk-filters__legend">(.*?)</legend>', page) == [
        "Setting",
        "What the team used",
    ]
    assert f'value="{quick.slug}"' in page
    assert f'value="{draft.slug}"' not in page  # a draft tool is not offered


def test_a_value_that_does_not_exist_is_named_not_ignored(client, tools):
    response = client.get(ToolIndexPage.objects.get().url, {"duration": "forever"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem with the filters" in page
    assert 'href="#iitk-filter-duration"' in page and "forever" in page
    assert listed(response) == []
    hidden = client.get(StoryIndexPage.objects.get().url, {"tool": tools[3].slug})
    assert hidden.status_code == 400
