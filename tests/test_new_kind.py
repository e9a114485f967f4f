"""A kind defined only in the tests (``tests.notes``: a page model with two fields, a
declaration and two templates) is served everywhere with no edit to the package: lists,
``cards/``, details, ``search/``, embeds, oEmbed, engagement events and the schema."""

import json

import pytest
import yaml
from django.core.cache import caches

from tests.notes.models import NotePage
from wagtail_iitk.models import DailyEngagement, PublicCard, get_kind, get_kinds

API = "/api/iitk/v1/"


@pytest.fixture
def note(toolkit):
    page = toolkit.add_child(
        instance=NotePage(
            title="Handover notes",
            slug="handover-notes",
            summary="What a night team told the day team about kaleidoscopes.",
            body="Longer text.",
        )
    )
    page.save_revision().publish()
    return NotePage.objects.get(pk=page.pk)


def get_json(client, path, **params):
    response = client.get(API + path, params)
    assert response.status_code == 200, (path, response.content[:300])
    return response.json()


def test_the_registry_finds_the_kind_on_its_model():
    kind = get_kind("notes")
    assert kind.model is NotePage and kind.name == "note"
    assert "note" in [kind.name for kind in get_kinds()]


def test_its_list_detail_and_cards(client, note):
    listed = get_json(client, "notes/")
    assert listed["count"] == 1
    card = listed["results"][0]
    assert card["type"] == "note"
    assert card["title"] == "Handover notes"
    assert card["summary"] == note.summary
    assert card["url"] == "http://testserver" + note.url
    assert card["api_url"] == "http://testserver" + API + "notes/handover-notes/"
    assert PublicCard.objects.filter(kind="note", item_id=note.pk).exists()
    detail = get_json(client, "notes/handover-notes/")
    assert detail["title"] == "Handover notes" and detail["published"]
    batch = get_json(client, "cards/", notes="handover-notes,not-there")
    assert [c["slug"] for c in batch["notes"]] == ["handover-notes"]
    assert batch["missing"] == {"notes": ["not-there"]}
    assert get_json(client, "")["notes"].endswith(API + "notes/")


def test_it_leaves_the_lists_when_unpublished(client, note):
    note.unpublish()
    caches["default"].clear()
    assert get_json(client, "notes/")["count"] == 0
    assert client.get(API + "notes/handover-notes/").status_code == 404


def test_search_finds_it(client, note):
    found = get_json(client, "search/", q="kaleidoscopes")
    assert [(c["type"], c["slug"]) for c in found["results"]] == [("note", "handover-notes")]
    only = get_json(client, "search/", q="kaleidoscopes", type="notes")
    assert only["count"] == 1


def test_its_embed_and_oembed(client, note):
    embed = client.get("/iitk/embed/note/handover-notes/")
    assert embed.status_code == 200
    assert "Handover notes" in embed.content.decode()
    assert "frame-ancestors" in embed["Content-Security-Policy"]
    oembed = get_json(client, "oembed/", url="http://testserver" + note.url)
    assert oembed["type"] == "rich"
    assert "/iitk/embed/note/handover-notes/" in oembed["html"]
    assert oembed["title"] == "Handover notes"


def test_engagement_counts_it(client, note):
    body = {"events": [{"type": "view", "kind": "note", "item": "handover-notes"}]}
    response = client.post(
        API + "events/",
        json.dumps(body),
        content_type="application/json",
        HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    )
    assert response.status_code == 204
    row = DailyEngagement.objects.get(item_kind="note")
    assert (row.item_id, row.count) == (note.pk, 1)


def test_the_schema_describes_it(client):
    schema = yaml.safe_load(client.get(API + "schema/").content)
    assert "/api/iitk/v1/notes/" in schema["paths"]
    assert "/api/iitk/v1/notes/{slug}/" in schema["paths"]
    listed = schema["paths"]["/api/iitk/v1/notes/"]["get"]
    assert listed["operationId"] == "list_notes"
    assert "NoteList" in schema["components"]["schemas"]
