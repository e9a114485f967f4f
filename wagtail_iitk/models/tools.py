"""Tools: the practical methods improvers use, and the index page that lists them."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from ..blocks import (
    ResourceStreamBlock,
    example_stream,
    pitfall_stream,
    reference_stream,
    step_stream,
    tip_stream,
)
from ..worksheet_blocks import WorksheetStreamBlock
from .choices import DataNeeds, Duration, EvidenceLevel, Expertise, Facilitation
from .index_pages import ToolkitIndexPage
from .kinds import ContentKind
from .mixins import ToolkitPageMixin
from .review import ReviewableMixin
from .tool_routes import ToolRoutesMixin
from .validators import validate_one_sentence


class ToolIndexPage(ToolkitIndexPage):
    """Lists the toolkit's tools, filterable by their classification, effort and evidence."""

    subpage_types = ["wagtail_iitk.ToolPage"]
    template = "wagtail_iitk/tool_index_page.html"

    listing_model = property(lambda self: ToolPage)
    listing_related = ("perspectives", "stages", "categories")
    listing_filter_groups = (
        (_("Classification"), ("perspective", "stage", "strand", "category")),
        (_("Effort"), ("expertise", "duration", "participants")),
        (_("Evidence"), ("evidence_level",)),
    )

    class Meta:
        verbose_name = _("tool index page")


