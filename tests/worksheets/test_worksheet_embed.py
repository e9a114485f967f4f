"""The worksheet embed (framed like every embed, counting nothing), the partner
snippets that give it out, and the worksheet events the engagement API accepts."""

import html
import json

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories import make_tool
from wagtail_iitk.models import DailyEngagement, PartnerOrganisation

from .sample import worksheet_tool

pytestmark = pytest.mark.django_db

EMBED = "/iitk/embed/worksheet/{}/"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def directives(response):
    policy = response["Content-Security-Policy"]
    return {p.split()[0]: p.split()[1:] for p in (x.strip() for x in policy.split(";")) if p}


def test_the_embed_is_framed_by_partners_only_and_sends_nothing(toolkit, client):
    PartnerOrganisation.objects.create(
        name="Northtown NHS Trust", allowed_origins="https://intranet.northtown.nhs.uk"
    )
    worksheet_tool(slug="fishbone")
    response = client.get(EMBED.format("fishbone"))
    assert response.status_code == 200
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'", "https://intranet.northtown.nhs.uk"]
    assert policy["default-src"] == ["'none'"] and "connect-src" not in policy
    assert "X-Frame-Options" not in response
    page = response.content.decode()
    assert 'data-iitk-worksheet data-tool="fishbone"' in page
    assert "data-iitk-events" not in page  # an embed counts nothing
    assert "wagtail_iitk/worksheet.js" in page and "<script>" not in page


@pytest.mark.parametrize("state", ["no-worksheet", "draft", "private", "unknown"])
def test_no_embed_for_a_hidden_tool_or_one_without_a_worksheet(toolkit, client, state):
    if state == "no-worksheet":
        make_tool(slug="plain")
        slug = "plain"
    elif state == "draft":
        worksheet_tool(slug="draft", publish=False)
        slug = "draft"
    elif state == "private":
        tool = worksheet_tool(slug="secret")
        PageViewRestriction.objects.create(page=tool, restriction_type="login")
        slug = "secret"
    else:
        slug = "no-such-tool"
    assert client.get(EMBED.format(slug)).status_code == 404


def test_the_partner_snippets_give_the_worksheet_iframe_and_the_card_deck(
    toolkit, make_user, client
):
    client.force_login(make_user("root", superuser=True))
    partner = PartnerOrganisation.objects.create(
        name="Northtown NHS Trust", allowed_origins="https://intranet.northtown.nhs.uk"
    )
    make_tool(slug="aaa-plain", title="Aaa plain")
    worksheet_tool(slug="fishbone", title="Fishbone")
    page = client.get(reverse("iitk_partners:snippets", args=[partner.pk])).content.decode()
    shown = html.unescape(page)
    assert (
        f'src="http://testserver/iitk/embed/worksheet/fishbone/?partner={partner.widget_key}"'
        in shown
    )
    # The deck at the toolkit home's full URL (the default site's host, as in the admin).
    home = toolkit.get_full_url()
    assert f'href="{home}cards.pdf"' in page


@pytest.mark.parametrize(
    "event", ["worksheet_open", "worksheet_print", "worksheet_save", "card_download"]
)
def test_the_engagement_api_counts_worksheet_and_card_events(toolkit, client, event):
    worksheet_tool(slug="fishbone")
    body = {"events": [{"type": event, "kind": "tool", "item": "fishbone"}]}
    response = client.post(
        reverse("wagtail_iitk_api:events"),
        json.dumps(body),
        content_type="application/json",
        HTTP_USER_AGENT=BROWSER,  # bots are not counted
    )
    assert response.status_code == 204
    row = DailyEngagement.objects.get()
    assert (row.event, row.item_kind, row.count) == (event, "tool", 1)
