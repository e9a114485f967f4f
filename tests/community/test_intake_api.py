"""POST submissions/: each kind stored exactly as received, and every bad input refused
with the right status and nothing stored."""

import re

import pytest

from wagtail_iitk.models import PartnerOrganisation, Submission

from ..factories import make_question, make_tool
from .intake_payloads import (
    example,
    intake_settings,  # noqa: F401 (a fixture)
    new_tool,
    post,
    queued_conversions,
    reference,
    story,
    tip,
)

pytestmark = pytest.mark.usefixtures("intake_settings")

REFERENCE = re.compile(r"^IITK-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")
EVIL = "https://evil.example"
PARTNER = "https://intranet.northvale.example.nhs.uk"


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map")


@pytest.fixture
def question(toolkit):
    return make_question(wording="Where does the process stall?", slug="where-stall")


def bodies(tool, question):
    return {
        "story": story(tool, question),
        "tool": new_tool(),
        "reference": reference(tool),
        "tip": tip(tool),
        "example": example(tool),
    }


def error_of(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()["error"]


# Happy paths ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["story", "tool", "reference", "tip", "example"])
def test_each_kind_is_stored_exactly_as_received_and_queued_for_conversion(
    client, tool, question, kind, django_capture_on_commit_callbacks
):
    body = bodies(tool, question)[kind]
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, body)
    assert response.status_code == 202, response.content
    assert response["Cache-Control"] == "no-store"
    data = response.json()
    assert set(data) == {"reference", "kind", "status"}
    assert REFERENCE.match(data["reference"])
    assert (data["kind"], data["status"]) == (kind, "received")
    submission = Submission.objects.get()
    assert submission.reference == data["reference"]
    assert submission.received_data == body
    assert (submission.kind, submission.status, submission.channel) == (kind, "received", "api")
    assert submission.tool == (tool if kind in ("reference", "tip", "example") else None)
    assert submission.consent_to_publish and submission.no_patient_data
    assert submission.pii_flags == [] and submission.spam_signals == []
    assert submission.idempotency_key == f"auto {submission.fingerprint}"
    assert queued_conversions() == [submission.pk]


def test_with_the_immediate_backend_a_story_becomes_a_draft_once_stored(
    client, tool, question, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = post(client, story(tool, question))
    assert response.status_code == 202
    assert len(callbacks) == 1  # conversion waits for the commit
    submission = Submission.objects.get()
    assert submission.status == "in_review"
    assert submission.page is not None and not submission.page.live


def test_the_contributor_is_recorded_and_optional(client, tool, question):
    assert post(client, story(tool, question)).status_code == 202
    credited = Submission.objects.get()
    assert (credited.contributor_name, credited.contributor_organisation) == (
        "Sam Okafor",
        "Westvale Community Health (fictional)",
    )
    assert credited.contributor_email == "sam.okafor@example.org"
    assert credited.contributor_role == "Improvement advisor"
    assert credited.credit_contributor is True
    body = tip(tool)
    assert "contributor" not in body
    assert post(client, body).status_code == 202
    anonymous = Submission.objects.get(kind="tip")
    assert (anonymous.contributor_name, anonymous.contributor_email) == ("", "")
    assert anonymous.credit_contributor is False


def test_a_browser_post_is_the_widget_channel_and_names_its_partner(client, tool):
    partner = PartnerOrganisation.objects.create(name="Northvale Trust", allowed_origins=PARTNER)
    response = post(client, tip(tool, partner=partner.widget_key), origin=PARTNER)
    assert response.status_code == 202
    assert response["Access-Control-Allow-Origin"] == PARTNER
    submission = Submission.objects.get()
    assert (submission.channel, submission.origin, submission.partner) == (
        "widget",
        PARTNER,
        partner,
    )


def test_an_unknown_partner_key_is_kept_in_the_body_but_attributes_nothing(client, tool):
    assert post(client, tip(tool, partner="no-such-key")).status_code == 202
    submission = Submission.objects.get()
    assert submission.partner is None
    assert submission.received_data["partner"] == "no-such-key"


def test_possible_patient_data_is_flagged_with_offsets_into_the_received_text(client, tool):
    body = story(tool)
    body["summary"] = "Mrs X, NHS number 943 476 5919, DOB 02/04/1948, lives at CB2 1PZ."
    body["tool_usages"][0]["how_used"] = "We phoned her on 07700 900123."
    assert post(client, body).status_code == 202
    submission = Submission.objects.get()
    assert submission.status == "received"
    flags = {(flag["field"], flag["kind"], flag["text"]) for flag in submission.pii_flags}
    assert flags == {
        ("summary", "nhs_number", "943 476 5919"),
        ("summary", "date_of_birth", "02/04/1948"),
        ("summary", "postcode", "CB2 1PZ"),
        ("tool_usages[0].how_used", "phone", "07700 900123"),
    }
    for flag in submission.pii_flags:
        field = flag["field"]
        text = body["summary"] if field == "summary" else body["tool_usages"][0]["how_used"]
        assert text[flag["start"] : flag["end"]] == flag["text"]


def test_a_tip_is_stored_in_an_exact_number_of_queries(client, tool, django_assert_num_queries):
    # Tool lookup; savepoint, insert, release.
    with django_assert_num_queries(4):
        assert post(client, tip(tool)).status_code == 202


# Spam: stored, answered like anything else, never converted ----------------------------------


@pytest.mark.parametrize(
    ("change", "signal"),
    [
        ({"website": "https://cheap-pills.example"}, "honeypot"),
        ({"elapsed_ms": 900}, "too_fast"),
        (
            {"text": " ".join(f"https://spam{n}.example/buy" for n in range(6))},
            "too_many_links",
        ),
    ],
    ids=["honeypot", "too-fast", "too-many-links"],
)
def test_spam_gets_a_202_and_a_reference_but_is_marked_and_never_queued(
    client, tool, change, signal, django_capture_on_commit_callbacks
):
    body = tip(tool, **change)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, body)
    assert response.status_code == 202
    assert response.json()["status"] == "received"
    submission = Submission.objects.get()
    assert submission.status == "spam"
    assert [s["signal"] for s in submission.spam_signals] == [signal]
    assert submission.received_data == body
    assert queued_conversions() == []


