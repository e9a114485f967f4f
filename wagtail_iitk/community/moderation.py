"""What reviewers decide about a submission: reject it, mark it as spam, clear its flags,
or restore one wrongly taken for spam.

Every decision locks the submission's row (``select_for_update``), checks it is still in
the state the reviewer saw, changes it and writes Wagtail's audit log in one transaction.
When two reviewers act on the same submission at once the second waits for the first,
finds the state changed and gets :class:`SubmissionStateChanged` saying who did what and
when; nothing of theirs is written. (On SQLite, which has no row locks, writes are
serialised by the database itself, so the second still reads the first one's result.)
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin.utils import get_user_display_name
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page, WorkflowState

from ..models.submissions import (
    TOOL_CHANGE_KINDS,
    Submission,
    SubmissionKind,
    SubmissionStatus,
)
from .draft_text import screen_draft
from .proposals import holds_proposal, proposal_block_id, proposal_stream

logger = logging.getLogger(__name__)

OPEN = (SubmissionStatus.RECEIVED, SubmissionStatus.IN_REVIEW)
REASON_MAX_LENGTH = 2000

REJECT = "wagtail_iitk.submission.reject"
SPAM = "wagtail_iitk.submission.spam"
CLEAR_FLAGS = "wagtail_iitk.submission.clear_flags"
RESTORE = "wagtail_iitk.submission.restore"
RETRY = "wagtail_iitk.submission.retry"


class ModerationError(Exception):
    """A decision that cannot be made; the message says why, for the reviewer."""


class SubmissionStateChanged(ModerationError):
    """Someone else changed the submission first; nothing was written."""


class FlagsRemain(ModerationError):
    """The draft still holds text that screening flags; the reviewer must confirm it."""

    def __init__(self, matches):
        self.matches = matches
        super().__init__(
            ngettext(
                "The draft still contains %(count)d possible piece of patient-identifiable "
                "information.",
                "The draft still contains %(count)d possible pieces of patient-identifiable "
                "information.",
                len(matches),
            )
            % {"count": len(matches)}
        )


def _when(moment):
    return date_format(timezone.localtime(moment), "j F Y, H:i")


def _who(user):
    return get_user_display_name(user) if user else _("someone")


DONE = {
    SubmissionStatus.REJECTED: gettext_lazy("rejected"),
    SubmissionStatus.SPAM: gettext_lazy("marked as spam"),
    SubmissionStatus.PUBLISHED: gettext_lazy("published"),
}


def _changed(submission, attempted):
    """The error for a submission no longer in the state ``attempted`` needs."""
    if submission.status in DONE and submission.decided_at:
        what = _("%(who)s %(done)s %(reference)s on %(when)s") % {
            "who": _who(submission.decided_by),
            "done": DONE[submission.status],
            "reference": submission.reference,
            "when": _when(submission.decided_at),
        }
    else:
        what = _("%(reference)s is now “%(status)s”") % {
            "reference": submission.reference,
            "status": submission.get_status_display(),
        }
    return SubmissionStateChanged(
        _("%(what)s, so it was not %(attempted)s. Nothing was changed.")
        % {"what": what, "attempted": attempted}
    )


def _lock(submission_id, expected, attempted):
    """The submission, locked until the transaction ends, if its status is ``expected``."""
    submission = Submission.objects.select_for_update().get(pk=submission_id)
    if submission.status not in expected:
        raise _changed(submission, attempted)
    return submission


def _decide(submission, user, status, **fields):
    submission.status = status
    submission.decided_at = timezone.now()
    submission.decided_by = user
    for name, value in fields.items():
        setattr(submission, name, value)
    submission.save(
        update_fields=["status", "decided_at", "decided_by", "updated_at", *fields.keys()]
    )


def _take_out_proposal(page, submission, user):
    """Save a revision of the tool's draft without the declined block, so its words
    cannot be published later by someone editing the tool. The live tool is untouched."""
    draft = page.get_latest_revision_as_object()
    if not holds_proposal(draft, submission):
        return  # a reviewer already took it out
    field_name, _block_type = proposal_stream(submission)
    stream = getattr(draft, field_name)
    block_id = proposal_block_id(submission)
    for index, block in enumerate(stream.raw_data):
        if block.get("id") == block_id:
            del stream[index]
            break
    draft.save_revision(user=user, log_action=True, clean=False)


def _withdraw_draft(submission, user):
    """Take a declined submission's draft off reviewers' dashboards.

    Cancels the draft's workflow, unless another open submission shares the draft (two
    changes proposed to one tool), whose review must go on. A change proposed to a tool
    is also taken out of the tool's draft; a story or tool drafted as a new page stays an
    unpublished draft, with its history.
    """
    if submission.kind == SubmissionKind.DISCUSSION:
        from .discussion.moderation import withdraw

        withdraw(submission, user)  # its post is its draft
        return
    if submission.page_id is None:
        return
    page = Page.objects.get(pk=submission.page_id).specific
    if submission.kind in TOOL_CHANGE_KINDS:
        _take_out_proposal(page, submission, user)
    shared = (
        Submission.objects.filter(page_id=submission.page_id, status__in=OPEN)
        .exclude(pk=submission.pk)
        .exists()
    )
    state = None if shared else WorkflowState.objects.active().for_instance(page).first()
    if state is not None and state.current_task_state_id is not None:
        state.cancel(user=user)
    elif state is not None:  # a workflow that never reached a task: nothing to notify
        WorkflowState.objects.filter(pk=state.pk).update(status=WorkflowState.STATUS_CANCELLED)


def _notify_declined(submission_id):
    """Tell the contributor (through the notifications module, when it is installed)."""
    try:
        from .notifications import notify_declined
    except ImportError as error:
        logger.warning("Contributor not told of the decision on %s: %s", submission_id, error)
        return
    notify_declined(Submission.objects.get(pk=submission_id))


def _convert_again(submission_id):
    """Queue the conversion of a restored or retried submission into a fresh draft (if
    it cannot be queued, ``iitk_sweep_contributions`` queues it later)."""
    try:
        from .tasks import convert_submission
    except ImportError as error:
        logger.warning("Restored submission %s not queued for conversion: %s", submission_id, error)
        return
    convert_submission.enqueue(submission_id)


def reject(submission_id, user, reason):
    """Reject an open submission with a reason the contributor will be told.

    Raises :class:`ModerationError` for a missing or over-long reason and
    :class:`SubmissionStateChanged` when the submission is no longer open.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ModerationError(_("Give a reason for rejecting the submission."))
    if len(reason) > REASON_MAX_LENGTH:
        raise ModerationError(
            _("Keep the reason under %(max)d characters.") % {"max": REASON_MAX_LENGTH}
        )
    with transaction.atomic():
        submission = _lock(submission_id, OPEN, _("rejected"))
        previous = submission.status
        _decide(submission, user, SubmissionStatus.REJECTED, rejection_reason=reason)
        _withdraw_draft(submission, user)
        log(submission, REJECT, user=user, data={"reason": reason, "previous_status": previous})
        transaction.on_commit(lambda: _notify_declined(submission.pk), robust=True)
    return submission


