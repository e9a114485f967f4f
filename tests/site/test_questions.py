"""The question-led routes: every question (``questions/``), the perspectives
(``perspectives/``), and framework key questions linked to them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_iitk.models import Perspective

from ..factories import make_framework, make_question, make_tool

pytestmark = pytest.mark.django_db


def test_questions_lists_every_published_question_by_perspective_and_phase(toolkit, client):
    design, risk = Perspective.objects.get(slug="design"), Perspective.objects.get(slug="risk")
    explore, create = list(design.phases.all())[:2]
    shown = make_tool(title="Shown tool")
    hidden = make_tool(title="Hidden tool", publish=False)
    make_question(wording="How can the needs be met?", perspective=design, phase=create)
    make_question(
        wording="What are the needs?", perspective=design, phase=explore, tools=[shown, hidden]
    )
    make_question(wording="What could go wrong?", perspective=risk)
    make_question(wording="A draft question?", perspective=design, publish=False)

    response = client.get(toolkit.url + "questions/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "A draft question?" not in page
    # Perspectives, then phases, in the editors' order (Design before Risk; explore first).
    order = [page.index(text) for text in (
        'id="perspective-design"', explore.name, "What are the needs?", create.name,
        "How can the needs be met?", 'id="perspective-risk"', "What could go wrong?",
    )]  # fmt: skip
    assert order == sorted(order)
    needs = page[page.index("What are the needs?") :]
    assert "1 tool" in needs[: needs.index("</li>")]
    assert 'href="/questions/' in page or f'href="{toolkit.url}questions/' in page


def test_perspectives_lists_each_with_its_questions_and_tools(toolkit, client):
    design = Perspective.objects.get(slug="design")
    make_tool(title="Persona cards", perspectives=[design])
    make_tool(title="Draft personas", perspectives=[design], publish=False)
    make_question(wording="Who uses the service?", perspective=design)
    response = client.get(toolkit.url + "perspectives/")
    assert response.status_code == 200
    page = response.content.decode()
    for perspective in Perspective.objects.all():
        assert perspective.name in page
    assert "Persona cards" in page and "Who uses the service?" in page
    assert "Draft personas" not in page
    assert f'href="{toolkit.url}perspectives/design/"' in page


@pytest.mark.parametrize("path", ["questions/", "perspectives/"])
def test_queries_do_not_grow_with_the_questions(toolkit, client, path):
    design = Perspective.objects.get(slug="design")
    make_question(wording="The only question?", perspective=design, tools=[make_tool()])
    client.get(toolkit.url + path)
    with CaptureQueriesContext(connection) as few:
        client.get(toolkit.url + path)
    for n in range(8):
        tool = make_tool(perspectives=[design])
        make_question(wording=f"Question number {n}?", perspective=design, tools=[tool])
    client.get(toolkit.url + path)
    with CaptureQueriesContext(connection) as many:
        response = client.get(toolkit.url + path)
    assert "Question number 7?" in response.content.decode()
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


def test_framework_key_questions_link_to_questions_or_search(toolkit, client):
    needs = make_question(wording="What are the needs?")
    framework = make_framework(
        title="Double diamond",
        phases=[
            {
                "type": "phase",
                "value": {
                    "name": "Discover",
                    "purpose": "Find out.",
                    "key_questions": ["what are the needs", "Who <b>else</b> cares?"],
                    "typical_tools": [],
                },
            }
        ],
    )
    page = client.get(framework.url).content.decode()
    assert f'<a href="{toolkit.url}questions/{needs.slug}/">what are the needs</a>' in page
    assert (
        f'<a href="{toolkit.url}search/?q=Who+%3Cb%3Eelse%3C%2Fb%3E+cares%3F">'
        "Who &lt;b&gt;else&lt;/b&gt; cares?</a>"
    ) in page


def test_the_home_page_links_to_every_question_and_the_perspectives(toolkit, client):
    page = client.get(toolkit.url).content.decode()
    assert f'<a href="{toolkit.url}questions/">See every question</a>' in page
    assert f'<a href="{toolkit.url}perspectives/">compare the perspectives</a>' in page
