"""The demo's worksheets and Word templates: at least twelve tools, the named ones
among them, valid blocks, real DOCX files, and a loader that can run twice."""

import io

import docx
import pytest
from wagtail.documents import get_document_model

from example_site.demo import content
from example_site.demo.worksheets import WORKSHEETS, load_worksheets, stream
from tests.factories import make_tool
from wagtail_iitk.models import ToolPage
from wagtail_iitk.worksheet_blocks import WorksheetStreamBlock

NAMED = {
    "fishbone-diagram",
    "driver-diagram",
    "stakeholder-analysis",
    "pdsa-cycle",
    "five-whys",
    "process-map",
    "fmea",
    "risk-matrix",
    "force-field-analysis",
    "swot-analysis",
}


def test_at_least_twelve_demo_tools_have_a_worksheet_the_named_ones_among_them():
    assert len(WORKSHEETS) >= 12
    assert set(WORKSHEETS) >= NAMED
    assert set(WORKSHEETS) <= {tool["slug"] for tool in content.TOOLS}


@pytest.mark.parametrize("slug", sorted(WORKSHEETS))
def test_each_demo_worksheet_is_valid_in_the_editor(slug):
    sheet = WORKSHEETS[slug]
    block = WorksheetStreamBlock()
    value = block.to_python(stream(sheet["blocks"]))
    block.clean(value)  # raises on any block the page editor would refuse
    assert sheet["title"] and sheet["instructions"]
    assert all(value["label"] for _kind, value in sheet["blocks"])


@pytest.mark.django_db
def test_the_loader_adds_worksheets_and_word_templates_once(toolkit):
    for slug in WORKSHEETS:
        make_tool(slug=slug, title=slug.replace("-", " ").capitalize())
    assert load_worksheets() == len(WORKSHEETS)
    documents = get_document_model().objects.all()
    assert documents.count() == len(WORKSHEETS) >= 10
    for slug, sheet in WORKSHEETS.items():
        tool = ToolPage.objects.get(slug=slug)
        assert tool.worksheet_title == sheet["title"]
        assert len(tool.worksheet.raw_data) == len(sheet["blocks"])
        (template,) = [b for b in tool.templates.raw_data if b["type"] == "document"]
        document = documents.get(pk=template["value"]["document"])
        assert document.file_extension == "docx" and document.file_size > 0
        with document.file.open("rb") as handle:
            word = docx.Document(io.BytesIO(handle.read()))
        assert word.paragraphs[0].text == sheet["title"]
        tables = sum(1 for kind, _ in sheet["blocks"] if kind in ("table", "grid", "tree"))
        assert len(word.tables) == tables
    # A second run changes nothing and adds no file.
    assert load_worksheets() == 0
    assert get_document_model().objects.count() == len(WORKSHEETS)
