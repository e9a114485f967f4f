"""The registry of content kinds: tools, frameworks, stories, questions, and any later one.

A kind is declared once, on its model, as ``iitk_kind = ContentKind(...)``; every list,
card, detail, search, embed, oEmbed, schema, engagement and report path finds the kinds
here (``get_kinds()``), the way wagtail-localize finds translatable models. Adding a kind
is a model with a declaration, a card builder and templates.

The declaration names the code of higher layers (card builder, detail builder, filter
set, serializers) by dotted path: the models import nothing above them, and each layer
resolves the names it needs (``ContentKind.resolve``).
"""

from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class ContentKind:
    """How one kind of content is served.

    ``name`` is the one identifier a kind has everywhere: the stored cards, engagement
    counts, embed URLs (``/iitk/embed/<name>/<slug>/``), the ``type`` of a card; ``plural``
    names its API resource (``/api/iitk/v1/<plural>/``) and its ``cards/`` parameter.
    """

    name: str
    plural: str
    label: str
    label_plural: str
    #: Dotted paths of the code that shapes this kind (resolved by the layer using it).
    card_builder: str = "wagtail_iitk.cards.builders.PageCards"
    detail_builder: str = "wagtail_iitk.api.details.PageDetail"
    filterset: str = "wagtail_iitk.api.filters.PageFilter"
    card_serializer: str = "wagtail_iitk.api.serializers.ImageCardSerializer"
    detail_serializer: str = "wagtail_iitk.api.serializers.PageDetailSerializer"
    #: The view of its API list (a kind whose list needs more than cards, filters and
    #: ordering names its own, e.g. the calendar's time window).
    list_view: str = "wagtail_iitk.api.views.CardListView"
    #: Date-time fields at which what the public sees of a live item changes (an event
    #: becomes past when it ends): the content version moves at each coming one.
    moments: tuple = ()
    #: The embed page's template, or "" when the kind has no embed of its own.
    embed_template: str = ""
    #: The field people read as the item's title (a question's is its wording).
    title_field: str = "title"
    #: How a detail is looked up: "slug" (pages) or "pk" (snippets such as questions).
    lookup: str = "slug"
    #: Public ordering names → stored card columns, and the default ordering.
    ordering: dict = field(
        default_factory=lambda: {"title": "sort_title", "published": "first_published_at"}
    )
    default_ordering: tuple = ("sort_title",)
    #: Where the kind stands among the others (lists of kinds, search interleaving).
    position: int = 100
    #: Counted by the engagement events (views, opens, "I used this").
    engagement: bool = True
    #: The feedback buttons its pages carry (engagement event types).
    feedback: tuple = ("helpful",)
    #: Whether its pages carry a discussion (questions, answers, experiences).
    discussion: bool = False
    model: type | None = field(default=None, compare=False)

    def resolve(self, attribute):
        """The object a dotted-path attribute names (e.g. ``resolve("card_builder")``)."""
        return _import(getattr(self, attribute))

    @property
    def is_page(self):
        from wagtail.models import Page

        return issubclass(self.model, Page)

    def public_queryset(self):
        """The live, public items of this kind: where every public read starts."""
        from .visibility import visible_pages, visible_questions

        if self.is_page:
            return visible_pages(self.model.objects.all())
        return visible_questions(self.model.objects.all())


@cache
def _import(path):
    return import_string(path)


@cache
def get_kinds():
    """Every declared kind, in ``position`` order, each bound to its model."""
    found = []
    for model in apps.get_models():
        kind = model.__dict__.get("iitk_kind")
        if isinstance(kind, ContentKind):
            found.append(_bind(kind, model))
    names = [kind.name for kind in found]
    plurals = [kind.plural for kind in found]
    if len(set(names)) != len(names) or len(set(plurals)) != len(plurals):
        raise ValueError(f"Two content kinds share a name: {sorted(names)} {sorted(plurals)}")
    return tuple(sorted(found, key=lambda kind: (kind.position, kind.name)))


def _bind(kind, model):
    bound = ContentKind(**{**kind.__dict__, "model": model})
    model.iitk_kind = bound
    return bound


def get_kind(name):
    """The kind called ``name`` (singular or plural); KeyError when there is none."""
    for kind in get_kinds():
        if name in (kind.name, kind.plural):
            return kind
    raise KeyError(name)


def kind_of(instance_or_model):
    """The kind of a model or instance (its most specific declared class), or None."""
    model = instance_or_model if isinstance(instance_or_model, type) else type(instance_or_model)
    for kind in get_kinds():
        if issubclass(model, kind.model):
            return kind
    return None
