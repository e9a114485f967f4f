#!/usr/bin/env python
"""Take the documentation's screenshots from a fresh demo: ``make screenshots``.

    .venv/bin/python docs/screenshots.py [--width 1280] [--out docs/images]

It builds the demo in a throwaway SQLite database (migrate, ``iitk_setup``,
``load_demo_content``), makes an admin user, sends one story through the public API so
the inbox has something to show, serves the example site on a free port, and saves with
Chromium (Debian's, /usr/bin/chromium; Playwright drives it):

- ``search.png``            the site search page (``<toolkit home>/search/?q=map``)
- ``tool-page.png``         a tool page
- ``admin-tools.png``       the admin's Toolkit → Tools list
- ``submission-detail.png`` a submission in the admin inbox

A page that is missing (the site has no search page yet, say) is skipped with a message,
and the others are still taken. Nothing is left behind but the images.
"""

import argparse
import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MANAGE = [sys.executable, str(REPO / "example_site" / "manage.py")]
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
TOOL = "fishbone-diagram"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run([*MANAGE, *args], env=env, cwd=REPO, check=True, stdout=subprocess.DEVNULL)


def python_in_site(env, code):
    """Run ``code`` in the example site's Django shell; return the last line it prints
    (the shell may say first how many objects it imported)."""
    done = subprocess.run(
        [*MANAGE, "shell", "--verbosity", "0", "-c", code],
        env=env,
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    lines = done.stdout.decode().strip().splitlines()
    return lines[-1] if lines else ""


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2):
            return
        time.sleep(0.3)
    raise SystemExit(f"the demo did not answer at {url}")


def send_story(base):
    """One story through the public API, as a partner's widget would send it."""
    body = {
        "kind": "story",
        "title": "Huddles that stuck on a surgical ward",
        "summary": "Ten-minute huddles at shift change, run by the team itself.",
        "tool_usages": [
            {
                "tool": TOOL,
                "why_chosen": "To sort the causes of late discharges.",
                "how_used": "We drew it on the ward whiteboard over two weeks.",
            }
        ],
        "consent_to_publish": True,
        "no_patient_data": True,
        "contributor": {"name": "Sam Okafor", "organisation": "Northshire Hospitals"},
        "elapsed_ms": 95_000,
    }
    request = urllib.request.Request(
        base + "/api/iitk/v1/submissions/",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Origin": base},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["reference"]


def shoot(page, url, path, what):
    response = page.goto(url)
    if response is None or response.status != 200:
        status = response.status if response else "no answer"
        print(f"skipped {what}: {url} answered {status}", file=sys.stderr)
        return False
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(path), full_page=False)
    print(f"saved {path.relative_to(REPO)} ({what})")
    return True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "images")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    password = secrets.token_urlsafe(16)
    with tempfile.TemporaryDirectory(prefix="iitk-screenshots-") as tmp:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "example_site.settings.dev",
            "DATABASE_URL": f"sqlite:///{tmp}/demo.sqlite3",
            "WAGTAILADMIN_BASE_URL": base,
        }
        env.pop("REDIS_URL", None)
        print("building the demo (a minute or two)…", file=sys.stderr)
        manage(env, "migrate", "--noinput")
        manage(env, "iitk_setup", "--as-site-root")
        manage(env, "load_demo_content", "--site-url", base)
        python_in_site(
            env,
            "from django.contrib.auth import get_user_model; "
            f"get_user_model().objects.create_superuser('screenshots', '', '{password}')",
        )
        server = subprocess.Popen(
            [*MANAGE, "runserver", f"127.0.0.1:{port}", "--noreload"],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for(base + "/healthz/")
            reference = send_story(base)
            urls = json.loads(
                python_in_site(
                    env,
                    "import json; from django.urls import reverse; "
                    "from wagtail_iitk.models import Submission, ToolkitHomePage; "
                    f"s = Submission.objects.get(reference='{reference}'); "
                    "print(json.dumps({'home': ToolkitHomePage.objects.get().url, "
                    "'tools': reverse('iitk_tools:index'), "
                    "'submission': reverse('iitk_submissions:inspect', args=[s.pk])}))",
                )
            )
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
                page = browser.new_page(viewport={"width": args.width, "height": args.height})
                home = base + urls["home"]
                shoot(page, home + "search/?q=map", args.out / "search.png", "the search page")
                shoot(page, f"{home}tools/{TOOL}/", args.out / "tool-page.png", "a tool page")
                page.goto(base + "/admin/login/")
                page.fill("#id_username", "screenshots")
                page.fill("#id_password", password)
                with page.expect_navigation():
                    page.keyboard.press("Enter")
                shoot(page, base + urls["tools"], args.out / "admin-tools.png", "the Tools list")
                shoot(
                    page,
                    base + urls["submission"],
                    args.out / "submission-detail.png",
                    "a submission",
                )
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
