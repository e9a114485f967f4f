"""The oEmbed provider at /api/iitk/v1/oembed/ and the discovery links that point to it."""

import datetime
import json

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from ..factories import make_framework, make_story, make_tool
from .helpers import Markup

pytestmark = pytest.mark.django_db

OEMBED = "/api/iitk/v1/oembed/"
TOOL_URL = "http://testserver/toolkit/tools/fishbone/"


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Fishbone <diagram>", slug="fishbone")


def oembed(client, **params):
    return client.get(OEMBED, params)


def error_code(response):
    return json.loads(response.content)["error"]["code"]


def test_a_tool_page_url_gets_a_rich_oembed_response(client, tool):
    response = oembed(client, url=TOOL_URL, format="json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data == {
        "version": "1.0",
        "type": "rich",
        "title": "Fishbone <diagram>",
        "provider_name": "Improving Improvement Toolkit",
        "provider_url": "http://testserver/",
        "cache_age": 3600,
        "html": data["html"],
        "width": 600,
        "height": 420,
    }
    markup = Markup(data["html"])
    [iframe] = markup.find("iframe")
    assert iframe["src"] == "http://testserver/iitk/embed/tool/fishbone/"
    assert (iframe["width"], iframe["height"]) == ("600", "420")
    assert iframe["title"] == "Tool: Fishbone <diagram> – Improving Improvement Toolkit"
    assert "&lt;diagram&gt;" in data["html"]  # the title is escaped in the markup
    assert iframe["loading"] == "lazy"
    assert "style" not in iframe
    [script] = markup.find("script")
    assert script["src"] == "http://testserver/static/wagtail_iitk/widgets/iitk-embed.js"
    assert "defer" in script
    assert markup.script_text == []


@pytest.mark.parametrize("kind", ["framework", "story"])
def test_framework_and_story_pages_get_their_own_embeds(client, toolkit, kind):
    page = make_framework(slug="mfi") if kind == "framework" else make_story(slug="waits")
    url = f"http://testserver{page.url}"
    data = oembed(client, url=url).json()
    assert f'src="http://testserver/iitk/embed/{kind}/{page.slug}/"' in data["html"]
    assert data["title"] == page.title


def test_format_defaults_to_json(client, tool):
    assert oembed(client, url=TOOL_URL).status_code == 200


@pytest.mark.parametrize(
    ("params", "size"),
    [
        ({"maxwidth": "300"}, (300, 420)),
        ({"maxheight": "200"}, (600, 200)),
        ({"maxwidth": "320", "maxheight": "240"}, (320, 240)),
        ({"maxwidth": "2000", "maxheight": "2000"}, (600, 420)),
    ],
)
def test_maxwidth_and_maxheight_are_respected(client, tool, params, size):
    data = oembed(client, url=TOOL_URL, **params).json()
    assert (data["width"], data["height"]) == size
    [iframe] = Markup(data["html"]).find("iframe")
    assert (int(iframe["width"]), int(iframe["height"])) == size


def test_the_size_defaults_are_settings(client, tool, settings):
    settings.WAGTAIL_IITK = {"EMBED_WIDTH": 500, "EMBED_HEIGHT": 300}
    data = oembed(client, url=TOOL_URL).json()
    assert (data["width"], data["height"]) == (500, 300)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"url": ""},
        {"url": "http://testserver/" + "a" * 3000},
        {"url": TOOL_URL, "maxwidth": "0"},
        {"url": TOOL_URL, "maxwidth": "-5"},
        {"url": TOOL_URL, "maxwidth": "wide"},
        {"url": TOOL_URL, "maxheight": "1.5"},
        {"url": TOOL_URL, "format": "yaml"},
        {"url": TOOL_URL, "callback": "x"},
    ],
)
def test_bad_parameters_are_a_400(client, tool, params):
    response = oembed(client, **params)
    assert response.status_code == 400
    assert error_code(response) == "invalid"


def test_xml_is_not_implemented(client, tool):
    response = oembed(client, url=TOOL_URL, format="xml")
    assert response.status_code == 501
    assert error_code(response) == "not_implemented"


