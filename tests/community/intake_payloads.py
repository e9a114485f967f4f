"""Bodies for the intake tests: one valid body per kind, as a contributor would send it,
and the fixtures that post them."""

import json

import pytest
from django.core.cache import caches

API = "/api/iitk/v1/"
URL = API + "submissions/"

CONTRIBUTOR = {
    "name": "Sam Okafor",
    "role": "Improvement advisor",
    "organisation": "Westvale Community Health (fictional)",
    "email": "sam.okafor@example.org",
    "credit": True,
}


def story(tool, question=None, **overrides):
    body = {
        "kind": "story",
        "consent_to_publish": True,
        "no_patient_data": True,
        "contributor": dict(CONTRIBUTOR),
        "elapsed_ms": 95000,
        "title": "Fewer missed doses on a care of older people ward",
        "summary": "A fictional ward cut missed evening doses from 14 to 4 a week in "
        "three months by mapping the medicines round with the night team.",
        "organisation_type": "Acute trust",
        "care_sector": "acute",
        "trigger": "An audit found 14 missed evening doses a week.",
        "aim": "Halve missed evening doses within three months.",
        "tool_usages": [
            {
                "tool": tool.slug,
                "why_chosen": "We needed to see where the round stalled.",
                "how_used": "Two nurses walked the round and drew each step on a wall chart.",
                "would_use_again": "yes",
            }
        ],
        "questions": [question.pk] if question else [],
        "outcomes": "Missed doses fell to 4 a week and stayed there.",
        "tips": ["Walk the round yourself before you map it."],
        "pitfalls": ["Do not map the round you wish you had."],
    }
    body.update(overrides)
    return body


def new_tool(**overrides):
    body = {
        "kind": "tool",
        "consent_to_publish": True,
        "no_patient_data": True,
        "title": "Red-amber-green huddle board",
        "purpose": "Shows at a glance which jobs are on track before a shift starts.",
        "description": "A whiteboard with a row per job and a colour for its state.",
        "when_to_use": "When several teams share a job list.",
        "how_to_use": "Update the board together at the start of each shift.",
        "reference_url": "https://example.org/huddle-boards",
    }
    body.update(overrides)
    return body


def reference(tool, **overrides):
    body = {
        "kind": "reference",
        "consent_to_publish": True,
        "no_patient_data": True,
        "tool": tool.slug,
        "title": "Mapping care processes: a practical guide",
        "authors": "A. Author, B. Author",
        "year": 2019,
        "publisher": "Example Press",
        "url": "https://example.org/mapping-guide",
        "note": "Chapter 3 has a worked example from a clinic.",
    }
    body.update(overrides)
    return body


def tip(tool, **overrides):
    body = {
        "kind": "tip",
        "consent_to_publish": True,
        "no_patient_data": True,
        "tool": tool.slug,
        "advice": "pitfall",
        "text": "Do not let one person draw the whole map.",
    }
    body.update(overrides)
    return body


def example(tool, **overrides):
    body = {
        "kind": "example",
        "consent_to_publish": True,
        "no_patient_data": True,
        "tool": tool.slug,
        "setting": "Outpatient clinic, community trust",
        "text": "The clinic mapped its booking process and removed two hand-offs.",
    }
    body.update(overrides)
    return body


def post(client, body, *, key=None, origin=None, content_type="application/json", raw=None):
    """POST a body (JSON-encoded unless ``raw`` bytes are given) to submissions/."""
    headers = {}
    if key is not None:
        headers["Idempotency-Key"] = key
    if origin is not None:
        headers["Origin"] = origin
    data = raw if raw is not None else json.dumps(body)
    return client.generic("POST", URL, data, content_type=content_type, headers=headers)


@pytest.fixture
def intake_settings(settings):
    """No throttling, and conversion queued (not run) so a test sees the row as stored."""
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": ""}
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    caches["default"].clear()
    yield settings
    caches["default"].clear()


def queued_conversions():
    """Submission ids queued for conversion on the DummyBackend (this thread's)."""
    from django_tasks import task_backends

    from wagtail_iitk.community.tasks import convert_submission

    return [
        result.args[0]
        for result in task_backends["default"].results
        if result.task.module_path == convert_submission.module_path
    ]
