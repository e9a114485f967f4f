"""The stored public cards stay true to the content, whatever changes it.

The lists read ``PublicCard`` rows instead of working each card out per request. The
oracle here builds every card the slow way, straight from the pages and snippets (the
same ``build_cards`` the details use, on ``public_queryset``), and each test checks that
every list shows exactly those cards, in full, after one kind of change.
"""

import datetime

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.test import RequestFactory
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from wagtail_iitk.cards.builders import build_cards
from wagtail_iitk.cards.reading import ReadContext
from wagtail_iitk.engagement.ingest import add_counts
from wagtail_iitk.models import (
    FrameworkPage,
    Perspective,
    PublicCard,
    Question,
    StoryIndexPage,
    StoryPage,
    ToolIndexPage,
    ToolPage,
    ToolUsage,
    get_kind,
)
from wagtail_iitk.models import content_version as content_version_module
from wagtail_iitk.web.links import Links

from . import builders as b
from .helpers import fresh, get_json

KINDS = ("tools", "frameworks", "stories", "questions")


def built_cards(kind):
    """{id: card} worked out from the content itself, as a request to testserver sees it."""
    links = Links(RequestFactory().get("/", HTTP_HOST="testserver"))
    kind = get_kind(kind)
    cards, _, _ = build_cards({"all": (kind.name, kind.public_queryset())})
    return {card["id"]: card for card in ReadContext(links).finish(kind.name, cards["all"])}


def listed_cards(client, kind):
    caches["default"].clear()  # no body cached before the change (tests never commit)
    data = get_json(client, f"{kind}/", {"limit": 100})
    assert data["count"] == len(data["results"])
    return {card["id"]: card for card in data["results"]}


def assert_true_to_content(client):
    """Every list shows exactly the public items, each card as the content says now."""
    for kind in KINDS:
        assert listed_cards(client, kind) == built_cards(kind), kind


def card(client, kind, item):
    return listed_cards(client, kind).get(item.pk)


def test_the_lists_match_cards_built_from_the_content(world, client):
    assert_true_to_content(client)
    assert PublicCard.objects.filter(kind="tool").count() == len(world.live_tools)


def test_publishing_a_story_recounts_its_tools_and_frameworks(world, client):
    before = card(client, "tools", world.whys)["story_count"]
    lean = card(client, "frameworks", world.lean)["story_count"]
    story = b.story(title="Why the ward was late", tools=[world.whys], frameworks=[world.lean])
    assert card(client, "tools", world.whys)["story_count"] == before + 1
    assert card(client, "frameworks", world.lean)["story_count"] == lean + 1
    assert card(client, "stories", story)["tools"] == ["five-whys"]
    assert_true_to_content(client)


def test_a_revision_that_drops_a_tool_recounts_the_tool_it_dropped(world, client):
    before = card(client, "tools", world.fishbone)["story_count"]
    falls = fresh(world.falls)
    falls.tool_usages = [u for u in falls.tool_usages.all() if u.tool_id != world.fishbone.pk]
    falls.save_revision(user=world.user).publish(user=world.user)
    assert card(client, "tools", world.fishbone)["story_count"] == before - 1
    assert card(client, "stories", world.falls)["tools"] == ["process-mapping"]
    assert_true_to_content(client)


def test_unpublishing_a_tool_takes_it_off_every_card_that_showed_it(world, client):
    assert "process-mapping" in card(client, "stories", world.discharge)["tools"]
    fresh(world.mapping).unpublish(user=world.user)
    assert card(client, "tools", world.mapping) is None
    assert card(client, "stories", world.discharge)["tools"] == []
    assert_true_to_content(client)
    fresh(world.mapping).get_latest_revision().publish(user=world.user)
    assert card(client, "stories", world.discharge)["tools"] == ["process-mapping"]
    assert_true_to_content(client)


def test_a_view_restriction_hides_a_section_and_lifting_it_shows_it_again(world, client):
    tools = ToolIndexPage.objects.get()
    restriction = PageViewRestriction.objects.create(
        page=tools, restriction_type=PageViewRestriction.LOGIN
    )
    assert listed_cards(client, "tools") == {}
    assert all(c["tools"] == [] for c in listed_cards(client, "stories").values())
    assert_true_to_content(client)
    restriction.delete()
    assert len(listed_cards(client, "tools")) == len(world.live_tools)
    assert_true_to_content(client)


