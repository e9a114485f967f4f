"""axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing on the three engagement
reports, opened in Chromium by a signed-in superuser, with data in every part.

The whole admin page is checked, Wagtail's own sidebar and header included, in the
light and the dark theme (the chart draws its own background, so it must hold up in
both).
"""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from ..engagement_reports import dataset
from .test_axe import run_axe

pytestmark = pytest.mark.django_db(transaction=True)

MARCH = "start=2025-03-01&end=2025-03-31"
PAGES = {
    "engagement": f"/admin/toolkit/reports/engagement/?{MARCH}",
    "engagement, bad dates": "/admin/toolkit/reports/engagement/?start=2025-03-31&end=2025-03-01",
    "content health": f"/admin/toolkit/reports/content-health/?{MARCH}&section=least-helpful"
    "&min_views=5",
    "content health, tools": "/admin/toolkit/reports/content-health/?section=no-story",
    "partners": f"/admin/toolkit/reports/partners/?{MARCH}",
}


@pytest.fixture
def signed_in(browser, toolkit_url):
    """A browser context with a superuser's session cookie, and the known dataset."""
    from django.contrib.auth import get_user_model

    dataset.build()
    user = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value

    def open_context(color_scheme="light"):
        context = browser.new_context(
            viewport={"width": 1280, "height": 1600},
            bypass_csp=True,
            color_scheme=color_scheme,
            locale="en-GB",
        )
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": toolkit_url}]
        )
        return context

    contexts = []

    def _open(path, color_scheme="light"):
        context = open_context(color_scheme)
        contexts.append(context)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        response = page.goto(toolkit_url + path)
        return page, response, errors

    yield _open
    for context in contexts:
        context.close()


@pytest.mark.parametrize("name", list(PAGES))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_violations_on_the_report(signed_in, name, scheme):
    page, response, errors = signed_in(PAGES[name], scheme)
    assert response.status == 200
    expect(page.locator("h1")).to_contain_text("Toolkit")
    if name == "engagement":
        expect(page.locator("figure svg[role=img]")).to_be_visible()
        expect(page.locator("#iitk-trend-table tbody tr")).to_have_count(6)
        expect(
            page.get_by_role("img", name="Uses per week, 1 March 2025 to 31 March 2025")
        ).to_be_visible()
    elif name == "engagement, bad dates":
        expect(page.locator(".error-message")).to_contain_text("on or after the first day")
    else:
        expect(page.locator("#listing-results table.listing tbody tr").first).to_be_visible()
    violations, result = run_axe(page)
    assert result["passes"], "axe did not run"
    assert violations == [], "\n".join(violations)
    assert errors == []


def test_the_period_form_works_by_keyboard(signed_in):
    page, _, _ = signed_in("/admin/toolkit/reports/engagement/")
    # Date fields take their value in the browser's locale order; fill() takes ISO.
    page.locator("#id_start").fill("2025-03-01")
    page.locator("#id_end").fill("2025-03-31")
    page.locator("#id_partner").select_option(label="Northshire Hospitals NHS Trust")
    page.locator("#id_rank").focus()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Show the report")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"start=2025-03-01&end=2025-03-31&partner=\d+"))
    expect(
        page.locator("#listing-results table.listing:not(#iitk-trend-table) tbody tr")
    ).to_have_count(2)
