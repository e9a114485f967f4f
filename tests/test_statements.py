"""The example site's NHS.UK theme and its statements (accessibility, privacy, contact).

The theme's templates are put first here, as the example site has them; the package's
tests otherwise render its own neutral templates.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from example_site.demo.statements import STATEMENT_SLUGS, load_statements

from .factories import make_tool

pytestmark = pytest.mark.django_db

THEME = Path(__file__).resolve().parents[1] / "example_site" / "demo" / "templates"
NAME = "Improving Improvement Toolkit"


@pytest.fixture
def themed():
    templates = [{**settings.TEMPLATES[0], "DIRS": [THEME, *settings.TEMPLATES[0]["DIRS"]]}]
    with override_settings(TEMPLATES=templates):
        yield


@pytest.fixture
def statements(toolkit):
    load_statements(toolkit)
    return toolkit


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_statements_are_loaded_once_and_keep_their_edits(statements):
    from example_site.demo.models import StatementPage

    pages = StatementPage.objects.child_of(statements).live()
    assert sorted(pages.values_list("slug", flat=True)) == sorted(STATEMENT_SLUGS)
    privacy = pages.get(slug="privacy-notice")
    privacy.title = "Our privacy notice"
    privacy.save_revision().publish()

    assert load_statements(statements) == 0
    assert StatementPage.objects.get(pk=privacy.pk).title == "Our privacy notice"
    assert StatementPage.objects.count() == 3


@pytest.mark.parametrize(
    ("days", "sentence"),
    [
        (None, "for 180 days after the decision"),
        (30, "for 30 days after the decision"),
        (1, "for 1 day after the decision"),
    ],
)
def test_the_privacy_notice_states_the_retention_period_the_site_keeps(
    client, statements, days, sentence
):
    overrides = {} if days is None else {"CONTRIBUTOR_RETENTION_DAYS": days}
    with override_settings(WAGTAIL_IITK={**getattr(settings, "WAGTAIL_IITK", {}), **overrides}):
        text = text_of(page_html(client, "/toolkit/privacy-notice/"))
    assert sentence in text
    for told in (
        "totals for each day",
        "no IP address",
        "Global Privacy Control",
        "never published",
    ):
        assert told.lower() in text.lower(), told


def test_the_accessibility_statement_has_the_parts_the_regulations_ask_for(client, statements):
    html = page_html(client, "/toolkit/accessibility-statement/")
    headings = re.findall(r"<h2[^>]*>([^<]+)</h2>", html)
    for heading in (
        "How accessible this website is",
        "Feedback and contact information",
        "Reporting accessibility problems with this website",
        "Enforcement procedure",
        "Compliance status",
        "Non-accessible content",
        "Preparation of this accessibility statement",
    ):
        assert heading in headings, heading
    text = text_of(html)
    for fact in (
        "Equality and Human Rights Commission",
        "Equality Commission for Northern Ireland",
        "partially compliant",
        "axe-core 4.14.1",
        "0 violations",
        "prepared on 2 December 2026",
    ):
        assert fact in text, fact


def test_the_theme_has_the_nhs_header_search_breadcrumbs_and_footer(client, themed, statements):
    make_tool(title="Fishbone diagram", slug="fishbone-diagram")
    html = page_html(client, "/toolkit/tools/fishbone-diagram/")

    assert "<title>Fishbone diagram – Improving Improvement Toolkit</title>" in html
    assert 'class="nhsuk-header"' in html
    assert "iitk_demo/nhsuk/nhsuk-frontend.min.css" in html
    # The search form: a GET of the toolkit home's search/ with q.
    form = re.search(r'<form class="nhsuk-header__search-form"[^>]*>', html).group(0)
    assert 'action="/toolkit/search/"' in form and 'method="get"' in form
    assert re.search(r'<input[^>]+id="search-field"[^>]+name="q"', html)
    assert '<label class="nhsuk-label nhsuk-u-visually-hidden" for="search-field">' in html
    # Breadcrumbs start with Home and end with the page's parent.
    crumbs = re.findall(r'class="nhsuk-breadcrumb__link" href="([^"]+)">([^<]+)<', html)
    assert crumbs == [("/toolkit/", "Home"), ("/toolkit/tools/", "Tools")]
    # The main menu has the sections, not the statements; the footer has the statements.
    menu = re.findall(r'class="nhsuk-header__navigation-link" href="([^"]+)"', html)
    assert menu == [
        "/toolkit/tools/",
        "/toolkit/frameworks/",
        "/toolkit/stories/",
        "/toolkit/events/",
        "/toolkit/browse/",
    ]
    footer = html[html.index('<footer class="nhsuk-footer"') :]
    links = re.findall(r'class="nhsuk-footer__list-item-link" href="([^"]+)">([^<]+)<', footer)
    assert links == [
        ("/toolkit/accessibility-statement/", "Accessibility statement"),
        ("/toolkit/privacy-notice/", "Privacy notice"),
        ("/toolkit/contact/", "Contact us"),
    ]
    # No repeated names: the service is named once in the header, not in the footer.
    assert text_of(html[html.index("<body") : html.index("<main")]).count(NAME) == 1
    assert NAME not in footer


def test_the_home_page_is_titled_once_and_has_no_breadcrumbs(client, themed, statements):
    html = page_html(client, "/toolkit/")
    assert re.search(r"<title>\s*([^<]+?)\s*</title>", html).group(1) == statements.title
    assert "nhsuk-breadcrumb" not in html
    # The package's own home page lists the sections only, not the statements.
    assert "accessibility-statement" not in html[html.index("<main") : html.index("<footer")]


def test_a_statement_page_has_home_in_its_breadcrumbs(client, themed, statements):
    html = page_html(client, "/toolkit/contact/")
    crumbs = re.findall(r'class="nhsuk-breadcrumb__link" href="([^"]+)">([^<]+)<', html)
    assert crumbs == [("/toolkit/", "Home")]
    assert "<title>Contact us – Improving Improvement Toolkit</title>" in html
    assert "mailto:improvement-toolkit@example.org" in html


def test_the_share_form_has_the_themes_breadcrumbs_from_home(client, themed, statements):
    html = page_html(client, "/toolkit/share-a-story/")
    crumbs = re.findall(r'class="nhsuk-breadcrumb__link" href="([^"]+)">([^<]+)<', html)
    assert crumbs == [("/toolkit/", "Home")]
    assert "iitk-breadcrumbs" not in html
