"""Moderation decisions: each transition, the states it refuses, the audit log it writes,
the workflow it cancels, and what it does to a tool's draft."""

import sys
import types

import pytest
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry, TaskState, WorkflowState

from wagtail_iitk.community import moderation
from wagtail_iitk.community.guard import flagged_contributions
from wagtail_iitk.community.proposals import holds_proposal, proposal_block_id
from wagtail_iitk.conf import iitk_settings
from wagtail_iitk.models import Submission

from ..factories import make_tool
from .inbox_data import NHS_NUMBER, draft_story, make_submission, propose_example, story_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer(toolkit, make_user):
    return make_user("rhian", iitk_settings.REVIEWERS_GROUP)


@pytest.fixture
def other_reviewer(toolkit, make_user):
    user = make_user("owen", iitk_settings.REVIEWERS_GROUP)
    user.first_name, user.last_name = "Owen", "Price"
    user.save()
    return user


@pytest.fixture
def in_review(reviewer):
    submission = make_submission()
    draft_story(submission, reviewer)
    return submission


@pytest.fixture
def declined(monkeypatch):
    """Stands in for the notifications module; records whom it was asked to tell."""
    told = []
    module = types.ModuleType("wagtail_iitk.community.notifications")
    module.notify_declined = told.append
    monkeypatch.setitem(sys.modules, "wagtail_iitk.community.notifications", module)
    return told


def entries(submission, action=None):
    logs = ModelLogEntry.objects.for_instance(submission)
    return list(logs.filter(action=action) if action else logs)


def active_workflow(page):
    return WorkflowState.objects.active().for_instance(page).first()


# --- reject -------------------------------------------------------------------------------


def test_reject_records_the_decision_logs_it_and_cancels_the_workflow(
    in_review, reviewer, declined, django_capture_on_commit_callbacks
):
    page = in_review.page
    assert active_workflow(page) is not None
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reject(in_review.pk, reviewer, "  Not about improvement work.  ")

    in_review.refresh_from_db()
    assert in_review.status == "rejected"
    assert in_review.rejection_reason == "Not about improvement work."
    assert in_review.decided_by == reviewer
    assert in_review.decided_at is not None
    [entry] = entries(in_review)
    assert entry.action == moderation.REJECT
    assert entry.user == reviewer
    assert entry.data == {"reason": "Not about improvement work.", "previous_status": "in_review"}
    assert entry.label == in_review.reference + " (Story of use)"
    # The draft leaves reviewers' dashboards: no active workflow, no task in progress.
    assert active_workflow(page) is None
    assert not TaskState.objects.filter(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    ).exists()
    assert WorkflowState.objects.for_instance(page).get().status == "cancelled"
    # The contributor is told, once the decision is committed.
    assert [s.pk for s in declined] == [in_review.pk]


