"""The contribution forms' layout: error summaries that name their fields, the story
form's further tools folded away (without script), its questions grouped by
perspective."""

import re

import pytest

from wagtail_iitk.models import Perspective

from ..factories import make_question, make_tool
from .intake_payloads import intake_settings  # noqa: F401 (a fixture)
from .test_site_forms import answers, shown_token, story_answers, url

pytestmark = pytest.mark.usefixtures("intake_settings")


def summary(html):
    box = html[html.index('class="iitk-error-summary"') :]
    box = box[: box.index("</div>")]
    return re.findall(r'<li><a href="(#[^"]+)">(.*?)</a></li>', box)


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map")


@pytest.mark.parametrize(
    ("route", "kwargs", "expected"),
    [
        ("share_story", {}, [
            ("#id_title", "Title: enter a title"),
            ("#id_summary", "Summary: enter a summary of the story"),
        ]),
        ("contribute", {"kind": "tool"}, [
            ("#id_title", "Name of the tool: enter the name of the tool"),
            ("#id_purpose", "What is it for: say what the tool is for, in one sentence"),
        ]),
        ("contribute", {"kind": "reference"}, [
            ("#id_tool", "Tool: choose the tool you are adding to"),
            ("#id_title", "Title of the book, paper or page: enter the title of the book, "
                          "paper or page"),
        ]),
        ("contribute", {"kind": "tip"}, [
            ("#id_tool", "Tool: choose the tool you are adding to"),
            ("#id_advice_0", "Is it a tip or a pitfall: choose whether it is a tip or a pitfall"),
            ("#id_text", "Your tip or pitfall: enter your tip or pitfall"),
        ]),
        ("contribute", {"kind": "example"}, [
            ("#id_tool", "Tool: choose the tool you are adding to"),
            ("#id_text", "What did you do, and what happened: say what you did and what "
                         "happened"),
        ]),
    ],
)  # fmt: skip
def test_each_summary_link_names_its_field(client, toolkit, tool, route, kwargs, expected):
    response = client.post(url(toolkit, route, **kwargs), {"started": shown_token()})
    found = summary(response.content.decode())
    assert found == [
        *expected,
        (
            "#id_consent_to_publish",
            "I agree to the toolkit publishing my contribution, edited if need be: agree to "
            "publication to send your contribution.",
        ),
        (
            "#id_no_patient_data",
            "It holds nothing that could identify a patient: confirm that your contribution "
            "holds nothing that could identify a patient.",
        ),
    ]
    assert "This field is required" not in response.content.decode()


def test_further_tools_fold_away_until_asked_for(client, toolkit, tool):
    html = client.get(url(toolkit, "share_story")).content.decode()
    folds = re.findall(r'<details class="iitk-details iitk-details--tool"( open)?>', html)
    assert folds == ["", ""]  # tools 2 and 3, closed; tool 1 is always shown
    assert html.index('id="id_usage_0_tool"') < html.index("<details")
    assert '<summary class="iitk-details__summary">Add tool 2</summary>' in html
    # Without script every field is still in the form, inside the folds.
    for row in (1, 2):
        assert f'name="usage_{row}_why_chosen"' in html
    question = make_question(wording="Where does it stall?")
    sent = {**story_answers(tool, question), "title": "", "usage_2_how_used": "On a wall."}
    html = client.post(url(toolkit, "share_story"), sent).content.decode()
    folds = re.findall(r'<details class="iitk-details iitk-details--tool"( open)?>', html)
    assert folds == ["", " open"]  # the row with words in it stays open
    links = {text: href for href, text in summary(html)}
    assert links["Tool 3, tool: fill this in for each tool you list."] == "#id_usage_2_tool"


def test_questions_are_grouped_by_perspective(client, toolkit, tool):
    people, risk = Perspective.objects.get(slug="people"), Perspective.objects.get(slug="risk")
    first = make_question(wording="Who is affected?", perspective=people)
    make_question(wording="What could go wrong?", perspective=risk)
    html = client.get(url(toolkit, "share_story")).content.decode()
    groups = re.findall(
        r'<legend class="iitk-fieldset__legend iitk-fieldset__legend--group">(.*?)</legend>',
        html,
    )
    assert groups == [people.name, risk.name]
    assert html.index("Who is affected?") < html.index(risk.name) < html.index("What could go")
    sent = answers(title="T", summary="S", questions=[str(first.pk), "999999"])
    html = client.post(url(toolkit, "share_story"), sent).content.decode()
    (href, text), *_rest = summary(html)
    first_box = re.search(r'id="(id_questions_[0-9_]+)"', html).group(1)
    assert href == "#" + first_box
    assert text.startswith("Questions the work helped you answer: ")
