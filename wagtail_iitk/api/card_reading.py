"""Read the stored public cards (``PublicCard``) for a request.

The lists and search read cards here instead of working them out from the content:
``read_page`` brings a page of cards and the total in one query, and ``hydrate`` gives
them the absolute URLs of the request's host (stored cards hold none).
"""

import json

from django.db import connection
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from ..models import Question, visible_questions
from ..models.public_cards import CardKind, PublicCard
from .card_store import flush
from .cards import CARD_BUILDERS

#: Stands for the item's slug or id while an API URL is reversed once per request.
PLACEHOLDER = "9876543210"


def visible_cards(kind=None):
    """The stored cards (of ``kind``, or of every kind) the public may see now."""
    flush()  # anything this thread saved without publishing (an import, a script)
    now = timezone.now()
    # Still live and unexpired at the source too (see ``read_page``).
    live_page = Q(page__live=True) & (Q(page__expire_at__isnull=True) | Q(page__expire_at__gt=now))
    live_question = Q(
        kind=CardKind.QUESTIONS,
        item_id__in=visible_questions(Question.objects.all()).values("pk"),
    )
    cards = PublicCard.objects.filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now)).filter(
        live_page | live_question
    )
    return cards.filter(kind=kind) if kind else cards


def read_items(wanted):
    """Stored cards for ``{kind: [id, ...]}`` in one query, whatever the kinds.

    Returns ``{kind: {id: (data, url_path, used_count)}}``; items that are not public
    are simply absent.
    """
    which = Q()
    for kind, keys in wanted.items():
        if keys:
            which |= Q(kind=kind, item_id__in=keys)
    found = {kind: {} for kind in wanted}
    if not which:
        return found
    rows = (
        visible_cards()
        .filter(which)
        .values_list("kind", "item_id", "data", "page__url_path", "used_count")
    )
    for kind, key, *row in rows:
        found[kind][key] = tuple(row)
    return found


#: Orderings a list may ask for, as SQL (the views map public names onto these).
ORDER_COLUMNS = frozenset(
    {"sort_title", "position", "first_published_at", "last_published_at", "year", "story_count"}
)


def read_page(kind, *, ordering, limit, offset, within=None):
    """One page of stored cards, in order, and how many there are in all.

    ``ordering`` is a list of ``ORDER_COLUMNS`` names (``-`` for descending); ``within``
    an optional ``(sql, params)`` subquery of item ids (a filter set's result). Returns
    ``(count, [(data, url_path, used_count), ...])``.

    Written as SQL rather than with the ORM: the lists' uncached cost was mostly Django
    building and compiling querysets, not the database running them. The total comes
    with the page, so a list is one query after the content version.
    """
    flush()  # anything this thread saved without publishing (an import, a script)
    quote = connection.ops.quote_name
    cards = quote(PublicCard._meta.db_table)
    pages = quote(Page._meta.db_table)
    now = connection.ops.adapt_datetimefield_value(timezone.now())

    def unexpired(alias):
        column = f"{alias}.{quote('expire_at')}"
        return f"({column} IS NULL OR {column} > %s)"

    # A card is only shown while its item is still live and unexpired, even if the item
    # was changed in SQL behind the signals' back (the card would follow on the next
    # ``iitk_refresh_cards``; hiding it cannot wait).
    where = (
        f"c.{quote('kind')} = %s AND {unexpired('c')} AND (c.{quote('page_id')} IS NULL"
        f" OR (p.{quote('live')} AND {unexpired('p')}))"
    )
    params = [kind, now, now]
    if kind == CardKind.QUESTIONS:
        questions = quote(Question._meta.db_table)
        where += (
            f" AND EXISTS (SELECT 1 FROM {questions} q WHERE q.{quote('id')} ="
            f" c.{quote('item_id')} AND q.{quote('live')} AND {unexpired('q')})"
        )
        params.append(now)
    if within is not None:
        where += f" AND c.{quote('item_id')} IN ({within[0]})"
        params += list(within[1])
    order = []
    for name in (*ordering, "item_id"):
        column = name.lstrip("-")
        if column not in ORDER_COLUMNS | {"item_id"}:
            raise ValueError(f"Cannot order cards by {name!r}.")
        order.append(f"c.{quote(column)} {'DESC' if name.startswith('-') else 'ASC'}")
    # The total as an uncorrelated subquery, run once: a window count (COUNT(*) OVER ())
    # would make the database read every matching card's data before the LIMIT.
    joined = f"{cards} c LEFT OUTER JOIN {pages} p ON p.{quote('id')} = c.{quote('page_id')}"
    count_sql = f"SELECT COUNT(*) FROM {joined} WHERE {where}"
    sql = (
        f"SELECT c.{quote('data')}, p.{quote('url_path')}, c.{quote('used_count')}, "
        f"({count_sql}) FROM {joined} WHERE {where} "
        f"ORDER BY {', '.join(order)} LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *params, limit, offset])
        rows = cursor.fetchall()
        if rows:
            count = rows[0][3]
        elif offset:
            # Past the end: no row carried the total, so count on their own.
            cursor.execute(count_sql, params)
            count = cursor.fetchone()[0]
        else:
            count = 0
    return count, [(_json(data), url_path, used) for data, url_path, used, _ in rows]


def _json(value):
    # SQLite gives JSON columns back as text; PostgreSQL drivers may decode them already.
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def hydrate_by_key(kind, rows, links):
    """``hydrate`` for ``read_items`` output: ``{id: card}``."""
    return dict(zip(rows, hydrate(kind, rows.values(), links), strict=True))


def hydrate(kind, rows, links):
    """Finish stored cards for one request: ``rows`` are (data, page url_path, used)."""
    # The detail URL is reversed once, then the item's slug (or id) goes in its place.
    key, lookup = ("id", "pk") if kind == CardKind.QUESTIONS else ("slug", "slug")
    template = links.api_url(CARD_BUILDERS[kind].detail_route, **{lookup: PLACEHOLDER})
    before, _, after = template.rpartition(PLACEHOLDER)
    cards = []
    for data, url_path, used_count in rows:
        card = dict(data)
        if kind == CardKind.QUESTIONS:
            card["url"] = links.page_url(card["url"]) if card.get("url") else None
        else:
            card["url"] = links.page_url(url_path)
        card["api_url"] = f"{before}{card[key]}{after}"
        if card.get("image"):
            card["image"] = {**card["image"], "url": links.absolute(card["image"]["url"])}
        if kind == CardKind.TOOLS:
            card["used_count"] = used_count
        cards.append(card)
    return cards
