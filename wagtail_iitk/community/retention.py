"""Erasing contributors' contact details once a decision on their contribution is old.

A contributor's name, role, organisation and email are kept only to check a
contribution and to tell them what became of it. ``CONTRIBUTOR_RETENTION_DAYS`` after
the decision (published, rejected or spam; a submission screened as spam on arrival
counts from its arrival), :func:`erase_expired` blanks them:

- the email and role always (they are never published);
- the name and organisation too, unless the contribution was published with the
  contributor's consent to be credited: a public credit stays as published;
- the same details in the data as received (``received_data["contributor"]``) and the
  payload fingerprint;
- the author's name and organisation on the unpublished draft of a declined story, in
  the page and every revision of it.

The submission row stays, with its audit log; the erasure is logged on it
(``wagtail_iitk.submission.erase_contact``, naming the fields, never their values) and
stamped in ``contact_erased_at``, so running it again changes nothing. Undecided
submissions (received, in review) are never touched, however old.

Run by ``manage.py iitk_erase_contributor_details`` (once, or ``--every`` seconds; with
``--enqueue`` as the django-tasks task :func:`erase_expired_contributor_details` on the
worker), which ``example_site/serve.py`` starts beside the task worker.
"""

import datetime
import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from django_tasks import task
from wagtail import hooks
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page, Revision

from ..conf import iitk_settings
from ..models.stories import StoryPage
from ..models.submissions import Submission, SubmissionKind, SubmissionStatus

logger = logging.getLogger(__name__)

ERASED = "wagtail_iitk.submission.erase_contact"
DECIDED = (SubmissionStatus.PUBLISHED, SubmissionStatus.REJECTED, SubmissionStatus.SPAM)
#: Submissions erased per transaction: short locks, and progress kept if it stops.
BATCH_SIZE = 200
CONTACT_FIELDS = (
    "contributor_name",
    "contributor_role",
    "contributor_organisation",
    "contributor_email",
)
#: What a public credit shows (community.credit), kept when the contribution was
#: published with the contributor's consent to be credited.
CREDIT_FIELDS = ("contributor_name", "contributor_organisation")
#: The same details, by their names in the submissions/ contract.
CONTRACT_NAMES = {
    "contributor_name": "name",
    "contributor_role": "role",
    "contributor_organisation": "organisation",
    "contributor_email": "email",
}


def cutoff(days=None, now=None):
    """The moment before which a decision is old enough for its details to go."""
    if days is None:
        days = iitk_settings.CONTRIBUTOR_RETENTION_DAYS
    return (now or timezone.now()) - datetime.timedelta(days=days)


def due(days=None, now=None):
    """Decided submissions whose decision is older than the retention period and whose
    contact details have not been erased yet."""
    return (
        Submission.objects.filter(status__in=DECIDED, contact_erased_at__isnull=True)
        .alias(decided_on=Coalesce(F("decided_at"), F("received_at")))
        .filter(decided_on__lt=cutoff(days, now))
    )


def _credited(submission):
    return submission.status == SubmissionStatus.PUBLISHED and submission.credit_contributor


def _erase_received_contributor(submission, kept):
    """The contributor object of the data as received, reduced to what is kept."""
    data = submission.received_data
    if not isinstance(data, dict) or not isinstance(data.get("contributor"), dict):
        return False
    given = data["contributor"]
    reduced = {CONTRACT_NAMES[name]: given[CONTRACT_NAMES[name]] for name in kept}
    reduced = {key: value for key, value in reduced.items() if key in given}
    if "credit" in given:
        reduced["credit"] = given["credit"]
    if reduced == given:
        return False
    submission.received_data = {**data, "contributor": reduced}
    return True


def _erase_story_author(submission):
    """Blank the author on a declined story's unpublished draft, and in its revisions.
    A story that went live is left alone: its credit was published with consent."""
    if submission.kind != SubmissionKind.STORY or submission.page_id is None:
        return False
    page = Page.objects.filter(pk=submission.page_id, live=False).first()
    if page is None or page.specific_class is not StoryPage:
        return False
    StoryPage.objects.filter(pk=page.pk).update(
        author_name="", author_organisation="", credit_author=False
    )
    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(page.pk),
    )
    for revision in revisions.iterator():
        content = dict(revision.content)
        if content.get("author_name") or content.get("author_organisation"):
            content.update(author_name="", author_organisation="", credit_author=False)
            Revision.objects.filter(pk=revision.pk).update(content=content)
    return True


def erase(submission, now=None):
    """Erase one submission's contact details (the row is locked by the caller).

    Returns the names of the fields blanked.
    """
    kept = CREDIT_FIELDS if _credited(submission) else ()
    erased = [name for name in CONTACT_FIELDS if name not in kept and getattr(submission, name)]
    for name in erased:
        setattr(submission, name, "")
    if _erase_received_contributor(submission, kept):
        erased.append("received_data.contributor")
    if submission.fingerprint:
        submission.fingerprint = ""
    if submission.status != SubmissionStatus.PUBLISHED and _erase_story_author(submission):
        erased.append("draft.author")
    submission.contact_erased_at = now or timezone.now()
    submission.save(
        update_fields=[
            *CONTACT_FIELDS,
            "received_data",
            "fingerprint",
            "contact_erased_at",
            "updated_at",
        ]
    )
    log(
        submission,
        ERASED,
        data={
            "fields": erased,
            "kept_credit": bool(kept),
            "retention_days": iitk_settings.CONTRIBUTOR_RETENTION_DAYS,
        },
    )
    return erased


def erase_expired(days=None, batch_size=BATCH_SIZE, now=None):
    """Erase the contact details of every submission :func:`due`, a batch per
    transaction; returns how many submissions were erased."""
    now = now or timezone.now()
    count = 0
    while True:
        with transaction.atomic():
            ids = list(due(days, now).order_by("pk").values_list("pk", flat=True)[:batch_size])
            if not ids:
                break
            # Locked and checked again: a reviewer restoring one from spam meanwhile wins.
            for submission in due(days, now).select_for_update().filter(pk__in=ids).order_by("pk"):
                erase(submission, now)
                count += 1
    if count:
        logger.info("Erased the contact details of %s decided submissions", count)
    return count


@task()
def erase_expired_contributor_details(days=None):
    """The django-tasks task of :func:`erase_expired`, for a scheduler to enqueue."""
    return erase_expired(days)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    """The audit log's name and message for an erasure."""

    @actions.register_action(ERASED)
    class ErasedFormatter(LogFormatter):
        label = gettext_lazy("Erase contributor's contact details")

        def format_message(self, log_entry):
            days = log_entry.data.get("retention_days")
            if log_entry.data.get("kept_credit"):
                message = gettext(
                    "Erased the contributor's contact details %(days)s days after the "
                    "decision, keeping the published credit"
                )
            else:
                message = gettext(
                    "Erased the contributor's contact details %(days)s days after the decision"
                )
            return message % {"days": days}
