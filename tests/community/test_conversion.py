"""Conversion: each kind of submission becomes the right draft, in Community review.

Stories and tool suggestions become new draft pages; references, tips and examples a
new revision of the tool built from its latest revision. Nothing goes live, converting
twice does nothing, spam is never converted and hostile markup arrives inert.
"""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.models import Page, Revision, Workflow, WorkflowState

from tests.factories import make_question, make_tool
from wagtail_iitk.community.conversion import convert
from wagtail_iitk.community.draft_fields import fit_purpose
from wagtail_iitk.community.proposals import proposal_block_id
from wagtail_iitk.models import (
    ScreeningCheckTask,
    StoryIndexPage,
    StoryPage,
    ToolIndexPage,
    ToolPage,
)
from wagtail_iitk.models.validators import validate_one_sentence

from .contributions import (
    HOSTILE,
    NHS_NUMBER,
    SCRIPT,
    assert_inert,
    received,
    reviewer_with_email,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map", purpose="Shows each step.")


def converted(submission):
    status = convert(submission.pk)
    submission.refresh_from_db()
    assert submission.status == status
    return submission


def community_state(page):
    state = WorkflowState.objects.active().for_instance(page).get()
    assert state.workflow.name == "Community review"
    return state


# --- stories ---------------------------------------------------------------------------------


def test_a_story_becomes_a_draft_story_page_in_community_review(tool):
    question = make_question(wording="What are the needs?")
    submission = converted(received("story", tool, questions=[question.pk]))

    assert submission.status == "in_review"
    story = StoryPage.objects.get(pk=submission.page_id)
    assert story.get_parent().specific_class is StoryIndexPage
    assert not story.live and story.first_published_at is None
    assert submission.revision == story.latest_revision
    draft = story.get_latest_revision_as_object()
    assert draft.title == "Fewer missed doses on the stroke ward"
    assert draft.summary == "A ward team halved missed medicine doses in twelve weeks."
    assert (draft.care_sector, draft.organisation_type) == ("acute", "Acute trust")
    assert draft.aim == "Halve missed doses by the end of the quarter."
    [usage] = draft.tool_usages.all()
    assert (usage.tool_id, usage.would_use_again) == (tool.pk, "yes")
    assert usage.how_used == "We mapped a morning drug round on the ward wall."
    assert list(draft.questions.all()) == [question]
    assert [b.value["outcome"] for b in draft.outcomes] == ["Missed doses fell from 10% to 4%."]
    assert [b.value for b in draft.top_tips] == ["Walk the drug round before you map it."]
    assert [b.value for b in draft.pitfalls] == ["Do not map the process from the office."]
    assert draft.consent_to_publish
    state = community_state(story)
    assert state.current_task_state.task.specific_class is ScreeningCheckTask


def test_a_story_credits_its_author_only_with_consent(tool):
    credited = StoryPage.objects.get(pk=converted(received("story", tool)).page_id)
    assert (credited.author_name, credited.author_organisation, credited.credit_author) == (
        "Priya Shah",
        "Northtown NHS Trust",
        True,
    )
    anonymous = StoryPage.objects.get(pk=converted(received("story", tool, credit=False)).page_id)
    assert (anonymous.author_name, anonymous.author_organisation) == ("", "")
    assert not anonymous.credit_author


def test_a_story_with_the_same_title_gets_its_own_slug(tool):
    first = Page.objects.get(pk=converted(received("story", tool)).page_id)
    second = Page.objects.get(pk=converted(received("story", tool)).page_id)
    assert first.slug == "fewer-missed-doses-on-the-stroke-ward"
    assert second.slug != first.slug and second.slug.startswith(first.slug)


# --- tool suggestions ------------------------------------------------------------------------


def test_a_tool_suggestion_becomes_a_draft_tool_page(toolkit):
    submission = converted(received("tool"))
    page = ToolPage.objects.get(pk=submission.page_id)
    assert page.get_parent().specific_class is ToolIndexPage
    assert not page.live
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Go and see"
    assert draft.purpose == "Watch the work where it happens before you change it."
    assert [(s.value["text"], s.value["detail"]) for s in draft.steps] == [
        ("Agree who goes.", ""),
        ("Watch without helping.", ""),
        ("Write down what you saw.", ""),
    ]
    assert "<p>A short visit to the place where the work is done.</p>" in draft.when_to_use
    assert "<p>At the start, before anyone proposes a solution.</p>" in draft.when_to_use
    [reference] = draft.references
    assert reference.value["url"] == "https://example.org/go-and-see"
    assert community_state(page)


def test_a_long_purpose_is_fitted_to_one_sentence_and_kept_whole_for_reviewers(toolkit):
    long = (
        "Helps a team look at the whole of a patient's journey from the first referral right "
        "through to discharge and beyond it, including every hand-off between teams."
    )
    submission = converted(received("tool", purpose=long))
    draft = ToolPage.objects.get(pk=submission.page_id).get_latest_revision_as_object()
    validate_one_sentence(draft.purpose)  # would raise
    assert draft.purpose.endswith("…")
    assert len(draft.purpose.split()) == 20
    assert draft.when_to_use.startswith("<p>Helps a team look at the whole")
    assert "including every hand-off between teams.</p>" in draft.when_to_use


def test_fit_purpose_keeps_the_first_sentence_when_it_fits():
    assert fit_purpose("Maps the steps. Then it does more things.") == ("Maps the steps.", True)
    assert fit_purpose("Maps the steps.") == ("Maps the steps.", False)


def test_a_suggestion_with_a_dangerous_address_drops_the_address(toolkit):
    submission = converted(received("tool", reference_url="javascript:alert(1)"))
    draft = ToolPage.objects.get(pk=submission.page_id).get_latest_revision_as_object()
    assert list(draft.references) == []


# --- changes to an existing tool ---------------------------------------------------------------


def _live_state(tool):
    tool = ToolPage.objects.get(pk=tool.pk)
    return (
        tool.live_revision_id,
        tool.live,
        tool.purpose,
        list(tool.references.raw_data),
        list(tool.top_tips.raw_data),
        list(tool.pitfalls.raw_data),
        list(tool.examples.raw_data),
    )


@pytest.mark.parametrize(
    "kind, fields, stream, expected",
    [
        (
            "reference",
            {},
            "references",
            {
                "title": "Mapping care pathways",
                "authors": "A. Author, B. Author",
                "year": 2019,
                "publisher": "Journal of Improvement",
                "url": "https://example.org/mapping",
            },
        ),
        ("tip", {}, "top_tips", "Map the process as it is, not as it should be."),
        (
            "tip",
            {"advice": "pitfall", "text": "Do not map alone."},
            "pitfalls",
            "Do not map alone.",
        ),
        (
            "example",
            {},
            "examples",
            {
                "setting": "Outpatients, community trust",
                "description": "The clinic mapped its booking process and removed two hand-offs.",
                "credit": "Priya Shah, Northtown NHS Trust",
            },
        ),
    ],
)
def test_a_change_becomes_a_new_revision_of_the_tool_and_the_live_version_is_untouched(
    tool, kind, fields, stream, expected
):
    before = _live_state(tool)
    revisions = Revision.page_revisions.filter(object_id=str(tool.pk)).count()

    submission = converted(received(kind, tool, **fields))

    assert submission.status == "in_review"
    assert (submission.page_id, submission.tool_id) == (tool.pk, tool.pk)
    assert _live_state(tool) == before
    assert Revision.page_revisions.filter(object_id=str(tool.pk)).count() == revisions + 1
    fresh = ToolPage.objects.get(pk=tool.pk)
    assert fresh.has_unpublished_changes
    assert submission.revision == fresh.latest_revision
    draft = fresh.get_latest_revision_as_object()
    last = list(getattr(draft, stream).raw_data)[-1]
    assert last["id"] == proposal_block_id(submission)
    assert last["value"] == expected
    assert community_state(fresh)


def test_an_example_is_not_credited_without_consent(tool):
    submission = converted(received("example", tool, credit=False))
    draft = ToolPage.objects.get(pk=tool.pk).get_latest_revision_as_object()
    [example] = draft.examples
    assert example.value["credit"] == ""
    assert submission.status == "in_review"


def test_a_change_keeps_an_editors_pending_draft(tool):
    pending = tool.get_latest_revision_as_object()
    pending.purpose = "A purpose an editor is still working on."
    pending.save_revision()
    converted(received("tip", tool))
    draft = ToolPage.objects.get(pk=tool.pk).get_latest_revision_as_object()
    assert draft.purpose == "A purpose an editor is still working on."
    assert [b.value for b in draft.top_tips] == ["Map the process as it is, not as it should be."]
    assert ToolPage.objects.get(pk=tool.pk).purpose == "Shows each step."


def test_a_tool_in_another_workflow_moves_into_community_review_with_the_editors_draft(tool):
    editor_draft = tool.get_latest_revision_as_object()
    editor_draft.purpose = "Submitted by an editor for review."
    editor_draft.save_revision()
    toolkit_review = Workflow.objects.get(name="Toolkit review")
    earlier = toolkit_review.start(tool, None)

    converted(received("reference", tool))

    earlier.refresh_from_db()
    assert earlier.status == WorkflowState.STATUS_CANCELLED
    fresh = ToolPage.objects.get(pk=tool.pk)
    assert community_state(fresh)
    draft = fresh.get_latest_revision_as_object()
    assert draft.purpose == "Submitted by an editor for review."
    assert [b.value["title"] for b in draft.references] == ["Mapping care pathways"]


def test_two_changes_to_one_tool_share_one_review_and_reviewers_hear_of_each(tool):
    reviewer = reviewer_with_email()
    first = converted(received("tip", tool))
    second = converted(received("example", tool))
    assert first.revision != second.revision
    [state] = WorkflowState.objects.active().for_instance(tool)
    assert state.current_task_state.status == "in_progress"
    assert state.current_task_state.revision == second.revision
    assert len([m for m in mail.outbox if m.to == [reviewer.email]]) == 2
    draft = ToolPage.objects.get(pk=tool.pk).get_latest_revision_as_object()
    assert len(draft.top_tips) == 1 and len(draft.examples) == 1


def test_a_change_to_a_tool_that_is_no_longer_found_stays_received(tool):
    submission = received("tip", tool)
    submission.tool = None
    submission.received_data["tool"] = "no-such-tool"
    submission.save()
    assert converted(submission).status == "received"
    assert submission.page_id is None


# --- once only, never spam ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["story", "tool", "reference", "tip", "example"])
def test_converting_twice_does_nothing_more(tool, kind):
    submission = converted(received(kind, tool))
    pages, revisions, states = (
        Page.objects.count(),
        Revision.objects.count(),
        (WorkflowState.objects.count()),
    )
    assert convert(submission.pk) == "in_review"
    assert (Page.objects.count(), Revision.objects.count(), WorkflowState.objects.count()) == (
        pages,
        revisions,
        states,
    )


def test_a_restored_change_reuses_its_block_rather_than_adding_it_again(tool):
    submission = converted(received("tip", tool))
    # As moderation.restore leaves it: received again, with no draft recorded.
    submission.status, submission.page, submission.revision = "received", None, None
    submission.save()
    assert converted(submission).status == "in_review"
    draft = ToolPage.objects.get(pk=tool.pk).get_latest_revision_as_object()
    assert len(draft.top_tips) == 1


@pytest.mark.parametrize("status", ["spam", "rejected", "published"])
def test_spam_and_decided_submissions_are_never_converted(tool, status):
    submission = received("story", tool)
    submission.status = status
    submission.save()
    pages = Page.objects.count()
    assert convert(submission.pk) == status
    submission.refresh_from_db()
    assert submission.page_id is None and Page.objects.count() == pages


def test_a_missing_submission_is_ignored(toolkit):
    assert convert(10**9) is None


# --- hostile markup -----------------------------------------------------------------------------


def test_hostile_markup_in_a_story_arrives_inert(tool):
    submission = converted(
        received(
            "story",
            tool,
            title=f"Flow {HOSTILE}",
            summary=f"Summary {HOSTILE}",
            trigger=HOSTILE,
            tips=[HOSTILE + " Walk it first."],
            outcomes=HOSTILE,
            person={"name": f"Sam {SCRIPT}", "organisation": HOSTILE, "credit": True},
        )
    )
    draft = StoryPage.objects.get(pk=submission.page_id).get_latest_revision_as_object()
    for value in (
        draft.title,
        draft.summary,
        draft.trigger,
        draft.author_name,
        draft.author_organisation,
        *[b.value for b in draft.top_tips],
        *[b.value["outcome"] for b in draft.outcomes],
    ):
        assert_inert(value)
    assert draft.title.startswith("Flow") and "link" in draft.title
    assert draft.author_name == "Sam"
    assert draft.top_tips[0].value.endswith("Walk it first.")


def test_hostile_markup_in_a_suggestion_and_a_change_arrives_inert(tool):
    suggestion = converted(received("tool", title=HOSTILE, description=HOSTILE, how_to_use=HOSTILE))
    page = ToolPage.objects.get(pk=suggestion.page_id).get_latest_revision_as_object()
    assert_inert(page.title)
    assert_inert(page.when_to_use)
    for step in page.steps:
        assert_inert(step.value["text"])
    change = converted(received("example", tool, setting=HOSTILE, text=HOSTILE))
    draft = ToolPage.objects.get(pk=change.page_id).get_latest_revision_as_object()
    [example] = draft.examples
    assert_inert(example.value["setting"])
    assert_inert(example.value["description"])


def test_flagged_text_is_removed_from_the_draft_and_kept_for_reviewers(tool):
    submission = converted(received("story", tool, summary=f"Patient {NHS_NUMBER} waited."))
    assert submission.is_flagged
    assert submission.status == "in_review"
    summary = StoryPage.objects.get(pk=submission.page_id).summary
    assert summary == "Patient [removed: NHS number] waited."
    assert NHS_NUMBER in submission.received_data["summary"]


# --- the workflow ------------------------------------------------------------------------------


def test_iitk_setup_creates_the_community_review_workflow_once(toolkit):
    workflow = Workflow.objects.get(name="Community review")
    [task] = workflow.tasks.specific()
    assert isinstance(task, ScreeningCheckTask)
    assert [g.name for g in task.groups.all()] == ["Toolkit reviewers"]
    assert not workflow.workflow_pages.exists()  # started by conversion, assigned nowhere
    out = io.StringIO()
    call_command("iitk_setup", stdout=out)
    assert "Nothing to do" in out.getvalue()
    assert Workflow.objects.filter(name="Community review").count() == 1


def test_conversion_creates_the_workflow_if_setup_never_made_it(tool):
    Workflow.objects.filter(name="Community review").delete()
    submission = converted(received("tip", tool))
    assert community_state(ToolPage.objects.get(pk=submission.page_id))


def test_a_deactivated_workflow_still_gets_a_draft_but_no_review(tool):
    Workflow.objects.get(name="Community review").deactivate()
    submission = converted(received("story", tool))
    assert submission.status == "in_review"
    page = Page.objects.get(pk=submission.page_id)
    assert not page.live
    assert not WorkflowState.objects.for_instance(page).exists()