def test_as_many_links_as_allowed_and_a_human_pace_are_not_spam(client, tool):
    text = " ".join(f"https://example.org/{n}" for n in range(5))
    assert post(client, tip(tool, text=text, elapsed_ms=3000, website="")).status_code == 202
    assert Submission.objects.get().status == "received"


# Bad bodies: 400 naming the field, nothing stored --------------------------------------------

BAD_BODIES = {
    "missing-consent": (lambda t: _without(tip(t), "consent_to_publish"), ["consent_to_publish"]),
    "consent-false": (lambda t: tip(t, consent_to_publish=False), ["consent_to_publish"]),
    "consent-string": (lambda t: tip(t, consent_to_publish="true"), ["consent_to_publish"]),
    "no-pid-missing": (lambda t: _without(tip(t), "no_patient_data"), ["no_patient_data"]),
    "missing-title": (lambda t: _without(story(t), "title"), ["title"]),
    "blank-title": (lambda t: story(t, title="   "), ["title"]),
    "markup-only-title": (lambda t: story(t, title="<script>x</script>"), ["title"]),
    "overlong-summary": (lambda t: story(t, summary="x" * 601), ["summary"]),
    "overlong-tip": (lambda t: tip(t, text="x" * 501), ["text"]),
    "too-many-tips": (lambda t: story(t, tips=["Go."] * 11), ["tips"]),
    "title-number": (lambda t: story(t, title=5), ["title"]),
    "tips-string": (lambda t: story(t, tips="Walk it."), ["tips"]),
    "tip-item-number": (lambda t: story(t, tips=["ok", 3]), ["tips[1]"]),
    "usages-object": (lambda t: story(t, tool_usages={"tool": t.slug}), ["tool_usages"]),
    "usage-missing-why": (
        lambda t: story(t, tool_usages=[{"tool": t.slug, "how_used": "On a wall."}]),
        ["tool_usages[0].why_chosen"],
    ),
    "usage-bad-again": (
        lambda t: story(
            t,
            tool_usages=[
                {"tool": t.slug, "why_chosen": "a", "how_used": "b", "would_use_again": "often"}
            ],
        ),
        ["tool_usages[0].would_use_again"],
    ),
    "usage-unknown-tool": (
        lambda t: story(t, tool_usages=[{"tool": "nope", "why_chosen": "a", "how_used": "b"}]),
        ["tool_usages[0].tool"],
    ),
    "questions-strings": (lambda t: story(t, questions=["one"]), ["questions[0]"]),
    "unknown-question": (lambda t: story(t, questions=[999999]), ["questions[0]"]),
    "bad-care-sector": (lambda t: story(t, care_sector="space"), ["care_sector"]),
    "year-string": (lambda t: reference(t, year="2019"), ["year"]),
    "year-too-early": (lambda t: reference(t, year=1700), ["year"]),
    "year-bool": (lambda t: reference(t, year=True), ["year"]),
    "javascript-url": (lambda t: reference(t, url="javascript:alert(1)"), ["url"]),
    "data-url": (lambda t: new_tool(reference_url="data:text/html,<b>x</b>"), ["reference_url"]),
    "bad-advice": (lambda t: tip(t, advice="warning"), ["advice"]),
    "unknown-kind": (lambda t: tip(t, kind="poem"), ["kind"]),
    "missing-kind": (lambda t: _without(tip(t), "kind"), ["kind"]),
    "unknown-field": (lambda t: tip(t, colour="blue"), ["colour"]),
    "field-of-another-kind": (lambda t: tip(t, summary="A story's field."), ["summary"]),
    "unknown-tool": (lambda t: {**tip(t), "tool": "no-such-tool"}, ["tool"]),
    "missing-tool": (lambda t: _without(example(t), "tool"), ["tool"]),
    "contributor-string": (lambda t: tip(t, contributor="Sam"), ["contributor"]),
    "contributor-bad-email": (
        lambda t: tip(t, contributor={"email": "not an email"}),
        ["contributor.email"],
    ),
    "contributor-unknown-field": (
        lambda t: tip(t, contributor={"phone": "01234"}),
        ["contributor.phone"],
    ),
    "contributor-credit-string": (
        lambda t: tip(t, contributor={"credit": "yes"}),
        ["contributor.credit"],
    ),
    "elapsed-string": (lambda t: tip(t, elapsed_ms="fast"), ["elapsed_ms"]),
    "overlong-purpose": (lambda t: new_tool(purpose="x" * 201), ["purpose"]),
}


