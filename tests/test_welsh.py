"""The Welsh interface: with LocaleMiddleware and LANGUAGES English and Welsh (as the
example site runs), a page asked for in Welsh is Welsh (``<html lang="cy">``), including
the contribution forms and their errors; the footer's switcher sets the language; the
API's reads stay in the site's language while the submission errors that contributors
read follow theirs."""

import html
import json

import pytest
from django.core.cache import caches

from .community.intake_payloads import (
    intake_settings,  # noqa: F401 (a fixture)
    post,
    story,
)
from .factories import make_tool

WELSH = {"HTTP_ACCEPT_LANGUAGE": "cy"}


@pytest.fixture(autouse=True)
def two_languages(settings, intake_settings):  # noqa: F811 (the fixture)
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(
        middleware.index("django.contrib.sessions.middleware.SessionMiddleware") + 1,
        "django.middleware.locale.LocaleMiddleware",
    )
    settings.MIDDLEWARE = middleware
    settings.LANGUAGES = [("en-gb", "English"), ("cy", "Cymraeg")]


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map")


def text(response):
    return html.unescape(response.content.decode())


def test_the_home_page_in_welsh(client, toolkit):
    page = text(client.get(toolkit.url, **WELSH))
    assert '<html lang="cy">' in page
    assert "Neidio i'r prif gynnwys" in page  # the skip link
    assert "Dechrau o gwestiwn" in page
    assert "Rhannwch eich stori" in page
    assert "Skip to main content" not in page
    # The switcher offers English, named in English, marked as English.
    assert 'lang="en-gb" hreflang="en-gb">English</a>' in page


def test_the_home_page_in_english_by_default(client, toolkit):
    page = text(client.get(toolkit.url))
    assert '<html lang="en-gb">' in page
    assert "Skip to main content" in page
    assert 'lang="cy" hreflang="cy">Cymraeg</a>' in page


def test_a_tool_page_in_welsh_keeps_the_editors_words(client, tool):
    page = text(client.get(tool.url, **WELSH))
    assert '<html lang="cy">' in page
    assert "Ymdrech" in page and "Arbenigedd sydd ei angen" in page
    assert "Process map" in page  # content stays as the editors wrote it
    assert "Expertise needed" not in page


def test_the_share_a_story_form_in_welsh(client, toolkit, tool):
    url = toolkit.url + toolkit.reverse_subpage("share_story")
    page = text(client.get(url, **WELSH))
    assert '<html lang="cy">' in page
    assert "<h1>Rhannwch eich stori</h1>" in page
    assert "Eich enw" in page and "Amdanoch chi (dewisol)" in page
    assert "Anfon eich stori" in page


def test_an_invalid_story_gets_welsh_error_messages(client, toolkit, tool):
    url = toolkit.url + toolkit.reverse_subpage("share_story")
    answers = {"title": "Llai o ddosau a gollwyd", "summary": "", "usage_0_tool": tool.slug}
    page = text(client.post(url, answers, **WELSH))
    assert "Mae problem" in page  # the error summary's heading
    assert "Gwall:" in page
    assert "Cytunwch i'w gyhoeddi er mwyn anfon eich cyfraniad." in page
    assert "Llenwch hwn ar gyfer pob offeryn rydych chi'n ei restru." in page
    assert "Agree to publication" not in page


def test_the_switcher_sets_the_language_cookie_and_returns_to_the_page(client, toolkit):
    english = text(client.get(toolkit.url))
    start = english.index('href="/iitk/language/')
    link = english[start + len('href="') : english.index('"', start + len('href="'))]
    response = client.get(link)
    assert response.status_code == 302
    assert response["Location"] == toolkit.url
    assert response.cookies["django_language"].value == "cy"
    assert '<html lang="cy">' in text(client.get(toolkit.url))


@pytest.mark.parametrize(
    "query",
    [
        "language=cy&next=https://evil.example/",
        "language=cy&next=//evil.example/",
        "language=fr&next=/",
    ],
)
def test_the_switcher_refuses_other_sites_and_languages_it_does_not_offer(client, query):
    response = client.get(f"/iitk/language/?{query}")
    assert response.status_code == 302
    assert response["Location"] in ("/",)
    if "fr" in query:
        assert "django_language" not in response.cookies


def test_no_switcher_on_a_one_language_site(client, toolkit, settings):
    settings.LANGUAGES = [("en-gb", "English")]
    assert "/iitk/language/" not in text(client.get(toolkit.url))


def test_submission_errors_follow_the_contributors_language(client, tool):
    body = story(tool, consent_to_publish=False, title="x" * 300)
    response = post(client, body, origin=None)
    assert response.status_code == 400
    english = response.json()["error"]
    response = client.generic(
        "POST",
        "/api/iitk/v1/submissions/",
        json.dumps(body),
        content_type="application/json",
        headers={"Accept-Language": "cy"},
    )
    welsh = response.json()["error"]
    assert welsh["message"].startswith("Gwiriwch y meysydd hyn:")
    assert welsh["fields"]["consent_to_publish"] == [
        "Rhaid i chi gytuno i gyhoeddi eich cyfraniad."
    ]
    assert welsh["fields"]["title"][0].startswith("Gall fod yn 255 nod ar y mwyaf")
    assert english["fields"]["consent_to_publish"] == [
        "You must agree to your contribution being published."
    ]


def test_api_reads_answer_in_the_sites_language_with_one_etag(client, tool):
    # Each built afresh (not one served from the other's cache entry).
    welsh = client.get(f"/api/iitk/v1/tools/{tool.slug}/", **WELSH)
    caches["default"].clear()
    english = client.get(f"/api/iitk/v1/tools/{tool.slug}/")
    assert welsh.status_code == english.status_code == 200
    assert welsh.content == english.content
    assert welsh["ETag"] == english["ETag"]
    labels = welsh.json()["labels"]
    assert labels["evidence_level"] == "Emerging"  # not "Yn dod i'r amlwg"


def test_emails_are_in_the_sites_language_not_the_reviewers(tool, settings):
    from django.utils import translation

    from wagtail_iitk.community.notifications import render_email

    from .community.contributions import received

    submission = received("example", tool)
    with translation.override("cy"):  # a Welsh-speaking reviewer's admin
        subject, text_body, html_body = render_email(submission, "declined")
    assert subject == f"About your contribution {submission.reference}"
    assert "Our reviewers have read it carefully" in text_body
    settings.LANGUAGE_CODE = "cy"  # a Welsh site
    subject, text_body, html_body = render_email(submission, "declined")
    assert subject == f"Ynglŷn â'ch cyfraniad {submission.reference}"
    assert "Mae ein hadolygwyr wedi ei ddarllen yn ofalus" in text_body
    assert "Diolch am eich enghraifft o ddefnydd" in text_body
    assert '<html lang="cy">' in html_body
