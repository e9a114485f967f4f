"""Community submissions: what improvers send in, stored exactly as received.

A submission is saved before anything else happens to it (screening, conversion to a
draft, review), so a contributor who got a reference back never loses their words.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

#: Letters and digits that cannot be misread for one another when a reference is read
#: out over the phone (no 0/O, 1/I/L).
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def generate_reference():
    """A short reference a contributor can quote, e.g. ``IITK-7KQ3-9XJD``."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"IITK-{chars[:4]}-{chars[4:]}"


class SubmissionKind(models.TextChoices):
    STORY = "story", _("Story of use")
    TOOL = "tool", _("New tool suggestion")
    REFERENCE = "reference", _("Reference for a tool")
    TIP = "tip", _("Tip or pitfall for a tool")
    EXAMPLE = "example", _("Example of use for a tool")
    DISCUSSION = "discussion", _("Discussion post")


#: Kinds that propose a change to an existing tool rather than a new page.
TOOL_CHANGE_KINDS = (SubmissionKind.REFERENCE, SubmissionKind.TIP, SubmissionKind.EXAMPLE)


class SubmissionStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    SPAM = "spam", _("Spam")


class SubmissionChannel(models.TextChoices):
    API = "api", _("API")
    SITE = "site", _("Toolkit site form")
    WIDGET = "widget", _("Intranet widget")


class Submission(models.Model):
    """One contribution from the community, with its screening results and its fate."""

    reference = models.CharField(
        _("reference"), max_length=20, unique=True, default=generate_reference, editable=False
    )
    kind = models.CharField(_("kind"), max_length=20, choices=SubmissionKind.choices)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.RECEIVED,
        db_index=True,
    )
    channel = models.CharField(
        _("channel"), max_length=20, choices=SubmissionChannel.choices, default="api"
    )
    # The payload exactly as it arrived (parsed JSON or form fields), never altered but
    # for the contributor's details, erased after the retention period (community.retention).
    received_data = models.JSONField(_("data as received"))
    # The tool a reference, tip or example is for.
    tool = models.ForeignKey(
        "wagtail_iitk.ToolPage",
        verbose_name=_("tool"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    contributor_name = models.CharField(_("contributor's name"), max_length=120, blank=True)
    contributor_role = models.CharField(_("contributor's role"), max_length=120, blank=True)
    contributor_organisation = models.CharField(
        _("contributor's organisation"), max_length=255, blank=True
    )
    contributor_email = models.EmailField(_("contributor's email"), blank=True)
    credit_contributor = models.BooleanField(_("credit the contributor"), default=False)
    consent_to_publish = models.BooleanField(_("consent to publish"), default=False)
    no_patient_data = models.BooleanField(
        _("confirmed free of patient-identifiable information"), default=False
    )
    partner = models.ForeignKey(
        "wagtail_iitk.PartnerOrganisation",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    origin = models.CharField(_("sent from origin"), max_length=255, blank=True)
    idempotency_key = models.CharField(
        _("idempotency key"), max_length=255, null=True, blank=True, unique=True, editable=False
    )
    # A hash of the normalised payload, for spotting a double submit without a key.
    fingerprint = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    # Screening: possible patient-identifiable information, and spam signals.
    pii_flags = models.JSONField(_("possible patient-identifiable information"), default=list)
    pii_cleared_at = models.DateTimeField(_("flags cleared"), null=True, blank=True)
    pii_cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("flags cleared by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    spam_signals = models.JSONField(_("spam signals"), default=list)

    # What the submission became: a draft page (a story or tool), or a revision of a tool.
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("draft page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("proposed revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rejection_reason = models.TextField(_("reason for rejecting"), blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contributor_notified_at = models.DateTimeField(
        _("contributor told of the decision"), null=True, blank=True
    )
    # Making the draft: tries so far, and the last error (shown in the inbox). Cleared
    # when the draft is made; a reviewer's "Retry" starts the count again.
    conversion_attempts = models.PositiveSmallIntegerField(
        _("tries at making the draft"), default=0, editable=False
    )
    conversion_error = models.TextField(_("why the draft was not made"), blank=True, editable=False)
    # When the contributor's contact details were erased, CONTRIBUTOR_RETENTION_DAYS after
    # the decision (community.retention); a published credit is kept.
    contact_erased_at = models.DateTimeField(
        _("contact details erased"), null=True, blank=True, editable=False
    )
    received_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-received_at", "-pk"]
        permissions = [("review_submission", "Can review community submissions")]

    def __str__(self):
        return f"{self.reference} ({self.get_kind_display()})"

    @property
    def is_flagged(self):
        """True while possible patient-identifiable information awaits a reviewer."""
        return bool(self.pii_flags) and self.pii_cleared_at is None
