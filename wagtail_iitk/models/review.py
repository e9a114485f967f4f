"""Review dates: tools, frameworks and questions record when they were last reviewed."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from ..conf import iitk_settings


class ReviewableMixin(models.Model):
    """Adds ``last_reviewed`` and ``review_due`` dates.

    When an editor records a review but leaves the due date empty, the next review falls
    due ``REVIEW_INTERVAL_DAYS`` later.
    """

    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    review_due = models.DateField(
        _("next review due"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "Leave empty to set it one review interval (a year by default) after the last review."
        ),
    )

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("review_due")], heading=_("Content review")
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.fill_review_due()
        super().save(*args, **kwargs)

    def clean(self):
        # Revisions are serialised from the cleaned instance, so fill the date here too.
        super().clean()
        self.fill_review_due()

    def fill_review_due(self):
        """Set ``review_due`` from ``last_reviewed`` when it is missing."""
        if self.last_reviewed and not self.review_due:
            self.review_due = self.last_reviewed + datetime.timedelta(
                days=iitk_settings.REVIEW_INTERVAL_DAYS
            )

    @property
    def is_overdue_for_review(self):
        """True when the review date has passed, or there is no review on record."""
        return self.review_due is None or self.review_due < timezone.localdate()

    @staticmethod
    def overdue_q(today=None):
        """``is_overdue_for_review`` as a Q, for querysets of any reviewable model."""
        today = today or timezone.localdate()
        return Q(review_due__isnull=True) | Q(review_due__lt=today)
