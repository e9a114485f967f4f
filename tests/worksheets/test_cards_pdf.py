"""Printable tool cards: cards.pdf on the toolkit home (filtered like the API's tools/
list) and card.pdf on a tool page, from public content only, cached per content version."""

import pytest
import segno
from wagtail.models import PageViewRestriction

from tests.factories import make_tool
from wagtail_iitk.models import Perspective, Stage, ToolIndexPage
from wagtail_iitk.printing import pdf as printing_pdf

from .pdf_text import pdf_reader, pdf_text

pytestmark = pytest.mark.django_db

TIPS = [
    {"type": "tip", "value": "Walk the process first."},
    {"type": "tip", "value": "Ask the people who do the work."},
    {"type": "tip", "value": "Write causes, not blame."},
    {"type": "tip", "value": "Fourthtipnotprinted on the card."},
]


@pytest.fixture
def risk(toolkit):
    return Perspective.objects.get(slug="risk")


def deck(client, toolkit, **params):
    return client.get(f"{toolkit.url}cards.pdf", params)


def test_the_risk_deck_has_one_card_per_public_risk_tool_and_nothing_hidden(toolkit, client, risk):
    public = [make_tool(title=f"Riskcard{n}", perspectives=[risk]) for n in range(5)]
    make_tool(title="Designonly card")
    make_tool(title="Draftrisk card", perspectives=[risk], publish=False)
    private_index = ToolIndexPage.objects.first()
    secret = make_tool(title="Privaterisk card", perspectives=[risk])
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    assert private_index is not None

    response = deck(client, toolkit, perspective="risk")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    for tool in public:
        assert text.count(tool.title) == 1, tool.title
    for hidden in ("Designonly", "Draftrisk", "Privaterisk"):
        assert hidden not in text
    assert len(pdf_reader(response.content).pages) == 2  # five cards, four to a sheet


