"""Stories: case studies of a team using the toolkit, with the tools they chose and why."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import outcome_stream, pitfall_stream, tip_stream
from .choices import CareSector, Complexity, Nation, Scale, WouldUseAgain
from .index_pages import ToolkitIndexPage
from .kinds import ContentKind
from .mixins import ToolkitPageMixin


class StoryPageForm(WagtailAdminPageForm):
    """A story may be drafted without consent, but not submitted or published."""

    def clean(self):
        cleaned_data = super().clean()
        if not self.is_deferred_validation and not cleaned_data.get("consent_to_publish"):
            self.add_error(
                "consent_to_publish",
                _(
                    "Confirm the storyteller's consent to publish and that the story holds "
                    "no patient-identifiable information before you submit or publish it."
                ),
            )
        return cleaned_data


class StoryIndexPage(ToolkitIndexPage):
    """Lists the stories of the toolkit in use."""

    subpage_types = ["wagtail_iitk.StoryPage"]
    template = "wagtail_iitk/story_index_page.html"

    listing_model = property(lambda self: StoryPage)
    listing_related = ("tool_usages__tool",)
    listing_filter_groups = (
        (_("Setting"), ("sector", "nation")),
        (_("What the team used"), ("tool", "perspective", "stage")),
    )

    class Meta:
        verbose_name = _("story index page")


class StoryPage(ToolkitPageMixin, Page):
    """A story of improvement: setting, trigger and aim, tools used and why, what changed."""

    summary = models.TextField(_("summary"), max_length=600)
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    care_sector = models.CharField(
        _("care sector"), max_length=20, choices=CareSector.choices, blank=True
    )
    organisation_type = models.CharField(_("type of organisation"), max_length=120, blank=True)
    nation = models.CharField(_("UK nation"), max_length=20, choices=Nation.choices, blank=True)
    scale = models.CharField(_("scale"), max_length=20, choices=Scale.choices, blank=True)
    complexity = models.CharField(
        _("complexity"), max_length=20, choices=Complexity.choices, blank=True
    )
    trigger = models.TextField(_("trigger"), blank=True, help_text=_("Why did the work start?"))
    aim = models.TextField(_("aim"), blank=True, help_text=_("What did the team set out to do?"))
    team_and_involvement = models.TextField(
        _("team and involvement"),
        blank=True,
        help_text=_("Who was in the team, and how patients and the public took part."),
    )
    questions = ParentalManyToManyField(
        "wagtail_iitk.Question",
        blank=True,
        related_name="stories",
        verbose_name=_("questions it addressed"),
    )
    frameworks = ParentalManyToManyField(
        "wagtail_iitk.FrameworkPage",
        blank=True,
        related_name="stories",
        verbose_name=_("frameworks used"),
    )
    outcomes = StreamField(outcome_stream(), blank=True, verbose_name=_("outcomes"))
    top_tips = StreamField(tip_stream(), blank=True, verbose_name=_("top tips"))
    pitfalls = StreamField(pitfall_stream(), blank=True, verbose_name=_("pitfalls"))
    time_and_resources = models.TextField(_("time and resources"), blank=True)
    author_name = models.CharField(_("author"), max_length=120, blank=True)
    author_organisation = models.CharField(_("author's organisation"), max_length=255, blank=True)
    credit_author = models.BooleanField(
        _("credit the author"),
        default=False,
        help_text=_("Show the author's name and organisation. Tick only with their consent."),
    )
    consent_to_publish = models.BooleanField(
        _("consent to publish"),
        default=False,
        help_text=_(
            "The storyteller agreed to publication, and the story holds no "
            "patient-identifiable information."
        ),
    )

    parent_page_types = ["wagtail_iitk.StoryIndexPage"]
    subpage_types = []
    template = "wagtail_iitk/story_page.html"
    base_form_class = StoryPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("care_sector"), FieldPanel("nation")]),
                FieldPanel("organisation_type"),
                FieldRowPanel([FieldPanel("scale"), FieldPanel("complexity")]),
            ],
            heading=_("Setting"),
        ),
        FieldPanel("trigger"),
        FieldPanel("aim"),
        FieldPanel("team_and_involvement"),
        FieldPanel("questions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("frameworks", widget=forms.CheckboxSelectMultiple),
        InlinePanel("tool_usages", label=_("Tools used")),
        FieldPanel("outcomes"),
        FieldPanel("top_tips"),
        FieldPanel("pitfalls"),
        FieldPanel("time_and_resources"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("author_name"), FieldPanel("author_organisation")]),
                FieldPanel("credit_author"),
                FieldPanel("consent_to_publish"),
            ],
            heading=_("Author and consent"),
        ),
    ]

    iitk_kind = ContentKind(
        name="story",
        plural="stories",
        label=_("Story"),
        label_plural=_("Stories"),
        card_builder="wagtail_iitk.cards.builders.StoryCards",
        detail_builder="wagtail_iitk.api.details.StoryDetail",
        filterset="wagtail_iitk.api.filters.StoryFilter",
        card_serializer="wagtail_iitk.api.serializers.StoryCardSerializer",
        detail_serializer="wagtail_iitk.api.serializers.StoryDetailSerializer",
        embed_template="wagtail_iitk/embed/story.html",
        default_ordering=("-first_published_at",),
        position=30,
        discussion=True,
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("trigger"),
        index.SearchField("aim"),
        index.SearchField("outcomes"),
        index.SearchField("top_tips"),
        index.SearchField("organisation_type"),
        index.FilterField("care_sector"),
        index.FilterField("nation"),
    ]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def credited_author(self):
        """The author's name when they agreed to be credited, else an empty string."""
        return self.author_name if self.credit_author else ""

    @property
    def credited_organisation(self):
        return self.author_organisation if self.credit_author else ""


class ToolUsage(Orderable):
    """How a story's team used one tool: why they chose it, how, and would they again."""

    story = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="tool_usages")
    tool = models.ForeignKey(
        "wagtail_iitk.ToolPage",
        verbose_name=_("tool"),
        on_delete=models.CASCADE,
        related_name="usages",
    )
    why_chosen = models.TextField(_("why they chose it"))
    how_used = models.TextField(_("how they used it"))
    would_use_again = models.CharField(
        _("would they use it again?"),
        max_length=10,
        choices=WouldUseAgain.choices,
        default=WouldUseAgain.YES,
    )

    panels = [
        FieldPanel("tool"),
        FieldPanel("why_chosen"),
        FieldPanel("how_used"),
        FieldPanel("would_use_again"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("tool usage")
        verbose_name_plural = _("tool usages")
