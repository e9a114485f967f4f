#!/usr/bin/env python
"""Printable tool cards: how long ``cards.pdf`` and ``card.pdf`` take, cold and cached,
at 44 tools (the demo's size) and at 1,000.

    python benchmarks/cards_pdf.py [--small 44] [--large 1000] [--repeat 5]

In-process with ``django.test.Client``, on a fresh SQLite file (or a test database
beside ``DATABASE_URL``'s), built like ``benchmarks/api.py`` builds its own. "Cold" empties
the toolkit's cache first, outside the timing: the request draws the PDF, as the first
one after a publish does. "Cached" asks again: the PDF comes from the cache. Read the
ratios: the machine is shared.
"""

import argparse
import os
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

from benchmarks.api import (  # noqa: E402 (the path and settings come first)
    build_database,
    clear_everything,
    describe_machine,
    generate,
    say,
)

DECK = "/cards.pdf"
RISK_DECK = "/cards.pdf?perspective=risk"


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=44, help="Tools in the small step.")
    parser.add_argument("--large", type=int, default=1000, help="Tools in the large step.")
    parser.add_argument("--repeat", type=int, default=5, help="Timed runs per figure.")
    parser.add_argument("--large-repeat", type=int, default=2, help="Cold runs at the large step.")
    return parser.parse_args()


def one_card_url():
    from wagtail_iitk.models import ToolPage, visible_pages

    tool = visible_pages(ToolPage.objects.all()).order_by("title").first()
    return f"{tool.url}card.pdf"


def timed(client, url, runs, cold):
    """Median ms of ``runs`` requests, the last response's pages and size."""
    from tests.worksheets.pdf_text import pdf_reader

    times = []
    response = None
    for _ in range(runs):
        if cold:
            clear_everything()
        else:
            client.get(url)  # make sure it is cached
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    pages = len(pdf_reader(response.content).pages)
    return statistics.median(times), pages, len(response.content)


def step(label, runs):
    from django.test import Client

    from wagtail_iitk.models import ToolPage, visible_pages

    client = Client()
    tools = visible_pages(ToolPage.objects.all()).count()
    say(f"\n{label}: {tools} public tools; median of {runs} runs")
    say(f"{'':34}{'cold ms':>10}{'cached ms':>11}{'cold/cached':>12}{'pages':>7}{'KB':>8}")
    figures = {}
    for name, url in (
        ("one tool's card.pdf", one_card_url()),
        ("cards.pdf?perspective=risk", RISK_DECK),
        ("cards.pdf, every tool", DECK),
    ):
        cold, pages, size = timed(client, url, runs, cold=True)
        cached, _, _ = timed(client, url, max(runs, 5), cold=False)
        figures[name] = cold
        say(f"{name:34}{cold:10.1f}{cached:11.2f}{cold / cached:11.0f}x{pages:7}{size / 1024:8.0f}")
    return figures


def main():
    args = arguments()
    workdir = None
    if not os.environ.get("DATABASE_URL"):
        workdir = Path(tempfile.mkdtemp(prefix="iitk-bench-cards-"))
        os.environ["BENCH_DB"] = str(workdir / "bench.sqlite3")
    import django

    django.setup()
    started = time.perf_counter()
    describe_machine()
    cleanup = build_database()
    try:
        generate(tools=args.small, stories=0, questions=10)
        small = step(f"{args.small} tools", args.repeat)
        generate(tools=args.large, stories=0, questions=10)
        large = step(f"{args.large} tools", args.large_repeat)
        say("\nCold, large ÷ small (the deck grows with the tools; one card should not):")
        for name in small:
            say(f"  {name:34}{large[name] / small[name]:8.1f}x")
    finally:
        if cleanup:
            cleanup()
        if workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    say(f"\nTotal time {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    main()
