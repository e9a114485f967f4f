"""The toolkit site's contribution forms: they render, they send through ``receive()`` as
channel "site", they show accessible errors, and a sent form redirects to a thank-you
page with the reference."""

import re
import time
from unittest import mock

import pytest
from django.core import signing
from django.db import OperationalError

from wagtail_iitk.community.forms import START_SALT, read_start_token, start_token
from wagtail_iitk.community.views import THANKS_SALT
from wagtail_iitk.models import StoryIndexPage, Submission

from ..factories import make_question, make_tool
from .intake_payloads import intake_settings  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("intake_settings")


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map")


@pytest.fixture
def question(toolkit):
    return make_question(wording="Where does the process stall?", slug="where-stall")


def url(toolkit, route, **kwargs):
    return toolkit.url + toolkit.reverse_subpage(route, kwargs=kwargs)


def thanks_sent(toolkit, location):
    """What a redirect to the thank-you page says in its signed ``sent`` parameter."""
    path, _, token = location.partition("?sent=")
    assert path == url(toolkit, "contribution_thanks")
    return signing.loads(token, salt=THANKS_SALT)


def shown_token(seconds_ago=60):
    """A start token as if the form had been shown ``seconds_ago``."""
    shown = {"k": "abcdefghijklmnop", "t": int((time.time() - seconds_ago) * 1000)}
    return signing.dumps(shown, salt=START_SALT)


def answers(**fields):
    base = {"consent_to_publish": "on", "no_patient_data": "on", "started": shown_token()}
    base.update(fields)
    return base


def story_answers(tool, question, **fields):
    return answers(
        title="Fewer missed doses",
        summary="A fictional ward cut missed doses from 14 to 4 a week.",
        care_sector="acute",
        usage_0_tool=tool.slug,
        usage_0_why_chosen="To see where the round stalled.",
        usage_0_how_used="We walked it and drew it.",
        usage_0_would_use_again="maybe",
        questions=[str(question.pk)],
        tips="Walk it first.\n\nAsk the night team.\n",
        name="Sam Okafor",
        credit="on",
        **fields,
    )


@pytest.mark.parametrize(
    ("route", "kwargs", "heading"),
    [
        ("share_story", {}, "Share your story"),
        ("contribute", {"kind": "tool"}, "Suggest a new tool"),
        ("contribute", {"kind": "reference"}, "Suggest a reference for a tool"),
        ("contribute", {"kind": "tip"}, "Suggest a tip or pitfall for a tool"),
        ("contribute", {"kind": "example"}, "Give an example of using a tool"),
    ],
)
def test_each_form_renders_with_a_csrf_token_a_honeypot_and_no_inline_code(
    client, toolkit, tool, question, route, kwargs, heading
):
    response = client.get(url(toolkit, route, **kwargs))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'class="iitk-honeypot" aria-hidden="true"' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html
    assert 'name="started"' in html
    assert "no-store" in response["Cache-Control"]
    assert "<script" not in html.replace('<script src="', "")  # no inline script
    assert "style=" not in html and "<style" not in html


def test_a_tool_named_in_the_address_is_chosen(client, toolkit, tool):
    other = make_tool(title="Fishbone", slug="fishbone")
    response = client.get(url(toolkit, "contribute", kind="tip") + "?tool=fishbone")
    html = response.content.decode()
    assert '<option value="fishbone" selected>Fishbone</option>' in html
    assert f'href="{other.url}"' in html
    assert client.get(toolkit.url + "contribute/poem/").status_code == 404


def test_a_sent_story_is_stored_as_the_api_would_and_thanks_the_contributor(
    client, toolkit, tool, question
):
    response = client.post(url(toolkit, "share_story"), story_answers(tool, question))
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert (submission.kind, submission.channel, submission.status) == ("story", "site", "received")
    assert submission.idempotency_key == "site-abcdefghijklmnop"
    data = submission.received_data
    assert data["tool_usages"] == [
        {
            "tool": "process-map",
            "why_chosen": "To see where the round stalled.",
            "how_used": "We walked it and drew it.",
            "would_use_again": "maybe",
        }
    ]
    assert data["questions"] == [question.pk]
    assert data["tips"] == ["Walk it first.", "Ask the night team."]
    assert data["contributor"] == {"name": "Sam Okafor", "credit": True}
    assert 59000 <= data["elapsed_ms"] < 120000
    assert "website" not in data and "pitfalls" not in data
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    html = thanks.content.decode()
    assert f'<strong class="iitk-reference">{submission.reference}</strong>' in html
    assert "no-store" in thanks["Cache-Control"]


def test_sending_the_same_form_twice_stores_one_submission(client, toolkit, tool, question):
    first = client.post(url(toolkit, "share_story"), story_answers(tool, question))
    # Sent again a second later: the signed ``sent`` tokens carry the second they were
    # made in, so the two URLs differ, and both thank the contributor for one submission.
    with mock.patch("time.time", return_value=time.time() + 1):
        again = client.post(url(toolkit, "share_story"), story_answers(tool, question))
    assert first["Location"] != again["Location"]
    thanked = [thanks_sent(toolkit, response["Location"]) for response in (first, again)]
    stored = Submission.objects.get()
    assert thanked == [{"reference": stored.reference, "kind": "story", "tool": ""}] * 2


def test_changed_words_sent_with_a_used_form_are_not_taken_for_a_repeat(
    client, toolkit, tool, question
):
    client.post(url(toolkit, "share_story"), story_answers(tool, question))
    response = client.post(url(toolkit, "share_story"), story_answers(tool, question, aim="More."))
    assert response.status_code == 200
    html = response.content.decode()
    assert "This form was sent already" in html
    assert Submission.objects.get().reference in html
    fresh = re.search(r'name="started" value="([^"]+)"', html)[1]
    assert read_start_token(fresh)[0] != "site-abcdefghijklmnop"


