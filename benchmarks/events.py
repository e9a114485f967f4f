#!/usr/bin/env python
"""Events benchmark: how many interaction events one worker ingests per second.

    python benchmarks/events.py [--repeat 300] [--tools 100]

Batches of 10 and 50 events go through ``POST /api/iitk/v1/events/`` with
``django.test.Client`` (the full middleware stack, no network) and straight through
``wagtail_iitk.engagement.ingest.ingest`` (validation done once, outside the timing). A
no-op view answering 204 to the same 10-event POST is the baseline of the same run:
read the ratios, not the milliseconds (these machines are shared and noisy).

Without ``DATABASE_URL`` it builds a fresh SQLite file in a temporary directory, run at
SQLite's default durability (``synchronous=FULL``, rollback journal; ``--wal`` for
write-ahead logging with ``synchronous=NORMAL``, a common production choice). With
``DATABASE_URL`` it builds ``test_<name>`` beside the named PostgreSQL database and drops
it at the end. Every batch is counted for real: the rows grow as on a live site.
"""

import argparse
import json
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

EVENTS = "/api/iitk/v1/events/"
NOOP = "/bench/noop/"
BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"
BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
ORIGIN = "https://intranet.example.nhs.uk"
WARMUP = 10
TYPES = ("view", "impression", "open", "impression", "impression", "used", "download")


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=300, help="Timed runs per figure.")
    parser.add_argument("--tools", type=int, default=100, help="Tools in the dataset.")
    parser.add_argument(
        "--wal", action="store_true", help="SQLite only: journal_mode=WAL, synchronous=NORMAL."
    )
    return parser.parse_args()


def batches(size, count, slugs, seed):
    """``count`` batches of ``size`` events over the given tool and story slugs, with an
    unknown slug now and then (ignored, as on a live site)."""
    rng = random.Random(seed)
    made = []
    for _ in range(count):
        events = []
        for _ in range(size):
            kind, slug = rng.choice(slugs)
            if rng.random() < 0.05:
                slug = "no-such-item"
            events.append({"type": rng.choice(TYPES), "kind": kind, "item": slug})
        made.append({"events": events})
    return made


class Scenario:
    """One way of sending batches: ``send(batch)`` returns when it is done."""

    def __init__(self, name, size, send, batches, counted=True):
        self.name, self.size, self.send, self.batches = name, size, send, batches
        self.counted = counted
        self.times = []


def client_sender(client, path, partner=None, **headers):
    def send(batch):
        body = json.dumps({**batch, "partner": partner} if partner else batch)
        response = client.post(path, body, content_type="text/plain;charset=UTF-8", **headers)
        if response.status_code != 204:
            raise SystemExit(f"{path} answered {response.status_code}: {response.content[:300]}")

    return send


def ingest_sender():
    from wagtail_iitk.engagement.ingest import ingest, validate_batch

    def send(batch):
        ingest(batch["validated"], origin=ORIGIN)

    def prepare(batch):
        return {**batch, "validated": validate_batch(batch)[1]}

    send.prepare = prepare
    return send


def scenarios(args):
    from django.test import Client

    from wagtail_iitk.models import PartnerOrganisation, StoryPage, ToolPage

    partner = PartnerOrganisation.objects.create(name="Benchmark Trust", allowed_origins=ORIGIN)
    slugs = [("tool", s) for s in ToolPage.objects.live().values_list("slug", flat=True)]
    slugs += [("story", s) for s in StoryPage.objects.live().values_list("slug", flat=True)[:50]]
    client = Client(HTTP_HOST="localhost", HTTP_USER_AGENT=BROWSER, HTTP_ORIGIN=ORIGIN)
    direct = ingest_sender()
    n = args.repeat + WARMUP + 1  # the last one is for counting queries
    made = [
        Scenario(
            "no-op 204 view (baseline)", 10, client_sender(client, NOOP), batches(10, n, slugs, 1)
        ),
        Scenario(
            "events/, 10 a batch", 10, client_sender(client, EVENTS), batches(10, n, slugs, 2)
        ),
        Scenario(
            "events/, 10 a batch, partner key",
            10,
            client_sender(client, EVENTS, partner.widget_key),
            batches(10, n, slugs, 3),
        ),
        Scenario(
            "events/, 50 a batch", 50, client_sender(client, EVENTS), batches(50, n, slugs, 4)
        ),
        Scenario(
            "events/, 10 a batch, a bot (not counted)",
            10,
            client_sender(client, EVENTS, HTTP_USER_AGENT=BOT),
            batches(10, n, slugs, 5),
            counted=False,
        ),
        Scenario("ingest(), 10 a batch", 10, direct, batches(10, n, slugs, 6)),
        Scenario("ingest(), 50 a batch", 50, direct, batches(50, n, slugs, 7)),
    ]
    for scenario in made:
        prepare = getattr(scenario.send, "prepare", None)
        if prepare:
            scenario.batches = [prepare(batch) for batch in scenario.batches]
    return made


def run(made, repeat):
    """Interleaved round-robin, so the machine's drift touches every scenario alike."""
    for scenario in made:
        for batch in scenario.batches[:WARMUP]:
            scenario.send(batch)
    for number in range(repeat):
        shift = number % len(made)
        for scenario in made[shift:] + made[:shift]:
            batch = scenario.batches[WARMUP + number]
            started = time.perf_counter()
            scenario.send(batch)
            scenario.times.append(time.perf_counter() - started)


def queries(scenario):
    """Queries one send of this scenario costs (a batch past the timed ones)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        scenario.send(scenario.batches[-1])
    return len(captured.captured_queries)


def report(made):
    baseline = statistics.median(made[0].times)
    say(f"\n{'scenario':44} {'median ms':>9} {'p90 ms':>7} {'x no-op':>8} {'events/s':>9}")
    for scenario in made:
        median = statistics.median(scenario.times)
        p90 = statistics.quantiles(scenario.times, n=10)[-1]
        rate = scenario.size / median
        say(
            f"{scenario.name:44} {median * 1000:9.2f} {p90 * 1000:7.2f} "
            f"{median / baseline:7.2f}x {rate:9,.0f}"
        )


def main():
    args = arguments()
    workdir = None
    if not os.environ.get("DATABASE_URL"):
        workdir = Path(tempfile.mkdtemp(prefix="iitk-bench-events-"))
        os.environ["BENCH_DB"] = str(workdir / "bench.sqlite3")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import override_settings

    describe_machine()
    cleanup = build_database()
    try:
        generate(tools=args.tools, stories=args.tools)
        if connection.vendor == "sqlite":
            # The settings turn syncing off to build the data faster; count at a real
            # site's durability: SQLite's defaults, or write-ahead logging with --wal.
            with connection.cursor() as cursor:
                if args.wal:
                    cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute(f"PRAGMA synchronous={'NORMAL' if args.wal else 'FULL'}")
                cursor.execute("PRAGMA journal_mode")
                mode = cursor.fetchone()[0]
            say(f"SQLite journal_mode={mode}, synchronous={'NORMAL' if args.wal else 'FULL'}")
        # Throttling off: one client sends every batch here.
        quiet = {**settings.WAGTAIL_IITK, "EVENTS_THROTTLE_RATE": "", "API_THROTTLE_RATE": ""}
        with override_settings(WAGTAIL_IITK=quiet, ROOT_URLCONF="benchmarks.events_urls"):
            made = scenarios(args)
            run(made, args.repeat)
            report(made)
            say("\nQueries per batch: " + ", ".join(f"{s.name}: {queries(s)}" for s in made))
    finally:
        if cleanup:
            cleanup()
        if workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
