#!/usr/bin/env python
"""Reports benchmark: the engagement reports' query counts and times on a year of data.

    python benchmarks/reports.py [--items 1000] [--days 365] [--repeat 15]

Builds 1,000 items (700 tools, 250 stories, 50 questions, with ``generate_dataset``)
and 365 days of daily engagement rows for each (a view row every day, impressions and
opens from one of five partners, and now and then "used", "helpful" and download rows:
about 3.3 rows per item and day, 1.2 million rows), inserted in bulk. Then it times each
report page, signed in as a superuser, with ``django.test.Client`` (the whole
middleware stack and the admin page around the report, no network), and prints each
one's query count and median time.

Baselines from the same run give the ratios: ``SELECT SUM(count)`` over the engagement
table (one pass reading every row, no admin page; a plain ``COUNT(*)`` is printed too,
though SQLite answers it from an index without reading the rows), and the admin's
listing of partner organisations (an admin page with almost nothing in it). Read the ratios, not
the milliseconds: these machines are shared and noisy.

Without ``DATABASE_URL`` it builds a fresh SQLite file in a temporary directory; with
``DATABASE_URL`` it builds ``test_<name>`` beside the named PostgreSQL database and
drops it at the end (``ANALYZE`` runs after the insert, as autovacuum would).
"""

import argparse
import datetime
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this folder comes first on Python's path, where http.py would hide
# the standard library's http: the repository's root takes its place.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

from benchmarks.api import build_database, describe_machine, generate, say  # noqa: E402

WARMUP = 2
PARTNERS = 5
BATCH = 5000


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=1000, help="Tools, stories, questions.")
    parser.add_argument("--days", type=int, default=365, help="Days of rows per item.")
    parser.add_argument("--repeat", type=int, default=15, help="Timed runs per figure.")
    return parser.parse_args()


# --- the data ---------------------------------------------------------------------------


