"""Public cards: the API's lists read from one row per live, public item.

A card (title, summary, taxonomy, counts, image) takes several joins and correlated
counts to work out from the pages, snippets and their relations. Working it out on every
list request cost several times the query itself, so each public item's card is kept
here, rewritten after every change that touches it (``wagtail_iitk.cards.changes``).
A list is then one indexed query on this table.

Only what is public has a row: a draft, a private page or an unpublished question has
none. A card holds no URL and no taxonomy names (ids only): the reader works them out,
so renames never leave a card stale. Liveness, expiry and privacy are checked again at
read time, so a change made behind the signals' back never shows a hidden item.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicCard(models.Model):
    """The card of one live, public item, as the API's lists show it."""

    #: The name of the item's kind (``ContentKind.name``: "tool", "story", ...).
    kind = models.CharField(_("kind"), max_length=40)
    item_id = models.PositiveBigIntegerField(_("item"))
    #: The page, for kinds that are pages: its URL, liveness and privacy are read from the
    #: page itself at read time (a parent's new slug changes it), and deleting the page
    #: deletes the card.
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # What the lists order by.
    sort_title = models.CharField(_("title, for sorting"), max_length=255)
    position = models.CharField(_("position in the editors' order"), max_length=40, blank=True)
    first_published_at = models.DateTimeField(null=True, blank=True)
    last_published_at = models.DateTimeField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    story_count = models.PositiveIntegerField(default=0)
    used_count = models.PositiveIntegerField(default=0)
    expire_at = models.DateTimeField(null=True, blank=True)
    image_id = models.PositiveBigIntegerField(null=True, blank=True)
    #: The card without its absolute URLs (they depend on the request's host).
    data = models.JSONField()
    #: Items whose cards show this one (e.g. the tools a story used), by kind; they are
    #: refreshed with it, even after it stops being public.
    shown_on = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("public card")
        constraints = [
            models.UniqueConstraint(fields=["kind", "item_id"], name="wagtail_iitk_card_unique")
        ]
        indexes = [
            # Lists order by a column, then by item_id (ties).
            models.Index(fields=["kind", "sort_title", "item_id"], name="wagtail_iitk_card_title"),
            models.Index(
                fields=["kind", "first_published_at", "item_id"], name="wagtail_iitk_card_pub"
            ),
            models.Index(fields=["kind", "position", "item_id"], name="wagtail_iitk_card_pos"),
            models.Index(fields=["image_id"], name="wagtail_iitk_card_image"),
        ]

    def __str__(self):
        return f"{self.kind}: {self.item_id}"
