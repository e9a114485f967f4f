"""``NotePage``: a page kind with two fields of its own, declared to the registry."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from wagtail_iitk.models import ContentKind


class NotePage(Page):
    summary = models.CharField(max_length=200)
    body = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    template = "notes/note_page.html"

    # The whole declaration: the default card builder (PageCards), detail, filters and
    # serializers, and an embed template of its own.
    iitk_kind = ContentKind(
        name="note",
        plural="notes",
        label="Note",
        label_plural="Notes",
        embed_template="notes/embed.html",
    )
