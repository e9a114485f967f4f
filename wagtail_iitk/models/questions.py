"""Questions: the simple questions that drive the question-led route through the toolkit."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from ..blocks import prompt_stream
from .kinds import ContentKind
from .review import ReviewableMixin
from .taxonomy import validate_phase_belongs_to_perspective


class QuestionQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        """Questions whose current version is published."""
        return self.filter(live=True)


class Question(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    ReviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A question an improvement team asks, with the tools that help answer it.

    Moderated like a page: drafts, revisions, locking, preview and workflow.
    """

    wording = models.CharField(_("wording"), max_length=255, help_text=_("The question, in full."))
    short_label = models.CharField(
        _("short label"), max_length=60, help_text=_("A few words for menus and cards.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_("Used in web addresses and the API. Made from the short label if empty."),
    )
    perspective = models.ForeignKey(
        "wagtail_iitk.Perspective",
        verbose_name=_("perspective"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    phase = models.ForeignKey(
        "wagtail_iitk.Phase",
        verbose_name=_("phase"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
    )
    stages = ParentalManyToManyField(
        "wagtail_iitk.Stage", verbose_name=_("stages"), blank=True, related_name="questions"
    )
    help_text = models.TextField(_("help text"), blank=True)
    prompts = StreamField(prompt_stream(), blank=True, verbose_name=_("prompts"))
    sort_order = models.IntegerField(null=True, blank=True, editable=False)
    sort_order_field = "sort_order"

    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="question",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="question",
        for_concrete_model=False,
    )

    objects = QuestionQuerySet.as_manager()

    panels = [
        FieldPanel("wording"),
        FieldRowPanel([FieldPanel("short_label"), FieldPanel("slug")]),
        MultiFieldPanel(
            [FieldPanel("perspective"), FieldPanel("phase"), FieldPanel("stages")],
            heading=_("Where it sits"),
        ),
        FieldPanel("help_text"),
        FieldPanel("prompts"),
        InlinePanel("tool_links", label=_("Tools that help answer it")),
        *ReviewableMixin.review_panels,
    ]

    iitk_kind = ContentKind(
        name="question",
        plural="questions",
        label=_("Question"),
        label_plural=_("Questions"),
        card_builder="wagtail_iitk.cards.builders.QuestionCards",
        detail_builder="wagtail_iitk.api.details.QuestionDetail",
        filterset="wagtail_iitk.api.filters.QuestionFilter",
        card_serializer="wagtail_iitk.api.serializers.QuestionCardSerializer",
        detail_serializer="wagtail_iitk.api.serializers.QuestionDetailSerializer",
        lookup="pk",
        title_field="wording",
        feedback=(),
        ordering={"wording": "sort_title"},
        default_ordering=("position",),
        position=40,
    )

    search_fields = [
        index.SearchField("wording", boost=3),
        index.AutocompleteField("wording"),
        index.SearchField("short_label", boost=2),
        index.SearchField("help_text"),
        index.SearchField("prompts"),
        index.FilterField("live"),
        index.FilterField("perspective"),
        index.FilterField("phase"),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["perspective__sort_order", "phase__sort_order", "sort_order", "pk"]

    def __str__(self):
        return self.wording

    def clean(self):
        super().clean()
        if not self.slug and self.short_label:
            self.slug = self._unique_slug(slugify(self.short_label)[:80] or "question")
        validate_phase_belongs_to_perspective(
            self.perspective if self.perspective_id else None, self.phase
        )

    def _unique_slug(self, base):
        slug, n = base, 1
        while Question.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            n += 1
            slug = f"{base[:75]}-{n}"
        return slug

    def save(self, *args, **kwargs):
        if not self.slug and self.short_label:
            self.slug = self._unique_slug(slugify(self.short_label)[:80] or "question")
        super().save(*args, **kwargs)

    def get_preview_template(self, request, mode_name):
        return "wagtail_iitk/previews/question.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["question"] = self
        context["tools"] = [link.tool for link in self.tool_links.all() if link.tool_id]
        return context


class QuestionTool(Orderable):
    """A tool that helps answer a question, in the order an editor recommends."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="tool_links")
    tool = models.ForeignKey(
        "wagtail_iitk.ToolPage",
        verbose_name=_("tool"),
        on_delete=models.CASCADE,
        related_name="question_links",
    )

    panels = [FieldPanel("tool")]

    class Meta(Orderable.Meta):
        verbose_name = _("tool that helps answer it")
        constraints = [
            models.UniqueConstraint(
                fields=["question", "tool"], name="wagtail_iitk_questiontool_unique"
            )
        ]
