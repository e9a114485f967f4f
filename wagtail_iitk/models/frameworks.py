"""Frameworks: the improvement approaches (Model for Improvement, Lean, EBC, ...)."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from ..blocks import phase_stream, principle_stream, reference_stream
from .choices import Complexity, Scale
from .index_pages import ToolkitIndexPage
from .kinds import ContentKind
from .mixins import ToolkitPageMixin
from .review import ReviewableMixin


class FrameworkIndexPage(ToolkitIndexPage):
    """Lists the toolkit's frameworks."""

    subpage_types = ["wagtail_iitk.FrameworkPage"]
    template = "wagtail_iitk/framework_index_page.html"

    listing_model = property(lambda self: FrameworkPage)
    listing_related = ("perspectives",)
    listing_filter_groups = ((_("Classification"), ("perspective",)),)

    class Meta:
        verbose_name = _("framework index page")


class FrameworkPage(ReviewableMixin, ToolkitPageMixin, Page):
    """A framework: who made it, its principles, its phases and what it suits.

    Most frameworks have phases that run in order (plan, do, study, act). Some have
    lenses or domains used together or chosen by situation (EBC's perspectives,
    Cynefin's domains): ``phases_are_sequential`` says which.
    """

    abbreviation = models.CharField(_("abbreviation"), max_length=20, blank=True)
    summary = models.TextField(_("summary"), max_length=600)
    originator = models.CharField(_("originator"), max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    organisation = models.CharField(_("home organisation"), max_length=255, blank=True)
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    principles = StreamField(principle_stream(), blank=True, verbose_name=_("principles"))
    phases = StreamField(phase_stream(), blank=True, verbose_name=_("phases"))
    phases_are_sequential = models.BooleanField(
        _("phases run in order"),
        default=True,
        help_text=_(
            "Tick when the phases are steps taken in order. Untick when they are lenses or "
            "domains used together or chosen to fit the situation, such as EBC's perspectives "
            "or Cynefin's domains."
        ),
    )
    perspectives = ParentalManyToManyField(
        "wagtail_iitk.Perspective",
        blank=True,
        related_name="frameworks",
        verbose_name=_("perspectives it stresses"),
    )
    suits_problem = models.TextField(_("problems it suits"), blank=True)
    suits_complexity = models.CharField(
        _("complexity it suits"), max_length=20, choices=Complexity.choices, default=Complexity.ANY
    )
    suits_scale = models.CharField(
        _("scale it suits"), max_length=20, choices=Scale.choices, blank=True
    )
    references = StreamField(reference_stream(), blank=True, verbose_name=_("references"))
    licence = models.CharField(_("licence"), max_length=255, blank=True)
    attribution = models.CharField(_("attribution"), max_length=255, blank=True)

    parent_page_types = ["wagtail_iitk.FrameworkIndexPage"]
    subpage_types = []
    template = "wagtail_iitk/framework_page.html"

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("abbreviation"), FieldPanel("image")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("originator"),
                FieldRowPanel([FieldPanel("year"), FieldPanel("organisation")]),
            ],
            heading=_("Origin"),
        ),
        FieldPanel("principles"),
        FieldPanel("phases"),
        FieldPanel("phases_are_sequential"),
        MultiFieldPanel(
            [
                FieldPanel("perspectives", widget=forms.CheckboxSelectMultiple),
                FieldPanel("suits_problem"),
                FieldRowPanel([FieldPanel("suits_complexity"), FieldPanel("suits_scale")]),
            ],
            heading=_("What it suits"),
        ),
        FieldPanel("references"),
        FieldRowPanel([FieldPanel("licence"), FieldPanel("attribution")]),
        *ReviewableMixin.review_panels,
    ]

    iitk_kind = ContentKind(
        name="framework",
        plural="frameworks",
        label=_("Framework"),
        label_plural=_("Frameworks"),
        card_builder="wagtail_iitk.cards.builders.FrameworkCards",
        detail_builder="wagtail_iitk.api.details.FrameworkDetail",
        filterset="wagtail_iitk.api.filters.FrameworkFilter",
        card_serializer="wagtail_iitk.api.serializers.FrameworkCardSerializer",
        detail_serializer="wagtail_iitk.api.serializers.FrameworkDetailSerializer",
        embed_template="wagtail_iitk/embed/framework.html",
        ordering={"title": "sort_title", "year": "year", "published": "first_published_at"},
        position=20,
        discussion=True,
    )

    search_fields = Page.search_fields + [
        index.SearchField("abbreviation", boost=2),
        index.AutocompleteField("abbreviation"),
        index.SearchField("summary", boost=2),
        index.SearchField("originator"),
        index.SearchField("principles"),
        index.SearchField("phases"),
        index.SearchField("suits_problem"),
    ]

    class Meta:
        verbose_name = _("framework")
        verbose_name_plural = _("frameworks")
