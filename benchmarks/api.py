#!/usr/bin/env python
"""API benchmark: the toolkit API against the floor and Wagtail's API v2, side by side.

    python benchmarks/api.py [--tools 100] [--stories 1000] [--repeat 200] [--scale]
                             [--restricted 200] [--profile]

Every figure is measured in this process with ``django.test.Client`` on the same data in
one run; the budgets (TARGETS.md) are ratios, so read the ratios, not the milliseconds.
Without ``DATABASE_URL`` it builds a fresh SQLite file in a temporary directory
(migrate, ``iitk_setup``, ``generate_dataset``). With ``DATABASE_URL`` it builds a
fresh test database beside the one named there (``test_<name>``) and drops it at the end,
so the named database is never touched.

"Uncached" means the API's server cache (its own cache alias, ``api``) is emptied before
each timed request, outside the timing: the request pays for a cache miss, the build and
the cache write, as the first request after a publish does. Wagtail's own caches (site
root paths) stay warm, as on a live site.
"""

import argparse
import cProfile
import io
import os
import platform
import pstats
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

LIST = "/api/iitk/v1/tools/?limit=20"
FLOOR = "/bench/floor/tools/?limit=20"
WAGTAIL_V2 = "/api/v2/pages/?type=wagtail_iitk.ToolPage&fields=purpose&order=title&limit=20"
FILTERED = "/api/iitk/v1/tools/?stage=understand&perspective=risk&limit=20"
SEARCH_WORD = "mapping"  # generate_dataset puts it in about a tenth of the tool titles
SEARCH = f"/api/iitk/v1/tools/?q={SEARCH_WORD}&limit=20"
WARMUP = 5
MIN_RUNS = 15
MAX_SECONDS = 40


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tools", type=int, default=100)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=200, help="Timed runs per figure.")
    parser.add_argument(
        "--scale",
        action="store_true",
        help="Also P7: grow the data to --large-tools/--large-stories and compare.",
    )
    parser.add_argument("--large-tools", type=int, default=1000)
    parser.add_argument("--large-stories", type=int, default=10000)
    parser.add_argument("--restricted", type=int, default=200, help="Restricted pages (P6).")
    parser.add_argument(
        "--profile", action="store_true", help="Profile uncached list requests (cProfile)."
    )
    parser.add_argument(
        "--keep-db", action="store_true", help="Keep the SQLite file (its path is printed)."
    )
    return parser.parse_args()


class Scenario:
    """One request to time: its URL, extra headers, what to do before each run."""

    def __init__(self, name, url, status=200, headers=None, before=None):
        self.name = name
        self.url = url
        self.status = status
        self.headers = headers or {}
        self.before = before


class Bench:
    def __init__(self, repeat):
        from django.test import Client

        self.repeat = repeat
        self.client = Client(HTTP_HOST="localhost")

    def get(self, scenario):
        if scenario.before:
            scenario.before()
        response = self.client.get(scenario.url, **scenario.headers)
        if response.status_code != scenario.status:
            raise SystemExit(
                f"{scenario.name}: {scenario.url} answered {response.status_code}, "
                f"not {scenario.status}: {response.content[:500]!r}"
            )
        return response

    def time(self, scenarios, repeat=None, max_seconds=MAX_SECONDS):
        """{name: ([wall seconds], [cpu seconds])}, runs interleaved round-robin so any
        drift in the machine's speed touches every scenario alike.

        Stops early, after at least MIN_RUNS rounds, once ``max_seconds`` have passed,
        so very slow requests do not make the run last for ever.
        """
        repeat = repeat or self.repeat
        for scenario in scenarios:
            for _ in range(WARMUP):
                self.get(scenario)
        found = {s.name: ([], []) for s in scenarios}
        started = time.perf_counter()
        for run in range(repeat):
            if run >= MIN_RUNS and time.perf_counter() - started > max_seconds:
                break
            shift = run % len(scenarios)
            for scenario in scenarios[shift:] + scenarios[:shift]:
                if scenario.before:
                    scenario.before()
                wall, cpu = time.perf_counter(), time.process_time()
                response = self.client.get(scenario.url, **scenario.headers)
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                assert response.status_code == scenario.status, scenario.name
                found[scenario.name][0].append(wall)
                found[scenario.name][1].append(cpu)
        return found

    def queries(self, scenario):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        if scenario.before:
            scenario.before()
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(scenario.url, **scenario.headers)
        assert response.status_code == scenario.status, scenario.name
        return len(captured.captured_queries)


def median_ms(values):
    return statistics.median(values) * 1000


