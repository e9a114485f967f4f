"""The demo's discussion: ten threads on tools and stories, every moderation state,
stored through the intake and decided through moderation; loading twice adds nothing."""

import pytest
from django.test import TestCase

from example_site.demo.discussion import THREADS, load_discussion
from tests.factories import make_story, make_tool
from wagtail_iitk.models import DiscussionPost

pytestmark = pytest.mark.django_db


def test_ten_threads_in_every_state(client, toolkit, settings):
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": ""}
    for kind, slug in {about for _k, about, *_rest in THREADS}:
        (make_tool if kind == "tool" else make_story)(slug=slug, title=slug.replace("-", " "))
    with TestCase.captureOnCommitCallbacks(execute=True):
        added = load_discussion()
    posts = DiscussionPost.objects.all()
    assert added == posts.count() == 10 + sum(len(t[-1]) for t in THREADS)
    threads = posts.filter(parent__isnull=True)
    assert threads.count() == 10
    assert {p.kind for p in threads} == {"tool", "story"}
    assert {p.status for p in posts} == {"pending", "approved", "hidden", "spam"}
    assert posts.filter(reports_open=True, status="approved").exists()
    assert posts.filter(recommended=True).exists()
    assert threads.filter(locked=True).exists() and threads.filter(open_thread=True).exists()
    assert posts.exclude(submission__pii_flags=[]).filter(status="pending").exists()
    assert not posts.exclude(submission__contributor_email="").exists()
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert load_discussion() == 0
    listed = client.get("/api/iitk/v1/discussions/?limit=100").json()
    assert listed["count"] == threads.filter(status="approved").count() == 6
