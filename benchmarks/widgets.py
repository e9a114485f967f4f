#!/usr/bin/env python
"""Widget benchmark: bundle sizes (P8), requests and layout shift for 20 cards (P9), and
time to first card (P10), in a real Chromium against a real toolkit server.

    python benchmarks/widgets.py [--runs 15] [--sizes-only]

Sizes: every built file in ``wagtail_iitk/static/wagtail_iitk/widgets/``, as committed
(already minified by esbuild) and gzipped at level 9, against the budgets.

Time to first card: a fresh SQLite database in a temporary directory (``migrate``,
``iitk_setup --as-site-root``, ``load_demo_content``), the example site served by
``manage.py runserver --noreload --insecure`` (DEBUG off) on one port, and a host page
with 20 cards (16 tools, 4 stories) under a strict CSP served from another port (another
origin). Each run opens a NEW browser context (an empty HTTP cache: cold), navigates, and
records ``performance.now()`` (milliseconds since navigation start) when the first
``<iitk-tool-card>`` fires ``iitk-state`` with ``ready``. One warm-up run, not counted,
lets the server import its code and fill its API cache first, as a live server would
have; the budget is about the browser's cold start, not the server's.
"""

# ruff: noqa: E402 (the standard library's modules are imported once the path is fixed)
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this folder comes first on Python's path, where http.py would hide
# the standard library's http: the repository's root takes its place.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks")]

