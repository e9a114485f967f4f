"""Who may frame what: embeds allow the toolkit and its active partners; every other
HTML response of the package denies framing."""

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail_iitk.embed.framing import frame_ancestors
from wagtail_iitk.headers import deny_framing
from wagtail_iitk.models import ContentVersion, PartnerOrganisation

from ..factories import make_tool

pytestmark = pytest.mark.django_db

EMBED = "/iitk/embed/tool/fishbone/"


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Fishbone diagram", slug="fishbone")


@pytest.fixture
def partners(db):
    PartnerOrganisation.objects.create(
        name="Northtown NHS Trust",
        allowed_origins="https://intranet.northtown.nhs.uk\nhttps://sharepoint.northtown.nhs.uk",
    )
    PartnerOrganisation.objects.create(
        name="Southtown NHS Trust",
        # The same origin twice (two trusts sharing an intranet) is listed once.
        allowed_origins="https://intranet.northtown.nhs.uk\nhttp://localhost:8080",
    )
    PartnerOrganisation.objects.create(
        name="Closed Trust", allowed_origins="https://closed.example.nhs.uk", active=False
    )


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part
    }


def with_iitk(**values):
    return override_settings(WAGTAIL_IITK=values)


def test_embeds_may_be_framed_by_the_toolkit_and_active_partners_only(client, tool, partners):
    response = client.get(EMBED)
    assert response.status_code == 200
    assert directives(response)["frame-ancestors"] == [
        "'self'",
        "http://localhost:8080",
        "https://intranet.northtown.nhs.uk",
        "https://sharepoint.northtown.nhs.uk",
    ]
    assert "closed.example.nhs.uk" not in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response


def test_embeds_have_a_strict_content_security_policy(client, tool):
    response = client.get(EMBED)
    policy = directives(response)
    assert policy["default-src"] == ["'none'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_static_files_on_a_cdn_are_allowed_as_styles_and_scripts(client, tool):
    with override_settings(STATIC_URL="https://cdn.example.com/static/"):
        policy = directives(client.get(EMBED))
    assert policy["style-src"] == ["'self'", "https://cdn.example.com"]
    assert policy["script-src"] == ["'self'", "https://cdn.example.com"]


def test_any_site_may_frame_embeds_when_the_setting_says_star(client, tool, partners):
    with with_iitk(EMBED_FRAME_ANCESTORS=["*"]):
        assert directives(client.get(EMBED))["frame-ancestors"] == ["*"]
    with with_iitk(EMBED_FRAME_ANCESTORS="*"):
        assert directives(client.get(EMBED))["frame-ancestors"] == ["*"]


def test_a_list_of_origins_replaces_the_partners_unless_it_names_them(client, tool, partners):
    with with_iitk(EMBED_FRAME_ANCESTORS=["https://intranet.example.nhs.uk/"]):
        assert directives(client.get(EMBED))["frame-ancestors"] == [
            "'self'",
            "https://intranet.example.nhs.uk",
        ]
    with with_iitk(EMBED_FRAME_ANCESTORS=["partners", "https://intranet.example.nhs.uk"]):
        sources = directives(client.get(EMBED))["frame-ancestors"]
    assert "https://intranet.example.nhs.uk" in sources
    assert "https://sharepoint.northtown.nhs.uk" in sources


def test_origins_that_could_break_the_header_are_dropped(db, partners):
    PartnerOrganisation.objects.create(
        name="Odd partner",
        allowed_origins="https://ok.example.nhs.uk\nhttps://bad;script-src *\nnot a url",
    )
    with with_iitk(EMBED_FRAME_ANCESTORS=["partners", "https://x.nhs.uk; default-src *"]):
        sources = frame_ancestors()
    assert "https://ok.example.nhs.uk" in sources
    assert not [source for source in sources if ";" in source or " " in source]


def test_partner_origins_are_read_once_per_content_version(db, partners):
    frame_ancestors()
    with CaptureQueriesContext(connection) as queries:
        first = frame_ancestors()
    assert len(queries) == 0  # the content version and the origins come from the cache
    # Saving a partner moves the version once it commits (the change path).
    PartnerOrganisation.objects.create(name="New Trust", allowed_origins="https://new.nhs.uk")
    assert "https://new.nhs.uk" not in first
    assert "https://new.nhs.uk" in frame_ancestors()


def test_saving_a_partner_moves_the_content_version(db, django_capture_on_commit_callbacks):
    before, _ = ContentVersion.current()
    with django_capture_on_commit_callbacks(execute=True):
        PartnerOrganisation.objects.create(name="Trust", allowed_origins="https://a.nhs.uk")
    after, _ = ContentVersion.current()
    assert after != before


@pytest.mark.parametrize(
    "path",
    [
        "/toolkit/",
        "/toolkit/tools/",
        "/toolkit/tools/fishbone/",
        "/toolkit/frameworks/",
        "/toolkit/stories/",
    ],
)
def test_toolkit_pages_may_not_be_framed(client, tool, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "frame-ancestors 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"]


def test_the_api_reference_page_may_not_be_framed(client, db):
    response = client.get("/api/iitk/v1/docs/")
    assert response.status_code == 200
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"]


@pytest.mark.parametrize(
    "path",
    ["/toolkit/browse/", "/toolkit/perspectives/design/", "/toolkit/stages/initiate/"],
)
def test_the_toolkit_homes_browse_pages_may_not_be_framed(client, tool, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "frame-ancestors 'none'"


def test_a_sites_own_content_security_policy_is_left_alone():
    response = HttpResponse()
    response["Content-Security-Policy"] = "default-src 'self'"
    response["Referrer-Policy"] = "no-referrer"
    deny_framing(response)
    assert response["Content-Security-Policy"] == "default-src 'self'"
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("value", "errors"),
    [("partners", []), (["https://a.nhs.uk", "partners"], []), ("*", []), (5, ["E004"])],
)
def test_the_frame_ancestors_setting_takes_a_string_or_a_list(settings, value, errors):
    from wagtail_iitk.checks import check_settings

    settings.WAGTAIL_IITK = {"EMBED_FRAME_ANCESTORS": value}
    found = check_settings()
    assert [error.id.split(".")[-1] for error in found] == errors
    if found:
        assert "must be str or list" in found[0].msg
