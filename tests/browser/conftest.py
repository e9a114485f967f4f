"""A real browser, a live toolkit and a host page on another origin under a strict CSP.

The toolkit is pytest-django's ``live_server`` (``http://localhost:PORT``). Each host
page is served by a small threaded HTTP server on ``http://127.0.0.1:PORT2`` (another
origin) with the Content-Security-Policy a careful partner would send: no inline
script or style, no eval, scripts, API calls and frames only from the toolkit.

Every page the ``open_host`` fixture opens records the API requests, console messages,
uncaught exceptions (``pageerror``), CSP violations (``securitypolicyviolation`` events,
and Chromium's console reports of them), widget state changes, messages and
layout shifts; after each test the fixture fails the test if there was a CSP violation or
an uncaught exception on the host page.

Chromium and axe-core are installed by the Makefile (``make chromium``, ``npm ci``):
these tests fail, never skip, when they are missing.
"""

import contextlib
import io
import os
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.management import call_command
from playwright.sync_api import expect, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "widgets/node_modules/axe-core/axe.min.js"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
WIDGETS = "/static/wagtail_iitk/widgets/"
API = "/api/iitk/v1/"
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"
#: How long to wait for a widget to settle (ms): above the widgets' 8 s request timeout.
SETTLE = 15_000

#: Recorders added to every page before any of its own scripts run (add_init_script is
#: injected whatever the page's CSP says). They record CSP violations, layout shifts and
#: every widget state change, with the time it happened.
RECORDERS = """
(() => {
  const describe = (node) => {
    const parts = [];
    for (let n = node; n; n = n.parentNode || n.host) {
      const part = n.nodeType == 1 && n.getAttribute("part");
      if (n.nodeType == 1) parts.unshift(n.localName + (part ? `[part=${part}]` : ""));
      else if (n.nodeType == 3) parts.unshift("#text");
      else if (n.nodeType == 11) parts.unshift("#shadow");
    }
    return parts.join(" > ");
  };
  const log = (window.__iitk = {violations: [], shifts: [], states: [], messages: []});
  document.addEventListener("securitypolicyviolation", (e) => {
    log.violations.push({
      directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile,
      line: e.lineNumber, sample: e.sample,
    });
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        log.shifts.push({
          value: entry.value,
          input: entry.hadRecentInput,
          t: entry.startTime,
          sources: (entry.sources || []).map((s) => ({
            node: s.node ? describe(s.node) : null,
            from: [s.previousRect.x, s.previousRect.y, s.previousRect.width, s.previousRect.height],
            to: [s.currentRect.x, s.currentRect.y, s.currentRect.width, s.currentRect.height],
          })),
        });
      }
    }).observe({type: "layout-shift", buffered: true});
  } catch (e) {
    log.shifts.push({value: NaN, error: String(e)});
  }
  document.addEventListener("iitk-state", (e) => {
    log.states.push({tag: e.target.localName, state: e.detail, t: performance.now()});
  });
  addEventListener("message", (e) => {
    log.messages.push({origin: e.origin, data: e.data});
  });
})();
"""


def wait_until(page, check, what, timeout=SETTLE):
    """Let Playwright run (route handlers, events) until ``check()`` is true."""
    deadline = time.monotonic() + timeout / 1000
    while not check():
        assert time.monotonic() < deadline, f"timed out: {what}"
        page.wait_for_timeout(10)


def csp_reports(console):
    """Chromium's console reports of what the host page's own CSP refused ("Refused to
    load …", "Executing inline script violates …"). Not "Framing '<url>' violates …
    frame-ancestors": that is the framed document's policy refusing this host, which
    the iframe tests expect."""
    return [
        m
        for m in console
        if "Content Security Policy" in m and not m.split(": ", 1)[-1].startswith("Framing '")
    ]


# --- the host page's server -------------------------------------------------------------


class HostServer:
    """A threaded HTTP server for host pages, on its own port: its own origin.

    ``pages`` maps a path to HTML; every response carries ``csp`` (when set).
    """

    def __init__(self):
        self.pages = {}
        self.csp = ""
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the stdlib's name)
                body = server.pages.get(self.path.split("?")[0])
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Type", "text/plain")
                    self.end_headers()
                    self.wfile.write(b"Not found")
                    return
                content_type = "text/css" if self.path.endswith(".css") else "text/html"
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", f"{content_type}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                if server.csp:
                    self.send_header("Content-Security-Policy", server.csp)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format, *args):  # noqa: A002 (the stdlib's name)
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def host_servers():
    """Two host origins: ``allowed`` (a partner's) and ``other`` (nobody's)."""
    servers = {"allowed": HostServer(), "other": HostServer()}
    yield servers
    for server in servers.values():
        server.close()


