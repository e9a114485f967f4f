"""The site search page: ``<toolkit home>/search/?q=…``, with facets and paging.

The same input rules as the API's search (``api.search``): only words reach the
backend, the text has a length limit, and text with no word in it is a friendly 400,
never an error. Matches come from the search backend for each kind, then only items
with a public card are kept (``cards.reading.public_ids``): what is private, a draft,
in moderation or expired is neither shown nor counted. The page reads; it never writes.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import gettext as _

from ..api.search import ranked_ids, search_words
from ..cards import reading
from ..conf import iitk_settings
from ..models.kinds import get_kind, get_kinds
from ..web.links import Links
from .facets import FACETS, Narrowing, facet_values
from .highlight import highlight

#: How many values one facet may be given (more is not a person ticking boxes).
MAX_CHOICES = 50
#: How much of an unknown value a message repeats.
SHOWN_VALUE = 40


@dataclass
class SearchQuery:
    """What a request asks: its text, its search words, its facet choices, its page."""

    text: str = ""
    words: str = ""
    chosen: dict = field(default_factory=dict)
    page: str = "1"
    problems: list = field(default_factory=list)


def read_query(request, context):
    """The request's search, checked: problems are messages for the person searching."""
    query = SearchQuery(page=request.GET.get("page", "1"))
    text = request.GET.get("q", "").strip()
    limit = iitk_settings.API_MAX_QUERY_LENGTH
    if len(text) > limit:
        query.text = text[:limit]
        query.problems.append(
            _("Your search is too long: use at most %(limit)s characters.") % {"limit": limit}
        )
    elif text:
        query.text = text
        query.words = search_words(text)
        if not query.words:
            query.problems.append(
                _("Search for words: letters or numbers, not only symbols or quote marks.")
            )
    for facet in FACETS:
        asked = [
            part.strip()
            for value in request.GET.getlist(facet.name)[:MAX_CHOICES]
            for part in value.split(",")
            if part.strip()
        ][:MAX_CHOICES]
        if not asked:
            continue
        known = {value for value, _label in facet.options(context)}
        for value in asked:
            if value not in known:
                query.problems.append(
                    _("%(facet)s has no choice “%(value)s”.")
                    % {"facet": facet.label, "value": value[:SHOWN_VALUE]}
                )
        query.chosen[facet.name] = [value for value in asked if value in known]
    return query


def ranked_matches(words):
    """[(kind name, id)] of the public items matching ``words``, the kinds interleaved
    by rank (each kind's best matches first), as the API's search orders them."""
    kinds = [kind.name for kind in get_kinds()]
    ranked = {name: ranked_ids(get_kind(name), words) for name in kinds}
    candidates = {pk for ids in ranked.values() for pk in ids}
    if not candidates:
        return []
    public = set(reading.public_ids(kinds, Q(item_id__in=candidates)))
    ranked = {name: [pk for pk in ids if (name, pk) in public] for name, ids in ranked.items()}
    merged = []
    for position in range(max(len(ids) for ids in ranked.values())):
        for name in kinds:
            if position < len(ranked[name]):
                merged.append((name, ranked[name][position]))
    return merged


def result_cards(items, context, words):
    """The cards of one page of results, with their title and summary highlighted."""
    wanted = {}
    for kind_name, pk in items:
        wanted.setdefault(kind_name, []).append(pk)
    rows = reading.read_items(wanted)
    cards = {name: context.finish_by_key(name, rows[name]) for name in wanted}
    split = words.split()
    results = []
    for kind_name, pk in items:
        card = cards[kind_name].get(pk)
        if card is None:
            continue
        labels = card.get("labels", {})
        perspectives = labels.get("perspectives") or [labels.get("perspective") or ""]
        results.append(
            {
                "kind": get_kind(kind_name),
                "url": card.get("url"),
                "title": highlight(card.get("title", ""), split),
                "summary": highlight(card.get("summary", ""), split),
                "perspectives": [name for name in perspectives if name],
            }
        )
    return results


def facet_controls(facets_counts, chosen, context):
    """Each facet's options that have matches (or are chosen), with their counts."""
    controls = []
    for facet in FACETS:
        counts = facets_counts.get(facet.name, {})
        picked = set(chosen.get(facet.name, ()))
        options = [
            {
                "value": value,
                "label": label,
                "count": counts.get(value, 0),
                "chosen": value in picked,
            }
            for value, label in facet.options(context)
            if counts.get(value) or value in picked
        ]
        if options:
            controls.append({"name": facet.name, "label": facet.label, "options": options})
    return controls


def search_view(home, request):
    """The search page of the toolkit ``home``."""
    context = reading.ReadContext(Links(request))
    query = read_query(request, context)
    found = {"searched": False, "results": [], "facets": [], "items": None, "count": 0}
    if query.words and not query.problems:
        matches = ranked_matches(query.words)
        narrowing = Narrowing(matches, facet_values(matches, context), query.chosen)
        results = narrowing.results()
        items = Paginator(results, iitk_settings.PAGE_SIZE).get_page(query.page)
        counts = {facet.name: narrowing.counts(facet.name) for facet in FACETS}
        found = {
            "searched": True,
            "results": result_cards(list(items), context, query.words),
            "facets": facet_controls(counts, query.chosen, context),
            "items": items,
            "count": len(results),
            "matched": len(matches),
        }
    response = home.render(
        request,
        template="wagtail_iitk/site/search.html",
        context_overrides={
            "search_query": query.text,
            "query_limit": iitk_settings.API_MAX_QUERY_LENGTH,
            "query": query,
            "filtered": any(query.chosen.values()),
            **found,
        },
    )
    if query.problems:
        response.status_code = 400
    return response