# ToolkitPageMixin before the routes, so its serve() (which denies framing) wraps them.
class ToolPage(ReviewableMixin, ToolkitPageMixin, ToolRoutesMixin, Page):
    """A tool: what it is for, when to use it, how, and what it costs in effort."""

    other_names = models.CharField(
        _("other names"), max_length=255, blank=True, help_text=_("Separate names with commas.")
    )
    purpose = models.CharField(
        _("purpose"),
        max_length=200,
        validators=[validate_one_sentence],
        help_text=_("What the tool is for, in one sentence of up to 20 words."),
    )
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    when_to_use = RichTextField(_("when to use it"), blank=True)
    when_not_to_use = RichTextField(_("when not to use it"), blank=True)
    steps = StreamField(step_stream(), blank=True, verbose_name=_("steps"))
    top_tips = StreamField(tip_stream(), blank=True, verbose_name=_("top tips"))
    pitfalls = StreamField(pitfall_stream(), blank=True, verbose_name=_("pitfalls"))
    examples = StreamField(example_stream(), blank=True, verbose_name=_("examples of use"))
    inputs = models.TextField(_("inputs"), blank=True, help_text=_("What you need to start."))
    outputs = models.TextField(_("outputs"), blank=True, help_text=_("What you end up with."))

    expertise = models.CharField(
        _("expertise needed"), max_length=20, choices=Expertise.choices, default=Expertise.NONE
    )
    duration = models.CharField(
        _("typical duration"), max_length=20, choices=Duration.choices, blank=True
    )
    participants_min = models.PositiveSmallIntegerField(_("fewest participants"), default=1)
    participants_max = models.PositiveSmallIntegerField(
        _("most participants"), null=True, blank=True
    )
    facilitation = models.CharField(
        _("facilitation"), max_length=20, choices=Facilitation.choices, default=Facilitation.NONE
    )
    data_needs = models.CharField(
        _("data needs"), max_length=20, choices=DataNeeds.choices, blank=True
    )
    evidence_level = models.CharField(
        _("evidence level"),
        max_length=20,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.EMERGING,
    )
    references = StreamField(reference_stream(), blank=True, verbose_name=_("references"))
    templates = StreamField(
        ResourceStreamBlock(), blank=True, verbose_name=_("templates and resources")
    )
    worked_example = RichTextField(_("worked example"), blank=True)
    worksheet_title = models.CharField(
        _("worksheet title"),
        max_length=120,
        blank=True,
        help_text=_("e.g. 'Fishbone diagram worksheet'. Empty: the tool's name."),
    )
    worksheet_instructions = models.TextField(
        _("worksheet instructions"),
        blank=True,
        max_length=1000,
        help_text=_("What to do first, and how long it takes, in two or three sentences."),
    )
    worksheet_landscape = models.BooleanField(
        _("print in landscape"),
        default=False,
        help_text=_("For wide tables, grids and trees."),
    )
    worksheet = StreamField(WorksheetStreamBlock(), blank=True, verbose_name=_("worksheet"))

    perspectives = ParentalManyToManyField(
        "wagtail_iitk.Perspective", blank=True, related_name="tools"
    )
    stages = ParentalManyToManyField("wagtail_iitk.Stage", blank=True, related_name="tools")
    strands = ParentalManyToManyField("wagtail_iitk.Strand", blank=True, related_name="tools")
    categories = ParentalManyToManyField("wagtail_iitk.Category", blank=True, related_name="tools")
    frameworks = ParentalManyToManyField(
        "wagtail_iitk.FrameworkPage", blank=True, related_name="tools"
    )

    parent_page_types = ["wagtail_iitk.ToolIndexPage"]
    subpage_types = []
    template = "wagtail_iitk/tool_page.html"

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("other_names"), FieldPanel("image")]),
        FieldPanel("purpose"),
        FieldPanel("when_to_use"),
        FieldPanel("when_not_to_use"),
        FieldPanel("steps"),
        FieldPanel("top_tips"),
        FieldPanel("pitfalls"),
        FieldPanel("examples"),
        FieldRowPanel([FieldPanel("inputs"), FieldPanel("outputs")]),
        FieldPanel("templates"),
        FieldPanel("worked_example"),
    ]
    effort_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("expertise"), FieldPanel("duration")]),
                FieldRowPanel([FieldPanel("participants_min"), FieldPanel("participants_max")]),
                FieldRowPanel([FieldPanel("facilitation"), FieldPanel("data_needs")]),
            ],
            heading=_("Effort"),
        ),
        MultiFieldPanel(
            [FieldPanel("evidence_level"), FieldPanel("references")], heading=_("Evidence")
        ),
    ]
    worksheet_panels = [
        FieldRowPanel([FieldPanel("worksheet_title"), FieldPanel("worksheet_landscape")]),
        FieldPanel("worksheet_instructions"),
        FieldPanel("worksheet"),
    ]
    taxonomy_panels = [
        FieldPanel("perspectives", widget=forms.CheckboxSelectMultiple),
        FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("strands", widget=forms.CheckboxSelectMultiple),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        FieldPanel("frameworks", widget=forms.CheckboxSelectMultiple),
        *ReviewableMixin.review_panels,
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(effort_panels, heading=_("Effort and evidence")),
            ObjectList(worksheet_panels, heading=_("Worksheet")),
            ObjectList(taxonomy_panels, heading=_("Classification")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    iitk_kind = ContentKind(
        name="tool",
        plural="tools",
        label=_("Tool"),
        label_plural=_("Tools"),
        card_builder="wagtail_iitk.cards.builders.ToolCards",
        detail_builder="wagtail_iitk.api.details.ToolDetail",
        filterset="wagtail_iitk.api.filters.ToolFilter",
        card_serializer="wagtail_iitk.api.serializers.ToolCardSerializer",
        detail_serializer="wagtail_iitk.api.serializers.ToolDetailSerializer",
        embed_template="wagtail_iitk/embed/tool.html",
        feedback=("used", "helpful"),
        discussion=True,
        ordering={
            "title": "sort_title",
            "published": "first_published_at",
            "updated": "last_published_at",
            "stories": "story_count",
        },
        position=10,
    )

    search_fields = Page.search_fields + [
        index.SearchField("other_names", boost=2),
        index.AutocompleteField("other_names"),
        index.SearchField("purpose", boost=2),
        index.SearchField("when_to_use"),
        index.SearchField("steps"),
        index.SearchField("top_tips"),
        index.SearchField("pitfalls"),
        index.SearchField("worked_example"),
        index.FilterField("evidence_level"),
        index.FilterField("expertise"),
    ]

    class Meta:
        verbose_name = _("tool")
        verbose_name_plural = _("tools")

    @property
    def alias_list(self):
        """The other names as a list, e.g. ['Ishikawa diagram', 'cause and effect']."""
        return [name.strip() for name in self.other_names.split(",") if name.strip()]

    @property
    def summary(self):
        return self.purpose

    def clean(self):
        super().clean()
        if self.participants_max is not None and self.participants_max < self.participants_min:
            raise ValidationError(
                {"participants_max": _("Must be at least the fewest participants.")}
            )