def _without(body, name):
    body.pop(name)
    return body


@pytest.mark.parametrize("case", list(BAD_BODIES))
def test_a_bad_body_is_a_400_naming_the_field_and_stores_nothing(client, tool, case):
    build, fields = BAD_BODIES[case]
    error = error_of(post(client, build(tool)), 400)
    assert error["code"] == "invalid"
    assert sorted(error["fields"]) == sorted(fields)
    assert all(isinstance(m, str) and m for ms in error["fields"].values() for m in ms)
    assert Submission.objects.count() == 0


def test_every_problem_is_reported_at_once(client, tool):
    body = story(tool, title="", summary="x" * 601, consent_to_publish=False, tips=[1])
    error = error_of(post(client, body), 400)
    assert sorted(error["fields"]) == ["consent_to_publish", "summary", "tips[0]", "title"]
    assert error["fields"]["title"] == ["This field is required."]
    assert error["fields"]["summary"] == ["Must be at most 600 characters (it has 601)."]


def test_a_tool_that_is_not_published_is_unknown(client, toolkit):
    draft = make_tool(publish=False, slug="draft-tool")
    error = error_of(post(client, tip(draft)), 400)
    assert error["fields"] == {"tool": ["No published tool has this slug."]}


@pytest.mark.parametrize("raw", [b"[]", b'"a story"', b"42", b"null", b"true"])
def test_json_that_is_not_an_object_is_a_400(client, toolkit, raw):
    error = error_of(post(client, None, raw=raw), 400)
    assert error["fields"] == {"body": ["Must be a JSON object."]}


@pytest.mark.parametrize(
    "raw",
    [b"{", b"{'kind': 'tip'}", b" ", b"\xff\xfe{}", b"[" * 50000, b'{"year": NaN}'],
    ids=["unclosed", "single-quotes", "blank", "not-utf-8", "nested-too-deep", "nan"],
)
def test_malformed_json_is_a_400(client, toolkit, raw):
    error = error_of(post(client, None, raw=raw), 400)
    assert error["fields"] == {"body": ["The body is not valid JSON."]}
    assert Submission.objects.count() == 0


@pytest.mark.parametrize(
    ("escaped", "field"),
    [
        ('"text": "a\\u0000b"', "text"),
        ('"text": "half a \\ud83d character"', "text"),
        ('"contributor": {"name": "Sam\\u0000"}', "contributor.name"),
        ('"partner": "key\\u0000"', "partner"),
        ('"website": "\\udfff"', "website"),
    ],
    ids=["nul", "lone-surrogate", "nested-nul", "partner-nul", "honeypot-surrogate"],
)
def test_text_that_cannot_be_stored_as_received_is_a_400(client, tool, escaped, field):
    raw = (
        '{"kind": "tip", "tool": "process-map", "advice": "tip", "text": "Walk it.", '
        '"consent_to_publish": true, "no_patient_data": true, ' + escaped + "}"
    )
    error = error_of(post(client, None, raw=raw.encode()), 400)
    assert list(error["fields"]) == [field]
    assert "cannot be stored" in error["fields"][field][0]
    assert Submission.objects.count() == 0


@pytest.mark.parametrize("key", ["short", "has a space in it", "naïve-key-1234", "x" * 256])
def test_a_malformed_idempotency_key_is_a_400(client, tool, key):
    error = error_of(post(client, tip(tool), key=key), 400)
    assert list(error["fields"]) == ["Idempotency-Key"]
    assert Submission.objects.count() == 0
