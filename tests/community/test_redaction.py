"""Patient-identifiable text flagged by screening reaches no draft that editors can open.

The draft made from a flagged contribution holds "[removed: …]" where screening found
an NHS number, a date of birth, a postcode, a phone number or an email address; the
original stays only in the submission, which reviewers alone see. The publish guard
still holds the draft back until a reviewer clears the flags."""

import json

import pytest
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision

from tests.factories import make_tool
from wagtail_iitk.community import screening
from wagtail_iitk.community.conversion import convert
from wagtail_iitk.community.guard import flagged_contributions

from .contributions import received

pytestmark = pytest.mark.django_db

NHS_NUMBER = "943 476 5919"
BIRTH = "12/03/1954"
POSTCODE = "LS1 4AP"
PHONE = "07700 900123"
EMAIL = "jo.bloggs@example.org"
SECRETS = (NHS_NUMBER, BIRTH, POSTCODE, PHONE, EMAIL, "9434765919")
PATIENT = (
    f"Mrs B (NHS {NHS_NUMBER}, born {BIRTH}, of {POSTCODE}, tel {PHONE}, email {EMAIL}) waited."
)


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map", purpose="Shows each step.")


def stored_for_editors(page_id):
    """Everything about the page an editor can open: every revision, the page row, the
    page's log entries."""
    revisions = Revision.page_revisions.filter(object_id=str(page_id))
    texts = [json.dumps(r.content, ensure_ascii=False) for r in revisions]
    page = Page.objects.get(pk=page_id).specific
    texts.append(json.dumps({f.attname: str(getattr(page, f.attname)) for f in page._meta.fields}))
    texts += [
        json.dumps(entry.data, ensure_ascii=False) + entry.label
        for entry in PageLogEntry.objects.filter(page_id=page_id)
    ]
    return "\n".join(texts), revisions.count()


def assert_no_secrets(text):
    for secret in SECRETS:
        assert secret not in text, secret


def test_a_flagged_story_is_drafted_with_the_flagged_text_removed(tool):
    submission = received(
        "story",
        tool,
        title=f"Waits in {POSTCODE}",
        summary=PATIENT,
        aim=f"Call {PHONE} less.",
        tips=[PATIENT],
        outcomes=PATIENT,
    )
    submission.received_data["tool_usages"][0]["how_used"] = PATIENT
    submission.save()
    assert submission.is_flagged
    convert(submission.pk)
    submission.refresh_from_db()
    assert submission.status == "in_review"
    text, count = stored_for_editors(submission.page_id)
    assert count >= 1
    assert_no_secrets(text)
    for label in ("NHS number", "date of birth", "postcode", "phone number", "email address"):
        assert f"[removed: {label}]" in text
    # The original stays in the submission, for reviewers.
    assert submission.received_data["summary"] == PATIENT
    # The publish guard still holds the draft back.
    page = Page.objects.get(pk=submission.page_id)
    assert flagged_contributions(page) == [submission]
    # Log entries about the submission (reviewers' history) never copy the text either.
    for entry in ModelLogEntry.objects.all():
        assert_no_secrets(json.dumps(entry.data, ensure_ascii=False))


@pytest.mark.parametrize("kind", ["tip", "example", "reference"])
def test_a_flagged_change_to_a_tool_reaches_no_revision_of_it(tool, kind):
    fields = {"text": PATIENT, "setting": f"Clinic at {POSTCODE}"}
    if kind == "reference":
        fields = {"title": f"Notes on {NHS_NUMBER}", "publisher": PATIENT}
    submission = received(kind, tool, **fields)
    assert submission.is_flagged
    convert(submission.pk)
    submission.refresh_from_db()
    assert submission.status == "in_review", submission.status
    text, _count = stored_for_editors(tool.pk)
    assert_no_secrets(text)
    assert "[removed:" in text


def test_a_flagged_tool_suggestion_and_a_credited_name_are_redacted(tool):
    submission = received(
        "tool",
        title="Huddle board",
        description=PATIENT,
        how_to_use=f"1. Ring {PHONE}\n2. Email {EMAIL}",
    )
    convert(submission.pk)
    submission.refresh_from_db()
    text, _count = stored_for_editors(submission.page_id)
    assert_no_secrets(text)


def test_redact_replaces_each_flagged_span_and_keeps_the_rest():
    assert screening.redact(f"Call {PHONE} today") == "Call [removed: phone number] today"
    assert screening.redact("No patient data here.") == "No patient data here."
    assert (
        screening.redact(f"{EMAIL}, {POSTCODE}") == "[removed: email address], [removed: postcode]"
    )
