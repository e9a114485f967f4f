"""Emails to contributors: your contribution is published, or it was declined.

Only for a contributor who gave an email address, and at most once per submission
(``contributor_notified_at``). The email is sent by a django-tasks task, so a slow mail
server never holds up a reviewer, and a failed send can be retried: the row is marked
only once the email has gone.

Reviewers are not emailed from here: a draft entering "Community review" reaches the
screening check task, a group approval task, and Wagtail's own workflow notifications
email that group's members.

Every piece of contributor text is made plain text first; the HTML part escapes it
again (Django's autoescape), and the subject holds only the submission's reference.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from wagtail.log_actions import log
from wagtail.models import Page

from ..conf import iitk_settings
from ..models.submissions import (
    TOOL_CHANGE_KINDS,
    Submission,
    SubmissionKind,
    SubmissionStatus,
)
from .sanitising import plain_text

logger = logging.getLogger(__name__)

NOTIFIED = "wagtail_iitk.submission.notify"
TEMPLATE_DIR = "wagtail_iitk/community/emails/"
#: What the emails call each kind of contribution.
KIND_NOUNS = {
    SubmissionKind.STORY: _("story"),
    SubmissionKind.TOOL: _("tool suggestion"),
    SubmissionKind.REFERENCE: _("reference"),
    SubmissionKind.EXAMPLE: _("example of use"),
}
DECISIONS = {
    "published": SubmissionStatus.PUBLISHED,
    "declined": SubmissionStatus.REJECTED,
}


def _enqueue(submission, decision):
    if not submission.contributor_email or submission.contributor_notified_at:
        return None
    return send_decision_email.enqueue(submission.pk, decision)


def notify_published(submission):
    """Queue the "your contribution is published" email (if the contributor gave one)."""
    return _enqueue(submission, "published")


def notify_declined(submission):
    """Queue the "your contribution was declined" email (if the contributor gave one)."""
    return _enqueue(submission, "declined")


def _kind_noun(submission, data):
    if submission.kind == SubmissionKind.TIP:
        return _("pitfall") if data.get("advice") == "pitfall" else _("tip")
    return KIND_NOUNS.get(submission.kind, _("contribution"))


def _context(submission):
    page = Page.objects.filter(pk=submission.page_id).first() if submission.page_id else None
    page = page.specific if page is not None else None
    data = submission.received_data if isinstance(submission.received_data, dict) else {}
    is_change = submission.kind in TOOL_CHANGE_KINDS
    title = page.title if page is not None else data.get("title", "")
    return {
        "submission": submission,
        "reference": submission.reference,
        "kind": _kind_noun(submission, data),
        "contributor_name": plain_text(submission.contributor_name, multiline=False),
        "title": plain_text(title or "", multiline=False),
        "tool_title": plain_text(page.title, multiline=False) if is_change and page else "",
        "url": page.full_url if page is not None and page.live else "",
        "reason": plain_text(submission.rejection_reason or ""),
        "toolkit_name": iitk_settings.TOOLKIT_NAME,
    }


def render_email(submission, decision):
    """(subject, text body, HTML body) for a decision on ``submission``, in the site's
    language (LANGUAGE_CODE), not that of the reviewer whose action sends it."""
    with translation.override(settings.LANGUAGE_CODE):
        return _render_email(submission, decision)


def _render_email(submission, decision):
    context = _context(submission)
    base = f"{TEMPLATE_DIR}{decision}"
    subject = render_to_string(f"{base}_subject.txt", context)
    subject = " ".join(subject.split())  # one line: no header injection, no stray breaks
    return (
        subject,
        render_to_string(f"{base}.txt", context).strip() + "\n",
        render_to_string(f"{base}.html", context),
    )


@task()
def send_decision_email(submission_id, decision):
    """Email the contributor the decision, once; returns True if an email was sent."""
    with transaction.atomic():
        submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
        if (
            submission is None
            or submission.status != DECISIONS[decision]
            or not submission.contributor_email
            or submission.contributor_notified_at is not None
        ):
            return False
        subject, body, html = render_email(submission, decision)
        message = EmailMultiAlternatives(
            subject,
            body,
            getattr(settings, "DEFAULT_FROM_EMAIL", None),
            [submission.contributor_email],
            headers={"Auto-Submitted": "auto-generated"},
        )
        message.attach_alternative(html, "text/html")
        message.send()
        submission.contributor_notified_at = timezone.now()
        submission.save(update_fields=["contributor_notified_at", "updated_at"])
        # The log names the decision, never the address.
        log(submission, NOTIFIED, data={"decision": decision})
    return True