def hide(page, how):
    if how == "draft":
        page.unpublish()
    elif how == "private":
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    elif how == "private section":
        PageViewRestriction.objects.create(
            page=page.get_parent(), restriction_type=PageViewRestriction.LOGIN
        )
    elif how == "expired":
        Page.objects.filter(pk=page.pk).update(
            expire_at=timezone.now() - datetime.timedelta(minutes=1)
        )


@pytest.mark.parametrize("how", ["draft", "private", "private section", "expired"])
def test_a_hidden_page_is_a_404(client, tool, how):
    hide(tool, how)
    response = oembed(client, url=TOOL_URL)
    assert response.status_code == 404
    assert error_code(response) == "not_found"


def test_a_never_published_page_is_a_404(client, toolkit):
    draft = make_tool(slug="draft-tool", publish=False)
    assert oembed(client, url=f"http://testserver{draft.get_url() or ''}").status_code == 404
    assert oembed(client, url="http://testserver/toolkit/tools/draft-tool/").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/",  # the site's home page
        "http://testserver/toolkit/",  # the toolkit home
        "http://testserver/toolkit/tools/",  # an index page
        "http://testserver/toolkit/browse/",  # a route of the toolkit home
        "http://testserver/toolkit/tools/no-such-tool/",
        "http://testserver/toolkit/tools/fishbone/extra/",
        "https://evil.example.com/toolkit/tools/fishbone/",  # another host
        "http://testserver:8081/toolkit/tools/fishbone/",  # another port
        "ftp://testserver/toolkit/tools/fishbone/",
        "javascript:alert(1)",
        "/toolkit/tools/fishbone/",
        "http://[::1/toolkit/tools/fishbone/",
    ],
)
def test_urls_that_are_not_public_toolkit_items_are_a_404(client, tool, url):
    response = oembed(client, url=url)
    assert response.status_code == 404
    assert error_code(response) == "not_found"


def test_a_url_on_another_of_the_installations_sites_is_found(client, tool):
    Site.objects.create(
        hostname="toolkit.example.nhs.uk", port=443, root_page=Site.objects.get().root_page
    )
    url = "https://toolkit.example.nhs.uk/toolkit/tools/fishbone/?utm_source=x#steps"
    data = oembed(client, url=url).json()
    assert 'src="http://testserver/iitk/embed/tool/fishbone/"' in data["html"]


def test_query_and_fragment_are_ignored(client, tool):
    assert oembed(client, url=TOOL_URL + "?partner=abc#top").status_code == 200


def test_responses_carry_the_apis_caching_headers(client, tool):
    response = oembed(client, url=TOOL_URL)
    assert response["ETag"]
    assert "max-age" in response["Cache-Control"]
    again = client.get(OEMBED, {"url": TOOL_URL}, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


# --- Discovery ---------------------------------------------------------------------------


def discovery_links(html):
    return Markup(html).find("link", rel="alternate", type="application/json+oembed")


@pytest.mark.parametrize("kind", ["tool", "framework", "story"])
def test_item_pages_link_to_their_oembed(client, toolkit, kind):
    page = {"tool": make_tool, "framework": make_framework, "story": make_story}[kind]()
    html = client.get(page.url).content.decode()
    [link] = discovery_links(html)
    assert link["title"] == page.title
    href = link["href"]
    assert href.startswith("http://testserver/api/iitk/v1/oembed/?url=")
    followed = client.get(href)
    assert followed.status_code == 200
    assert followed.json()["title"] == page.title


@pytest.mark.parametrize("path", ["/toolkit/", "/toolkit/tools/", "/toolkit/browse/"])
def test_other_pages_have_no_oembed_link(client, tool, path):
    assert discovery_links(client.get(path).content.decode()) == []


def test_the_oembed_endpoint_is_in_the_openapi_schema(client, db):
    schema = client.get("/api/iitk/v1/schema/").json()
    operation = schema["paths"]["/api/iitk/v1/oembed/"]["get"]
    assert {p["name"] for p in operation["parameters"]} >= {"url", "maxwidth", "maxheight"}
