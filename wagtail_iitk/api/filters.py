"""Filters for the list endpoints (django-filter), all by slug.

A repeated parameter means "any of": ``?perspective=people&perspective=risk``. A comma
list means the same: ``?perspective=people,risk``. A slug that matches nothing public is
a 400 naming the parameter, never an empty result that hides a typo.
"""

from functools import cache

import django_filters
from django import forms
from django.db.models import Q

from ..cards.builders import taxonomy_relations
from ..models import (
    Category,
    FrameworkPage,
    Perspective,
    Phase,
    Question,
    Stage,
    StoryPage,
    Strand,
    ToolPage,
    get_kind,
)
from ..models.choices import (
    GROUP_SIZE_RANGES,
    CareSector,
    Duration,
    EvidenceLevel,
    Expertise,
    GroupSize,
    Nation,
)
from ..models.visibility import visible_pages, visible_questions


class SlugListField(forms.ModelMultipleChoiceField):
    """Accepts repeated and comma-separated slugs; every one must exist."""

    def clean(self, value):
        if value:
            value = [part.strip() for item in value for part in item.split(",") if part.strip()]
        return super().clean(value)


class ChoiceListField(forms.MultipleChoiceField):
    """Accepts repeated and comma-separated choice values."""

    def clean(self, value):
        if value:
            value = [part.strip() for item in value for part in item.split(",") if part.strip()]
        return super().clean(value)


class ChoicesFilter(django_filters.MultipleChoiceFilter):
    field_class = ChoiceListField


class SlugFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = SlugListField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("distinct", True)
        super().__init__(*args, **kwargs)

    def get_filter_predicate(self, v):
        # Match the chosen object itself, not its slug against the relation's key.
        return {self.field_name: v}


def live_questions(request=None):
    return visible_questions(Question.objects.all())


def visible_frameworks(request=None):
    return visible_pages(FrameworkPage.objects.all())


def visible_tools(request=None):
    return visible_pages(ToolPage.objects.all())


class OrganisationFilter(django_filters.CharFilter):
    """Matches an organisation's name; hyphens in the value stand for spaces (slug form)."""

    def filter(self, qs, value):
        if not value:
            return qs
        words = value.replace("-", " ").strip()
        return qs.filter(**{f"{self.field_name}__icontains": words})


class StrictFilterSet(django_filters.FilterSet):
    """Base: filters by slug; the view rejects parameters no filter knows."""


class ToolFilter(StrictFilterSet):
    perspective = SlugFilter(field_name="perspectives", queryset=Perspective.objects.all())
    phase = SlugFilter(queryset=Phase.objects.all(), method="filter_phase")
    stage = SlugFilter(field_name="stages", queryset=Stage.objects.all())
    strand = SlugFilter(field_name="strands", queryset=Strand.objects.all())
    category = SlugFilter(field_name="categories", queryset=Category.objects.all())
    question = SlugFilter(queryset=live_questions, method="filter_question")
    framework = SlugFilter(field_name="frameworks", queryset=visible_frameworks)
    expertise = ChoicesFilter(field_name="expertise", choices=Expertise.choices)
    duration = ChoicesFilter(field_name="duration", choices=Duration.choices)
    participants = ChoicesFilter(choices=GroupSize.choices, method="filter_participants")
    evidence_level = ChoicesFilter(field_name="evidence_level", choices=EvidenceLevel.choices)

    class Meta:
        model = ToolPage
        fields = []

    def filter_participants(self, queryset, name, value):
        """Tools whose range of participants overlaps any of these group sizes."""
        if not value:
            return queryset
        overlaps = Q()
        for size in value:
            low, high = GROUP_SIZE_RANGES[GroupSize(size)]
            fits = Q(participants_max__isnull=True) | Q(participants_max__gte=low)
            if high is not None:
                fits &= Q(participants_min__lte=high)
            overlaps |= fits
        return queryset.filter(overlaps)

    def filter_phase(self, queryset, name, value):
        """Tools that help answer a published question in one of these phases."""
        if not value:
            return queryset
        return queryset.filter(
            question_links__question__phase__in=value,
            question_links__question__in=live_questions(),
        ).distinct()

    def filter_question(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(question_links__question__in=value).distinct()


class FrameworkFilter(StrictFilterSet):
    perspective = SlugFilter(field_name="perspectives", queryset=Perspective.objects.all())
    tool = SlugFilter(field_name="tools", queryset=visible_tools)
    organisation = OrganisationFilter(field_name="organisation")

    class Meta:
        model = FrameworkPage
        fields = []


class StoryFilter(StrictFilterSet):
    perspective = SlugFilter(queryset=Perspective.objects.all(), method="filter_perspective")
    stage = SlugFilter(queryset=Stage.objects.all(), method="filter_stage")
    question = SlugFilter(field_name="questions", queryset=live_questions)
    framework = SlugFilter(field_name="frameworks", queryset=visible_frameworks)
    tool = SlugFilter(field_name="tool_usages__tool", queryset=visible_tools)
    organisation = OrganisationFilter(method="filter_organisation")
    sector = ChoicesFilter(field_name="care_sector", choices=CareSector.choices)
    nation = ChoicesFilter(field_name="nation", choices=Nation.choices)

    class Meta:
        model = StoryPage
        fields = []

    def filter_perspective(self, queryset, name, value):
        """Stories that addressed a published question from one of these perspectives."""
        if not value:
            return queryset
        return queryset.filter(
            questions__perspective__in=value, questions__in=live_questions()
        ).distinct()

    def filter_stage(self, queryset, name, value):
        """Stories that addressed a published question at one of these stages."""
        if not value:
            return queryset
        return queryset.filter(
            questions__stages__in=value, questions__in=live_questions()
        ).distinct()

    def filter_organisation(self, queryset, name, value):
        """Only organisations the author agreed to have credited are searchable."""
        if not value:
            return queryset
        words = value.replace("-", " ").strip()
        return queryset.filter(Q(credit_author=True) & Q(author_organisation__icontains=words))


class QuestionFilter(StrictFilterSet):
    perspective = SlugFilter(field_name="perspective", queryset=Perspective.objects.all())
    phase = SlugFilter(field_name="phase", queryset=Phase.objects.all())
    stage = SlugFilter(field_name="stages", queryset=Stage.objects.all())
    tool = SlugFilter(queryset=visible_tools, method="filter_tool")

    class Meta:
        model = Question
        fields = []

    def filter_tool(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(tool_links__tool__in=value).distinct()


class PageFilter(StrictFilterSet):
    """The filters of a kind with no filter set of its own: one per taxonomy it links to
    (``perspective``, ``stage``, ...). ``filterset_for`` binds it to the kind's model."""


@cache
def filterset_for(kind_name):
    """The filter set class of a kind: its own, or ``PageFilter`` made for its model."""
    kind = get_kind(kind_name)
    base = kind.resolve("filterset")
    if base._meta.model is not None:
        return base
    attrs = {
        model._meta.model_name: SlugFilter(field_name=relation, queryset=model.objects.all())
        for relation, model in taxonomy_relations(kind.model).items()
    }
    attrs["Meta"] = type("Meta", (), {"model": kind.model, "fields": []})
    return type(f"{kind.model.__name__}Filter", (base,), attrs)
