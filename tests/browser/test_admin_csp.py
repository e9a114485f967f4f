"""Wagtail's admin works under the example site's production Content-Security-Policy:
Chromium reports no violation on the dashboard, a page editor and a snippet editor.

The live server's middleware is fixed when it starts, so the policy the example site's
middleware gives an admin page (read through the test client, which builds its handler
from the current settings) is put on the admin's documents as they reach Chromium."""

import os
import re
import sys
import time

import pytest
from django.conf import Settings
from django.conf import settings as django_settings
from django.test import Client
from playwright.sync_api import expect

from ..factories import make_question, make_tool
from .conftest import csp_reports

pytestmark = pytest.mark.django_db(transaction=True)

RECORD_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  (window.__violations = window.__violations || []).push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


def production(monkeypatch):
    """The example site's production settings module, loaded with a throwaway env."""
    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    monkeypatch.setenv("ALLOWED_HOSTS", "localhost")
    monkeypatch.setenv("TZ", os.environ.get("TZ", ""))
    sys.modules.pop("example_site.settings.production", None)
    try:
        return Settings("example_site.settings.production")
    finally:
        sys.modules.pop("example_site.settings.production", None)
        time.tzset()


@pytest.fixture
def admin_page(browser, toolkit_url, make_user, settings, monkeypatch):
    """A superuser's browser page, served under the production policy and middleware."""
    loaded = production(monkeypatch)
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "example_site.middleware.SiteCSPMiddleware"]
    settings.CONTENT_SECURITY_POLICY = loaded.CONTENT_SECURITY_POLICY
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = loaded.WAGTAIL_GRAVATAR_PROVIDER_URL
    settings.WAGTAIL_ENABLE_UPDATE_CHECK = loaded.WAGTAIL_ENABLE_UPDATE_CHECK
    client = Client()
    client.force_login(make_user("ada", superuser=True))
    policy = client.get("/admin/")["Content-Security-Policy"]
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.add_cookies(
        [
            {
                "name": django_settings.SESSION_COOKIE_NAME,
                "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value,
                "url": toolkit_url,
            }
        ]
    )
    context.add_init_script(RECORD_VIOLATIONS)

    def with_policy(route):
        response = route.fetch()
        headers = {**response.headers, "content-security-policy": policy}
        route.fulfill(response=response, headers=headers)

    context.route(f"{toolkit_url}/admin/**", with_policy)
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    yield page, console
    context.close()


def test_the_admin_runs_under_the_production_policy(admin_page, toolkit_url):
    page, console = admin_page
    tool = make_tool(title="Process map", slug="process-map")
    question = make_question(wording="Who is affected by the problem?", tools=[tool])
    screens = {
        "/admin/": "Dashboard",
        f"/admin/pages/{tool.pk}/edit/": "Process map",
        f"/admin/snippets/wagtail_iitk/question/edit/{question.pk}/": "Who is affected",
    }
    for path, text in screens.items():
        console.clear()
        response = page.goto(toolkit_url + path)
        assert response.status == 200, path
        policy = response.headers["content-security-policy"]
        assert "script-src 'self' 'unsafe-inline'" in policy
        expect(page).to_have_title(re.compile(text))
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__violations || []") == [], path
        assert csp_reports(console) == [], path