def strict_csp(toolkit):
    """The host page's policy: only the toolkit may run script, be fetched or framed."""
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src {toolkit}",
            f"connect-src {toolkit}",
            f"style-src 'self' {toolkit}",
            f"img-src 'self' {toolkit} data:",
            f"frame-src {toolkit}",
        ]
    )


HOST_CSS = """
body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; color: #212b32; }
.grid { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 16px; }
.marker { margin: 8px 0; }
"""


def document(toolkit, body, *, partner_key="", widgets=True, embed=False):
    """A whole host page: the widgets' script tag (and/or the iframe helper) and body."""
    head = [
        '<link rel="icon" href="data:,">',
        '<link rel="stylesheet" href="/host.css">',
        f'<link rel="stylesheet" href="{toolkit}{WIDGETS}iitk-host.css">',
    ]
    if widgets:
        head.append(
            f'<script src="{toolkit}{WIDGETS}iitk-widgets.js" data-iitk-api="{toolkit}{API}"'
            f' data-iitk-partner="{partner_key}" defer></script>'
        )
    if embed:
        head.append(f'<script src="{toolkit}{WIDGETS}iitk-embed.js" defer></script>')
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>A partner's intranet</title>\n" + "\n".join(head) + "\n</head>\n<body>\n"
        '<main>\n<h1>Improvement hub</h1>\n<p class="marker" id="before">Host content before.</p>\n'
        + body
        + '\n<p class="marker" id="after">Host content after.</p>\n</main>\n</body>\n</html>\n'
    )


# --- the toolkit ------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def fresh_caches():
    """An empty cache for each test: no partner origins, API bodies or throttle counts
    left over from another test's data."""
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def toolkit_url(live_server):
    """The live toolkit's origin, with the default site pointing at it."""
    from ..embed.test_oembed_live import serve_default_site_at

    serve_default_site_at(live_server.url)
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    return live_server.url


@dataclass
class Content:
    tools: list
    stories: list
    questions: list
    framework: object
    partner: object


def make_stories(numbers, tools):
    from ..factories import make_story

    return [
        make_story(
            title=f"Story of improvement {n}",
            slug=f"story-{n}",
            tools=tools,
            care_sector="acute",
            nation="england",
        )
        for n in numbers
    ]


@pytest.fixture
def content(toolkit_url, host_servers):
    """Live content, kept small (every test builds it again): five design tools, two
    stories, two design questions, a framework, and an active partner that may frame the
    embeds from the ``allowed`` host origin."""
    from wagtail_iitk.models import PartnerOrganisation, Perspective

    from ..factories import make_framework, make_question, make_tool

    design = Perspective.objects.get(slug="design")
    tools = [
        make_tool(title=f"Design tool {letter}", slug=f"design-{letter}", perspectives=[design])
        for letter in "abcde"
    ]
    stories = make_stories((1, 2), [tools[0]])
    questions = [
        make_question(
            perspective=design,
            wording="Who is affected by the problem?",
            short_label="Who is affected",
            slug="who-is-affected",
            tools=tools[:2],
        ),
        make_question(
            perspective=design,
            wording="What does success look like?",
            short_label="Success",
            slug="what-does-success-look-like",
            tools=[tools[2]],
        ),
    ]
    framework = make_framework(title="Model for improvement", slug="model-for-improvement")
    partner = PartnerOrganisation.objects.create(
        name="Northshire Hospitals NHS Trust",
        allowed_origins=host_servers["allowed"].origin,
    )
    return Content(tools, stories, questions, framework, partner)


@pytest.fixture
def twenty_items(content):
    """16 tools and 4 stories: the base content and eleven risk tools, two more stories."""
    from wagtail_iitk.models import Perspective

    from ..factories import make_tool

    risk = Perspective.objects.get(slug="risk")
    content.tools += [
        make_tool(title=f"Risk tool {n:02d}", slug=f"risk-{n:02d}", perspectives=[risk])
        for n in range(1, 12)
    ]
    content.stories += make_stories((3, 4), [content.tools[0]])
    return content.tools + content.stories


# --- the browser ------------------------------------------------------------------------


@contextlib.contextmanager
def launch_chromium():
    """Debian's Chromium, never a downloaded build, for the length of the ``with``."""
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: run `make chromium`"
    # Playwright's sync API keeps an asyncio loop in this thread, which Django takes for
    # an async context and refuses database calls in. The ORM runs in this thread only
    # between Playwright calls, never inside the loop, so allow it while the browser is
    # up (Playwright's documented workaround for Django) and put the setting back after.
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


