"""The API's endpoints. Each one starts from the public querysets in ``cards``."""

from django.core.exceptions import EmptyResultSet
from django.http import Http404
from rest_framework.exceptions import ValidationError

from ..conf import iitk_settings
from ..engagement.counts import used_count_annotation
from ..models import Category, Perspective, Stage, Strand
from . import card_reading, filters
from .base import ToolkitAPIView
from .cards import CARD_BUILDERS, build_cards, public_queryset
from .details import DETAIL_BUILDERS
from .pagination import ToolkitPagination

PAGING_PARAMS = frozenset({"limit", "offset"})


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


class CardListView(ToolkitAPIView):
    """A filterable, orderable, paged list of cards of one kind, read from the stored
    public cards (``card_store``): one indexed query for the page, one for the count."""

    kind = ""
    filterset_class = None
    #: Public ordering names → stored card columns. Anything else is a 400.
    ordering_fields = {"title": "sort_title", "published": "first_published_at"}
    #: Titles are stored in lower case, so "FMEA" sorts among the Fs.
    default_ordering = ("sort_title",)

    @property
    def allowed_params(self):
        return set(self.filterset_class.base_filters) | PAGING_PARAMS | {"q", "ordering"}

    def ordering(self, request):
        """The requested ordering as column names; a 400 for any name not allowed."""
        raw = request.GET.get("ordering", "").strip()
        if not raw:
            return None
        columns = []
        for name in (part.strip() for part in raw.split(",")):
            descending = name.startswith("-")
            column = self.ordering_fields.get(name[1:] if descending else name)
            if column is None:
                choices = ", ".join(sorted(self.ordering_fields))
                raise ValidationError(
                    {"ordering": [f"Cannot order by '{name}'. Choose from: {choices}."]}
                )
            columns.append(f"-{column}" if descending else column)
        return columns

    def build(self, request):
        paginator = ToolkitPagination()
        paginator.get_limit(request), paginator.get_offset(request)  # fail fast on a 400
        ordering = self.ordering(request)
        text = search_text(request)
        model = CARD_BUILDERS[self.kind].model
        matching = None
        # Building a filterset costs several milliseconds even when nothing is filtered.
        if any(name in request.GET for name in self.filterset_class.base_filters):
            filterset = self.filterset_class(request.GET, queryset=model.objects.all())
            if not filterset.is_valid():
                raise ValidationError(filterset.errors)
            matching = filterset.qs
        if text:
            ranked = ranked_ids(self.kind, text)
            matching = (matching if matching is not None else model.objects).filter(pk__in=ranked)
            if not ordering:
                cards = card_reading.visible_cards(self.kind).filter(
                    item_id__in=matching.order_by().values("pk")
                )
                return self.in_rank_order(request, paginator, cards, ranked)
        within = None
        if matching is not None:
            try:
                within = matching.order_by().values("pk").query.sql_with_params()
            except EmptyResultSet:  # e.g. a search that matched nothing
                paginator.paginate(request, [], 0)
                return paginator.envelope([])
        count, rows = card_reading.read_page(
            self.kind,
            ordering=ordering or self.default_ordering,
            limit=paginator.get_limit(request),
            offset=paginator.get_offset(request),
            within=within,
        )
        paginator.paginate(request, [], count)
        return paginator.envelope(card_reading.hydrate(self.kind, rows, self.links))

    def in_rank_order(self, request, paginator, cards, ranked):
        """A page of search matches, best first (the search backend's order)."""
        rank = {pk: position for position, pk in enumerate(ranked)}
        matches = sorted(cards.values_list("item_id", flat=True), key=rank.__getitem__)
        page = paginator.paginate(request, matches, len(matches))
        rows = card_reading.read_items({self.kind: page})[self.kind]
        cards = card_reading.hydrate_by_key(self.kind, rows, self.links)
        return paginator.envelope([cards[pk] for pk in page if pk in cards])


class ToolListView(CardListView):
    kind = "tools"
    filterset_class = filters.ToolFilter
    ordering_fields = {
        "title": "sort_title",
        "published": "first_published_at",
        "updated": "last_published_at",
        "stories": "story_count",
    }


class FrameworkListView(CardListView):
    kind = "frameworks"
    filterset_class = filters.FrameworkFilter
    ordering_fields = {"title": "sort_title", "year": "year", "published": "first_published_at"}


class StoryListView(CardListView):
    kind = "stories"
    filterset_class = filters.StoryFilter
    ordering_fields = {"title": "sort_title", "published": "first_published_at"}
    default_ordering = ("-first_published_at",)


class QuestionListView(CardListView):
    kind = "questions"
    filterset_class = filters.QuestionFilter
    ordering_fields = {"wording": "sort_title"}
    default_ordering = ("position",)


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
        ranked = {kind: ranked_ids(kind, text) for kind in kinds}
        # Only what has a public card may be found (one query for every kind).
        public = {}
        for kind, item_id in (
            card_reading.visible_cards()
            .filter(kind__in=kinds, item_id__in={pk for ids in ranked.values() for pk in ids})
            .values_list("kind", "item_id")
        ):
            public.setdefault(kind, set()).add(item_id)
        ranked = {
            kind: [pk for pk in ids if pk in public.get(kind, ())] for kind, ids in ranked.items()
        }
        # Interleave the kinds by rank so each type's best matches come first.
        merged = []
        for position in range(max((len(ids) for ids in ranked.values()), default=0)):
            for kind in kinds:
                if position < len(ranked[kind]):
                    merged.append((kind, ranked[kind][position]))
        page = paginator.paginate(request, merged, len(merged))
        wanted = {kind: [] for kind in kinds}
        for kind, pk in page:
            wanted[kind].append(pk)
        rows = card_reading.read_items(wanted)
        cards = {kind: card_reading.hydrate_by_key(kind, rows[kind], self.links) for kind in kinds}
        return paginator.envelope([cards[kind][pk] for kind, pk in page if pk in cards[kind]])


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
        # Built from the content itself, not the stored cards: a batch names its items,
        # so it needs no count or ordering, and a widget's batch is small.
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
