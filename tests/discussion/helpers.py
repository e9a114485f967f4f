"""Bodies and actions for the discussion tests."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.test import TestCase

from wagtail_iitk.community.discussion import moderation
from wagtail_iitk.community.intake import receive
from wagtail_iitk.models import DiscussionPost

URL = "/api/iitk/v1/discussions/"


def body(page, kind="tool", text="Has anyone used this on a mental-health ward?", **overrides):
    data = {
        "about": {"kind": kind, "slug": page.slug},
        "body": text,
        "parent": None,
        "consent_to_publish": True,
        "no_patient_data": True,
        "contributor": {"name": "Dana Reyes", "email": "dana@example.org", "credit": True},
        "elapsed_ms": 40000,
    }
    data.update(overrides)
    return data


def api_post(client, data, key=None):
    headers = {"Idempotency-Key": key} if key else {}
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.generic(
            "POST", URL, json.dumps(data), content_type="application/json", headers=headers
        )


def stored(page, kind="tool", **overrides):
    """A post stored through the intake (as the API stores it); returns the post."""
    submission, _created = receive(body(page, kind, **overrides), channel="api", kind="discussion")
    return DiscussionPost.objects.get(submission=submission)


def reviewer():
    user, _ = get_user_model().objects.get_or_create(
        username="reviewer", defaults={"is_superuser": True, "is_staff": True}
    )
    user.set_password("pw")
    user.save()
    return user


def committed(action, *args):
    """Run ``action`` and then what it left for after the commit (emails, cache bumps)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return action(*args)


def approve(post):
    return committed(moderation.decide, post.pk, reviewer(), "approve")


@pytest.fixture
def no_throttle(settings):
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": "", "DISCUSSION_REPORT_THROTTLE_RATE": ""}