def mark_spam(submission_id, user):
    """Mark an open submission as spam. The sender is never told."""
    with transaction.atomic():
        submission = _lock(submission_id, OPEN, _("marked as spam"))
        previous = submission.status
        _decide(submission, user, SubmissionStatus.SPAM)
        _withdraw_draft(submission, user)
        log(submission, SPAM, user=user, data={"previous_status": previous})
    return submission


def clear_flags(submission_id, user, *, confirm_remaining=False):
    """Record that a reviewer removed, or checked, the flagged text, so it may be published.

    The draft's current text is screened again. If it still holds possible patient data
    (or there is no draft yet, so the received text is all there is), :class:`FlagsRemain`
    is raised unless ``confirm_remaining`` says the reviewer checked it is not.
    """
    with transaction.atomic():
        submission = _lock(submission_id, OPEN, _("cleared of its flags"))
        if submission.pii_cleared_at is not None:
            raise SubmissionStateChanged(
                _("%(who)s cleared the flags on %(reference)s on %(when)s. Nothing was changed.")
                % {
                    "who": _who(submission.pii_cleared_by),
                    "reference": submission.reference,
                    "when": _when(submission.pii_cleared_at),
                }
            )
        if not submission.pii_flags:
            raise ModerationError(_("%(ref)s has no flags.") % {"ref": submission.reference})
        remaining = screen_draft(submission) if submission.page_id else submission.pii_flags
        if remaining and not confirm_remaining:
            raise FlagsRemain(remaining)
        submission.pii_cleared_at = timezone.now()
        submission.pii_cleared_by = user
        submission.save(update_fields=["pii_cleared_at", "pii_cleared_by", "updated_at"])
        # The audit log names the kinds and places of what was checked, never the text.
        checked = [
            {"field": match.get("label") or match.get("field"), "kind": match["kind"]}
            for match in remaining
        ]
        log(
            submission,
            CLEAR_FLAGS,
            user=user,
            data={"flags": len(submission.pii_flags), "confirmed_remaining": checked},
        )
    return submission


