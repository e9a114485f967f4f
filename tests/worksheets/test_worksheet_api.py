"""The API's tool detail carries ``templates`` (documents with file type and size) and
``worksheet`` (null when the tool has none), as the schema says."""

import pytest

from tests.api.helpers import assert_matches
from tests.factories import make_tool
from wagtail_iitk.api.contract import detail_serializer

from .sample import EVERY_BLOCK, document, worksheet_tool

pytestmark = pytest.mark.django_db

API = "/api/iitk/v1/tools/"


def detail(client, slug):
    response = client.get(f"{API}{slug}/")
    assert response.status_code == 200, response.content
    data = response.json()
    assert_matches(data, detail_serializer("tool"))
    return data


def test_a_document_template_has_an_absolute_url_its_type_and_size(toolkit, client):
    doc = document(body=b"x" * 1234)
    tool = make_tool(
        templates=[
            {
                "type": "document",
                "value": {"title": "Blank", "document": doc.pk, "description": "A4"},
            },
            {"type": "link", "value": {"title": "Elsewhere", "url": "https://example.org/t"}},
            {"type": "template", "value": {"title": "In words", "description": "Draw a box."}},
        ]
    )
    data = detail(client, tool.slug)
    assert data["templates"] == [
        {
            "type": "document",
            "title": "Blank",
            "description": "A4",
            "url": f"http://testserver{doc.url}",
            "file_type": "docx",
            "file_size": 1234,
        },
        {
            "type": "link",
            "title": "Elsewhere",
            "description": "",
            "url": "https://example.org/t",
            "file_type": "",
            "file_size": None,
        },
        {
            "type": "template",
            "title": "In words",
            "description": "Draw a box.",
            "url": None,
            "file_type": "",
            "file_size": None,
        },
    ]
    # The URL is Wagtail's document serving, and it serves the file.
    served = client.get(doc.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"x" * 1234


def test_a_deleted_document_leaves_the_list_and_the_cached_detail(toolkit, client):
    doc = document()
    tool = make_tool(
        templates=[{"type": "document", "value": {"title": "Blank", "document": doc.pk}}]
    )
    assert len(detail(client, tool.slug)["templates"]) == 1
    doc.delete()  # moves the content version (cards.changes): the cached detail is stale
    assert detail(client, tool.slug)["templates"] == []


def test_a_renamed_document_file_shows_its_new_type_in_the_cached_detail(toolkit, client):
    doc = document()
    tool = make_tool(
        templates=[{"type": "document", "value": {"title": "Blank", "document": doc.pk}}]
    )
    assert detail(client, tool.slug)["templates"][0]["file_type"] == "docx"
    doc.file.save("fishbone.odt", doc.file.file, save=False)
    doc.save()
    assert detail(client, tool.slug)["templates"][0]["file_type"] == "odt"


def test_the_worksheet_is_null_without_blocks(toolkit, client):
    assert detail(client, make_tool().slug)["worksheet"] is None


def test_the_worksheet_has_its_title_instructions_and_every_block(toolkit, client):
    tool = worksheet_tool(slug="fishbone")
    data = detail(client, "fishbone")["worksheet"]
    assert data["title"] == "Causes worksheet"
    assert data["instructions"] == "Fill it in as a team."
    assert data["url"] == "http://testserver/toolkit/tools/fishbone/worksheet/"
    assert data["revision"] == tool.worksheet_revision and len(data["revision"]) == 12
    assert data["landscape"] is False
    assert [b["type"] for b in data["blocks"]] == ["prompt", "list", "table", "grid", "tree"]
    prompt, listed, table, grid, tree = data["blocks"]
    assert prompt == {
        "id": "b-prompt",
        "type": "prompt",
        "label": "Problem statement",
        "help_text": "Say it with a number.",
        "lines": 2,
    }
    assert listed["items"] == 3
    assert table["columns"] == ["Category", "Cause", "How we will test it"]
    assert table["rows"] == 2
    assert (grid["x_axis"], grid["y_axis"], grid["top_right"]) == (
        "Interest",
        "Power",
        "Manage closely",
    )
    assert tree["primary_label"] == "Primary driver"


def test_the_revision_moves_only_when_the_worksheet_changes(toolkit):
    tool = worksheet_tool()
    before = tool.worksheet_revision
    tool.purpose = "Another purpose for the tool."
    assert tool.worksheet_revision == before
    changed = [dict(block) for block in EVERY_BLOCK]
    changed[0] = {**changed[0], "value": {**changed[0]["value"], "label": "Reworded"}}
    tool.worksheet = changed
    assert tool.worksheet_revision != before


def test_the_worksheet_page_renders_every_block_blank_and_labelled(toolkit, client):
    worksheet_tool(slug="fishbone")
    response = client.get("/toolkit/tools/fishbone/worksheet/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-iitk-worksheet data-tool="fishbone"' in html
    for block in EVERY_BLOCK:
        assert f'data-block-id="{block["id"]}"' in html
    assert '<label for="ws-b-prompt">Problem statement</label>' in html
    assert 'aria-label="How we will test it, row 2"' in html
    assert "Manage closely" in html and "Low power, low interest" in html
    assert "wagtail_iitk/worksheet.js" in html
    # A form that never submits: no method, no name on any field.
    assert 'method="post"' not in html and " name=" not in html.split("data-iitk-worksheet")[1]
    assert response["Content-Security-Policy"].startswith("frame-ancestors 'none'") or (
        "frame-ancestors 'none'" in response["Content-Security-Policy"]
    )


def test_no_worksheet_page_for_a_tool_without_one(toolkit, client):
    tool = make_tool(slug="plain")
    assert client.get("/toolkit/tools/plain/worksheet/").status_code == 404
    assert "worksheet/" not in client.get(tool.url).content.decode()


def test_the_tool_page_links_to_its_worksheet_and_card(toolkit, client):
    worksheet_tool(slug="fishbone")
    html = client.get("/toolkit/tools/fishbone/").content.decode()
    assert 'href="/toolkit/tools/fishbone/worksheet/"' in html
    assert 'href="/toolkit/tools/fishbone/card.pdf"' in html


def test_hostile_worksheet_text_is_inert(toolkit, client):
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    blocks = [{"type": "prompt", "id": "x", "value": {"label": hostile, "help_text": hostile}}]
    worksheet_tool(slug="hostile", worksheet=blocks, worksheet_title=hostile)
    html = client.get("/toolkit/tools/hostile/worksheet/").content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert detail(client, "hostile")["worksheet"]["blocks"][0]["label"] == hostile
