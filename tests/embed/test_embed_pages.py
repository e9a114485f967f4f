"""The iframe embeds: what they show, to whom, and how they are put together."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from wagtail_iitk.embed.partners import accent_colour
from wagtail_iitk.models import PartnerOrganisation, Perspective

from ..factories import make_framework, make_question, make_story, make_tool
from .helpers import Markup, inline_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(toolkit):
    design = Perspective.objects.get(slug="design")
    fishbone = make_tool(
        title="Fishbone diagram",
        slug="fishbone",
        purpose="Find the causes of a problem.",
        perspectives=[design],
    )
    hidden_tool = make_tool(title="Secret tool", slug="secret-tool", publish=False)
    framework = make_framework(
        title="Model for Improvement",
        slug="model-for-improvement",
        abbreviation="MFI",
    )
    draft_framework = make_framework(title="Draft framework", slug="draft-fw", publish=False)
    story = make_story(
        title="Shorter waits",
        slug="shorter-waits",
        tools=[fishbone, hidden_tool],
        frameworks=[framework, draft_framework],
    )
    question = make_question(
        wording="What causes the delays?", perspective=design, tools=[fishbone, hidden_tool]
    )
    draft_question = make_question(wording="A question still in draft?", publish=False)
    return {
        "fishbone": fishbone,
        "hidden_tool": hidden_tool,
        "framework": framework,
        "story": story,
        "question": question,
        "draft_question": draft_question,
    }


def html_of(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/iitk/embed/tool/fishbone/", "Find the causes of a problem."),
        ("/iitk/embed/framework/model-for-improvement/", "Model for Improvement (MFI)"),
        ("/iitk/embed/story/shorter-waits/", "Shorter waits"),
        ("/iitk/embed/questions/", "What causes the delays?"),
    ],
)
def test_each_embed_renders_live_content_as_a_standalone_card_page(client, content, path, expected):
    html = html_of(client.get(path))
    markup = Markup(html)
    assert expected in html
    assert markup.find("html", lang="en-gb")
    assert markup.find("base", target="_top")
    assert markup.find("link", rel="stylesheet", href="/static/wagtail_iitk/widgets/iitk-card.css")
    [frame_script] = markup.find("script", src="/static/wagtail_iitk/widgets/iitk-frame.js")
    assert "defer" in frame_script
    assert len(markup.find("main")) == 1
    assert len(markup.find("h1")) == 1
    assert inline_code(html) == []


def test_a_tool_embed_is_a_card_linking_to_the_tool_page(client, content):
    markup = Markup(html_of(client.get("/iitk/embed/tool/fishbone/")))
    assert markup.find("article", **{"class": "iitk-card iitk-card--tool"})
    [link] = markup.find("a", **{"class": "iitk-card__link"})
    assert link["href"] == "http://testserver/toolkit/tools/fishbone/"
    assert "partner" not in link["href"]
    assert markup.find("h1", **{"class": "iitk-card__title"})
    assert markup.find("p", **{"class": "iitk-card__summary"})
    assert markup.find("ul", **{"class": "iitk-card__meta"})
    assert markup.find("li", **{"class": "iitk-tag"})


@pytest.mark.parametrize("kind", ["tool", "framework", "story"])
def test_an_unknown_slug_is_a_404(client, content, kind):
    assert client.get(f"/iitk/embed/{kind}/no-such-thing/").status_code == 404


def test_a_draft_item_is_a_404(client, content):
    assert client.get("/iitk/embed/tool/secret-tool/").status_code == 404
    assert client.get("/iitk/embed/framework/draft-fw/").status_code == 404


def test_an_item_unpublished_after_publishing_is_a_404(client, content):
    content["fishbone"].unpublish()
    assert client.get("/iitk/embed/tool/fishbone/").status_code == 404


def test_a_private_item_is_a_404(client, content):
    PageViewRestriction.objects.create(
        page=content["story"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert client.get("/iitk/embed/story/shorter-waits/").status_code == 404


def test_an_item_in_a_private_section_is_a_404(client, content):
    PageViewRestriction.objects.create(
        page=content["fishbone"].get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get("/iitk/embed/tool/fishbone/").status_code == 404


def test_an_expired_item_is_a_404(client, content):
    framework = content["framework"]
    type(framework).objects.filter(pk=framework.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert client.get("/iitk/embed/framework/model-for-improvement/").status_code == 404


def test_a_story_embed_leaves_out_hidden_tools_and_frameworks(client, content):
    html = html_of(client.get("/iitk/embed/story/shorter-waits/"))
    assert "Fishbone diagram" in html
    assert "Model for Improvement" in html
    assert "Secret tool" not in html
    assert "Draft framework" not in html


def test_the_questions_embed_shows_live_questions_and_visible_tools_only(client, content):
    html = html_of(client.get("/iitk/embed/questions/"))
    markup = Markup(html)
    assert "What causes the delays?" in html
    assert "A question still in draft?" not in html
    assert "Secret tool" not in html
    question = content["question"]
    assert markup.find("a", href=f"http://testserver/toolkit/questions/{question.slug}/")
    assert markup.find("a", href="http://testserver/toolkit/tools/fishbone/")
    assert markup.find("h2") and markup.find("h3")
    assert markup.find("article", **{"class": "iitk-card iitk-card--questions"})


def test_the_questions_embed_can_show_one_perspective(client, content):
    other = make_question(
        wording="Who is at risk?", perspective=Perspective.objects.get(slug="risk")
    )
    html = html_of(client.get("/iitk/embed/questions/?perspective=design"))
    assert "What causes the delays?" in html
    assert other.wording not in html
    both = html_of(client.get("/iitk/embed/questions/"))
    assert "What causes the delays?" in both and other.wording in both


def test_the_questions_embed_404s_for_an_unknown_perspective(client, content):
    assert client.get("/iitk/embed/questions/?perspective=nope").status_code == 404


def test_embeds_answer_only_get(client, content):
    assert client.post("/iitk/embed/tool/fishbone/").status_code == 405


# --- Partners: accent colour and attribution -----------------------------------------


@pytest.fixture
def partners(db):
    active = PartnerOrganisation.objects.create(
        name="Northtown NHS Trust", ods_code="RX1", theme_colour="#AA3300"
    )
    no_code = PartnerOrganisation.objects.create(name="A partner with no code")
    inactive = PartnerOrganisation.objects.create(
        name="Closed Trust", ods_code="RX9", theme_colour="#123456", active=False
    )
    return {"active": active, "no_code": no_code, "inactive": inactive}


def stylesheets(html):
    return [tag["href"] for tag in Markup(html).find("link", rel="stylesheet")]


def test_a_partner_key_sets_the_accent_stylesheet_and_attributes_the_embed(
    client, content, partners
):
    partner = partners["active"]
    response = client.get(f"/iitk/embed/tool/fishbone/?partner={partner.widget_key}")
    html = html_of(response)
    assert stylesheets(html) == [
        "/static/wagtail_iitk/widgets/iitk-card.css",
        "/iitk/embed/theme/aa3300.css",
    ]
    assert Markup(html).find("html", **{"data-partner": "RX1"})
    assert response.wsgi_request.iitk_partner == partner
    # The key stays out of the links the reader follows.
    assert partner.widget_key not in html


def test_a_partner_without_an_ods_code_is_attributed_by_id(client, content, partners):
    partner = partners["no_code"]
    html = html_of(client.get(f"/iitk/embed/questions/?partner={partner.widget_key}"))
    assert Markup(html).find("html", **{"data-partner": str(partner.pk)})
    assert "/iitk/embed/theme/005eb8.css" in stylesheets(html)


@pytest.mark.parametrize("key", ["", "not-a-key", "x" * 500, "inactive"])
def test_an_unknown_or_inactive_key_still_shows_the_content_unattributed(
    client, content, partners, key
):
    if key == "inactive":
        key = partners["inactive"].widget_key
    response = client.get("/iitk/embed/tool/fishbone/", {"partner": key})
    html = html_of(response)
    assert "Fishbone diagram" in html
    assert stylesheets(html) == ["/static/wagtail_iitk/widgets/iitk-card.css"]
    assert "data-partner" not in html
    assert response.wsgi_request.iitk_partner is None


def test_a_theme_colour_too_light_for_link_text_is_not_used_but_still_attributed(client, content):
    pale = PartnerOrganisation.objects.create(
        name="Pale Trust", ods_code="RX2", theme_colour="#ffdd00"
    )
    html = html_of(client.get(f"/iitk/embed/tool/fishbone/?partner={pale.widget_key}"))
    assert stylesheets(html) == ["/static/wagtail_iitk/widgets/iitk-card.css"]
    assert Markup(html).find("html", **{"data-partner": "RX2"})


@pytest.mark.parametrize(
    ("colour", "usable"),
    [
        ("#005eb8", True),
        ("#aa3300", True),
        ("#767676", True),
        ("#777777", False),
        ("#ffffff", False),
    ],
)
def test_an_accent_needs_aa_contrast_with_the_white_card(colour, usable):
    assert (accent_colour(PartnerOrganisation(theme_colour=colour)) is not None) is usable


def test_the_theme_stylesheet_sets_the_accent_and_may_be_cached_for_ever(client, db):
    response = client.get("/iitk/embed/theme/aa3300.css")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert response.content.decode().strip() == ":root{--iitk-accent:#aa3300}"
    assert "immutable" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("colour", ["AA3300", "aa330", "zzzzzz", "aa3300;x"])
def test_the_theme_stylesheet_takes_only_six_lower_case_hex_digits(client, db, colour):
    assert client.get(f"/iitk/embed/theme/{colour}.css").status_code == 404


def test_the_questions_embed_costs_the_same_queries_however_many_questions(client, content):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/iitk/embed/questions/").status_code == 200
        return len(captured)

    queries()  # warm the caches: site root paths, partner origins
    few = queries()
    design = Perspective.objects.get(slug="design")
    for _ in range(5):
        make_question(perspective=design, tools=[content["fishbone"], make_tool()])
    queries()  # the publishes moved the content version: warm its caches again
    assert queries() == few