def p90_ms(values):
    return statistics.quantiles(values, n=10)[-1] * 1000 if len(values) > 1 else values[0] * 1000


def verdict(value, budget):
    return "within budget" if value <= budget else "OVER BUDGET"


def clear_api_cache():
    """No cached response body; what a running site always holds in its shared cache per
    content version (the version itself, the read model's taxonomy map) loaded again."""
    from wagtail_iitk.cards.reading import ReadContext
    from wagtail_iitk.models import ContentVersion

    clear_everything()
    ContentVersion.current()
    ReadContext(None)._read_model()


def clear_everything():
    """A cold cache: the first request after a change pays for all of it."""
    from django.core.cache import caches

    from wagtail_iitk.conf import iitk_settings

    caches[iitk_settings.API_CACHE_ALIAS].clear()


def say(text=""):
    print(text, flush=True)


# --- setting up -------------------------------------------------------------------------


def build_database():
    """A fresh database with the toolkit set up; returns a function that cleans up."""
    from django.core.management import call_command
    from django.db import connection

    quiet = io.StringIO()
    started = time.perf_counter()
    if connection.vendor == "sqlite":
        call_command("migrate", verbosity=0, interactive=False)
        cleanup = None
    else:
        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(
            verbosity=0, autoclobber=True, serialize=False, keepdb=False
        )

        def cleanup():
            connection.creation.destroy_test_db(old_name, verbosity=0)

    call_command("iitk_setup", "--as-site-root", stdout=quiet)
    say(f"Database ready ({connection.vendor}) in {time.perf_counter() - started:.1f} s.")
    return cleanup


def generate(quiet=False, **counts):
    from django.core.management import call_command

    out = io.StringIO()
    call_command("generate_dataset", stdout=out, **counts)
    if not quiet:
        say("generate_dataset: " + out.getvalue().strip())


def describe_machine():
    import django
    import wagtail
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("select sqlite_version()")
            database = f"SQLite {cursor.fetchone()[0]}"
        elif connection.vendor == "postgresql":
            cursor.execute("show server_version")
            database = f"PostgreSQL {cursor.fetchone()[0]}"
        else:
            database = connection.vendor
    say(
        f"{time.strftime('%Y-%m-%d %H:%M')}  {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, {database}"
    )


# --- the figures ------------------------------------------------------------------------


def main_table(bench):
    """P2 and P5: our list uncached, the floor, Wagtail API v2, a 304, the cached list."""
    import json

    from wagtail_iitk.models import ToolPage, visible_pages

    first = bench.get(Scenario("list", LIST, before=clear_api_cache))
    etag = first["ETag"]
    ours = json.loads(first.content)
    floor = json.loads(bench.get(Scenario("floor", FLOOR)).content)
    v2 = json.loads(bench.get(Scenario("v2", WAGTAIL_V2)).content)
    public = visible_pages(ToolPage.objects.all()).count()
    # Same data: the same 20 tools in the same order in all three.
    assert ours["count"] == public, (ours["count"], public)
    assert [c["slug"] for c in ours["results"]] == [r["slug"] for r in floor["results"]]
    assert [p["meta"]["slug"] for p in v2["items"]] == [r["slug"] for r in floor["results"]]

    scenarios = [
        Scenario("floor: values() -> JsonResponse", FLOOR),
        Scenario("iitk list, uncached", LIST, before=clear_api_cache),
        Scenario("iitk list, cold cache", LIST, before=clear_everything),
        Scenario("iitk filtered list, uncached", FILTERED, before=clear_api_cache),
        Scenario("iitk text-search list, uncached", SEARCH, before=clear_api_cache),
        # Primed before each run: the other scenarios empty the cache between its runs.
        Scenario("iitk list, server cache warm", LIST, before=lambda: bench.client.get(LIST)),
        Scenario(
            "iitk list, 304 (If-None-Match)",
            LIST,
            304,
            {"HTTP_IF_NONE_MATCH": etag},
            before=lambda: bench.client.get(LIST),
        ),
        Scenario("Wagtail API v2 pages listing", WAGTAIL_V2),
    ]
    found = bench.time(scenarios)
    floor_wall = median_ms(found[scenarios[0].name][0])
    floor_cpu = median_ms(found[scenarios[0].name][1])
    runs = len(found[scenarios[0].name][0])
    say(f"\nLists of 20 tools, {public} public tools; median of {runs} runs each.")
    header = (
        f"{'':34} {'median ms':>9} {'p90 ms':>7} {'queries':>7} {'x floor':>7}"
        f" {'cpu ms':>7} {'cpu x floor':>11}"
    )
    say(header)
    say("-" * len(header))
    ratios = {}
    queries = {}
    for scenario in scenarios:
        walls, cpus = found[scenario.name]
        queries[scenario.name] = bench.queries(scenario)
        ratios[scenario.name] = median_ms(walls) / floor_wall
        say(
            f"{scenario.name:34} {median_ms(walls):9.2f} {p90_ms(walls):7.2f} "
            f"{queries[scenario.name]:7d} {ratios[scenario.name]:6.2f}x "
            f"{median_ms(cpus):7.2f} {median_ms(cpus) / floor_cpu:10.2f}x"
        )
    p2 = ratios["iitk list, uncached"]
    p5 = queries["iitk list, 304 (If-None-Match)"]
    say(
        f"\nP2 uncached list / floor = {p2:.2f}x (wall-clock medians)   "
        f"budget <= 1.5x: {verdict(p2, 1.5)}"
    )
    for name in ("filtered list", "text-search list"):
        ratio = ratios[f"iitk {name}, uncached"]
        say(f"P2 uncached {name} / floor = {ratio:.2f}x   budget <= 1.5x: {verdict(ratio, 1.5)}")
    say(f"P5 304 queries = {p5}   budget <= 1 (0 once the version is cached): {verdict(p5, 1)}")
    return {"P2": p2, "P5": p5}