def restore(submission_id, user):
    """Restore a submission wrongly taken for spam: it is received again and converted
    into a fresh draft from the data as received (any earlier draft is left as it is)."""
    with transaction.atomic():
        submission = _lock(submission_id, (SubmissionStatus.SPAM,), _("restored"))
        previous_page = submission.page_id
        submission.status = SubmissionStatus.RECEIVED
        submission.decided_at = submission.decided_by = None
        submission.page = submission.revision = None
        submission.save(
            update_fields=["status", "decided_at", "decided_by", "page", "revision", "updated_at"]
        )
        log(submission, RESTORE, user=user, data={"previous_page": previous_page})
        transaction.on_commit(lambda: _convert_again(submission.pk), robust=True)
    return submission


def retry_conversion(submission_id, user):
    """Try again to make the draft of a received submission that has none (its
    conversion failed every try, or could not be queued): the count of tries starts
    again and the conversion is queued once this commits."""
    with transaction.atomic():
        submission = _lock(submission_id, (SubmissionStatus.RECEIVED,), _("retried"))
        if submission.page_id:
            raise _changed(submission, _("retried"))
        error = submission.conversion_error
        submission.conversion_attempts = 0
        submission.conversion_error = ""
        submission.save(update_fields=["conversion_attempts", "conversion_error", "updated_at"])
        log(submission, RETRY, user=user, data={"previous_error": error})
        transaction.on_commit(lambda: _convert_again(submission.pk), robust=True)
    return submission


@hooks.register("register_log_actions")
def register_log_actions(actions):
    """The audit log's names and messages for moderation decisions."""

    @actions.register_action(REJECT)
    class RejectFormatter(LogFormatter):
        label = gettext_lazy("Reject community submission")

        def format_message(self, log_entry):
            return _("Rejected: %(reason)s") % {"reason": log_entry.data.get("reason", "")}

    @actions.register_action(CLEAR_FLAGS)
    class ClearFlagsFormatter(LogFormatter):
        label = gettext_lazy("Clear patient-information flags")

        def format_message(self, log_entry):
            checked = len(log_entry.data.get("confirmed_remaining", []))
            message = _("Cleared the patient-information flags")
            if checked:
                message += ngettext(
                    " (confirmed %(n)d remaining match is not patient data)",
                    " (confirmed %(n)d remaining matches are not patient data)",
                    checked,
                ) % {"n": checked}
            return message

    actions.register_action(
        SPAM, gettext_lazy("Mark community submission as spam"), gettext_lazy("Marked as spam")
    )
    actions.register_action(
        RETRY,
        gettext_lazy("Retry making the draft of a community submission"),
        gettext_lazy("Asked for the draft to be made again"),
    )
    actions.register_action(
        RESTORE,
        gettext_lazy("Restore community submission from spam"),
        gettext_lazy("Restored from spam, to be made into a fresh draft"),
    )