@pytest.mark.parametrize("kind", ["reference", "tip", "example"])
def test_a_change_to_a_tool_is_stored_against_the_tool(client, toolkit, tool, kind):
    fields = {
        "reference": {"title": "A guide to mapping", "year": "2019", "url": "example.org/guide"},
        "tip": {"advice": "tip", "text": "Walk it first."},
        "example": {"setting": "Clinic", "text": "We mapped bookings."},
    }[kind]
    response = client.post(
        url(toolkit, "contribute", kind=kind) + "?tool=process-map",
        answers(tool="process-map", **fields),
    )
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert (submission.kind, submission.tool) == (kind, tool)
    if kind == "reference":
        assert submission.received_data["year"] == 2019
        assert submission.received_data["url"] == "https://example.org/guide"
    thanks = client.get(response["Location"]).content.decode()
    assert f'href="{tool.url}">Back to Process map</a>' in thanks


def test_an_invalid_form_shows_an_error_summary_linked_to_each_field(client, toolkit, tool):
    response = client.post(
        url(toolkit, "contribute", kind="tip"),
        {"tool": "", "text": "x" * 501, "started": shown_token()},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Error: " in html
    assert 'role="alert"' in html and "autofocus" in html
    # One link per problem, in the order the fields appear on the page.
    assert re.findall(r'<li><a href="(#[^"]+)">', html) == [
        "#id_tool",
        "#id_advice_0",
        "#id_text",
        "#id_consent_to_publish",
        "#id_no_patient_data",
    ]
    assert 'id="id_text_error"' in html
    assert re.search(r'<textarea[^>]*aria-describedby="id_text_helptext id_text_error"', html)
    assert re.search(r'<textarea[^>]*aria-invalid="true"', html)
    assert re.search(r'<fieldset class="iitk-fieldset" aria-describedby="id_advice_error">', html)
    assert Submission.objects.count() == 0


def test_hostile_markup_sent_back_to_the_form_is_escaped(client, toolkit, tool):
    hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    response = client.post(
        url(toolkit, "contribute", kind="example"), {"tool": "process-map", "text": hostile}
    )
    html = response.content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_story_row_half_filled_in_is_an_error(client, toolkit, tool, question):
    answers_ = story_answers(tool, question, usage_1_how_used="On a wall.")
    response = client.post(url(toolkit, "share_story"), answers_)
    html = response.content.decode()
    assert (
        '<a href="#id_usage_1_tool">Tool 2, tool: fill this in for each tool you list.</a>' in html
    )
    assert '<a href="#id_usage_1_why_chosen">' in html
    assert Submission.objects.count() == 0


def test_a_form_sent_without_a_valid_start_token_is_stored_as_spam(client, toolkit, tool):
    for token in ("", "forged", start_token()):  # the last was shown just now
        text = f"Walk it first ({token[:5]})."
        response = client.post(
            url(toolkit, "contribute", kind="tip"),
            answers(tool="process-map", advice="tip", text=text, started=token),
        )
        assert response.status_code == 302
    assert list(Submission.objects.values_list("status", flat=True)) == ["spam"] * 3


def test_the_honeypot_filled_in_is_spam_but_the_sender_is_thanked(client, toolkit, tool):
    response = client.post(
        url(toolkit, "contribute", kind="tip"),
        answers(tool="process-map", advice="tip", text="Buy now.", website="https://x.example"),
    )
    assert response.status_code == 302
    assert Submission.objects.get().status == "spam"


def test_the_forms_are_csrf_protected(toolkit, tool):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        url(toolkit, "contribute", kind="tip"), answers(tool="process-map", text="Hi.")
    )
    assert response.status_code == 403
    assert Submission.objects.count() == 0


def test_too_many_forms_from_one_client_are_a_429(client, toolkit, tool, settings):
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": "1/hour"}
    link = url(toolkit, "contribute", kind="tip")
    # A form with mistakes does not use up the allowance.
    assert client.post(link, answers(tool="process-map", text="No advice.")).status_code == 200
    assert (
        client.post(link, answers(tool="process-map", advice="tip", text="One.")).status_code == 302
    )
    response = client.post(link, answers(tool="process-map", advice="tip", text="Two."))
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "several contributions in a short time" in html and "Two." in html
    assert Submission.objects.count() == 1


def test_a_database_fault_keeps_the_words_and_stores_nothing(client, toolkit, tool):
    with mock.patch.object(Submission, "save", side_effect=OperationalError("down")):
        response = client.post(
            url(toolkit, "contribute", kind="tip"),
            answers(tool="process-map", advice="tip", text="Keep my words."),
        )
    assert response.status_code == 503
    html = response.content.decode()
    assert "nothing was stored" in html and "Keep my words." in html
    assert Submission.objects.count() == 0


def test_a_thank_you_page_needs_a_signed_reference(client, toolkit):
    assert (
        client.get(url(toolkit, "contribution_thanks") + "?sent=IITK-AAAA-BBBB").status_code == 404
    )
    assert client.get(url(toolkit, "contribution_thanks")).status_code == 404


def test_the_toolkit_links_to_the_forms(client, toolkit, tool):
    home = client.get(toolkit.url).content.decode()
    assert f'href="{url(toolkit, "share_story")}"' in home
    stories = StoryIndexPage.objects.get()
    assert f'href="{url(toolkit, "share_story")}"' in client.get(stories.url).content.decode()
    page = client.get(tool.url).content.decode()
    for kind in ("reference", "tip", "example"):
        assert f'href="{url(toolkit, "contribute", kind=kind)}?tool=process-map"' in page