@pytest.fixture(scope="module")
def browser():
    """One Chromium per module."""
    expect.set_options(timeout=SETTLE)
    with launch_chromium() as chromium:
        yield chromium


@dataclass
class HostPage:
    """A host page in a fresh browser context, and what it recorded."""

    page: object
    toolkit: str
    origin: str
    partner_key: str
    requests: list = field(default_factory=list)
    console: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def api_requests(self):
        return [url for url in self.requests if url.startswith(self.toolkit + API)]

    def log(self):
        """What the recorders saw: violations, shifts, states, messages."""
        return self.page.evaluate("window.__iitk")

    def violations(self):
        return self.log()["violations"]

    def layout_shift(self):
        """The sum of every layout shift not caused by recent input (CLS as defined)."""
        return sum(s["value"] for s in self.log()["shifts"] if not s.get("input"))

    def shadow(self, selector, script):
        """Evaluate ``script`` (a function of the shadow root) on the first match."""
        return self.page.evaluate(
            f"(sel) => ({script})(document.querySelector(sel).shadowRoot)",
            selector,
        )


@pytest.fixture
def open_host(browser, content, toolkit_url, host_servers):
    """Open ``body`` in a host page: ``open_host(body, **options)`` → HostPage.

    Options: ``server`` ("allowed" or "other"), ``viewport``, ``bypass_csp`` (for axe),
    ``routes`` (a function called with the page before navigation), ``clock`` (install
    a fake clock before navigation), ``paint_first`` (hold the widgets' script until the
    page has painted; a function given is called with the page just before the script
    is let go), and ``document()``'s keyword arguments.

    After the test: no CSP violation and no uncaught exception on any page opened.
    """
    opened = []

    def _open(
        body,
        *,
        server="allowed",
        viewport=None,
        bypass_csp=False,
        routes=None,
        clock=False,
        paint_first=False,
        **options,
    ):
        host = host_servers[server]
        host.csp = strict_csp(toolkit_url)
        host.pages["/host.css"] = HOST_CSS
        options.setdefault("partner_key", content.partner.widget_key)
        host.pages["/"] = document(toolkit_url, body, **options)
        context = browser.new_context(
            viewport=viewport or {"width": 1280, "height": 900}, bypass_csp=bypass_csp
        )
        page = context.new_page()
        page.set_default_timeout(SETTLE)
        recorded = HostPage(page, toolkit_url, host.origin, options["partner_key"])
        # Reads only: the engagement beacons (POST events/) follow the cards by seconds.
        page.on(
            "request",
            lambda request: (
                recorded.requests.append(request.url) if request.method == "GET" else None
            ),
        )
        page.on("console", lambda msg: recorded.console.append(f"{msg.type}: {msg.text}"))
        page.on("pageerror", lambda error: recorded.errors.append(str(error)))
        page.add_init_script(RECORDERS)
        if clock:
            page.clock.install()
        if routes:
            routes(page)
        opened.append(recorded)
        if not paint_first:
            page.goto(host.origin + "/")
            return recorded
        # Hold the widgets' script until the page has painted: the elements are on
        # screen, at the size iitk-host.css reserves, before they are defined.
        held = []
        page.route(lambda url: url.endswith("/iitk-widgets.js"), lambda route: held.append(route))
        page.goto(host.origin + "/", wait_until="commit")
        page.wait_for_function(
            "() => performance.getEntriesByName('first-contentful-paint').length > 0",
            polling=20,
        )
        wait_until(page, lambda: held, "the widgets' script was never requested")
        if callable(paint_first):
            paint_first(page)
        for route in held:
            route.continue_()
        page.wait_for_load_state("load")
        return recorded

    yield _open

    problems = []
    for recorded in opened:
        try:
            violations = recorded.violations()
        except Exception as error:  # noqa: BLE001 (the page may be gone)
            violations = [f"could not read the recorders: {error}"]
        if violations:
            problems.append(f"CSP violations: {violations}")
        if csp_reports(recorded.console):
            problems.append(f"CSP refusals: {csp_reports(recorded.console)}")
        if recorded.errors:
            problems.append(f"uncaught errors: {recorded.errors}")
        with contextlib.suppress(Exception):
            recorded.page.context.close()
    assert not problems, (
        "\n".join(problems) + "\nconsole:\n" + "\n".join(m for r in opened for m in r.console)
    )
