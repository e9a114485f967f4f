"""Cards: the short form of every item, built for a whole page of results at once.

A batch of cards, of one type or several, costs a fixed number of queries whatever its
length: one per type for the items (their counts come as subqueries), one UNION for all
their taxonomy slugs and related slugs, and two for images when any item has one.
"""

from django.db.models import CharField, Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, NullIf
from wagtail.images import get_image_model

from ..conf import iitk_settings
from ..engagement.counts import used_count_annotation
from ..models import (
    FrameworkPage,
    Question,
    QuestionTool,
    StoryPage,
    ToolkitHomePage,
    ToolPage,
    ToolUsage,
)
from ..models.choices import CareSector, EvidenceLevel, Nation
from ..models.visibility import visible_pages, visible_questions
from .images import image_data


def _count(queryset, outer_field):
    """A correlated COUNT of distinct ``queryset`` rows whose ``outer_field`` is the outer pk."""
    counted = (
        queryset.filter(**{outer_field: OuterRef("pk")})
        .order_by()
        .values(outer_field)
        .annotate(n=Count("pk", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def card_image_annotations():
    """The card rendition of an item's image, read in the item's own query.

    A rendition not made yet comes back empty; ``build_cards`` then makes it once
    (the only time card images cost a query of their own).
    """
    Rendition = get_image_model().get_rendition_model()
    spec = iitk_settings.API_IMAGE_RENDITIONS["card"]
    renditions = Rendition.objects.filter(image_id=OuterRef("image_id"), filter_spec=spec).order_by(
        "-pk"
    )
    alt = F("image__title")
    if any(field.name == "description" for field in get_image_model()._meta.get_fields()):
        alt = Coalesce(NullIf(F("image__description"), Value("")), F("image__title"))
    return {
        "card_image_file": Subquery(renditions.values("file")[:1]),
        "card_image_width": Subquery(renditions.values("width")[:1]),
        "card_image_height": Subquery(renditions.values("height")[:1]),
        "card_image_alt": alt,
    }


def card_image(row, images, links):
    """The card image of a row: from its own columns, else from ``image_data``."""
    if not row.get("image_id"):
        return None
    if row.get("card_image_file"):
        storage = get_image_model().get_rendition_model()._meta.get_field("file").storage
        return {
            "url": links.absolute(storage.url(row["card_image_file"])),
            "width": row["card_image_width"],
            "height": row["card_image_height"],
            "alt": row["card_image_alt"] or "",
        }
    return images.get(row["image_id"], {}).get("card")


def visible_story_count():
    """Per tool: how many published, public stories used it."""
    return _count(visible_pages(StoryPage.objects.all()), "tool_usages__tool")


def visible_tool_ids():
    return visible_pages(ToolPage.objects.all()).values("pk")


def _m2m_source(model, relation, ids):
    """(item_id, relation, slug, order, name) rows for one many-to-many taxonomy relation."""
    field = model._meta.get_field(relation)
    source = f"{model._meta.model_name}_id"
    target = field.m2m_reverse_field_name()
    return field.remote_field.through.objects.filter(**{f"{source}__in": ids}).values_list(
        source,
        Value(f"{model._meta.model_name}.{relation}", output_field=CharField()),
        f"{target}__slug",
        f"{target}__sort_order",
        f"{target}__name",
    )


def related_slugs(sources):
    """Run every (item_id, key, slug, order, name) source as one UNION ALL query.

    Returns {key: {item_id: [(slug, name), ...]}} in the editors' order.
    """
    # Compound statements may not order their parts (SQLite refuses): sort afterwards.
    sources = [source.order_by() for source in sources if source is not None]
    if not sources:
        return {}
    query = sources[0].union(*sources[1:], all=True) if len(sources) > 1 else sources[0]
    found = {}
    for item_id, key, slug, _order, name in sorted(query, key=lambda r: (r[3] is None, r[3] or 0)):
        found.setdefault(key, {}).setdefault(item_id, []).append((slug, name))
    return found


class CardBuilder:
    """Knows how to fetch and shape the cards of one type."""

    type_name = ""
    model = None
    fields = ()
    relations = ()
    detail_route = ""

    def __init__(self, links):
        self.links = links

    def annotations(self):
        return {}

    def rows(self, queryset):
        annotations = self.annotations()
        fields = list(self.fields)
        if "image_id" in fields:
            image_fields = card_image_annotations()
            annotations.update(image_fields)
            fields += list(image_fields)
        return list(queryset.annotate(**annotations).values(*fields))

    def sources(self, ids):
        """Querysets of (item_id, key, slug, order) this type needs for its cards."""
        return [_m2m_source(self.model, relation, ids) for relation in self.relations]

    def _pairs(self, related, relation, item_id):
        return related.get(f"{self.model._meta.model_name}.{relation}", {}).get(item_id, [])

    def terms(self, related, item_id):
        """{relation: [slug, ...]} for this item's taxonomy."""
        return {
            relation: [slug for slug, _ in self._pairs(related, relation, item_id)]
            for relation in self.relations
        }

    def term_labels(self, related, item_id):
        """{relation: [name, ...]}: the same terms as people read them."""
        return {
            relation: [name for _, name in self._pairs(related, relation, item_id)]
            for relation in self.relations
        }

    def base(self, row, images):
        return {
            "type": self.type_name,
            "id": row["id"],
            "slug": row["slug"],
            "title": row["title"],
            "summary": row["summary"],
            "url": self.links.page_url(row["url_path"]),
            "api_url": self.links.api_url(self.detail_route, slug=row["slug"]),
            "image": card_image(row, images, self.links),
        }

    def card(self, row, related, images):
        raise NotImplementedError


class ToolCards(CardBuilder):
    type_name = "tool"
    model = ToolPage
    relations = ("perspectives", "stages", "strands", "categories")
    detail_route = "tool-detail"
    fields = (
        "id", "slug", "title", "summary", "url_path", "image_id", "evidence_level",
        "story_count", "used_count",
    )  # fmt: skip

    def annotations(self):
        return {
            "summary": F("purpose"),
            "story_count": visible_story_count(),
            "used_count": used_count_annotation(),
        }

    def card(self, row, related, images):
        card = self.base(row, images)
        card.update(self.terms(related, row["id"]))
        card["evidence_level"] = row["evidence_level"]
        card["story_count"] = row["story_count"]
        card["used_count"] = row["used_count"]
        card["labels"] = {
            **self.term_labels(related, row["id"]),
            "evidence_level": str(EvidenceLevel(row["evidence_level"]).label),
        }
        return card


class FrameworkCards(CardBuilder):
    type_name = "framework"
    model = FrameworkPage
    relations = ("perspectives",)
    detail_route = "framework-detail"
    fields = (
        "id", "slug", "title", "summary", "abbreviation", "url_path", "image_id",
        "tool_count", "story_count",
    )  # fmt: skip

    def annotations(self):
        return {
            "tool_count": _count(visible_pages(ToolPage.objects.all()), "frameworks"),
            "story_count": _count(visible_pages(StoryPage.objects.all()), "frameworks"),
        }

    def card(self, row, related, images):
        card = self.base(row, images)
        card["abbreviation"] = row["abbreviation"]
        card.update(self.terms(related, row["id"]))
        card["tool_count"] = row["tool_count"]
        card["story_count"] = row["story_count"]
        card["labels"] = self.term_labels(related, row["id"])
        return card


class StoryCards(CardBuilder):
    type_name = "story"
    model = StoryPage
    detail_route = "story-detail"
    fields = (
        "id", "slug", "title", "summary", "url_path", "image_id", "care_sector", "nation",
        "credit_author", "author_organisation", "first_published_at",
    )  # fmt: skip

    def sources(self, ids):
        usages = ToolUsage.objects.filter(story_id__in=ids, tool_id__in=visible_tool_ids())
        return [
            usages.values_list(
                "story_id",
                Value("storypage.tools", output_field=CharField()),
                "tool__slug",
                "sort_order",
                "tool__title",
            )
        ]

    def card(self, row, related, images):
        card = self.base(row, images)
        card["care_sector"] = row["care_sector"]
        card["nation"] = row["nation"]
        card["organisation"] = row["author_organisation"] if row["credit_author"] else ""
        tools = related.get("storypage.tools", {}).get(row["id"], [])
        card["tools"] = [slug for slug, _ in tools]
        published = row["first_published_at"]
        card["published"] = published.isoformat() if published else None
        card["labels"] = {
            "care_sector": _label(CareSector, row["care_sector"]),
            "nation": _label(Nation, row["nation"]),
            "tools": [title for _, title in tools],
        }
        return card


class QuestionCards(CardBuilder):
    """Questions are snippets: their public page is a route of the toolkit home."""

    type_name = "question"
    model = Question
    relations = ("stages",)
    detail_route = "question-detail"
    fields = (
        "id", "slug", "wording", "short_label", "help_text", "perspective__slug",
        "phase__slug", "tool_count", "home_path", "perspective__name", "phase__name",
    )  # fmt: skip

    def annotations(self):
        tools = QuestionTool.objects.filter(tool_id__in=visible_tool_ids())
        # The first live toolkit home serves the question pages (one subquery, no query).
        home = ToolkitHomePage.objects.filter(live=True).order_by("path").values("url_path")
        return {
            "tool_count": _count(tools, "question"),
            "home_path": Subquery(home[:1], output_field=CharField()),
        }

    def card(self, row, related, images):
        home_url = self.links.page_url(row["home_path"]) if row["home_path"] else None
        return {
            "type": self.type_name,
            "id": row["id"],
            "slug": row["slug"],
            "title": row["wording"],
            "short_label": row["short_label"],
            "summary": row["help_text"],
            "url": f"{home_url}questions/{row['slug']}/" if home_url else None,
            "api_url": self.links.api_url(self.detail_route, pk=row["id"]),
            "perspective": row["perspective__slug"],
            "phase": row["phase__slug"],
            "stages": self.terms(related, row["id"])["stages"],
            "tool_count": row["tool_count"],
            "labels": {
                "perspective": row["perspective__name"],
                "phase": row["phase__name"],
                "stages": self.term_labels(related, row["id"])["stages"],
            },
        }


def _label(choices, value):
    """The readable label of a stored choice, or "" when empty or unknown."""
    try:
        return str(choices(value).label) if value else ""
    except ValueError:
        return ""


CARD_BUILDERS = {
    "tools": ToolCards,
    "frameworks": FrameworkCards,
    "stories": StoryCards,
    "questions": QuestionCards,
}


def public_queryset(kind):
    """The live, public items of a kind: the only starting point for any API read."""
    if kind == "questions":
        return visible_questions(Question.objects.all())
    return visible_pages(CARD_BUILDERS[kind].model.objects.all())


def build_cards(links, requests, extra_sources=(), extra_image_ids=()):
    """Cards for several querysets at once.

    ``requests`` is ``{name: (kind, queryset)}``, each queryset already filtered to
    public items, ordered and sliced. ``extra_sources`` and ``extra_image_ids`` let a
    detail view fold its own taxonomy and images into the same queries.
    Returns ``(cards, related, images)`` where ``cards`` is ``{name: [card, ...]}``.
    """
    fetched = {}
    ids_by_kind = {}
    image_ids = set(extra_image_ids)
    for name, (kind, queryset) in requests.items():
        builder = CARD_BUILDERS[kind](links)
        rows = builder.rows(queryset)
        fetched[name] = (builder, rows)
        ids_by_kind.setdefault(kind, set()).update(row["id"] for row in rows)
        # Only images whose card rendition does not exist yet need a query of their own.
        image_ids.update(row.get("image_id") for row in rows if not row.get("card_image_file"))
    sources = list(extra_sources)
    for kind, ids in ids_by_kind.items():
        if ids:
            # One set of sources per kind, however many lists show that kind.
            sources += CARD_BUILDERS[kind](links).sources(sorted(ids))
    related = related_slugs(sources)
    images = image_data(image_ids, links)
    cards = {
        name: [builder.card(row, related, images) for row in rows]
        for name, (builder, rows) in fetched.items()
    }
    return cards, related, images