def build_items(total):
    """70% tools, 25% stories, 5% questions, all live: ``total`` items in all."""
    questions = max(total // 20, 1)
    stories = total // 4
    tools = total - stories - questions
    generate(tools=tools, stories=stories, questions=questions)


def items():
    """Every live item as (kind, id)."""
    from wagtail_iitk.models import Question, StoryPage, ToolPage

    found = [("tool", pk) for pk in ToolPage.objects.live().values_list("pk", flat=True)]
    found += [("story", pk) for pk in StoryPage.objects.live().values_list("pk", flat=True)]
    found += [("question", pk) for pk in Question.objects.live().values_list("pk", flat=True)]
    return found


def daily_rows(things, partners, days, today, seed=1):
    """The rows of ``days`` days for every item, a batch at a time (memory stays flat).

    Day by day, oldest first, as a live site writes them: rows of one day sit together.
    """
    from wagtail_iitk.models import DailyEngagement

    rng = random.Random(seed)
    batch = []
    for back in range(days - 1, -1, -1):
        day = today - datetime.timedelta(days=back)
        for index, (kind, item_id) in enumerate(things):
            partner = partners[index % len(partners)]
            origin = f"https://intranet{partner.pk}.example.nhs.uk"
            made = [("view", None, "", rng.randint(1, 20))]
            made.append(("impression", partner, origin, rng.randint(1, 30)))
            if rng.random() < 0.75:
                made.append(("open", partner, origin, rng.randint(1, 3)))
            if rng.random() < 0.3:
                made.append(("used", None, "", rng.randint(1, 2)))
            if rng.random() < 0.2:
                made.append(("helpful", None, "", 1))
            if kind == "tool" and rng.random() < 0.15:
                made.append(("download", None, "", 1))
            batch += [
                DailyEngagement(
                    day=day,
                    item_kind=kind,
                    item_id=item_id,
                    event=event,
                    partner=who,
                    origin=where,
                    count=count,
                )
                for event, who, where, count in made
            ]
            if len(batch) >= BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def build_engagement(days):
    """Partners and ``days`` days of rows for every live item; returns the row count."""
    from django.db import connection, transaction
    from django.utils import timezone

    from wagtail_iitk.models import DailyEngagement, PartnerOrganisation

    started = time.perf_counter()
    partners = [
        PartnerOrganisation.objects.create(name=f"Bench partner {n}") for n in range(PARTNERS)
    ]
    today = timezone.localdate()
    with transaction.atomic():
        for batch in daily_rows(items(), partners, days, today):
            DailyEngagement.objects.bulk_create(batch)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    count = DailyEngagement.objects.count()
    say(f"Engagement rows: {count:,} in {time.perf_counter() - started:.0f} s.")
    return count


# --- timing -----------------------------------------------------------------------------


class Page:
    """A report URL to time, read to its end (exports stream their rows)."""

    def __init__(self, name, url):
        self.name = name
        self.url = url

    def run(self, client):
        response = client.get(self.url)
        if response.status_code != 200:
            raise SystemExit(f"{self.name}: {self.url} answered {response.status_code}")
        if response.streaming:
            b"".join(response.streaming_content)
        else:
            response.content  # noqa: B018 (the body is already built; touch it anyway)


class Baseline:
    """A baseline query over the whole engagement table, no admin page around it."""

    def __init__(self, name, select):
        self.name = name
        self.select = select

    def run(self, client):
        from django.db import connection

        from wagtail_iitk.models import DailyEngagement

        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {self.select} FROM {DailyEngagement._meta.db_table}")
            cursor.fetchone()


def time_all(client, scenarios, repeat):
    """{name: [seconds]}: the scenarios interleaved round-robin, after a warm-up."""
    for scenario in scenarios:
        for _ in range(WARMUP):
            scenario.run(client)
    found = {scenario.name: [] for scenario in scenarios}
    for run in range(repeat):
        shift = run % len(scenarios)
        for scenario in scenarios[shift:] + scenarios[:shift]:
            started = time.perf_counter()
            scenario.run(client)
            found[scenario.name].append(time.perf_counter() - started)
    return found


def queries(client, scenario):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        scenario.run(client)
    return len(captured.captured_queries)


def scenarios(partner):
    from django.urls import reverse

    engagement = reverse("iitk_engagement_report:index")
    health = reverse("iitk_content_health_report:index")
    partners = reverse("iitk_partner_report:index")
    return [
        Baseline("baseline: COUNT(*) over the table", "COUNT(*)"),
        Baseline("baseline: SUM(count), every row read", "SUM(count)"),
        Page("baseline: partner listing page", reverse("iitk_partners:index")),
        Page("engagement, last 30 days", f"{engagement}?period=30"),
        Page("engagement, last 365 days", f"{engagement}?period=365"),
        Page("engagement, 365 days, one partner", f"{engagement}?period=365&partner={partner}"),
        Page("engagement, 365 days, tools", f"{engagement}?period=365&kind=tool"),
        Page("engagement, 365 days, CSV export", f"{engagement}?period=365&export=csv"),
        Page("content health: no story, 90 days", f"{health}?section=no-story"),
        Page("content health: least helpful, 365", f"{health}?section=least-helpful&period=365"),
        Page("partners, last 365 days", f"{partners}?period=365"),
    ]


def report(client, repeat, rows):
    from wagtail_iitk.models import PartnerOrganisation

    chosen = scenarios(PartnerOrganisation.objects.order_by("pk").first().pk)
    counts = {
        scenario.name: queries(client, scenario)
        for scenario in chosen
        if isinstance(scenario, Page)
    }
    found = time_all(client, chosen, repeat)
    floor = statistics.median(found[chosen[1].name])
    page = statistics.median(found[chosen[2].name])
    say(f"\n{rows:,} engagement rows; median of {repeat} runs each, interleaved.")
    header = f"{'':38} {'queries':>7} {'median ms':>9} {'x SUM':>7} {'x page':>7}"
    say(header)
    say("-" * len(header))
    for scenario in chosen:
        median = statistics.median(found[scenario.name])
        say(
            f"{scenario.name:38} {counts.get(scenario.name, '-'):>7} {median * 1000:9.1f} "
            f"{median / floor:6.2f}x {median / page:6.2f}x"
        )
    say(
        "\nx SUM: the median over that of SUM(count) read from every row (one pass over the"
        "\ntable); x page: over that of the partner listing (an admin page, nearly empty)."
    )


def main():
    args = arguments()
    workdir = None
    if not os.environ.get("DATABASE_URL"):
        workdir = Path(tempfile.mkdtemp(prefix="iitk-bench-"))
        os.environ["BENCH_DB"] = str(workdir / "bench.sqlite3")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    started = time.perf_counter()
    describe_machine()
    cleanup = build_database()
    try:
        build_items(args.items)
        rows = build_engagement(args.days)
        client = Client(HTTP_HOST="localhost")
        client.force_login(get_user_model().objects.create_superuser("bench", "", "bench"))
        report(client, args.repeat, rows)
    finally:
        if cleanup:
            cleanup()
        if workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    say(f"\nTotal time {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    main()
