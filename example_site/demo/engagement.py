"""Ninety days of made-up engagement, so the demo's reports have something to show.

The counts are invented (a fixed random seed, so every demo shows the same figures) and
are said to be so: in the loader's output, on the reports and on the dashboard
(``demo_notice``). They go in through the engagement service's own ``add_counts``, one
statement per day and source, the way real events are counted, so tool cards' "used by"
figures follow. The shape is a plausible one: most use on weekdays, little at weekends,
slowly growing; a few popular items and a long tail; the toolkit's own pages and the
demo partners' intranets.

Nothing is added when there are counts already (a second run, or real use).
"""

import datetime
import math
import random

from wagtail_iitk.engagement.ingest import add_counts
from wagtail_iitk.models import DailyEngagement, PartnerOrganisation, get_kinds
from wagtail_iitk.models.engagement import TOOLKIT_KIND, EngagementEventType

DAYS = 90
SEED = 20261202
#: Monday to Sunday: a working week's rhythm.
WEEKDAY = (1.0, 1.08, 1.02, 0.95, 0.78, 0.22, 0.14)
#: Views a day on the toolkit's own pages at the start of the period (all items).
OWN_VIEWS = 150
#: Widget impressions a day on one partner's intranet at the start of the period.
PARTNER_IMPRESSIONS = 260
#: How the period grows from its first day to its last.
GROWTH = 0.45

#: Per view (own pages) or impression (intranets), how often each other event follows.
OWN_FOLLOW_ON = {
    EngagementEventType.USED: 0.05,
    EngagementEventType.HELPFUL: 0.07,
    EngagementEventType.DOWNLOAD: 0.03,
}
PARTNER_FOLLOW_ON = {EngagementEventType.OPEN: 0.09, EngagementEventType.USED: 0.01}


def poisson(rng, mean):
    """A Poisson draw (Knuth's method for small means, a rounded normal for large ones)."""
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def popularity(rng, items):
    """A share of attention per item: a few popular, a long tail (Zipf-like)."""
    order = list(items)
    rng.shuffle(order)
    weights = {item: 1 / (rank + 3) ** 0.9 for rank, item in enumerate(order)}
    total = sum(weights.values())
    return {item: weight / total for item, weight in weights.items()}


def counted_items():
    """(kind, item id, feedback events) for every live item of a counted kind."""
    items = []
    for kind in get_kinds():
        if not kind.engagement:
            continue
        for pk in kind.public_queryset().order_by("pk").values_list("pk", flat=True):
            items.append((kind.name, pk, frozenset(kind.feedback)))
    return items


def day_counts(rng, shares, volume, first_event, follow_on, kinds=None):
    """One day's ``{(kind, id, event): n}`` for one source."""
    counts = {}
    for (kind, pk, feedback), share in shares.items():
        if kinds is not None and kind not in kinds:
            continue
        n = poisson(rng, volume * share)
        if not n:
            continue
        counts[(kind, pk, first_event)] = n
        for event, rate in follow_on.items():
            # "Used" and "helpful" only where the kind's pages carry those buttons.
            if event in (EngagementEventType.USED, EngagementEventType.HELPFUL) and (
                event not in feedback
            ):
                continue
            m = poisson(rng, n * rate)
            if m:
                counts[(kind, pk, event)] = m
    return counts


def seed_engagement(today, say=print):
    """Add ``DAYS`` days of made-up counts ending yesterday; returns the rows added."""
    if DailyEngagement.objects.exists():
        say("Demo engagement: there are counts already, so none were made up.")
        return 0
    rng = random.Random(SEED)
    items = counted_items()
    if not items:
        return 0
    shares = popularity(rng, items)
    partners = [
        (partner, (partner.allowed_origins.split() or [""])[0])
        for partner in PartnerOrganisation.objects.filter(active=True).order_by("name")
    ]
    # Each intranet shows some kinds of widget more than others.
    partner_kinds = [{"tool", "story"}, {"tool", "question", "framework"}]
    events = 0
    for offset in range(DAYS, 0, -1):
        day = today - datetime.timedelta(days=offset)
        trend = 1 + GROWTH * (DAYS - offset) / DAYS
        rhythm = WEEKDAY[day.weekday()] * trend * rng.uniform(0.85, 1.15)
        own = day_counts(rng, shares, OWN_VIEWS * rhythm, EngagementEventType.VIEW, OWN_FOLLOW_ON)
        started = poisson(rng, 2.5 * rhythm)
        if started:
            own[(TOOLKIT_KIND, 0, EngagementEventType.SHARE_STARTED)] = started
        events += add_counts(own, day=day)
        for number, (partner, origin) in enumerate(partners):
            counts = day_counts(
                rng,
                shares,
                PARTNER_IMPRESSIONS * rhythm / (number + 1),
                EngagementEventType.IMPRESSION,
                PARTNER_FOLLOW_ON,
                kinds=partner_kinds[number % len(partner_kinds)],
            )
            events += add_counts(counts, partner_id=partner.pk, origin=origin, day=day)
    rows = DailyEngagement.objects.count()
    say(
        f"Demo engagement: made up {DAYS} days of use ({events} events in {rows} daily "
        f"counts, ending {today - datetime.timedelta(days=1):%d %B %Y}). They are demo "
        "data, not real use; the reports say so."
    )
    return rows
