"""The API's endpoints. Each one starts from the public querysets in ``cards``."""

from django.db.models import Case, F, IntegerField, When
from django.db.models.functions import Lower
from django.http import Http404
from rest_framework.exceptions import ValidationError
from wagtail.models import Page

from ..conf import iitk_settings
from ..engagement.counts import used_count_annotation
from ..models import Category, Perspective, Stage, Strand, visible_pages
from . import filters
from .base import ToolkitAPIView
from .cards import CARD_BUILDERS, build_cards, public_queryset, visible_story_count
from .details import DETAIL_BUILDERS
from .pagination import ToolkitPagination

PAGING_PARAMS = frozenset({"limit", "offset"})
#: Text fields whose ordering ignores case ("FMEA" sorts among the Fs).
CASE_INSENSITIVE = {"title", "wording"}


def search_text(request):
    """The ``q`` parameter, stripped; a 400 when it is too long."""
    text = request.GET.get("q", "").strip()
    limit = iitk_settings.API_MAX_QUERY_LENGTH
    if len(text) > limit:
        raise ValidationError({"q": [f"Search text must be at most {limit} characters."]})
    return text


def ranked_ids(kind, text, limit=1000):
    """Ids of the live items of ``kind`` matching ``text``, best match first.

    Search backends only filter on indexed fields, so this searches live items; callers
    apply the public filter (view restrictions, expiry) to the ids.
    """
    model = CARD_BUILDERS[kind].model
    # Only the ids are needed: loading whole pages cost more than the search itself.
    matches = model.objects.filter(live=True).only("pk")
    results = matches.search(text, operator="and")[:limit]
    return [item.pk for item in results]


def public_ids(ranked):
    """Keep the public ids of ``{kind: [id, ...]}``: one query for every page kind
    together (page ids are unique across types) and one for questions."""
    page_ids = [pk for kind, ids in ranked.items() if kind != "questions" for pk in ids]
    pages = set()
    if page_ids:
        visible = visible_pages(Page.objects.filter(pk__in=page_ids))
        pages = set(visible.values_list("pk", flat=True))
    questions = set()
    if ranked.get("questions"):
        visible = public_queryset("questions").filter(pk__in=ranked["questions"])
        questions = set(visible.values_list("pk", flat=True))
    return {
        kind: [pk for pk in ids if pk in (questions if kind == "questions" else pages)]
        for kind, ids in ranked.items()
    }


def in_rank_order(queryset, ids):
    if not ids:
        return queryset.none()
    ranking = Case(
        *[When(pk=pk, then=rank) for rank, pk in enumerate(ids)], output_field=IntegerField()
    )
    return queryset.filter(pk__in=ids).annotate(_rank=ranking).order_by("_rank")


