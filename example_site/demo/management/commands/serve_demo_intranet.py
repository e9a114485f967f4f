"""Serve the demo "trust intranet": a page on another origin that embeds the toolkit.

It uses every widget element and an iframe embed, under a strict Content-Security-Policy
(no inline script or style; scripts, API calls and frames only from the toolkit), as a
partner's intranet would. ``make demo`` runs it on port 8001 beside the toolkit. The same
page in Welsh (``<html lang="cy">``, so the widgets speak Welsh too) is at ``/cy/``.
"""

import contextlib
import mimetypes
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

from django.core.management.base import BaseCommand, CommandError
from django.template.loader import render_to_string
from django.utils import translation

from wagtail_iitk.models import PartnerOrganisation, StoryPage, ToolPage, visible_pages

STATIC_DIR = Path(__file__).resolve().parents[2] / "static" / "iitk_demo"
PARTNER_NAME = "Northshire Hospitals NHS Trust"
#: The page's path in each language, and the language's name in itself.
PAGES = {"/": ("en-gb", "English"), "/cy/": ("cy", "Cymraeg")}


def content_security_policy(toolkit):
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src {toolkit}",
            f"connect-src {toolkit}",
            f"style-src 'self' {toolkit}",
            f"img-src 'self' {toolkit} data:",
            f"frame-src {toolkit}",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ]
    )


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the stdlib's name)
        pass


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8001)
        parser.add_argument("--toolkit", default="http://127.0.0.1:8000")

    def page_context(self, toolkit):
        partner = PartnerOrganisation.objects.filter(name=PARTNER_NAME).first()
        if partner is None:
            raise CommandError("Load the demo content first (manage.py load_demo_content).")
        tools = list(visible_pages(ToolPage.objects.all()).order_by("title")[:20])
        story = visible_pages(StoryPage.objects.all()).order_by("title").first()
        return {
            "toolkit": toolkit,
            "api": f"{toolkit}/api/iitk/v1/",
            "partner": partner,
            "featured_tools": tools[:3],
            "more_tools": tools[3:20],
            "story": story,
            "embedded_tool": tools[0] if tools else None,
        }

    def handle(self, *args, port, toolkit, **options):
        toolkit = toolkit.rstrip("/")
        context = self.page_context(toolkit)
        pages = {}
        for path, (code, _name) in PAGES.items():
            others = [
                {"url": other, "code": lang, "name": name}
                for other, (lang, name) in PAGES.items()
                if other != path
            ]
            with translation.override(code):
                html = render_to_string(
                    "iitk_demo/intranet.html", {**context, "other_languages": others}
                )
            pages[path] = html.encode()
        pages["/index.html"] = pages["/"]
        csp = content_security_policy(toolkit)

        def app(environ, start_response):
            path = environ.get("PATH_INFO", "/")
            if path in pages:
                body, content_type = pages[path], "text/html; charset=utf-8"
            elif path.startswith("/static/") and "/.." not in path:
                file = STATIC_DIR / path.removeprefix("/static/")
                if not file.is_file():
                    start_response("404 Not Found", [("Content-Type", "text/plain")])
                    return [b"Not found"]
                body = file.read_bytes()
                content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            else:
                start_response("404 Not Found", [("Content-Type", "text/plain")])
                return [b"Not found"]
            start_response(
                "200 OK",
                [
                    ("Content-Type", content_type),
                    ("Content-Security-Policy", csp),
                    ("X-Content-Type-Options", "nosniff"),
                    ("Referrer-Policy", "strict-origin-when-cross-origin"),
                ],
            )
            return [body]

        self.stdout.write(f"The demo trust intranet: http://127.0.0.1:{port}/")
        server = make_server("127.0.0.1", port, app, handler_class=QuietHandler)
        with server, contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
