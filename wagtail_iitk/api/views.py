"""The API's endpoints. Lists, details, search and cards serve every kind in the
registry (``models.kinds``): a new kind has its routes without an edit here."""

from django.core.exceptions import EmptyResultSet
from django.db.models import Q
from django.http import Http404
from rest_framework.exceptions import ValidationError

from ..cards import reading
from ..cards.builders import build_cards
from ..models import Category, Perspective, Stage, Strand, get_kind, get_kinds
from ..web.views import ToolkitAPIView
from . import filters
from .pagination import ToolkitPagination
from .search import ranked_ids, search_text
from .term_filters import quick_filters, term_clauses

PAGING_PARAMS = frozenset({"limit", "offset"})


class CardListView(ToolkitAPIView):
    """A filterable, orderable, paged list of cards of one kind, read from the stored
    public cards: one indexed query for the page and its count."""

    kind = None  # a ContentKind, given by ``as_view(kind=...)``

    @property
    def filterset_class(self):
        return filters.filterset_for(self.kind.name)

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
            column = self.kind.ordering.get(name[1:] if descending else name)
            if column is None:
                choices = ", ".join(sorted(self.kind.ordering))
                raise ValidationError(
                    {"ordering": [f"Cannot order by '{name}'. Choose from: {choices}."]}
                )
            columns.append(f"-{column}" if descending else column)
        return columns

    def clauses(self, request):
        """[(sql, params)]: subqueries of item ids every result must be in, whatever the
        filters (a kind's list view may narrow its list, e.g. to a time window)."""
        return []

    def default_ordering(self, request):
        return self.kind.default_ordering

    def build(self, request):
        paginator = ToolkitPagination()
        paginator.get_limit(request), paginator.get_offset(request)  # fail fast on a 400
        ordering = self.ordering(request)
        text = search_text(request)
        model = self.kind.model
        matching = None
        context = reading.ReadContext(self.links)
        asked = [name for name in self.filterset_class.base_filters if name in request.GET]
        quick = quick_filters(self.kind, self.filterset_class)
        within = None
        if asked and not text and all(name in quick for name in asked):
            # Taxonomy filters only: subqueries on the link tables (see term_filters).
            within = term_clauses(self.kind, request.GET, quick, context)
        elif asked:
            # Building a filterset costs several milliseconds: only when one is needed.
            filterset = self.filterset_class(request.GET, queryset=model.objects.all())
            if not filterset.is_valid():
                raise ValidationError(filterset.errors)
            matching = filterset.qs
        if text:
            ranked = ranked_ids(self.kind, text)
            matching = (matching if matching is not None else model.objects).filter(pk__in=ranked)
            if not ordering:
                which = Q(item_id__in=matching.order_by().values("pk"))
                public = [pk for _kind, pk in reading.public_ids([self.kind.name], which)]
                return self.in_rank_order(request, paginator, public, ranked, context)
        if matching is not None:
            try:
                within = matching.order_by().values("pk").query.sql_with_params()
            except EmptyResultSet:  # e.g. a search that matched nothing
                paginator.paginate(request, [], 0)
                return paginator.envelope([])
        extra = self.clauses(request)
        if extra:
            within = [*(within if isinstance(within, list) else [within] if within else []), *extra]
        count, rows = reading.read_page(
            self.kind.name,
            ordering=ordering or self.default_ordering(request),
            limit=paginator.get_limit(request),
            offset=paginator.get_offset(request),
            within=within,
        )
        paginator.paginate(request, [], count)
        return paginator.envelope(context.finish_stored(self.kind.name, rows))

    def in_rank_order(self, request, paginator, public, ranked, context):
        """A page of search matches (``public`` ids), best first (the backend's order)."""
        rank = {pk: position for position, pk in enumerate(ranked)}
        matches = sorted(public, key=rank.__getitem__)
        page = paginator.paginate(request, matches, len(matches))
        rows = reading.read_items({self.kind.name: page})[self.kind.name]
        cards = context.finish_by_key(self.kind.name, rows)
        return paginator.envelope([cards[pk] for pk in page if pk in cards])


class DetailView(ToolkitAPIView):
    """One public item in full, by slug (or id, for kinds looked up by id)."""

    kind = None  # a ContentKind, given by ``as_view(kind=...)``

    def build(self, request, **kwargs):
        lookup = self.kind.lookup
        builder = self.kind.resolve("detail_builder")(self.links)
        items = builder.queryset(self.kind.public_queryset())
        item = items.filter(**{lookup: kwargs[lookup]}).first()
        if item is None:
            raise Http404
        return builder.build(item)


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
            return [kind.name for kind in get_kinds()]
        kinds, unknown = [], []
        for name in names:
            try:
                kinds.append(get_kind(name).name)
            except KeyError:
                unknown.append(name)
        if unknown:
            choices = ", ".join(kind.plural for kind in get_kinds())
            raise ValidationError(
                {"type": [f"Unknown type(s): {', '.join(unknown)}. Choose from: {choices}."]}
            )
        return list(dict.fromkeys(kinds))

    def build(self, request):
        paginator = ToolkitPagination()
        paginator.get_limit(request), paginator.get_offset(request)
        text = search_text(request)
        if not text:
            raise ValidationError({"q": ["Give some text to search for."]})
        kinds = self.kinds(request)
        ranked = {kind: ranked_ids(get_kind(kind), text) for kind in kinds}
        # Only what has a public card may be found (one query for every kind).
        public = {}
        candidates = Q(item_id__in={pk for ids in ranked.values() for pk in ids})
        for kind, item_id in reading.public_ids(kinds, candidates):
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
        rows = reading.read_items(wanted)
        context = reading.ReadContext(self.links)
        cards = {kind: context.finish_by_key(kind, rows[kind]) for kind in kinds}
        return paginator.envelope([cards[kind][pk] for kind, pk in page if pk in cards[kind]])


class CardsView(ToolkitAPIView):
    """Cards for many items in one request, for the widgets:
    ``?tools=a,b&stories=c`` (every kind's plural, all by slug)."""

    max_items = 100

    @property
    def allowed_params(self):
        return frozenset(kind.plural for kind in get_kinds())

    def build(self, request):
        wanted = {}
        for kind in get_kinds():
            slugs = []
            for value in request.GET.getlist(kind.plural):
                slugs += [part.strip() for part in value.split(",") if part.strip()]
            if slugs:
                wanted[kind.plural] = list(dict.fromkeys(slugs))
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
        built, _, _ = build_cards(
            {
                plural: (plural, get_kind(plural).public_queryset().filter(slug__in=slugs))
                for plural, slugs in wanted.items()
            },
        )
        context = reading.ReadContext(self.links)
        cards = {plural: context.finish(plural, found) for plural, found in built.items()}
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

    routes = {"taxonomy": "taxonomy", "search": "search", "cards": "cards", "schema": "schema"}

    def build(self, request):
        found = {kind.plural: self.links.api_url(f"{kind.name}-list") for kind in get_kinds()}
        found.update({name: self.links.api_url(route) for name, route in self.routes.items()})
        found["docs"] = self.links.api_url("docs")
        return found
