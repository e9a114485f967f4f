"""Discussion on tool, framework and story pages: posts, one level of replies, reports.

A post comes in as a community submission (kind "discussion"): the submission keeps the
body exactly as received and the contributor's contact details, so the retention policy
of contributions erases them with it; the post keeps only what may be shown once a
reviewer approves it (plain text with screened spans removed, and a name only with the
contributor's consent). Which kinds of page carry a discussion is declared on the kind
(``ContentKind.discussion``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DiscussionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", _("Published")
    HIDDEN = "hidden", _("Hidden")
    SPAM = "spam", _("Spam")


class PublicPostQuerySet(models.QuerySet):
    def approved(self):
        """Posts a reviewer approved (or that were post-moderated) and nobody hid."""
        return self.filter(status=DiscussionStatus.APPROVED)


class DiscussionPost(models.Model):
    """One post: a thread's first post (``parent`` empty) or a reply to one."""

    submission = models.OneToOneField(
        "wagtail_iitk.Submission",
        verbose_name=_("submission"),
        on_delete=models.CASCADE,
        related_name="discussion_post",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    #: The content kind of ``page`` ("tool", "framework", "story"), for filters and counts.
    kind = models.CharField(_("kind of page"), max_length=40, db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("reply to"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    body = models.TextField(_("text as published"))
    author_name = models.CharField(_("name shown"), max_length=120, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=DiscussionStatus.choices,
        default=DiscussionStatus.PENDING,
        db_index=True,
    )
    recommended = models.BooleanField(_("recommended by the editors"), default=False)
    locked = models.BooleanField(_("thread locked"), default=False)
    #: An editor opened the thread: with ``DISCUSSION_POST_MODERATE_OPEN_THREADS``, its
    #: replies are published at once (unless screening flags them) and checked after.
    open_thread = models.BooleanField(_("thread opened by an editor"), default=False)
    reports = models.PositiveIntegerField(_("reports"), default=0)
    #: Reports a reviewer has not looked at yet: such a post is back in the queue.
    reports_open = models.BooleanField(_("reported, not yet reviewed"), default=False)
    #: Whether the contributor still wants emails about this post (the unsubscribe link).
    notify = models.BooleanField(_("email the contributor about replies"), default=True)
    #: When the thread's contributor was told of this reply (once only).
    reply_notice_sent_at = models.DateTimeField(
        _("thread's contributor told of this reply"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("posted"), auto_now_add=True, db_index=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    #: Latest activity in the thread (a reply published): threads are listed by it.
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PublicPostQuerySet.as_manager()

    class Meta:
        verbose_name = _("discussion post")
        verbose_name_plural = _("discussion posts")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["page", "status", "parent"])]

    def __str__(self):
        return f"{self.submission.reference} ({self.get_status_display()})"

    @property
    def is_thread(self):
        return self.parent_id is None

    @property
    def in_queue(self):
        """Waiting for a reviewer: new, or reported since a reviewer last looked."""
        return self.status == DiscussionStatus.PENDING or self.reports_open


class DiscussionReport(models.Model):
    """Someone reported a public post. Nothing about the reporter is kept."""

    post = models.ForeignKey(
        DiscussionPost, verbose_name=_("post"), on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=500)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("report of a discussion post")
        verbose_name_plural = _("reports of discussion posts")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.reason