def scale_scenarios():
    return [
        Scenario("floor", FLOOR),
        Scenario("list", LIST, before=clear_api_cache),
        Scenario("filtered list", FILTERED, before=clear_api_cache),
        Scenario("search", SEARCH, before=clear_api_cache),
    ]


def scale_step(bench, label):
    import json

    from wagtail_iitk.models import StoryPage, ToolPage, visible_pages

    tools = visible_pages(ToolPage.objects.all()).count()
    stories = visible_pages(StoryPage.objects.all()).count()
    counts = {}
    for scenario in scale_scenarios():
        data = json.loads(bench.get(scenario).content)
        counts[scenario.name] = data.get("count", len(data.get("results", [])))
    found = bench.time(scale_scenarios())
    say(
        f"{label}: {tools} tools, {stories} stories; matches: filtered "
        f"{counts['filtered list']}, search '{SEARCH_WORD}' {counts['search']}; "
        f"median of {len(found['list'][0])} runs"
    )
    return {name: median_ms(walls) for name, (walls, _) in found.items()}


def scale_table(small, large):
    say(f"\n{'':16} {'small ms':>9} {'large ms':>9} {'large/small':>11}")
    ratios = {}
    for name in small:
        ratios[name] = large[name] / small[name]
        say(f"{name:16} {small[name]:9.2f} {large[name]:9.2f} {ratios[name]:10.2f}x")
    worst = max(ratios[name] for name in ("list", "filtered list", "search"))
    say(
        f"\nP7 worst of list, filter, search: {worst:.2f}x   budget <= 2x: {verdict(worst, 2)}"
        "\n   (the floor's own ratio is the cost of the larger table alone, plus drift)"
    )
    return ratios


