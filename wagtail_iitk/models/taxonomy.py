"""Taxonomy: the editable, ordered terms that organise the toolkit.

Nothing here is specific to Engineering Better Care: ``iitk_setup`` seeds the EBC terms,
and organisations using QSIR or the NES journey edit or replace them.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index


class TaxonomyTerm(index.Indexed, Orderable):
    """A named, slugged, ordered term. Editors drag terms into order in the admin."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, unique=True, help_text=_("Used in web addresses and the API.")
    )
    description = models.TextField(_("description"), blank=True)

    panels = ["name", "slug", "description"]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta(Orderable.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Perspective(ClusterableModel, TaxonomyTerm):
    """A way of looking at a system (EBC: people, systems, design, risk), with ordered phases."""

    panels = TaxonomyTerm.panels + [InlinePanel("phases", label=_("Phases"), min_num=1)]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("perspective")
        verbose_name_plural = _("perspectives")


class Phase(Orderable):
    """One step of a perspective's repeating cycle (e.g. examine, assess, improve)."""

    perspective = ParentalKey(Perspective, on_delete=models.CASCADE, related_name="phases")
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        constraints = [
            models.UniqueConstraint(
                fields=["perspective", "slug"], name="wagtail_iitk_phase_unique_slug"
            )
        ]

    def __str__(self):
        return f"{self.perspective.name}: {self.name}" if self.perspective_id else self.name


class Stage(TaxonomyTerm):
    """A stage of an improvement programme (EBC: initiate, understand, co-design, ...)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("stage")
        verbose_name_plural = _("stages")


class Strand(TaxonomyTerm):
    """A strand of activity in the toolkit's hexagon (e.g. define the problem)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("strand")
        verbose_name_plural = _("strands")


class Category(TaxonomyTerm):
    """A kind of tool (e.g. mapping and modelling, managing risk)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")


def validate_phase_belongs_to_perspective(perspective, phase):
    """Raise a ValidationError on ``phase`` when it is not one of ``perspective``'s phases."""
    if phase is not None and perspective is not None and phase.perspective_id != perspective.pk:
        raise ValidationError(
            {"phase": _("Choose a phase of the %(name)s perspective.") % {"name": perspective}}
        )


#: Every taxonomy model, for code that treats them alike (permissions, signals).
TAXONOMY_MODELS = (Perspective, Phase, Stage, Strand, Category)
