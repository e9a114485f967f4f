"""Read the stored public cards (``PublicCard``) for a request; never writes.

``read_page`` brings a page of cards and the total in one query; ``read_items`` the
cards of named items. Both judge at read time what the public may see: the item must
still be live and unexpired at its source, and outside every view-restricted section,
whatever path changed it (a signal, an import, SQL). ``ReadContext`` then finishes the
cards for the request: absolute URLs from Wagtail's cached site root paths, term slugs
and names from a taxonomy map cached per content version.
"""

import contextlib
from operator import itemgetter

import orjson
from django.core.cache import caches
from django.db import connections, router
from django.db.models import BooleanField, CharField, F, IntegerField, Q, Subquery, Value
from django.db.models.expressions import RawSQL
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from ..conf import iitk_settings
from ..models import (
    TAXONOMY_MODELS,
    ContentVersion,
    Phase,
    PublicCard,
    ToolkitHomePage,
)
from ..models.kinds import get_kind, get_kinds
from ..models.visibility import InRestrictedSection, restriction_sql
from .builders import build_cards, builder_for

#: Stands for the item's slug or id while an API URL is reversed once per request.
PLACEHOLDER = "9876543210"


def visible_cards(kinds=None, check_privacy=True):
    """The stored cards (of ``kinds``, or of every kind) the public may see now.

    ``check_privacy=False`` leaves out the check of each card's page against the view
    restrictions: right only while the restrictions are the ones the stored cards
    reflect (see ``public_ids``).
    """
    now = timezone.now()
    unexpired = Q(expire_at__isnull=True) | Q(expire_at__gt=now)
    source_live = Q(page__isnull=True) | (
        Q(page__live=True) & (Q(page__expire_at__isnull=True) | Q(page__expire_at__gt=now))
    )
    cards = PublicCard.objects.filter(unexpired).filter(source_live)
    if check_privacy:
        cards = cards.exclude(Q(page__isnull=False) & Q(InRestrictedSection(F("page__path"))))
    snippet_kinds = []
    for name in kinds or _stored_kinds():
        kind = get_kind(name)
        if not kind.is_page:
            snippet_kinds.append(kind)
    for kind in snippet_kinds:
        live = kind.public_queryset().values("pk")
        cards = cards.exclude(Q(kind=kind.name) & ~Q(item_id__in=live))
    return cards.filter(kind__in=[get_kind(name).name for name in kinds]) if kinds else cards


def _stored_kinds():
    return [kind.name for kind in get_kinds()]


def public_ids(kinds, which):
    """[(kind name, item id)] of the stored cards matching the Q ``which`` that the
    public may see now: one query while the view restrictions are the ones the cards
    reflect, a second (checking each card's page) when they are not."""
    known = RawSQL(*restrictions_known_sql(), output_field=BooleanField())
    rows = list(
        visible_cards(kinds, check_privacy=False)
        .filter(which)
        .annotate(known=known)
        .values_list("kind", "item_id", "known")
    )
    if all(row[2] for row in rows):
        return [(kind, item_id) for kind, item_id, _known in rows]
    return list(visible_cards(kinds).filter(which).values_list("kind", "item_id"))


def read_items(wanted):
    """Stored cards for ``{kind name: [id, ...]}`` in one query, whatever the kinds.

    Returns ``{kind name: {id: (data, url_path, used_count)}}``; items that are not
    public are simply absent.
    """
    which = Q()
    for kind, keys in wanted.items():
        if keys:
            which |= Q(kind=kind, item_id__in=keys)
    found = {kind: {} for kind in wanted}
    if not which:
        return found
    stored = ContentVersion.stored()
    known = RawSQL(*restrictions_known_sql(stored[3]), output_field=BooleanField())
    fields = ("kind", "item_id", "data", "page__url_path", "used_count", "known")
    rows = list(
        visible_cards(list(wanted), check_privacy=False)
        .filter(which)
        .annotate(known=known)
        .values_list(*fields)
    )
    restrictions_known = all(row[5] for row in rows)
    if not restrictions_known:  # a restriction made without signals: check each card
        rows = list(
            visible_cards(list(wanted)).filter(which).annotate(known=known).values_list(*fields)
        )
    for kind, key, data, url_path, used, _known in rows:
        found[kind][key] = (_json(data), url_path, used)
    if rows and (not restrictions_known or lapsed(stored)):
        for kind, items in found.items():
            found[kind] = live_rows(kind, list(items))
    return found