class CardListView(ToolkitAPIView):
    """A filterable, orderable, paged list of cards of one kind."""

    kind = ""
    filterset_class = None
    #: Public ordering names → model fields. Anything else is a 400.
    ordering_fields = {"title": "title", "published": "first_published_at"}
    default_ordering = (Lower("title").asc(),)

    @property
    def allowed_params(self):
        return set(self.filterset_class.base_filters) | PAGING_PARAMS | {"q", "ordering"}

    def ordering(self, request):
        """The requested ordering as expressions; a 400 for any name not allowed."""
        raw = request.GET.get("ordering", "").strip()
        if not raw:
            return None
        expressions = []
        for name in (part.strip() for part in raw.split(",")):
            descending = name.startswith("-")
            field = self.ordering_fields.get(name[1:] if descending else name)
            if field is None:
                choices = ", ".join(sorted(self.ordering_fields))
                raise ValidationError(
                    {"ordering": [f"Cannot order by '{name}'. Choose from: {choices}."]}
                )
            expression = Lower(field) if field in CASE_INSENSITIVE else F(field)
            expressions.append(expression.desc() if descending else expression.asc())
        return expressions

    def annotate_for_ordering(self, queryset, ordering):
        """Add the computed values (e.g. a tool's story count) an ordering needs."""
        if ordering and any("story_count" in str(item) for item in ordering):
            queryset = queryset.annotate(story_count=visible_story_count())
        return queryset

    def build(self, request):
        paginator = ToolkitPagination()
        paginator.get_limit(request), paginator.get_offset(request)  # fail fast on a 400
        ordering = self.ordering(request)
        text = search_text(request)
        queryset = public_queryset(self.kind)
        # Building a filterset costs several milliseconds even when nothing is filtered.
        if any(name in request.GET for name in self.filterset_class.base_filters):
            filterset = self.filterset_class(request.GET, queryset=queryset)
            if not filterset.is_valid():
                raise ValidationError(filterset.errors)
            queryset = filterset.qs
        queryset = self.annotate_for_ordering(queryset, ordering)
        if text:
            queryset = in_rank_order(queryset, ranked_ids(self.kind, text))
            if ordering:
                queryset = queryset.order_by(*ordering, "pk")
        else:
            queryset = queryset.order_by(*(ordering or self.default_ordering), "pk")
        page = paginator.paginate(request, queryset, queryset.count())
        cards, _, _ = build_cards(self.links, {"results": (self.kind, page)})
        return paginator.envelope(cards["results"])


class ToolListView(CardListView):
    kind = "tools"
    filterset_class = filters.ToolFilter
    ordering_fields = {
        "title": "title",
        "published": "first_published_at",
        "updated": "last_published_at",
        "stories": "story_count",
    }


class FrameworkListView(CardListView):
    kind = "frameworks"
    filterset_class = filters.FrameworkFilter
    ordering_fields = {"title": "title", "year": "year", "published": "first_published_at"}


class StoryListView(CardListView):
    kind = "stories"
    filterset_class = filters.StoryFilter
    ordering_fields = {"title": "title", "published": "first_published_at"}
    default_ordering = ("-first_published_at",)


class QuestionListView(CardListView):
    kind = "questions"
    filterset_class = filters.QuestionFilter
    ordering_fields = {"wording": "wording"}
    default_ordering = ("perspective__sort_order", "phase__sort_order", "sort_order")


class DetailView(ToolkitAPIView):
    """One public item in full, by slug (questions by id)."""

    kind = ""
    lookup = "slug"
    #: Values computed in the item's own query (no query of their own).
    annotations = {}

    def build(self, request, **kwargs):
        items = public_queryset(self.kind).annotate(**self.annotations)
        item = items.filter(**{self.lookup: kwargs[self.lookup]}).first()
        if item is None:
            raise Http404
        return DETAIL_BUILDERS[self.kind](self.links).build(item)


class ToolDetailView(DetailView):
    kind = "tools"
    annotations = {"used_count": used_count_annotation()}


class FrameworkDetailView(DetailView):
    kind = "frameworks"


class StoryDetailView(DetailView):
    kind = "stories"


class QuestionDetailView(DetailView):
    kind = "questions"
    lookup = "pk"


class TaxonomyView(ToolkitAPIView):
    """Every taxonomy in one response: perspectives with phases, stages, strands, categories."""

    def build(self, request):
        def terms(model):
            return list(model.objects.values("slug", "name", "description"))

        perspectives = []
        for perspective in Perspective.objects.prefetch_related("phases"):
            perspectives.append(
                {
                    "slug": perspective.slug,
                    "name": perspective.name,
                    "description": perspective.description,
                    "phases": [
                        {"slug": p.slug, "name": p.name, "description": p.description}
                        for p in perspective.phases.all()
                    ],
                }
            )
        return {
            "perspectives": perspectives,
            "stages": terms(Stage),
            "strands": terms(Strand),
            "categories": terms(Category),
        }


