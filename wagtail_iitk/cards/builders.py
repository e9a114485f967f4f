"""Card builders: the short form of every item, built for a whole batch at once.

A kind names its builder in its declaration (``ContentKind.card_builder``). A builder
makes a card in two steps:

- ``card(row, related, images)`` makes the *stored* form from the content: what the
  item says, its counts, and the ids of its taxonomy terms. It holds no URL and no
  term name, so renaming a page, a section or a term never leaves a stale card.
- ``finish(card, context)`` completes it for one request (``cards.reading``): absolute
  URLs, term slugs and labels in the editors' order.

A batch of cards, of one kind or several, costs a fixed number of queries whatever its
length: one per kind for the items (their counts come as subqueries), one UNION for all
their related rows, and one for images when any item has one.
"""

from functools import cache

from django.conf import settings
from django.db.models import CharField, Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce
from django.utils import translation

from ..models import (
    TAXONOMY_MODELS,
    QuestionTool,
    StoryPage,
    ToolPage,
    ToolUsage,
)
from ..models.choices import CareSector, EvidenceLevel, Nation
from ..models.kinds import get_kind, get_kinds
from ..models.visibility import visible_pages
from .counts import used_count_annotation
from .images import card_image


def count_of(queryset, outer_field):
    """A correlated COUNT of distinct ``queryset`` rows whose ``outer_field`` is the outer pk."""
    counted = (
        queryset.filter(**{outer_field: OuterRef("pk")})
        .order_by()
        .values(outer_field)
        .annotate(n=Count("pk", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def visible_tool_ids():
    return visible_pages(ToolPage.objects.all()).values("pk")


def taxonomy_relations(model):
    """{field name: taxonomy model} of ``model``'s many-to-many links to the taxonomy."""
    return {
        field.name: field.related_model
        for field in model._meta.get_fields()
        if field.many_to_many and not field.auto_created and field.related_model in TAXONOMY_MODELS
    }


def term_source(model, relation, ids):
    """(item_id, key, term id, order, "") rows of one many-to-many taxonomy relation."""
    field = model._meta.get_field(relation)
    source = f"{model._meta.model_name}_id"
    target = field.m2m_reverse_field_name()
    return field.remote_field.through.objects.filter(**{f"{source}__in": ids}).values_list(
        source,
        Value(f"{model._meta.model_name}.{relation}", output_field=CharField()),
        Cast(f"{target}_id", output_field=CharField()),
        Value(0, output_field=IntegerField()),
        Value("", output_field=CharField()),
    )


def related_rows(sources):
    """Run every (item_id, key, value, order, name) source as one UNION ALL query.

    Returns {key: {item_id: [(value, name), ...]}} in each source's order.
    """
    # Compound statements may not order their parts (SQLite refuses): sort afterwards.
    sources = [source.order_by() for source in sources if source is not None]
    if not sources:
        return {}
    query = sources[0].union(*sources[1:], all=True) if len(sources) > 1 else sources[0]
    found = {}
    for item_id, key, value, _order, name in sorted(query, key=lambda r: (r[3] is None, r[3] or 0)):
        found.setdefault(key, {}).setdefault(item_id, []).append((value, name))
    return found


class CardBuilder:
    """Fetches and shapes the cards of one kind. Subclasses add fields and counts."""

    #: Values read for each item (annotations included).
    fields = ("id", "slug", "title", "summary")

    def __init__(self, kind):
        self.kind = kind
        self.model = kind.model
        self.relations = taxonomy_relations(kind.model)

    def annotations(self):
        return {}

    def rows(self, queryset):
        return list(queryset.annotate(**self.annotations()).values(*self.fields))

    def sources(self, ids):
        """Querysets of (item_id, key, value, order, name) this kind's cards need."""
        return [term_source(self.model, relation, ids) for relation in self.relations]

    def term_ids(self, related, item_id):
        """{relation: [term id, ...]} for one item."""
        prefix = self.model._meta.model_name
        return {
            relation: [
                int(pk) for pk, _ in related.get(f"{prefix}.{relation}", {}).get(item_id, [])
            ]
            for relation in self.relations
        }

    def card(self, row, related, images):
        """The stored card of one item (no URLs, taxonomy as ids)."""
        card = {
            "type": self.kind.name,
            "id": row["id"],
            "slug": row["slug"],
            "title": row["title"],
            "summary": row["summary"] or "",
        }
        if self.relations:
            card["terms"] = self.term_ids(related, row["id"])
        return card

    def sort_columns(self, cards):
        """{id: {column: value}}: what the stored lists sort and check each card by."""
        has_expiry = any(f.name == "expire_at" for f in self.model._meta.get_fields())
        expiry = {}
        if has_expiry:
            ids = [card["id"] for card in cards]
            expiry = dict(self.model.objects.filter(pk__in=ids).values_list("pk", "expire_at"))
        return {
            card["id"]: {
                "sort_title": card["title"].lower()[:255],
                "expire_at": expiry.get(card["id"]),
            }
            for card in cards
        }

    def showing(self, kind_name, ids):
        """(shown id, showing id) pairs: which of this kind's cards show each of ``ids``
        (items of ``kind_name``). Those cards are rewritten when the items change."""
        return []

    def finish(self, card, context):
        """Complete a stored card for one request: URLs, term slugs and labels."""
        card["url"] = context.page_url(card)
        card["api_url"] = context.api_url(self.kind, card)
        terms = card.pop("terms", None)
        if terms is not None:
            labels = card.setdefault("labels", {})
            for relation, model in self.relations.items():
                card[relation], labels[relation] = context.slugs_and_names(
                    model, terms.get(relation)
                )
        return card


class PageCards(CardBuilder):
    """Cards of a page kind: title, summary, an optional image, taxonomy."""

    summary_field = "summary"

    @property
    def fields(self):
        names = ["id", "slug", "title", "summary", "url_path"]
        if self.has_image:
            names.append("image_id")
        return names

    @property
    def has_image(self):
        return any(field.name == "image" for field in self.model._meta.get_fields())

    def annotations(self):
        if self.summary_field == "summary":
            return {}
        return {"summary": F(self.summary_field)}

    def card(self, row, related, images):
        card = super().card(row, related, images)
        if self.has_image:
            card["image"] = card_image(row.get("image_id"), images)
        # The page's path, for its URL; taken off before the card is stored (a stored
        # card's URL is read from the page itself, so a rename can never leave it stale).
        card["_path"] = row["url_path"]
        return card

    def sort_columns(self, cards):
        names = ["pk", "first_published_at", "last_published_at", "expire_at"]
        fields = {field.name for field in self.model._meta.get_fields()}
        names += [name for name in ("image_id", "year") if name.removesuffix("_id") in fields]
        rows = self.model.objects.filter(pk__in=[card["id"] for card in cards]).values(*names)
        by_id = {row.pop("pk"): row for row in rows}
        return {
            card["id"]: {
                "page_id": card["id"],
                "sort_title": card["title"].lower()[:255],
                **by_id.get(card["id"], {}),
            }
            for card in cards
        }

    def finish(self, card, context):
        card = super().finish(card, context)
        if "image" in card:
            card["image"] = context.image(card["image"])
        return card


class ToolCards(PageCards):
    summary_field = "purpose"

    @property
    def fields(self):
        return [*super().fields, "evidence_level", "story_count", "used_count"]

    def annotations(self):
        stories = visible_pages(StoryPage.objects.all())
        return {
            "summary": F("purpose"),
            "story_count": count_of(stories, "tool_usages__tool"),
            "used_count": used_count_annotation(),
        }

    def card(self, row, related, images):
        card = super().card(row, related, images)
        card["evidence_level"] = row["evidence_level"]
        card["story_count"] = row["story_count"]
        card["used_count"] = row["used_count"]
        return card

    def finish(self, card, context):
        evidence = card["evidence_level"]
        card = super().finish(card, context)
        card["labels"]["evidence_level"] = choice_label(EvidenceLevel, evidence)
        return in_order(card, *self.relations, "evidence_level", "story_count", "used_count")

    def showing(self, kind_name, ids):
        if kind_name == "story":  # story counts
            return ToolUsage.objects.filter(story_id__in=ids).values_list("story_id", "tool_id")
        return []


class FrameworkCards(PageCards):
    @property
    def fields(self):
        return [*super().fields, "abbreviation", "tool_count", "story_count"]

    def annotations(self):
        return {
            "tool_count": count_of(visible_pages(ToolPage.objects.all()), "frameworks"),
            "story_count": count_of(visible_pages(StoryPage.objects.all()), "frameworks"),
        }

    def card(self, row, related, images):
        card = super().card(row, related, images)
        card["abbreviation"] = row["abbreviation"]
        card["tool_count"] = row["tool_count"]
        card["story_count"] = row["story_count"]
        return card

    def finish(self, card, context):
        card = super().finish(card, context)
        return in_order(card, "abbreviation", *self.relations, "tool_count", "story_count")

    def showing(self, kind_name, ids):
        model = {"tool": ToolPage, "story": StoryPage}.get(kind_name)
        if model is None:
            return []
        through = model._meta.get_field("frameworks").remote_field.through
        source = f"{model._meta.model_name}_id"
        return through.objects.filter(**{f"{source}__in": ids}).values_list(
            source, "frameworkpage_id"
        )


class StoryCards(PageCards):
    @property
    def fields(self):
        return [
            *super().fields, "care_sector", "nation", "credit_author", "author_organisation",
            "first_published_at",
        ]  # fmt: skip

    def sources(self, ids):
        usages = ToolUsage.objects.filter(story_id__in=ids, tool_id__in=visible_tool_ids())
        return [
            *super().sources(ids),
            usages.values_list(
                "story_id",
                Value("storypage.tools", output_field=CharField()),
                "tool__slug",
                "sort_order",
                "tool__title",
            ),
        ]

    def card(self, row, related, images):
        card = super().card(row, related, images)
        tools = related.get("storypage.tools", {}).get(row["id"], [])
        published = row["first_published_at"]
        card.update(
            {
                "care_sector": row["care_sector"],
                "nation": row["nation"],
                "organisation": row["author_organisation"] if row["credit_author"] else "",
                "tools": [slug for slug, _ in tools],
                "published": published.isoformat() if published else None,
                "labels": {
                    "care_sector": choice_label(CareSector, row["care_sector"]),
                    "nation": choice_label(Nation, row["nation"]),
                    "tools": [title for _, title in tools],
                },
            }
        )
        return card

    def showing(self, kind_name, ids):
        if kind_name == "tool":  # the tools a story lists
            return ToolUsage.objects.filter(tool_id__in=ids).values_list("tool_id", "story_id")
        return []


class QuestionCards(CardBuilder):
    """Questions are snippets: their public page is a route of the toolkit home."""

    fields = (
        "id", "slug", "title", "summary", "short_label", "perspective_id", "phase_id",
        "tool_count",
    )  # fmt: skip

    def annotations(self):
        tools = QuestionTool.objects.filter(tool_id__in=visible_tool_ids())
        return {
            "title": F("wording"),
            "summary": F("help_text"),
            "tool_count": count_of(tools, "question"),
        }

    def card(self, row, related, images):
        card = super().card(row, related, images)
        card["short_label"] = row["short_label"]
        card["terms"]["perspective"] = [row["perspective_id"]]
        card["terms"]["phase"] = [row["phase_id"]] if row["phase_id"] else []
        card["tool_count"] = row["tool_count"]
        return card

    def finish(self, card, context):
        from ..models import Perspective, Phase

        terms = card.pop("terms")
        perspective = context.terms(Perspective, terms["perspective"])
        phase = context.terms(Phase, terms["phase"])
        stages = context.terms(TAXONOMY_MODELS_BY_NAME["stage"], terms.get("stages", ()))
        home = context.home_url()
        return {
            "type": card["type"],
            "id": card["id"],
            "slug": card["slug"],
            "title": card["title"],
            "short_label": card["short_label"],
            "summary": card["summary"],
            "url": f"{home}questions/{card['slug']}/" if home else None,
            "api_url": context.api_url(self.kind, card),
            "perspective": perspective[0][0] if perspective else None,
            "phase": phase[0][0] if phase else None,
            "stages": [slug for slug, _ in stages],
            "tool_count": card["tool_count"],
            "labels": {
                "perspective": perspective[0][1] if perspective else "",
                "phase": phase[0][1] if phase else None,
                "stages": [name for _, name in stages],
            },
        }

    def sort_columns(self, cards):
        rows = self.model.objects.filter(pk__in=[card["id"] for card in cards]).values(
            "pk", "expire_at", "perspective__sort_order", "phase__sort_order", "sort_order"
        )
        by_id = {row["pk"]: row for row in rows}
        columns = {}
        for card in cards:
            row = by_id[card["id"]]
            columns[card["id"]] = {
                "sort_title": card["title"].lower()[:255],
                "expire_at": row["expire_at"],
                # The editors' order: perspective, then phase, then the question's own.
                "position": ".".join(
                    f"{max(row[key] or 0, 0):06d}"
                    for key in ("perspective__sort_order", "phase__sort_order", "sort_order")
                ),
            }
        return columns

    def showing(self, kind_name, ids):
        if kind_name == "tool":  # tool counts
            return QuestionTool.objects.filter(tool_id__in=ids).values_list(
                "tool_id", "question_id"
            )
        return []


TAXONOMY_MODELS_BY_NAME = {model._meta.model_name: model for model in TAXONOMY_MODELS}


def in_order(card, *middle):
    """The card's keys in the order the API has always listed them: the shared fields,
    then ``middle``, then the labels."""
    order = ["type", "id", "slug", "title", "summary", "url", "api_url", "image", *middle]
    return {key: card[key] for key in (*order, "labels") if key in card}


#: {(choices, value, language): label}: the translation catalogues do not change while a
#: process runs, and looking a label up through them for every card is a list's cost.
_labels = {}


def choice_label(choices, value):
    """The readable label of a stored choice, or "" when empty or unknown."""
    # In the site's language, whoever's request (a Welsh-speaking editor's) builds it.
    key = (choices, value, settings.LANGUAGE_CODE)
    label = _labels.get(key)
    if label is None:
        try:
            with translation.override(settings.LANGUAGE_CODE):
                label = str(choices(value).label) if value else ""
        except ValueError:
            label = ""
        _labels[key] = label
    return label


@cache
def builder_for(name):
    """The card builder of a kind (by name or plural)."""
    kind = get_kind(name)
    return kind.resolve("card_builder")(kind)


def shown_on(kind_name, ids):
    """{id: {kind name: {ids}}}: for each of ``ids`` (items of ``kind_name``), the cards
    that show it, as the database says now."""
    found = {pk: {} for pk in ids}
    for kind in get_kinds():
        for shown, showing in builder_for(kind.name).showing(kind_name, list(ids)):
            found.setdefault(shown, {}).setdefault(kind.name, set()).add(showing)
    return found


def dependents(kind_name, ids):
    """{kind name: ids} of the cards that show any of ``ids`` (items of ``kind_name``)."""
    found = {}
    for by_kind in shown_on(kind_name, ids).values():
        for other, values in by_kind.items():
            found.setdefault(other, set()).update(values)
    return found


def build_cards(requests, extra_sources=(), extra_image_ids=()):
    """Stored-form cards for several querysets at once.

    ``requests`` is ``{name: (kind name, queryset)}``, each queryset already filtered
    to public items, ordered and sliced. ``extra_sources`` and ``extra_image_ids`` let a
    detail fold its own related rows and images into the same queries. Returns
    ``(cards, related, images)`` where ``cards`` is ``{name: [card, ...]}``.
    """
    from .images import image_data

    fetched = {}
    ids_by_kind = {}
    image_ids = set(extra_image_ids)
    for name, (kind_name, queryset) in requests.items():
        builder = builder_for(kind_name)
        rows = builder.rows(queryset)
        fetched[name] = (builder, rows)
        ids_by_kind.setdefault(builder.kind.name, set()).update(row["id"] for row in rows)
        image_ids.update(row.get("image_id") for row in rows)
    sources = list(extra_sources)
    for kind_name, ids in ids_by_kind.items():
        if ids:
            # One set of sources per kind, however many lists show that kind.
            sources += builder_for(kind_name).sources(sorted(ids))
    related = related_rows(sources)
    images = image_data(image_ids)
    cards = {
        name: [builder.card(row, related, images) for row in rows]
        for name, (builder, rows) in fetched.items()
    }
    return cards, related, images


__all__ = [
    "CardBuilder",
    "FrameworkCards",
    "PageCards",
    "QuestionCards",
    "StoryCards",
    "ToolCards",
    "build_cards",
    "builder_for",
    "dependents",
    "shown_on",
]