#: Orderings a list may ask for, as SQL (the views map public names onto these).
ORDER_COLUMNS = frozenset(
    {"sort_title", "position", "first_published_at", "last_published_at", "year", "story_count"}
)


def read_page(kind_name, *, ordering, limit, offset, within=None):
    """One page of stored cards, in order, and how many there are in all.

    ``ordering`` is a list of ``ORDER_COLUMNS`` names (``-`` for descending); ``within``
    an optional ``(sql, params)`` subquery of item ids (a filter set's result), or a
    list of them (every one must hold the item). Returns
    ``(count, [(data, url_path, used_count), ...])``.

    Written as SQL rather than with the ORM: the lists' uncached cost was mostly Django
    building and compiling querysets, not the database running them. The total comes
    with the page, so a list is one query once the content version is cached.

    Privacy: the same statement says whether the view restrictions are the ones the
    stored cards reflect (then no card is of a private page). When they are not (a
    restriction made without signals), the page is read again checking each card's page
    against the restrictions, and worked out from the content.
    """
    kind = get_kind(kind_name)
    stored = ContentVersion.stored()  # one cache read for what the version row knows
    count, rows, known = _read_page(kind, stored, ordering, limit, offset, within, False)
    if not known and kind.is_page:
        count, rows, _known = _read_page(kind, stored, ordering, limit, offset, within, True)
    page = [(_json(data), url_path, used) for data, url_path, used, _item_id in rows]
    if rows and (not known or lapsed(stored)):
        # Stored counts and lists may still show something the public may not see now:
        # this page's cards are worked out from the content (reading only).
        ids = [row[3] for row in rows]
        built = live_rows(kind.name, ids)
        page = [built[pk] for pk in ids if pk in built]
    return count, page