class SearchView(ToolkitAPIView):
    """Search across tools, frameworks, stories and questions; each result has a ``type``."""

    allowed_params = PAGING_PARAMS | {"q", "type"}

    def kinds(self, request):
        """The kinds to search: ``type=tools,stories`` (or singular, or repeated)."""
        names = [
            part.strip()
            for value in request.GET.getlist("type")
            for part in value.split(",")
            if part.strip()
        ]
        if not names:
            return list(CARD_BUILDERS)
        singular = {builder.type_name: kind for kind, builder in CARD_BUILDERS.items()}
        kinds = list(dict.fromkeys(singular.get(name, name) for name in names))
        unknown = [kind for kind in kinds if kind not in CARD_BUILDERS]
        if unknown:
            raise ValidationError(
                {
                    "type": [
                        f"Unknown type(s): {', '.join(unknown)}. Choose from: "
                        f"{', '.join(CARD_BUILDERS)}."
                    ]
                }  # fmt: skip
            )
        return kinds

    def build(self, request):
        paginator = ToolkitPagination()
        paginator.get_limit(request), paginator.get_offset(request)
        text = search_text(request)
        if not text:
            raise ValidationError({"q": ["Give some text to search for."]})
        kinds = self.kinds(request)
        # Interleave the kinds by rank so each type's best matches come first.
        ranked = public_ids({kind: ranked_ids(kind, text) for kind in kinds})
        merged = []
        for position in range(max((len(ids) for ids in ranked.values()), default=0)):
            for kind in kinds:
                if position < len(ranked[kind]):
                    merged.append((kind, ranked[kind][position]))
        page = paginator.paginate(request, merged, len(merged))
        # Every searched kind is fetched, even when none of its items is on this page,
        # so the query count does not depend on the page's mix (no item has id 0).
        wanted = {kind: [] for kind in kinds}
        for kind, pk in page:
            wanted[kind].append(pk)
        cards, _, _ = build_cards(
            self.links,
            {
                kind: (kind, public_queryset(kind).filter(pk__in=ids or [0]))
                for kind, ids in wanted.items()
            },
        )
        by_key = {(kind, card["id"]): card for kind in cards for card in cards[kind]}
        return paginator.envelope([by_key[key] for key in page if key in by_key])


class CardsView(ToolkitAPIView):
    """Cards for many items in one request, for the widgets:
    ``?tools=a,b&stories=c`` (``frameworks`` and ``questions`` too, all by slug)."""

    allowed_params = frozenset(CARD_BUILDERS)
    max_items = 100

    def build(self, request):
        wanted = {}
        for kind in CARD_BUILDERS:
            slugs = []
            for value in request.GET.getlist(kind):
                slugs += [part.strip() for part in value.split(",") if part.strip()]
            if slugs:
                wanted[kind] = list(dict.fromkeys(slugs))
        total = sum(len(slugs) for slugs in wanted.values())
        if total == 0:
            raise ValidationError(
                {"tools": ["Ask for at least one item, e.g. ?tools=fishbone-diagram."]}
            )
        if total > self.max_items:
            raise ValidationError(
                {next(iter(wanted)): [f"Ask for at most {self.max_items} items at once."]}
            )
        cards, _, _ = build_cards(
            self.links,
            {
                kind: (kind, public_queryset(kind).filter(slug__in=slugs))
                for kind, slugs in wanted.items()
            },
        )
        data = {}
        missing = {}
        for kind, slugs in wanted.items():
            by_slug = {card["slug"]: card for card in cards[kind]}
            data[kind] = [by_slug[slug] for slug in slugs if slug in by_slug]
            absent = [slug for slug in slugs if slug not in by_slug]
            if absent:
                missing[kind] = absent
        data["missing"] = missing
        return data


class APIRootView(ToolkitAPIView):
    """The API's front door: where each resource lives."""

    routes = {
        "tools": "tool-list",
        "frameworks": "framework-list",
        "stories": "story-list",
        "questions": "question-list",
        "taxonomy": "taxonomy",
        "search": "search",
        "cards": "cards",
        "schema": "schema",
        "docs": "docs",
    }

    def build(self, request):
        return {name: self.links.api_url(route) for name, route in self.routes.items()}
