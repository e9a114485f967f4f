"""The partner's "Embed snippets" admin page: the code its web team pastes in."""

import html

import pytest
from django.urls import reverse

from wagtail_iitk.models import PartnerOrganisation

from ..factories import make_tool

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(toolkit, make_user, client):
    client.force_login(make_user("root", superuser=True))
    return client


@pytest.fixture
def partner(db):
    return PartnerOrganisation.objects.create(
        name='Northtown <script>alert("x")</script> Trust',
        ods_code="RX1",
        theme_colour="#aa3300",
        allowed_origins="https://intranet.northtown.nhs.uk",
    )


def snippets_url(partner):
    return reverse("iitk_partners:snippets", args=[partner.pk])


def test_the_snippets_page_shows_the_partners_key_in_each_snippet(admin_client, partner):
    tool = make_tool(title="Fishbone diagram", slug="fishbone")
    response = admin_client.get(snippets_url(partner))
    assert response.status_code == 200
    page = response.content.decode()
    shown = html.unescape(page)
    key = partner.widget_key
    assert (
        '<script src="http://testserver/static/wagtail_iitk/widgets/iitk-widgets.js"'
        f' data-iitk-api="http://testserver/api/iitk/v1/" data-iitk-partner="{key}"'
        ' data-iitk-theme="#aa3300" defer></script>'
    ) in shown
    assert '<iitk-tool-card slug="fishbone">' in shown
    assert f'<iframe src="http://testserver/iitk/embed/tool/fishbone/?partner={key}"' in shown
    assert f'src="http://testserver/iitk/embed/questions/?partner={key}"' in shown
    assert '<script src="http://testserver/static/wagtail_iitk/widgets/iitk-embed.js"' in shown
    assert tool.get_full_url() in shown  # a page URL to paste into an embed block
    assert '"endpoint": "http://testserver/api/iitk/v1/oembed/"' in shown
    assert "wagtail.embeds.finders.oembed" in shown
    assert "https://intranet.northtown.nhs.uk" in shown


def test_the_snippets_are_shown_as_text_not_markup(admin_client, partner):
    page = admin_client.get(snippets_url(partner)).content.decode()
    assert "&lt;script src=&quot;http://testserver/static/wagtail_iitk/widgets" in page
    assert "&lt;iframe src=" in page
    assert "<iframe" not in page
    assert "<iitk-tool-card" not in page
    assert '<script>alert("x")</script>' not in page


def test_the_snippets_use_the_admin_base_url(admin_client, partner, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://toolkit.example.nhs.uk"
    shown = html.unescape(admin_client.get(snippets_url(partner)).content.decode())
    assert 'data-iitk-api="https://toolkit.example.nhs.uk/api/iitk/v1/"' in shown


def test_a_partner_without_origins_is_warned_that_embeds_will_not_frame(admin_client, db):
    partner = PartnerOrganisation.objects.create(name="No origins Trust")
    page = admin_client.get(snippets_url(partner)).content.decode()
    assert "has no allowed web origins" in page


def test_the_partner_listing_and_edit_page_link_to_the_snippets(admin_client, partner):
    url = snippets_url(partner)
    assert url in admin_client.get(reverse("iitk_partners:index")).content.decode()
    edit = admin_client.get(reverse("iitk_partners:edit", args=[partner.pk]))
    assert url in edit.content.decode()


def test_people_without_partner_permissions_cannot_see_the_snippets(
    toolkit, make_user, client, partner
):
    client.force_login(make_user("editor", "Toolkit editors"))
    response = client.get(snippets_url(partner))
    assert response.status_code in (302, 403)


def test_a_theme_colour_too_light_for_the_embeds_is_explained(admin_client, db):
    partner = PartnerOrganisation.objects.create(name="Pale Trust", theme_colour="#ffff00")
    page = admin_client.get(snippets_url(partner)).content.decode()
    assert "too light for link text" in page
    assert "(its contrast is 1.1:1;" in page
