"""The reports' SQL: daily engagement counts summed per item, per day and per partner.

Every function does a fixed number of queries, so a report's query count does not grow
with its rows or with the days it covers. Only live items count. Which items are live
comes from one query for their titles (``live_titles``); the sums are grouped in SQL
per item and kept only for live items, rather than testing every daily row against
the live items in SQL, which doubled the time of a year's report. Per-day sums, which
cannot be sorted out afterwards, leave out the rows of the non-live items found in the
per-item sums (``without_items``): usually none, so usually no condition at all.
"""

import datetime
import operator
from functools import reduce

from django.db.models import (
    CharField,
    Q,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from django.urls import reverse

from ...models import DailyEngagement, EngagementEventType, get_kind, get_kinds

#: The columns of the reports: name -> the event it counts, in display order.
METRICS = {
    "views": EngagementEventType.VIEW,
    "impressions": EngagementEventType.IMPRESSION,
    "opens": EngagementEventType.OPEN,
    "uses": EngagementEventType.USED,
    "helpful": EngagementEventType.HELPFUL,
    "downloads": EngagementEventType.DOWNLOAD,
    "worksheets": EngagementEventType.WORKSHEET_OPEN,
    "prints": EngagementEventType.WORKSHEET_PRINT,
    "saves": EngagementEventType.WORKSHEET_SAVE,
    "cards": EngagementEventType.CARD_DOWNLOAD,
}


def item_kinds():
    """The kinds of item the reports count (from the registry of kinds)."""
    return [kind for kind in get_kinds() if kind.engagement]


ALL_PARTNERS = None
NO_PARTNER = "none"


def metric_sums(prefix="", metrics=METRICS):
    """One conditional SUM per event, 0 rather than NULL when there were none."""
    return {
        name: Coalesce(Sum(f"{prefix}count", filter=Q(**{f"{prefix}event": event})), 0)
        for name, event in metrics.items()
    }


def engagement_rows(period, *, partner=ALL_PARTNERS, kinds=None):
    """The daily rows of ``period`` about items of ``kinds`` (every kind by default),
    for one partner or all of them. Rows about the toolkit as a whole are left out.

    ``partner`` is ``ALL_PARTNERS``, ``NO_PARTNER`` (the toolkit's own pages and embeds
    with no key) or a partner's primary key.
    """
    rows = DailyEngagement.objects.filter(
        day__gte=period.start,
        day__lte=period.end,
        item_kind__in=kinds or [kind.name for kind in item_kinds()],
    )
    if partner == NO_PARTNER:
        rows = rows.filter(partner__isnull=True)
    elif partner is not ALL_PARTNERS:
        rows = rows.filter(partner_id=partner)
    return rows


def without_items(rows, items):
    """``rows`` less the rows about ``items``, a set of (kind, id)."""
    ids = {}
    for kind, item_id in items:
        ids.setdefault(kind, []).append(item_id)
    if not ids:
        return rows
    return rows.exclude(
        reduce(operator.or_, (Q(item_kind=kind, item_id__in=found) for kind, found in ids.items()))
    )


def item_totals(rows, metrics=METRICS):
    """One row per item: its kind, id and a total per metric (unordered: the report
    sorts after joining the titles)."""
    return rows.values("item_kind", "item_id").annotate(**metric_sums(metrics=metrics)).order_by()


def live_titles(kinds=None):
    """{(kind, id): title} of every live item of ``kinds``, a question's wording as its
    title: one query (a UNION ALL), however many items there are."""
    parts = []
    for kind in item_kinds():
        if kinds and kind.name not in kinds:
            continue
        parts.append(
            kind.model.objects.filter(live=True)
            .order_by()
            .annotate(kind=Value(kind.name, output_field=CharField()))
            .values_list("kind", "pk", kind.title_field)
        )
    titles = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return {(kind, pk): title for kind, pk, title in titles}


def weekly_totals(rows):
    """{Monday: {metric: total}} for the weeks that have any rows.

    Grouped by day in SQL (at most one row per day of the period) and folded into weeks
    here: the database's week truncation is a Python function called for every row on
    SQLite, ten times slower than the grouping itself.
    """
    weeks = {}
    for totals in rows.values("day").annotate(**metric_sums()).order_by():
        day = totals.pop("day")
        week = weeks.setdefault(
            day - datetime.timedelta(days=day.weekday()), dict.fromkeys(METRICS, 0)
        )
        for name, value in totals.items():
            week[name] += value
    return weeks


def partner_item_totals(period):
    """Impressions and opens per partner, item and embedding origin over ``period``,
    every kind of row included (the toolkit's own rows show where it is embedded too)."""
    metrics = {"impressions": METRICS["impressions"], "opens": METRICS["opens"]}
    return (
        DailyEngagement.objects.filter(
            day__gte=period.start, day__lte=period.end, partner__isnull=False
        )
        .values("partner_id", "item_kind", "item_id", "origin")
        .annotate(**metric_sums(metrics=metrics))
        .order_by()
    )


def edit_url(kind, item_id):
    """The admin edit view of an item (no query: the URL needs only the id)."""
    model = get_kind(kind).model
    if not get_kind(kind).is_page:
        return reverse(model.snippet_viewset.get_url_name("edit"), args=[item_id])
    return reverse("wagtailadmin_pages:edit", args=[item_id])


def kind_label(kind):
    """ "Tool", "Framework", ... for a kind value."""
    return str(get_kind(kind).label)