def test_a_card_has_the_name_purpose_three_tips_effort_terms_and_a_qr_code(toolkit, client, risk):
    tool = make_tool(
        title="Fishbone diagram",
        purpose="Sorts the possible causes of a problem into groups.",
        when_to_use="<p>Use it when a team <b>disagrees</b> about causes.</p>",
        top_tips=TIPS,
        duration="half-day",
        participants_min=3,
        participants_max=8,
        perspectives=[risk],
        stages=[Stage.objects.order_by("sort_order").first()],
    )
    response = client.get(f"{tool.url}card.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = pdf_reader(response.content)
    assert len(reader.pages) == 1
    text = pdf_text(response.content)
    for expected in (
        "Fishbone diagram",
        "Sorts the possible causes of a problem into groups.",
        "Use it when a team disagrees about causes.",
        "Walk the process first.",
        "Write causes, not blame.",
        "Half a day",
        "3–8",
        "Risk",
        f"http://testserver{tool.url}",
    ):
        assert expected in text, expected
    assert "Fourthtipnotprinted" not in text
    # The QR code: one image, exactly the size of the tool URL's QR symbol.
    (image,) = reader.pages[0].images
    size = segno.make(f"http://testserver{tool.url}", error="m").symbol_size(
        scale=printing_pdf.QR_SCALE, border=0
    )
    assert image.image.size == size


def test_the_deck_answers_the_api_filters_and_refuses_unknown_ones(toolkit, client, risk):
    make_tool(title="Riskonly tool", perspectives=[risk])
    response = deck(client, toolkit, perspective="no-such-perspective")
    assert response.status_code == 400
    assert "perspective" in response.json()["error"]["fields"]
    response = deck(client, toolkit, colour="red")
    assert response.status_code == 400
    assert "colour" in response.json()["error"]["fields"]
    stage = Stage.objects.order_by("sort_order").first()
    response = deck(client, toolkit, perspective="risk", stage=stage.slug)
    assert response.status_code == 200
    assert "Riskonly" not in pdf_text(response.content)  # it has no stage


def test_no_card_for_a_draft_or_private_tool(toolkit, client):
    draft = make_tool(publish=False)
    assert (
        client.get(f"{ToolIndexPage.objects.first().url}{draft.slug}/card.pdf").status_code == 404
    )
    secret = make_tool()
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    assert client.get(f"{secret.url}card.pdf").status_code == 404
    # A page that is not a tool has no card, and the index has no deck.
    assert client.get(f"{ToolIndexPage.objects.first().url}card.pdf").status_code == 404
    assert client.get(f"{ToolIndexPage.objects.first().url}cards.pdf").status_code == 404


def test_a_deck_is_drawn_once_per_content_version(toolkit, client, risk, monkeypatch):
    tool = make_tool(title="Firstname tool", perspectives=[risk])
    drawn = []
    real = printing_pdf.render_pdf

    def counting(cards, **kwargs):
        drawn.append(len(cards))
        return real(cards, **kwargs)

    monkeypatch.setattr("wagtail_iitk.printing.views.render_pdf", counting)
    first = deck(client, toolkit, perspective="risk")
    again = deck(client, toolkit, perspective="risk")
    assert first.content == again.content and drawn == [1]
    assert deck(client, toolkit, perspective="risk", partner="x").content == first.content
    assert drawn == [1]  # partner attribution changes nothing

    conditional = client.get(
        f"{toolkit.url}cards.pdf", {"perspective": "risk"}, HTTP_IF_NONE_MATCH=first["ETag"]
    )
    assert conditional.status_code == 304 and drawn == [1]

    tool.title = "Renamed tool"
    tool.save_revision().publish()  # a publish moves the content version
    after = deck(client, toolkit, perspective="risk")
    assert drawn == [1, 1]
    assert "Renamed tool" in pdf_text(after.content)
    assert "Firstname" not in pdf_text(after.content)


def test_without_the_cards_extra_the_deck_is_a_503_that_says_why(toolkit, client, monkeypatch):
    def missing():
        raise printing_pdf.PrintingUnavailable("No module named 'weasyprint'")

    monkeypatch.setattr(printing_pdf, "_libraries", missing)
    response = deck(client, toolkit)
    assert response.status_code == 503
    assert "cards" in response.json()["error"]["message"]


def test_hostile_tool_text_is_inert_on_a_card(toolkit, client):
    tool = make_tool(
        title="Hostile <img src=http://example.org/x.png> tool",
        purpose="Has <script>alert(1)</script> in it.",
    )
    response = client.get(f"{tool.url}card.pdf")
    assert response.status_code == 200
    text = pdf_text(response.content)
    assert "<script>alert(1)</script>" in text  # shown as text, never run or fetched


def test_the_tool_index_and_tool_page_link_to_the_cards(toolkit, client, risk):
    tool = make_tool(perspectives=[risk])
    index = ToolIndexPage.objects.first()
    html = client.get(index.url, {"perspective": "risk"}).content.decode()
    assert f'href="{toolkit.url}cards.pdf?perspective=risk"' in html
    # Several filters carry over, each value as the API takes it (not a list's repr).
    html = client.get(index.url, {"perspective": "risk", "stage": "understand"}).content.decode()
    assert f'href="{toolkit.url}cards.pdf?perspective=risk&amp;stage=understand"' in html
    assert f'href="{tool.url}card.pdf"' in client.get(tool.url).content.decode()


def test_a_deck_being_drawn_is_not_drawn_twice_at_once(toolkit, client, risk, monkeypatch):
    make_tool(title="Riskcard tool", perspectives=[risk])
    real = printing_pdf.render_pdf
    during = []

    def drawing(cards, **kwargs):
        # Another request for the same deck arrives while this one is drawing it.
        during.append(deck(client, toolkit, perspective="risk"))
        return real(cards, **kwargs)

    monkeypatch.setattr("wagtail_iitk.printing.views.render_pdf", drawing)
    first = deck(client, toolkit, perspective="risk")
    assert first.status_code == 200
    (second,) = during
    assert second.status_code == 503 and second["Retry-After"] == "10"
    assert second.json()["error"]["code"] == "busy"
    # The lock is gone once the deck is drawn: the next request reads it from the cache.
    assert deck(client, toolkit, perspective="risk").content == first.content