def _read_page(kind, stored, ordering, limit, offset, within, check_privacy):
    """(count, rows, restrictions known) of one page; see ``read_page``."""
    # The database the ORM would read cards from (a site's replica router may send
    # public reads to a replica).
    connection = connections[router.db_for_read(PublicCard)]
    quote = connection.ops.quote_name
    cards = quote(PublicCard._meta.db_table)
    pages = quote(Page._meta.db_table)
    now = connection.ops.adapt_datetimefield_value(timezone.now())

    def unexpired(alias):
        column = f"{alias}.{quote('expire_at')}"
        return f"({column} IS NULL OR {column} > %s)"

    # A card is shown only while its item is live and unexpired at its source, even if
    # the item was changed behind the signals' back (an import, SQL): the card follows
    # on the next rewrite, but hiding it cannot wait.
    where = f"c.{quote('kind')} = %s AND {unexpired('c')}"
    params = [kind.name, now]
    shown = None  # for a page kind: SQL on its page ``p``, true while the card may show
    if kind.is_page:
        shown = f"p.{quote('live')} AND {unexpired('p')}"
        if check_privacy:
            restricted, _uses = restriction_sql(f"p.{quote('path')}", connection)
            shown += f" AND NOT {restricted}"
    else:
        table = quote(kind.model._meta.db_table)
        where += (
            f" AND EXISTS (SELECT 1 FROM {table} q WHERE q.{quote('id')} ="
            f" c.{quote('item_id')} AND q.{quote('live')} AND {unexpired('q')})"
        )
        params.append(now)
    clauses = [] if within is None else within if isinstance(within, list) else [within]
    for clause_sql, clause_params in clauses:
        where += f" AND c.{quote('item_id')} IN ({clause_sql})"
        params += list(clause_params)
    order = []
    for name in (*ordering, "item_id"):
        column = name.lstrip("-")
        if column not in ORDER_COLUMNS | {"item_id"}:
            raise ValueError(f"Cannot order cards by {name!r}.")
        order.append(f"c.{quote(column)} {'DESC' if name.startswith('-') else 'ASC'}")
    # The total as an uncorrelated subquery, run once: a window count (COUNT(*) OVER ())
    # would make the database read every matching card's data before the LIMIT. It
    # looks up each card's page by its key (a subquery the planner keeps per row):
    # joined, PostgreSQL hashes every page of the site to count one kind's cards
    # (0.55 ms against 0.2 ms for 100 tools among 1,100 pages).
    count_sql = f"SELECT COUNT(*) FROM {cards} c WHERE {where}"
    count_params = list(params)
    joined = f"{cards} c LEFT OUTER JOIN {pages} p ON p.{quote('id')} = c.{quote('page_id')}"
    if shown is not None:
        count_sql += (
            f" AND (SELECT {shown} FROM {pages} p WHERE p.{quote('id')} = c.{quote('page_id')})"
        )
        count_params.append(now)
        where += f" AND {shown}"
        params.append(now)
    known_sql, known_params = restrictions_known_sql(stored[3])
    # The page size and offset are written into the statement (validated integers): with
    # them as parameters PostgreSQL's generic plan guesses the LIMIT and never wins, so a
    # prepared statement would still be planned on every request.
    sql = (
        f"SELECT c.{quote('data')}, p.{quote('url_path')}, c.{quote('used_count')}, "
        f"c.{quote('item_id')}, ({count_sql}), ({known_sql}) FROM {joined} WHERE {where} "
        f"ORDER BY {', '.join(order)} LIMIT {int(limit)} OFFSET {int(offset)}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*count_params, *known_params, *params])
        rows = cursor.fetchall()
        if rows:
            return rows[0][4], [row[:4] for row in rows], bool(rows[0][5])
        if not offset:  # nothing at all matches: nothing to count, nothing to hide
            return 0, [], True
        # Past the end: no row carried the total or the flag, so ask on their own.
        cursor.execute(f"SELECT ({count_sql}), ({known_sql})", [*count_params, *known_params])
        count, known = cursor.fetchone()
        return count, [], bool(known)


def lapsed(stored=None):
    """Whether a recorded expiry has passed (from the version row: no query)."""
    expiries = (stored or ContentVersion.stored())[2]
    now = timezone.now()
    return any(moment <= now for moment in expiries)


def restrictions_known_sql(known=None):
    """SQL (and parameters) true while the view restrictions in the database are the ones
    the stored cards reflect (``ContentVersion.restrictions``)."""
    quote = connections[router.db_for_read(PageViewRestriction)].ops.quote_name
    table = quote(PageViewRestriction._meta.db_table)
    count, highest = known if known is not None else ContentVersion.known_restrictions()
    # A subquery (the callers bracket it): one scan of the table for both figures.
    sql = f"SELECT COUNT(*) = %s AND COALESCE(MAX({quote('id')}), 0) = %s FROM {table}"
    return sql, [count, highest]


def live_rows(kind_name, ids):
    """{id: (data, url_path, used_count)} of these items built from the content (what
    the stored rows will say once the change path has run); hidden items are absent."""
    kind = get_kind(kind_name)
    built, _, _ = build_cards({"cards": (kind.name, kind.public_queryset().filter(pk__in=ids))})
    return {
        card["id"]: (card, card.pop("_path", None), card.get("used_count", 0))
        for card in built["cards"]
    }


#: A term's place in the editors' order, in a read model's ``(slug, name, order)``.
_EDITORS_ORDER = itemgetter(2)

#: This process's copy of the read model, {version: map}, kept when
#: ``CONTENT_VERSION_LOCAL_TIMEOUT`` is set (the version then comes from the process's
#: short memo too). The map is keyed by the version like the shared cache's copy, so it
#: is never stale for its version, and an uncached request needs no round trip (and no
#: unpickling) for it.
_kept_read_model = {}


def _json(value):
    # Django has JSON columns come back as text (psycopg is told to leave jsonb alone);
    # orjson reads 20 cards in a quarter of the standard library's time.
    return orjson.loads(value) if isinstance(value, (str, bytes)) else value


class ReadContext:
    """What finishing cards for one request needs: its links, the taxonomy's current
    slugs and names, and the toolkit home's URL (question pages hang on it)."""

    def __init__(self, links):
        self.links = links
        self._api_templates = {}
        self._shared = None
        self._term_maps = {}  # {taxonomy model: its map}, looked up once per request

    def _read_model(self):
        """{"terms": {model label: {id: (slug, name, order)}}, "home": url_path}, cached
        per content version (a taxonomy or home change moves the version)."""
        if self._shared is None:
            version, _ = ContentVersion.current()
            kept = _kept_read_model.get(version)
            if kept is not None:
                self._shared = kept
                return kept
            key = f"iitk:read-model:{version}"
            cache = caches[iitk_settings.API_CACHE_ALIAS]
            try:
                shared = cache.get(key)
            except Exception:  # noqa: BLE001 (a cache outage: read the database)
                shared = None
            if shared is None:
                shared = _load_read_model()
                with contextlib.suppress(Exception):  # a cache outage: it is only slower
                    cache.set(key, shared, iitk_settings.API_SERVER_CACHE_TIMEOUT)
            if iitk_settings.CONTENT_VERSION_LOCAL_TIMEOUT > 0:
                # Only the newest version's map is kept: a new version replaces it.
                _kept_read_model.clear()
                _kept_read_model[version] = shared
            self._shared = shared
        return self._shared

    def terms(self, model, ids):
        """[(slug, name), ...] of the terms ``ids`` of ``model``, in the editors' order;
        terms that no longer exist are left out."""
        slugs, names = self.slugs_and_names(model, ids)
        return list(zip(slugs, names, strict=True))

    def slugs_and_names(self, model, ids):
        """([slug, ...], [name, ...]) of the terms ``ids`` of ``model``, in the editors'
        order; terms that no longer exist are left out. A card's terms are finished
        through this for every card of a list, so it builds nothing it does not return."""
        if not ids:
            return [], []
        known = self.term_map(model)
        found = [known[pk] for pk in ids if pk in known]
        if len(found) > 1:
            found.sort(key=_EDITORS_ORDER)
        return [term[0] for term in found], [term[1] for term in found]

    def term_map(self, model):
        """{id: (slug, name, order)} of every term of ``model`` (no query once cached)."""
        found = self._term_maps.get(model)
        if found is None:
            found = self._read_model()["terms"].get(model._meta.label_lower, {})
            self._term_maps[model] = found
        return found

    def term_ids(self, model, slugs):
        """([id, ...], [unknown slug, ...]) for slugs of one taxonomy (no query)."""
        known = self.term_map(model)
        by_slug = {slug: pk for pk, (slug, _name, _order) in known.items()}
        ids = [by_slug[slug] for slug in slugs if slug in by_slug]
        return ids, [slug for slug in slugs if slug not in by_slug]

    def home_url(self):
        path = self._read_model()["home"]
        return self.links.page_url(path) if path else None

    def page_url(self, card):
        path = card.pop("_path", None)
        return self.links.page_url(path) if path else None

    def api_url(self, kind, card):
        """The item's detail URL: reversed once per kind, then the slug (or id) put in."""
        if kind.name not in self._api_templates:
            template = self.links.api_url(f"{kind.name}-detail", **{kind.lookup: PLACEHOLDER})
            self._api_templates[kind.name] = template.rpartition(PLACEHOLDER)
        before, _, after = self._api_templates[kind.name]
        return f"{before}{card['id' if kind.lookup == 'pk' else kind.lookup]}{after}"

    def image(self, image):
        if not image:
            return None
        return {**image, "url": self.links.absolute(image["url"])}

    def finish(self, kind_name, cards):
        """Finish stored-form cards of one kind (dicts, changed in place and returned)."""
        builder = builder_for(kind_name)
        return [builder.finish(card, self) for card in cards]

    def finish_stored(self, kind_name, rows):
        """Finish ``(data, url_path, used_count)`` rows from ``read_page``/``read_items``."""
        cards = []
        for data, url_path, used_count in rows:
            card = dict(data)
            card["_path"] = url_path
            if "used_count" in card:
                card["used_count"] = used_count
            cards.append(card)
        return self.finish(kind_name, cards)

    def finish_by_key(self, kind_name, rows):
        """``finish_stored`` for ``read_items`` output: ``{id: card}``."""
        return dict(zip(rows, self.finish_stored(kind_name, rows.values()), strict=True))


def _load_read_model():
    """Every taxonomy term and the first live toolkit home, in one query."""
    parts = [
        model.objects.order_by().values_list(
            "pk",
            Value(model._meta.label_lower, output_field=CharField()),
            "slug",
            "name",
            "sort_order",
        )
        for model in (*TAXONOMY_MODELS, Phase)
    ]
    first_home = ToolkitHomePage.objects.filter(live=True).order_by("path").values("path")[:1]
    parts.append(
        ToolkitHomePage.objects.filter(live=True, path=Subquery(first_home))
        .order_by()
        .values_list(
            "pk",
            Value("home", output_field=CharField()),
            "url_path",
            Value("", output_field=CharField()),
            Value(0, output_field=IntegerField()),
        )
    )
    terms, home = {}, None
    for pk, label, slug, name, order in parts[0].union(*parts[1:], all=True):
        if label == "home":
            home = slug
        else:
            terms.setdefault(label, {})[pk] = (slug, name, order or 0)
    return {"terms": terms, "home": home}