def test_the_contributor_is_not_told_if_the_decision_is_rolled_back(
    in_review, reviewer, declined, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        moderation.reject(in_review.pk, reviewer, "Off topic.")
    assert len(callbacks) == 1
    assert declined == []


def test_reject_a_received_submission_that_has_no_draft_yet(reviewer, declined):
    submission = make_submission()
    moderation.reject(submission.pk, reviewer, "A duplicate of IITK-AAAA-BBBB.")
    submission.refresh_from_db()
    assert submission.status == "rejected"
    assert len(entries(submission, moderation.REJECT)) == 1


@pytest.mark.parametrize("reason", ["", "   \n ", None, "x" * (moderation.REASON_MAX_LENGTH + 1)])
def test_reject_needs_a_reason_of_sensible_length(in_review, reviewer, reason):
    with pytest.raises(moderation.ModerationError) as error:
        moderation.reject(in_review.pk, reviewer, reason)
    assert "reason" in str(error.value).lower()
    in_review.refresh_from_db()
    assert in_review.status == "in_review"
    assert entries(in_review) == []
    assert active_workflow(in_review.page) is not None


def test_reject_after_another_reviewer_rejected_says_who_and_changes_nothing(
    in_review, reviewer, other_reviewer
):
    moderation.reject(in_review.pk, other_reviewer, "Off topic.")
    with pytest.raises(moderation.SubmissionStateChanged) as error:
        moderation.reject(in_review.pk, reviewer, "Too short.")
    message = str(error.value)
    assert "Owen Price rejected " + in_review.reference in message
    assert "Nothing was changed" in message
    in_review.refresh_from_db()
    assert in_review.rejection_reason == "Off topic."
    assert in_review.decided_by == other_reviewer
    assert len(entries(in_review)) == 1


@pytest.mark.parametrize("status", ["rejected", "spam", "published"])
def test_reject_refuses_a_decided_submission(reviewer, status):
    submission = make_submission(status=status)
    with pytest.raises(moderation.SubmissionStateChanged) as error:
        moderation.reject(submission.pk, reviewer, "Off topic.")
    assert submission.reference in str(error.value)
    submission.refresh_from_db()
    assert submission.status == status
    assert submission.rejection_reason == ""
    assert entries(submission) == []


# --- mark as spam -------------------------------------------------------------------------


def test_mark_spam_logs_cancels_the_workflow_and_tells_nobody(
    in_review, reviewer, declined, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        moderation.mark_spam(in_review.pk, reviewer)
    in_review.refresh_from_db()
    assert (in_review.status, in_review.decided_by) == ("spam", reviewer)
    [entry] = entries(in_review)
    assert (entry.action, entry.data) == (moderation.SPAM, {"previous_status": "in_review"})
    assert active_workflow(in_review.page) is None
    assert declined == []


def test_mark_spam_after_a_rejection_is_refused(in_review, reviewer, other_reviewer):
    moderation.reject(in_review.pk, other_reviewer, "Off topic.")
    with pytest.raises(moderation.SubmissionStateChanged, match="not marked as spam"):
        moderation.mark_spam(in_review.pk, reviewer)
    in_review.refresh_from_db()
    assert in_review.status == "rejected"
    assert [e.action for e in entries(in_review)] == [moderation.REJECT]


# --- clear flags --------------------------------------------------------------------------


def test_clear_flags_refuses_while_the_draft_still_holds_the_flagged_text(in_review, reviewer):
    assert in_review.is_flagged
    with pytest.raises(moderation.FlagsRemain) as error:
        moderation.clear_flags(in_review.pk, reviewer)
    [match] = error.value.matches
    assert (match["kind"], match["text"], match["label"]) == ("nhs_number", NHS_NUMBER, "Summary")
    in_review.refresh_from_db()
    assert in_review.is_flagged
    assert entries(in_review) == []
    # The publish guard still holds the draft back.
    assert flagged_contributions(in_review.page) == [in_review]


def test_clear_flags_after_the_reviewer_edited_the_text_out(in_review, reviewer):
    draft = in_review.page.get_latest_revision_as_object()
    draft.summary = "We cut waits on the ward. One patient waited nine hours."
    draft.save_revision(user=reviewer)

    moderation.clear_flags(in_review.pk, reviewer)

    in_review.refresh_from_db()
    assert not in_review.is_flagged
    assert (in_review.pii_cleared_by, in_review.status) == (reviewer, "in_review")
    [entry] = entries(in_review)
    assert entry.action == moderation.CLEAR_FLAGS
    assert entry.data == {"flags": 1, "confirmed_remaining": []}
    assert flagged_contributions(in_review.page) == []


def test_clear_flags_when_the_reviewer_confirms_what_remains_is_not_patient_data(
    in_review, reviewer
):
    moderation.clear_flags(in_review.pk, reviewer, confirm_remaining=True)
    in_review.refresh_from_db()
    assert not in_review.is_flagged
    [entry] = entries(in_review)
    # The log says what kind of thing was checked and where, never the text itself.
    assert entry.data["confirmed_remaining"] == [{"field": "Summary", "kind": "nhs_number"}]
    assert NHS_NUMBER not in str(entry.data)
    assert "confirmed 1 remaining match" in entry.message


def test_clear_flags_without_a_draft_needs_confirmation(reviewer):
    submission = make_submission()
    with pytest.raises(moderation.FlagsRemain):
        moderation.clear_flags(submission.pk, reviewer)
    moderation.clear_flags(submission.pk, reviewer, confirm_remaining=True)
    submission.refresh_from_db()
    assert not submission.is_flagged


def test_clear_flags_twice_names_who_cleared_them(in_review, reviewer, other_reviewer):
    moderation.clear_flags(in_review.pk, other_reviewer, confirm_remaining=True)
    with pytest.raises(moderation.SubmissionStateChanged, match="Owen Price cleared the flags"):
        moderation.clear_flags(in_review.pk, reviewer, confirm_remaining=True)
    assert len(entries(in_review)) == 1


def test_clear_flags_on_an_unflagged_or_decided_submission(reviewer, other_reviewer):
    clean = make_submission(story_data(summary="Nothing personal here."))
    assert clean.pii_flags == []
    with pytest.raises(moderation.ModerationError, match="has no flags"):
        moderation.clear_flags(clean.pk, reviewer)
    rejected = make_submission()
    moderation.reject(rejected.pk, other_reviewer, "Off topic.")
    with pytest.raises(moderation.SubmissionStateChanged, match="Owen Price rejected"):
        moderation.clear_flags(rejected.pk, reviewer, confirm_remaining=True)
    rejected.refresh_from_db()
    assert rejected.is_flagged


# --- changes proposed to a live tool ------------------------------------------------------


@pytest.fixture
def tool(toolkit):
    # The live tool's own words include a phone number; they are not the contributor's.
    return make_tool(title="Run chart", inputs="Ring the QI team on 01223 765432.")


def example_submission(tool, description):
    data = {"kind": "example", "tool": tool.slug, "setting": "Outpatients", "text": description}
    return make_submission(data, tool=tool)


def test_rejecting_a_proposed_example_takes_it_out_of_the_tools_draft(tool, reviewer):
    submission = example_submission(tool, f"Used with patient {NHS_NUMBER}.")
    propose_example(submission, tool, reviewer, f"Used with patient {NHS_NUMBER}.")
    assert holds_proposal(tool.get_latest_revision_as_object(), submission)

    moderation.reject(submission.pk, reviewer, "Holds patient details.")

    tool.refresh_from_db()
    assert not holds_proposal(tool.get_latest_revision_as_object(), submission)
    assert not holds_proposal(tool.specific, submission)  # the live tool never had it
    assert tool.live and tool.title == "Run chart"
    assert active_workflow(tool) is None
    assert tool.get_latest_revision().user == reviewer


def test_clear_flags_on_a_proposed_example_screens_only_the_proposed_block(tool, reviewer):
    submission = example_submission(tool, f"Used with patient {NHS_NUMBER}.")
    propose_example(submission, tool, reviewer, f"Used with patient {NHS_NUMBER}.")
    with pytest.raises(moderation.FlagsRemain) as error:
        moderation.clear_flags(submission.pk, reviewer)
    assert [m["kind"] for m in error.value.matches] == ["nhs_number"]
    assert error.value.matches[0]["label"] == "Examples of use › Description"

    # The reviewer edits the number out; the tool's own phone number does not count.
    draft = tool.get_latest_revision_as_object()
    example = draft.examples[-1].value
    example["description"] = "Used with a patient."
    draft.save_revision(user=reviewer)
    moderation.clear_flags(submission.pk, reviewer)
    submission.refresh_from_db()
    assert not submission.is_flagged


def test_two_changes_to_one_tool_rejecting_one_leaves_the_others_review_going(tool, reviewer):
    first = example_submission(tool, "Used in clinic A.")
    second = example_submission(tool, "Used in clinic B.")
    propose_example(first, tool, reviewer, "Used in clinic A.")
    draft = tool.get_latest_revision_as_object()
    draft.examples.append(
        ("example", {"description": "Used in clinic B."}, proposal_block_id(second))
    )
    draft.save_revision(user=reviewer)
    Submission.objects.filter(pk=second.pk).update(page_id=tool.pk, status="in_review")

    moderation.reject(first.pk, reviewer, "Not specific enough.")

    tool.refresh_from_db()
    latest = tool.get_latest_revision_as_object()
    assert not holds_proposal(latest, first)
    assert holds_proposal(latest, second)
    assert active_workflow(tool) is not None


# --- restore ------------------------------------------------------------------------------


@pytest.fixture
def conversions(monkeypatch):
    """Stands in for the tasks module; records the submissions queued for conversion."""
    queued = []
    module = types.ModuleType("wagtail_iitk.community.tasks")
    module.convert_submission = types.SimpleNamespace(enqueue=queued.append)
    monkeypatch.setitem(sys.modules, "wagtail_iitk.community.tasks", module)
    return queued


def test_restore_from_spam_receives_it_again_and_queues_a_fresh_draft(
    in_review, reviewer, conversions, django_capture_on_commit_callbacks
):
    moderation.mark_spam(in_review.pk, reviewer)
    old_page = in_review.page_id
    with django_capture_on_commit_callbacks(execute=True):
        moderation.restore(in_review.pk, reviewer)
    in_review.refresh_from_db()
    assert (in_review.status, in_review.page_id, in_review.decided_by) == ("received", None, None)
    assert conversions == [in_review.pk]
    restore_entry = entries(in_review, moderation.RESTORE)[0]
    assert restore_entry.data == {"previous_page": old_page}


@pytest.mark.parametrize("status", ["received", "in_review", "rejected", "published"])
def test_restore_only_from_spam(reviewer, status, conversions):
    submission = make_submission(status=status)
    with pytest.raises(moderation.SubmissionStateChanged, match="not restored"):
        moderation.restore(submission.pk, reviewer)
    submission.refresh_from_db()
    assert submission.status == status
    assert conversions == []


# --- the audit log ------------------------------------------------------------------------


def test_the_log_actions_are_registered_with_labels_and_messages(in_review, reviewer):
    for action in (moderation.REJECT, moderation.SPAM, moderation.CLEAR_FLAGS, moderation.RESTORE):
        assert log_registry.action_exists(action)
        assert log_registry.get_action_label(action)
    moderation.reject(in_review.pk, reviewer, "<b>Off</b> topic.")
    [entry] = entries(in_review)
    assert entry.message == "Rejected: <b>Off</b> topic."
    assert (moderation.REJECT, "Reject community submission") in log_registry.get_choices()
