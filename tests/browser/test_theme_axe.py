"""The example site's NHS.UK theme in Chromium: axe finds nothing on its key pages at
1280 and 390 px, the header's search form works by keyboard, and nothing the theme
loads comes from another site."""

from pathlib import Path

import pytest
from django.conf import settings as django_settings

from example_site.demo.statements import load_statements

from .test_axe import run_axe

pytestmark = pytest.mark.django_db(transaction=True)

THEME = Path(__file__).resolve().parents[2] / "example_site" / "demo" / "templates"
WIDTHS = (1280, 390)


@pytest.fixture
def themed_site(content, settings):
    """The live toolkit with the example site's theme first, and its statements."""
    from wagtail_iitk.models import ToolkitHomePage

    settings.TEMPLATES = [
        {
            **django_settings.TEMPLATES[0],
            "DIRS": [THEME, *django_settings.TEMPLATES[0]["DIRS"]],
        }
    ]
    home = ToolkitHomePage.objects.get()
    load_statements(home)
    tool, story = content.tools[0], content.stories[0]
    return {
        "home": home.url,
        "browse": home.url + "browse/",
        "tool": tool.url,
        "framework": content.framework.url,
        "story": story.url,
        "share a story": home.url + "share-a-story/",
        "suggest a tool": home.url + "contribute/tool/",
        "accessibility statement": home.url + "accessibility-statement/",
        "privacy notice": home.url + "privacy-notice/",
    }


@pytest.mark.parametrize("width", WIDTHS)
def test_the_themed_pages_have_no_axe_violations(browser, toolkit_url, themed_site, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        problems = {}
        for name, path in themed_site.items():
            response = page.goto(toolkit_url + path)
            assert response.status == 200, (name, path)
            assert page.locator("header.nhsuk-header").count() == 1, name
            # The NHS.UK stylesheet applies (the header is NHS blue).
            colour = page.evaluate(
                "getComputedStyle(document.querySelector('.nhsuk-header')).backgroundColor"
            )
            assert colour == "rgb(0, 94, 184)", name
            violations, _ = run_axe(page)
            if violations:
                problems[name] = violations
        assert not problems, "\n".join(f"{k}:\n" + "\n".join(v) for k, v in problems.items())
        # Nothing from another site (no CDN fonts or scripts).
        assert [url for url in requests if not url.startswith(toolkit_url)] == []
    finally:
        context.close()


def test_the_header_search_is_a_form_that_works_by_keyboard(browser, toolkit_url, themed_site):
    context = browser.new_context(viewport={"width": 390, "height": 900})
    try:
        page = context.new_page()
        page.goto(toolkit_url + themed_site["tool"])
        # Skip link, NHS logo link, then the search box.
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "search-field"
        page.keyboard.type("fishbone")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url == f"{toolkit_url}{themed_site['home']}search/?q=fishbone"
    finally:
        context.close()
