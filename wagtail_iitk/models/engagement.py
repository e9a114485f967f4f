"""Engagement: daily counts of how the toolkit is used, with nothing about the person.

Events are aggregated as they arrive into one row per day, item, event type, partner
and embedding origin, so the table grows with days × items, not with traffic.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class EngagementEventType(models.TextChoices):
    VIEW = "view", _("View")
    IMPRESSION = "impression", _("Widget impression")
    OPEN = "open", _("Open in the toolkit")
    USED = "used", _("I used this tool")
    HELPFUL = "helpful", _("Helpful")
    DOWNLOAD = "download", _("Template download")
    SHARE_STARTED = "share_started", _("Share-a-story started")
    WORKSHEET_OPEN = "worksheet_open", _("Worksheet opened")
    WORKSHEET_PRINT = "worksheet_print", _("Worksheet printed")
    WORKSHEET_SAVE = "worksheet_save", _("Worksheet saved as a file")
    CARD_DOWNLOAD = "card_download", _("Tool cards downloaded")


#: The item kind of events about the toolkit as a whole (e.g. share-a-story started),
#: item_id 0. Every other item kind is the name of a content kind (``models.kinds``).
TOOLKIT_KIND = "toolkit"


class DailyEngagement(models.Model):
    """How many times one event happened to one item on one day, per partner and origin."""

    day = models.DateField(_("day"))
    #: A content kind's name ("tool", "story", ...), or ``TOOLKIT_KIND``.
    item_kind = models.CharField(_("kind of item"), max_length=40)
    # A page id (tools, frameworks, stories), a question id, or 0 for the toolkit itself.
    item_id = models.PositiveIntegerField(_("item"))
    event = models.CharField(_("event"), max_length=20, choices=EngagementEventType)
    partner = models.ForeignKey(
        "wagtail_iitk.PartnerOrganisation",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="engagement",
    )
    # The embedding page's origin (scheme, host and port), never its path; "" when none.
    origin = models.CharField(_("embedding origin"), max_length=255, blank=True, default="")
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("daily engagement count")
        verbose_name_plural = _("daily engagement counts")
        constraints = [
            # Two partial indexes, because NULL partners are distinct in a plain one.
            models.UniqueConstraint(
                fields=["day", "item_kind", "item_id", "event", "partner", "origin"],
                condition=Q(partner__isnull=False),
                name="iitk_engagement_unique_with_partner",
            ),
            models.UniqueConstraint(
                fields=["day", "item_kind", "item_id", "event", "origin"],
                condition=Q(partner__isnull=True),
                name="iitk_engagement_unique_without_partner",
            ),
        ]
        indexes = [
            models.Index(fields=["item_kind", "item_id", "day"]),
            # The admin reports sum a period's rows: a day range, read in the order a
            # live site writes them. (``count`` is left out so updates stay HOT.)
            models.Index(fields=["day"], name="iitk_engagement_day"),
        ]

    def __str__(self):
        return f"{self.day} {self.item_kind}:{self.item_id} {self.event} × {self.count}"
