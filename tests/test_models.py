"""The content model's rules: validation, parent/child pages, visibility, review dates, search."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from wagtail_iitk.admin.reports import overdue_items
from wagtail_iitk.models import (
    FrameworkIndexPage,
    PartnerOrganisation,
    Perspective,
    Question,
    StoryIndexPage,
    StoryPage,
    ToolIndexPage,
    ToolPage,
    visible_pages,
)

from .factories import make_framework, make_question, make_story, make_tool

pytestmark = pytest.mark.django_db


# Pages and their parents ----------------------------------------------------------------


def test_pages_may_only_be_created_in_their_section(toolkit):
    tool_index = ToolIndexPage.objects.get()
    assert ToolPage.can_create_at(tool_index)
    assert not ToolPage.can_create_at(toolkit)
    assert not ToolPage.can_create_at(StoryIndexPage.objects.get())
    assert StoryPage.can_create_at(StoryIndexPage.objects.get())
    # One index of each kind per toolkit.
    assert not ToolIndexPage.can_create_at(toolkit)
    assert not FrameworkIndexPage.can_create_at(toolkit)


@pytest.mark.parametrize(
    "sequential, heading, tag",
    [
        (True, "Phases", '<ol class="iitk-framework-phases'),
        (False, "Lenses", '<ul class="iitk-framework-phases'),
    ],
)
def test_a_framework_shows_ordered_phases_or_unordered_lenses(
    toolkit, client, sequential, heading, tag
):
    phases = [("phase", {"name": name, "purpose": "", "key_questions": [], "typical_tools": []})
              for name in ("People", "Systems", "Design", "Risk")]  # fmt: skip
    framework = make_framework(phases=phases, phases_are_sequential=sequential)
    html = client.get(framework.url).content.decode()
    assert f">{heading}</h2>" in html
    assert tag in html


def test_a_tools_purpose_is_one_sentence_of_at_most_twenty_words(toolkit):
    tool = make_tool()
    tool.purpose = " ".join(["word"] * 21)
    with pytest.raises(ValidationError) as error:
        tool.full_clean()
    assert "purpose" in error.value.message_dict
    assert "20 words" in error.value.message_dict["purpose"][0]
    tool.purpose = "Map the steps of a process.\nThen more."
    with pytest.raises(ValidationError):
        tool.full_clean()


def test_a_tools_participant_range_must_be_in_order(toolkit):
    tool = make_tool()
    tool.participants_min, tool.participants_max = 5, 2
    with pytest.raises(ValidationError) as error:
        tool.full_clean()
    assert "participants_max" in error.value.message_dict


def test_other_names_become_a_list(toolkit):
    tool = make_tool(other_names="Ishikawa diagram, cause and effect diagram, ")
    assert tool.alias_list == ["Ishikawa diagram", "cause and effect diagram"]


def story_form_data(**overrides):
    data = {
        "title": "A fictional story",
        "slug": "a-fictional-story",
        "summary": "A fictional example of improvement.",
        "care_sector": "",
        "nation": "",
        "scale": "",
        "complexity": "",
        "tool_usages": inline_formset([]),
        "outcomes": streamfield([]),
        "top_tips": streamfield([]),
        "pitfalls": streamfield([]),
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.parametrize(
    "action, consent, saved",
    [
        ("save draft", False, True),  # drafts may wait for consent
        ("action-submit", False, False),  # but not go to review ...
        ("action-publish", False, False),  # ... or live without it
        ("action-publish", True, True),
    ],
)
def test_a_story_needs_consent_before_review_or_publishing(
    toolkit, client, make_user, action, consent, saved
):
    client.force_login(make_user("admin", superuser=True))
    index = StoryIndexPage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["wagtail_iitk", "storypage", index.pk])
    data = story_form_data(**({"consent_to_publish": "on"} if consent else {}))
    if action != "save draft":
        data[action] = "1"
    response = client.post(url, data)
    assert StoryPage.objects.filter(slug="a-fictional-story").exists() is saved
    if not saved:
        assert response.status_code == 200
        assert "consent" in response.context["form"].errors["consent_to_publish"][0]


def test_a_storys_author_is_credited_only_with_consent(toolkit):
    story = make_story(author_name="Sam Example", author_organisation="Northshire")
    assert story.credited_author == ""
    story.credit_author = True
    assert story.credited_author == "Sam Example"
    assert story.credited_organisation == "Northshire"


# Questions -----------------------------------------------------------------------------


def test_a_questions_phase_must_belong_to_its_perspective(toolkit):
    design = Perspective.objects.get(slug="design")
    risk_phase = Perspective.objects.get(slug="risk").phases.first()
    question = Question(wording="What are the needs?", short_label="Needs", perspective=design)
    question.phase = risk_phase
    with pytest.raises(ValidationError) as error:
        question.full_clean()
    assert "phase" in error.value.message_dict


def test_a_questions_slug_comes_from_its_label_and_stays_unique(toolkit):
    first = make_question(short_label="What could go wrong")
    second = make_question(short_label="What could go wrong")
    assert first.slug == "what-could-go-wrong"
    assert second.slug == "what-could-go-wrong-2"


def test_a_question_lists_its_tools_in_the_editors_order(toolkit):
    a, b = make_tool(title="A"), make_tool(title="B")
    question = make_question(tools=[b, a])
    assert [link.tool.title for link in question.tool_links.all()] == ["B", "A"]
    assert list(a.question_links.values_list("question__wording", flat=True)) == [question.wording]


def test_a_draft_question_is_not_live_until_published(toolkit):
    question = make_question(publish=False)
    assert not question.live
    question.latest_revision.publish()
    question.refresh_from_db()
    assert question.live


# Visibility ----------------------------------------------------------------------------


def test_only_live_public_unexpired_pages_are_visible(toolkit):
    shown = make_tool(title="Shown")
    make_tool(title="Draft", publish=False)
    private = make_tool(title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    expired = make_tool(title="Expired")
    ToolPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert list(visible_pages(ToolPage.objects.all())) == [shown]


def test_pages_below_a_private_section_are_hidden(toolkit):
    tool = make_tool()
    PageViewRestriction.objects.create(page=ToolIndexPage.objects.get(), restriction_type="login")
    assert tool not in visible_pages(ToolPage.objects.all())


# Review dates --------------------------------------------------------------------------


def test_the_next_review_defaults_to_a_year_after_the_last(toolkit):
    tool = make_tool(last_reviewed=datetime.date(2026, 1, 10))
    assert tool.review_due == datetime.date(2027, 1, 10)


@override_settings(WAGTAIL_IITK={"REVIEW_INTERVAL_DAYS": 30})
def test_the_review_interval_is_a_setting(toolkit):
    question = make_question(last_reviewed=datetime.date(2026, 1, 1))
    assert question.review_due == datetime.date(2026, 1, 31)


def test_the_due_for_review_report_lists_overdue_and_never_reviewed_items(toolkit):
    today = timezone.localdate()
    overdue = make_tool(title="Overdue tool", review_due=today - datetime.timedelta(days=3))
    make_tool(title="Fresh tool", review_due=today + datetime.timedelta(days=100))
    never = make_framework(title="Never reviewed")
    question = make_question(review_due=today - datetime.timedelta(days=400))
    titles = [item.title for item in overdue_items()]
    assert "Fresh tool" not in titles
    assert set(titles) == {overdue.title, never.title, question.wording}
    # Never reviewed first, then the longest overdue.
    assert titles == [never.title, question.wording, overdue.title]
    assert not ToolPage.objects.get(title="Fresh tool").is_overdue_for_review


# Search --------------------------------------------------------------------------------


def test_tools_are_found_by_their_other_names(toolkit):
    fishbone = make_tool(title="Fishbone diagram", other_names="Ishikawa, cause and effect")
    make_tool(title="Run chart")
    results = list(ToolPage.objects.live().search("Ishikawa"))
    assert results == [fishbone]


def test_questions_are_searchable(toolkit):
    question = make_question(wording="What could possibly go wrong here?")
    make_question(wording="Who uses the service?")
    assert list(Question.objects.search("possibly wrong")) == [question]


# Partner organisations -----------------------------------------------------------------


def test_partner_origins_are_validated_and_normalised():
    partner = PartnerOrganisation(
        name="Northshire", allowed_origins="https://Intranet.Example.nhs.uk/\nhttp://127.0.0.1:8001"
    )
    partner.full_clean()
    assert partner.origin_list == ["https://intranet.example.nhs.uk", "http://127.0.0.1:8001"]
    bad_origins = (
        "ftp://example.org",
        "https://example.org/path",
        "intranet",
        "https://",
        "https://*.sharepoint.com",
    )
    for bad in bad_origins:
        partner.allowed_origins = bad
        with pytest.raises(ValidationError) as error:
            partner.full_clean()
        assert "allowed_origins" in error.value.message_dict


@pytest.mark.parametrize(
    "field, value", [("theme_colour", "blue"), ("theme_colour", "#12345"), ("ods_code", "r-x1")]
)
def test_partner_colour_and_ods_code_are_validated(field, value):
    partner = PartnerOrganisation(name="Southshire", **{field: value})
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert field in error.value.message_dict


def test_a_lower_case_ods_code_is_accepted_in_capitals():
    partner = PartnerOrganisation(name="Eastshire", ods_code=" rx2 ")
    partner.full_clean()
    assert partner.ods_code == "RX2"


def test_a_partner_key_identifies_only_an_active_partner():
    active = PartnerOrganisation.objects.create(name="Active")
    inactive = PartnerOrganisation.objects.create(name="Inactive", active=False)
    assert len(active.widget_key) >= 24 and active.widget_key != inactive.widget_key
    assert PartnerOrganisation.for_key(active.widget_key) == active
    assert PartnerOrganisation.for_key(inactive.widget_key) is None
    assert PartnerOrganisation.for_key("not-a-key") is None
    assert PartnerOrganisation.for_key("") is None
    assert active.key_matches(active.widget_key)
    assert not active.key_matches(active.widget_key + "x")
