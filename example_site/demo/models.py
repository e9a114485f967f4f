"""The example site's own page type: statements (accessibility, privacy, contact).

Editable pages, so an organisation that runs the toolkit rewrites them in the admin;
the figures that must match the running site are blocks that read its settings, never
text typed in (a privacy notice that states a retention period the site does not keep
would be worse than none).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from wagtail_iitk.conf import iitk_settings
from wagtail_iitk.models.mixins import ToolkitPageMixin


class RetentionPeriodBlock(blocks.StaticBlock):
    """The contributor retention period, in days, as the site keeps it
    (``WAGTAIL_IITK["CONTRIBUTOR_RETENTION_DAYS"]``), in a sentence."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["days"] = iitk_settings.CONTRIBUTOR_RETENTION_DAYS
        return context

    class Meta:
        template = "iitk_demo/blocks/retention_period.html"
        icon = "time"
        label = _("Contributor retention period (from the site's setting)")
        admin_text = _(
            "Shows how many days after the decision contributors' details are kept, "
            "read from the site's setting."
        )


STATEMENT_BLOCKS = [
    ("heading", blocks.CharBlock(form_classname="title", label=_("Heading"))),
    ("text", blocks.RichTextBlock(label=_("Text"))),
    ("retention_period", RetentionPeriodBlock()),
]


class StatementPage(ToolkitPageMixin, Page):
    """A statement the site owes its users: accessibility, privacy, how to get in touch."""

    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(STATEMENT_BLOCKS, blank=True, verbose_name=_("body"))
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    content_panels = [*Page.content_panels, "summary", FieldPanel("body"), "last_reviewed"]
    parent_page_types = ["wagtail_iitk.ToolkitHomePage"]
    subpage_types = []
    template = "iitk_demo/statement_page.html"

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