def test_moving_a_tool_into_a_private_section_hides_it(world, client):
    private = world.home.add_child(instance=ToolIndexPage(title="Members", slug="members"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    fresh(world.whys).move(private, pos="last-child", user=world.user)
    assert card(client, "tools", world.whys) is None
    assert_true_to_content(client)


def test_moving_a_story_changes_the_url_on_its_card(world, client):
    archive = world.home.add_child(instance=StoryIndexPage(title="Archive", slug="archive"))
    fresh(world.falls).move(archive, pos="last-child")
    assert card(client, "stories", world.falls)["url"].endswith("/archive/fewer-falls/")
    assert_true_to_content(client)


def test_a_new_slug_on_a_parent_changes_the_urls_below_it(world, client):
    stories = StoryIndexPage.objects.get()
    stories.slug = "case-studies"
    stories.save_revision(user=world.user).publish(user=world.user)
    assert card(client, "stories", world.falls)["url"].endswith("/case-studies/fewer-falls/")
    assert_true_to_content(client)


def test_renaming_a_perspective_relabels_every_card(world, client):
    risk = Perspective.objects.get(slug="risk")
    risk.name = "Risk and safety"
    risk.save()
    assert "Risk and safety" in card(client, "tools", world.fishbone)["labels"]["perspectives"]
    assert_true_to_content(client)


def test_deleting_a_story_recounts_its_tools(world, client):
    before = card(client, "tools", world.pdsa)["story_count"]
    fresh(world.clinic).delete()
    assert card(client, "tools", world.pdsa)["story_count"] == before - 1
    assert not PublicCard.objects.filter(kind="story", item_id=world.clinic.pk).exists()
    assert_true_to_content(client)


def test_deleting_a_question_removes_its_card(world, client):
    fresh(world.who).delete()
    assert card(client, "questions", world.who) is None
    assert_true_to_content(client)


def test_unpublishing_a_question_removes_its_card(world, client):
    fresh(world.causes).unpublish(user=world.user)
    assert card(client, "questions", world.causes) is None
    assert_true_to_content(client)


def test_an_expired_story_leaves_the_list_and_the_counts(world, client, monkeypatch):
    soon = timezone.now() + datetime.timedelta(minutes=5)
    clinic = fresh(world.clinic)
    clinic.expire_at = soon
    clinic.save_revision(user=world.user).publish(user=world.user)
    before = card(client, "tools", world.pdsa)["story_count"]
    later = soon + datetime.timedelta(minutes=1)
    monkeypatch.setattr(content_version_module.timezone, "now", lambda: later)
    # At once, without anything written: the story is judged expired when read.
    assert card(client, "stories", world.clinic) is None
    # The counts follow when Wagtail's scheduled unpublish runs (the worker's schedule).
    call_command("publish_scheduled", verbosity=0)
    assert card(client, "tools", world.pdsa)["story_count"] == before - 1
    assert_true_to_content(client)


def test_an_image_edit_reaches_the_cards_that_show_it(world, client):
    image = get_image_model().objects.get(pk=world.image.pk)
    image.description = "A fishbone drawn by the ward team"
    image.save()
    assert card(client, "tools", world.fishbone)["image"]["alt"] == image.description
    assert_true_to_content(client)


def test_pages_saved_without_publishing_are_listed_too(world, client):
    """An import that makes live pages with ``add_child`` sends no publish signal."""
    tool = ToolPage(title="Imported tool", slug="imported-tool", purpose="From a spreadsheet.")
    tool.live = True
    tool.stages.set([world.ST["understand"]])
    ToolIndexPage.objects.get().add_child(instance=tool)
    story = StoryPage(title="Imported story", slug="imported-story", summary="From a sheet.")
    story.live = True
    story.tool_usages = [ToolUsage(tool=tool, why_chosen="It fitted.", how_used="Once.")]
    StoryIndexPage.objects.get().add_child(instance=story)
    imported = card(client, "tools", tool)
    assert (imported["stages"], imported["story_count"]) == (["understand"], 1)
    assert_true_to_content(client)


def test_the_refresh_command_catches_up_with_changes_made_in_sql(world, client):
    ToolPage.objects.filter(pk=world.whys.pk).update(purpose="Ask why, five times over.")
    FrameworkPage.objects.filter(pk=world.lean.pk).update(live=False)
    assert card(client, "tools", world.whys)["summary"] != "Ask why, five times over."
    call_command("iitk_refresh_cards", verbosity=0)
    assert card(client, "tools", world.whys)["summary"] == "Ask why, five times over."
    assert card(client, "frameworks", world.lean) is None
    assert_true_to_content(client)


def test_items_taken_down_in_sql_leave_the_lists_at_once(world, client):
    """Changed behind the signals' back, a card may lag; an item that is no longer live
    must still never be shown."""
    ToolPage.objects.filter(pk=world.whys.pk).update(live=False)
    Question.objects.filter(pk=world.who.pk).update(live=False)
    StoryPage.objects.filter(pk=world.clinic.pk).update(expire_at=timezone.now())
    assert card(client, "tools", world.whys) is None
    assert card(client, "questions", world.who) is None
    assert card(client, "stories", world.clinic) is None
    caches["default"].clear()
    found = get_json(client, "search/", {"q": "whys"})["results"]
    assert world.whys.pk not in [item["id"] for item in found if item["type"] == "tool"]
    found = get_json(client, "tools/", {"q": "whys"})
    assert found["count"] == 0 and found["results"] == []


def test_i_used_this_tool_presses_reach_the_listed_count(world, client):
    before = card(client, "tools", world.whys)["used_count"]
    add_counts({("tool", world.whys.pk, "used"): 3})
    assert card(client, "tools", world.whys)["used_count"] == before + 3
    assert_true_to_content(client)


def test_a_publish_that_rolls_back_leaves_the_cards_as_they_were(world, client):
    listed = listed_cards(client, "tools")
    with pytest.raises(RuntimeError), transaction.atomic():
        fresh(world.whys).unpublish(user=world.user)
        raise RuntimeError("the publish failed after the signal")
    assert listed_cards(client, "tools") == listed
    assert_true_to_content(client)


def test_a_question_published_later_gets_its_card(world, client):
    question = b.question(state="draft", tools=[world.whys], wording="What slows the ward?")
    assert card(client, "questions", question) is None
    fresh(question).get_latest_revision().publish(user=world.user)
    assert card(client, "questions", question)["tool_count"] == 1
    assert_true_to_content(client)


def test_every_card_is_rebuilt_after_migrating(world, client):
    """An upgrade adds the table empty; ``migrate`` fills it."""
    PublicCard.objects.all().delete()
    call_command("migrate", verbosity=0)
    assert_true_to_content(client)
    assert set(PublicCard.objects.values_list("kind", flat=True)) == {
        get_kind(k).name for k in KINDS
    }
    assert Question.objects.filter(live=True).count() == len(listed_cards(client, "questions"))