import argparse
import datetime
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STATIC = ROOT / "wagtail_iitk/static/wagtail_iitk/widgets"
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
KB = 1024
#: P8 (TARGETS.md): gzip budgets, and the aim, in bytes.
BUDGETS = {"iitk-widgets.js": (8 * KB, 5 * KB), "iitk-embed.js": (KB // 2, None)}
P10_MEDIAN_MS = 300
API = "/api/iitk/v1/"
WIDGETS = "/static/wagtail_iitk/widgets/"

#: Injected before the page's scripts (whatever its CSP): the first ready card's time,
#: the layout shifts, how many cards are ready and how many elements have settled.
RECORDER = """
(() => {
  const log = (window.__bench = {firstCard: null, shifts: 0, ready: 0, settled: 0});
  document.addEventListener("iitk-state", (e) => {
    const tag = e.target.localName;
    if (e.detail != "loading") log.settled++;
    if (e.detail != "ready" || !/^iitk-(tool|story)-card$/.test(tag)) return;
    if (tag == "iitk-tool-card" && log.firstCard === null) log.firstCard = performance.now();
    log.ready++;
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) log.shifts += entry.value;
  }).observe({type: "layout-shift", buffered: true});
})();
"""


def gzip_size(data):
    """Bytes after gzip at level 9 (zlib's gzip wrapper, as Node's gzipSync writes it)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    return len(compressor.compress(data) + compressor.flush())


def sizes():
    """Print each built file's size and the P8 verdicts; return the verdicts' success."""
    print("## P8: bundle sizes (as built, minified; gzip level 9)\n")
    print(f"{'file':<20} {'min B':>7} {'gzip B':>7}  budget (gzip)")
    ok = True
    for path in sorted(STATIC.iterdir()):
        if path.suffix not in (".js", ".css"):
            continue
        data = path.read_bytes()
        gzipped = gzip_size(data)
        verdict = ""
        if path.name in BUDGETS:
            budget, aim = BUDGETS[path.name]
            within = gzipped <= budget
            ok &= within
            verdict = f"<= {budget} {'ok' if within else 'OVER'}"
            if aim:
                verdict += f" (aim <= {aim}: {'met' if gzipped <= aim else 'not met'})"
        print(f"{path.name:<20} {len(data):>7} {gzipped:>7}  {verdict}")
    print()
    return ok


def machine():
    cpu = ""
    with open("/proc/cpuinfo") as info:
        cpu = next((line.split(":", 1)[1].strip() for line in info if "model name" in line), "")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; {os.cpu_count()} cores"
        f" ({cpu or platform.machine()}); load average {load}; Python {platform.python_version()}"
    )


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def manage(env, *args, capture=False):
    result = subprocess.run(
        [sys.executable, str(ROOT / "example_site/manage.py"), *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout if capture else None


PICK = """
import json
from wagtail_iitk.models import PartnerOrganisation, StoryPage, ToolPage, visible_pages
tools = visible_pages(ToolPage.objects.all()).order_by("title").values_list("slug", flat=True)
stories = visible_pages(StoryPage.objects.all()).order_by("title").values_list("slug", flat=True)
partner = PartnerOrganisation.objects.filter(active=True).order_by("pk").first()
print(json.dumps({"tools": list(tools), "stories": list(stories),
                  "partner": partner.widget_key if partner else ""}))
"""


class Toolkit:
    """The example site on a fresh SQLite database, served by runserver."""

    def __init__(self, workdir):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "example_site.settings.dev",
            "DATABASE_URL": f"sqlite:///{workdir}/toolkit.sqlite3",
            "DEBUG": "0",
            "SECRET_KEY": "widget-benchmark-only",
            "WAGTAILADMIN_BASE_URL": self.url,
        }
        started = time.perf_counter()
        manage(self.env, "migrate", "--noinput")
        manage(self.env, "iitk_setup", "--as-site-root")
        manage(self.env, "load_demo_content")
        # The last line: Django's shell may print a note about its automatic imports first.
        self.data = json.loads(manage(self.env, "shell", "-c", PICK, capture=True).splitlines()[-1])
        self.setup_seconds = time.perf_counter() - started
        self.log = open(Path(workdir) / "runserver.log", "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "example_site/manage.py"),
                "runserver",
                "--noreload",
                "--insecure",
                f"127.0.0.1:{self.port}",
            ],
            env=self.env,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + API, timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the toolkit server did not start") from None
                time.sleep(0.2)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


class HostPage:
    """The partner's page, on its own origin, under a strict CSP."""

    def __init__(self, toolkit, cards, partner):
        csp = "; ".join(
            [
                "default-src 'none'",
                f"script-src {toolkit}",
                f"connect-src {toolkit}",
                f"style-src 'self' {toolkit}",
                f"img-src 'self' {toolkit} data:",
                f"frame-src {toolkit}",
            ]
        )

        def page(content):
            return (
                '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
                '<title>Host</title><link rel="icon" href="data:,">'
                '<link rel="stylesheet" href="/host.css">'
                f'<link rel="stylesheet" href="{toolkit}{WIDGETS}iitk-host.css">'
                f'<script src="{toolkit}{WIDGETS}iitk-widgets.js" data-iitk-api="{toolkit}{API}"'
                f' data-iitk-partner="{partner}" defer></script></head><body><main>'
                f"<h1>Improvement hub</h1>{content}<p>The host's own text.</p></main></body></html>"
            ).encode()

        grid = "".join(f'<{tag} slug="{slug}"></{tag}>' for tag, slug in cards)
        pages = {
            # P9 and P10: 20 cards.
            "/": page(f'<div class="grid">{grid}</div>'),
            # Every element, as the demo intranet has them (the list at its default limit,
            # which iitk-host.css reserves room for).
            "/all": page(
                '<iitk-tool-list perspective="risk"></iitk-tool-list>'
                "<iitk-question-explorer></iitk-question-explorer><iitk-search></iitk-search>"
                f'<div class="grid">{grid}</div>'
            ),
        }
        css = (
            b"body{margin:0;padding:16px;font:16px/1.5 system-ui,sans-serif}"
            b".grid{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:16px}"
        )

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the stdlib's name)
                if self.path == "/host.css":
                    data, kind = css, "text/css"
                else:
                    data, kind = pages.get(self.path, pages["/"]), "text/html"
                self.send_response(200)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("Content-Security-Policy", csp)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format, *args):  # noqa: A002 (the stdlib's name)
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def one_run(browser, host, toolkit, n_cards):
    """Open the page in a new (cold) context; return the run's figures."""
    context = browser.new_context(viewport={"width": 1280, "height": 6000})
    page = context.new_page()
    requests, errors = [], []
    # API reads only: the engagement beacons (POST events/) are not requests for cards.
    page.on(
        "request",
        lambda r: (
            requests.append(r.url) if r.method == "GET" and r.url.startswith(toolkit + API) else 0
        ),
    )
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script(RECORDER)
    page.goto(host.url)
    page.wait_for_function(f"() => window.__bench.ready >= {n_cards}", timeout=30_000)
    # Let a late shift (a second paint) be recorded.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 100)))")
    log = page.evaluate("window.__bench")
    timing = page.evaluate(
        """() => {
          const find = (part) => performance.getEntriesByType("resource")
            .find((e) => e.name.includes(part));
          const nav = performance.getEntriesByType("navigation")[0];
          return {
            html: nav.responseEnd,
            script: (find("iitk-widgets.js") || {}).responseEnd,
            api: (find("/cards/") || {}).responseEnd,
          };
        }"""
    )
    context.close()
    return {"first": log["firstCard"], "cls": log["shifts"], "requests": requests,
            "errors": errors, **timing}  # fmt: skip


def all_elements_shift(browser, host, runs):
    """CLS of a page with every element (list, explorer, search and 20 cards), cold."""
    shifts = []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1280, "height": 6000})
        page = context.new_page()
        page.add_init_script(RECORDER)
        page.goto(host.url + "all")
        page.wait_for_function("() => window.__bench.settled >= 23", timeout=30_000)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 100)))")
        shifts.append(page.evaluate("window.__bench.shifts"))
        context.close()
    return shifts


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def time_to_first_card(runs):
    from playwright.sync_api import sync_playwright

    print("## P9 and P10: a 20-card host page, cold, localhost\n")
    workdir = tempfile.mkdtemp(prefix="iitk-widgets-bench-")
    toolkit = host = None
    try:
        toolkit = Toolkit(workdir)
        data = toolkit.data
        stories = data["stories"][:4]
        tools = data["tools"][: 20 - len(stories)]
        cards = [("iitk-tool-card", s) for s in tools] + [("iitk-story-card", s) for s in stories]
        host = HostPage(toolkit.url, cards, data["partner"])
        print(
            f"Toolkit: {toolkit.url} (runserver --noreload --insecure, DEBUG off, SQLite, demo"
            f" content, set up in {toolkit.setup_seconds:.0f} s); host page: {host.url}"
            f" (another origin, strict CSP); {len(tools)} tool cards + {len(stories)} story"
            f" cards; viewport 1280x6000 (every card near the viewport)."
        )
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            print(f"Chromium {browser.version}, headless; {runs} runs, each in a new context.\n")
            warmup = one_run(browser, host, toolkit.url, len(cards))
            results = [one_run(browser, host, toolkit.url, len(cards)) for _ in range(runs)]
            every_element = all_elements_shift(browser, host, max(3, runs // 3))
            browser.close()
    finally:
        if host:
            host.stop()
        if toolkit:
            toolkit.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    first = [r["first"] for r in results]
    median = statistics.median(first)
    ok = median <= P10_MEDIAN_MS
    row = "{:<44} {:>8} {:>8} {:>8} {:>8}"
    print(row.format("ms since navigation start", "median", "p90", "min", "max"))
    for label, key in [
        ("host HTML received", "html"),
        ("iitk-widgets.js received", "script"),
        ("cards/ API answer received", "api"),
        ("first iitk-tool-card ready (P10)", "first"),
    ]:
        values = [r[key] for r in results if r[key] is not None]
        figures = statistics.median(values), percentile(values, 90), min(values), max(values)
        print(row.format(label, *(f"{v:.0f}" for v in figures)))
    print(f"(warm-up run, not counted: first card at {warmup['first']:.0f} ms)\n")
    counts = sorted({len(r["requests"]) for r in results})
    shifts = [r["cls"] for r in results]
    errors = [e for r in results for e in r["errors"]]
    print(f"P10 time to first card: median {median:.0f} ms, p90 {percentile(first, 90):.0f} ms"
          f" (budget: median <= {P10_MEDIAN_MS} ms) {'ok' if ok else 'OVER'}")  # fmt: skip
    print(f"P9 API requests for 20 cards: {counts} per page (budget 1)"
          f" {'ok' if counts == [1] else 'OVER'}")  # fmt: skip
    print(f"P9 layout shift (CLS): max {max(shifts):.4f} over {runs} runs (budget 0)"
          f" {'ok' if max(shifts) == 0 else 'OVER'}")  # fmt: skip
    print(f"Uncaught errors on the host page: {len(errors)}")
    print(f"Informational, a page with every element (tool list, question explorer, search and"
          f" the 20 cards): CLS median {statistics.median(every_element):.4f},"
          f" max {max(every_element):.4f} over {len(every_element)} runs")  # fmt: skip
    print("The request: " + results[-1]["requests"][0].split("?")[0] + "?tools=…&stories=…")
    return ok and counts == [1] and max(shifts) == 0 and not errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="Timed runs (cold contexts).")
    parser.add_argument("--sizes-only", action="store_true", help="Only the bundle sizes.")
    args = parser.parse_args()
    print(f"# Widget benchmark\n\n{machine()}\n")
    ok = sizes()
    if not args.sizes_only:
        ok &= time_to_first_card(args.runs)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