def restricted_table(bench, count):
    """P6: the list with ``count`` view-restricted tool pages in the tree vs without.

    Three states, measured in alternating blocks in one run: A without the pages; B with
    them, each behind its own login restriction; C with the same pages, restrictions
    removed (so B/C is the restriction check alone, without the extra rows). B and C live
    in a savepoint that is rolled back, so the blocks can alternate.
    """
    from django.db import transaction
    from wagtail.models import PageViewRestriction

    from wagtail_iitk.cards import version

    scenarios = [
        Scenario("iitk list, uncached", LIST, before=clear_api_cache),
        Scenario("Wagtail API v2 listing", WAGTAIL_V2),
    ]
    blocks = 3
    per_block = max(bench.repeat // blocks, 10)
    times = {state: {s.name: [] for s in scenarios} for state in "ABC"}

    def record(state):
        for name, (walls, _) in bench.time(scenarios, per_block, max_seconds=8).items():
            times[state][name] += walls

    restrictions = 0
    with transaction.atomic():
        for block in range(blocks):
            record("A")
            savepoint = transaction.savepoint()
            generate(quiet=block > 0, tools=0, stories=0, questions=0, restricted=count)
            restrictions = PageViewRestriction.objects.count()
            record("B")
            PageViewRestriction.objects.all().delete()
            version.bump()
            record("C")
            transaction.savepoint_rollback(savepoint)
    runs = {state: len(times[state][scenarios[0].name]) for state in "ABC"}
    say(
        f"\nP6: {count} tool pages each behind a login restriction "
        f"({restrictions} restrictions); runs per state: "
        + ", ".join(f"{state} {n}" for state, n in runs.items())
    )
    say(f"{'':26} {'A none':>8} {'B restr.':>8} {'C open':>8} {'B/A':>6} {'B/C':>6}")
    result = {}
    for scenario in scenarios:
        a, b, c = (median_ms(times[state][scenario.name]) for state in "ABC")
        result[scenario.name] = b / a
        say(f"{scenario.name:26} {a:8.2f} {b:8.2f} {c:8.2f} {b / a:5.2f}x {b / c:5.2f}x")
    p6 = result["iitk list, uncached"]
    say(
        f"\nP6 list with restricted pages / without (B/A) = {p6:.2f}x   budget <= 1.5x: "
        f"{verdict(p6, 1.5)}"
    )
    return result


def write_table(label, runs=20):
    """The other side of the stored cards: what a publish now pays to rewrite them.

    Times, on the current data: rewriting one story's cards (the story, its tools and
    frameworks), one tool's (the tool, its stories, questions and frameworks), a whole
    Wagtail publish of a story (which includes the story's rewrite), and rebuilding every
    card (``iitk_refresh_cards``, also run after ``migrate``).
    """
    from django.db.models import Count

    from wagtail_iitk.cards import store as card_store
    from wagtail_iitk.models import PublicCard, StoryPage, ToolPage, ToolUsage

    story = StoryPage.objects.filter(live=True, tool_usages__isnull=False).order_by("pk")[0]
    busiest = (
        ToolUsage.objects.values("tool_id").order_by().annotate(n=Count("id")).order_by("-n")[0]
    )
    tool = ToolPage.objects.get(pk=busiest["tool_id"])

    def timed(action, n=runs):
        walls = []
        for _ in range(n):
            started = time.perf_counter()
            action()
            walls.append(time.perf_counter() - started)
        return median_ms(walls)

    def publish():
        story.save_revision().publish()

    from wagtail_iitk.cards import version
    from wagtail_iitk.models import Stage

    stage = Stage.objects.order_by("pk")[0]

    rows = [
        ("rewrite one story's cards", timed(lambda: card_store.refresh({"stories": [story.pk]}))),
        (
            f"rewrite one tool's cards ({busiest['n']} stories)",
            timed(lambda: card_store.refresh({"tools": [tool.pk]})),
        ),
        ("Wagtail publish of a story, all in", timed(publish)),
        ("move the content version", timed(version.bump)),
        ("rename a stage: save, all in", timed(lambda: stage.save())),
        (f"rebuild all {PublicCard.objects.count()} cards", timed(card_store.refresh_all, 3)),
    ]
    say(f"\nWriting the stored cards ({label}); median ms")
    for name, ms in rows:
        say(f"{name:42} {ms:9.2f}")


def profile_list(bench, runs=50):
    scenario = Scenario("list", LIST, before=clear_api_cache)
    bench.get(scenario)
    profiler = cProfile.Profile()
    for _ in range(runs):
        clear_api_cache()
        profiler.enable()
        bench.client.get(LIST)
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
    # Skip the test client and middleware frames: the package, the ORM, django-filter.
    stats.print_stats(r"wagtail_iitk|django_filters|django/db/models", 15)
    say(
        f"\ncProfile of {runs} uncached list requests: top 15 functions of the package, "
        "the ORM and django-filter by cumulative time"
    )
    say(out.getvalue().split("\n\n", 1)[-1].rstrip())


def main():
    args = arguments()
    workdir = None
    if not os.environ.get("DATABASE_URL"):
        workdir = Path(tempfile.mkdtemp(prefix="iitk-bench-"))
        os.environ["BENCH_DB"] = str(workdir / "bench.sqlite3")
    import django

    django.setup()
    started = time.perf_counter()
    describe_machine()
    cleanup = build_database()
    try:
        generate(tools=args.tools, stories=args.stories)
        bench = Bench(args.repeat)
        main_table(bench)
        write_table(f"{args.tools} tools, {args.stories} stories")
        if args.profile:
            profile_list(bench)
        if args.scale:
            say("\nP7 scale: uncached, limit 20, same run")
            small = scale_step(bench, "small")
            generate(tools=args.large_tools, stories=args.large_stories)
            large = scale_step(bench, "large")
            scale_table(small, large)
            write_table(f"{args.large_tools} tools, {args.large_stories} stories")
        if args.restricted:
            restricted_table(bench, args.restricted)
    finally:
        if cleanup:
            cleanup()
        if workdir and args.keep_db:
            say(f"\nThe database is kept at {workdir / 'bench.sqlite3'}")
        elif workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    say(f"\nTotal time {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    main()
