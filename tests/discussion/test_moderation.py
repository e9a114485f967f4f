"""Reviewers moderate posts in the discussion queue: decisions lock the row, write the
audit log and tell a second reviewer who acted first; reports send posts back to the
queue and hide them after the configured number."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from wagtail_iitk.community.discussion import moderation
from wagtail_iitk.models import DiscussionPost, DiscussionReport, DiscussionStatus, Submission

from .helpers import URL, approve, committed, reviewer, stored

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>&lt;b&gt;Ward 7 notes"


def admin_client():
    client = Client()
    client.force_login(reviewer())
    return client


def test_queue_lists_pending_and_reported_posts_and_decisions_are_logged(tool):
    pending = stored(tool, text="Question one, still pending.")
    public = stored(tool, text="Question two, published.")
    approve(public)
    client = admin_client()
    queue = client.get(reverse("iitk_discussion:index") + "?queue=yes").content.decode()
    assert pending.submission.reference in queue
    assert public.submission.reference not in queue
    response = client.post(reverse("iitk_discussion:decide", args=[pending.pk, "approve"]))
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == DiscussionStatus.APPROVED
    assert Submission.objects.get(pk=pending.submission_id).status == "published"
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(pending.pk)).values_list("action", flat=True)
    )
    assert "wagtail_iitk.discussion.approve" in actions


def test_second_reviewer_is_told_and_nothing_changes(tool):
    post = stored(tool)
    approve(post)
    with pytest.raises(moderation.PostStateChanged, match="not approved"):
        moderation.decide(post.pk, reviewer(), "approve")
    committed(moderation.decide, post.pk, reviewer(), "hide")
    with pytest.raises(moderation.PostStateChanged):
        moderation.decide(post.pk, reviewer(), "hide")
    assert DiscussionPost.objects.get(pk=post.pk).status == DiscussionStatus.HIDDEN


def test_recommend_and_lock(client, tool):
    thread = stored(tool)
    approve(thread)
    reply = stored(tool, text="Map the handover first.", parent=thread.pk)
    approve(reply)
    committed(moderation.switch, reply.pk, reviewer(), "recommend")
    committed(moderation.switch, thread.pk, reviewer(), "lock")
    [data] = client.get(URL).json()["results"]
    assert data["locked"] is True
    assert data["replies"][0]["recommended"] is True
    page = client.get(tool.url).content.decode()
    assert "Recommended by the editors" in page
    assert "This thread is closed to new replies." in page
    with pytest.raises(moderation.ModerationError):
        moderation.switch(reply.pk, reviewer(), "lock")  # a reply is not a thread
    from .helpers import api_post, body

    refused = api_post(client, body(tool, parent=thread.pk))
    assert refused.status_code == 400
    assert refused.json()["error"]["fields"]["parent"] == [
        "This thread is locked: it takes no more replies."
    ]


def test_reports_send_a_post_back_to_the_queue_and_hide_it_after_the_limit(client, tool, settings):
    settings.WAGTAIL_IITK = {"DISCUSSION_HIDE_AFTER_REPORTS": 2, "SUBMISSION_THROTTLE_RATE": ""}
    post = stored(tool, text="A post people object to.")
    approve(post)
    url = reverse("wagtail_iitk_discussion:report", args=[post.pk])
    own = {"Origin": "http://testserver"}
    assert client.post(url, {"reason": "Off topic"}).status_code == 403
    assert client.post(url, {"reason": " "}, headers=own).status_code == 400
    assert client.post(url, {"reason": "Off topic"}, headers=own).status_code == 303
    post.refresh_from_db()
    assert (post.status, post.reports, post.reports_open) == ("approved", 1, True)
    assert "A post people object to." in client.get(URL).content.decode()
    assert client.post(url, {"reason": "Rude"}, headers=own).status_code == 303
    post.refresh_from_db()
    assert post.status == DiscussionStatus.HIDDEN
    assert "A post people object to." not in client.get(URL).content.decode()
    # A hidden post cannot be reported again (it is not public).
    assert client.post(url, {"reason": "Again"}, headers=own).status_code == 404
    assert DiscussionReport.objects.filter(post=post).count() == 2
    committed(moderation.decide, post.pk, reviewer(), "restore")
    post.refresh_from_db()
    assert (post.status, post.reports_open) == ("approved", False)


def test_reports_are_throttled(client, tool, settings):
    settings.WAGTAIL_IITK = {"DISCUSSION_REPORT_THROTTLE_RATE": "1/hour"}
    post = stored(tool)
    approve(post)
    url = reverse("wagtail_iitk_discussion:report", args=[post.pk])
    own = {"Origin": "http://testserver"}
    assert client.post(url, {"reason": "One"}, headers=own).status_code == 303
    second = client.post(url, {"reason": "Two"}, headers=own)
    assert second.status_code == 429
    assert "Retry-After" in second


def test_hostile_markup_is_inert_in_the_admin_queue(tool):
    post = stored(tool, text=HOSTILE)
    client = admin_client()
    for url in (
        reverse("iitk_discussion:index"),
        reverse("iitk_discussion:inspect", args=[post.pk]),
    ):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "onerror=alert(1)>" not in html


def test_reviewers_without_the_review_permission_are_refused(tool, django_user_model):
    post = stored(tool)
    outsider = django_user_model.objects.create_user("outsider", password="pw", is_staff=True)
    client = Client()
    client.force_login(outsider)
    response = client.post(reverse("iitk_discussion:decide", args=[post.pk, "approve"]))
    assert response.status_code in (302, 403)
    assert DiscussionPost.objects.get(pk=post.pk).status == DiscussionStatus.PENDING


def test_a_post_shows_in_the_submissions_inbox_too(tool):
    post = stored(tool, text="Seen in the inbox as well.")
    client = admin_client()
    index = client.get(reverse("iitk_submissions:index"))
    assert index.status_code == 200
    assert post.submission.reference in index.content.decode()
    inspect = client.get(reverse("iitk_submissions:inspect", args=[post.submission_id]))
    assert inspect.status_code == 200
    assert "Seen in the inbox as well." in inspect.content.decode()


def test_rejecting_or_spamming_in_the_inbox_hides_the_post(tool):
    from wagtail_iitk.community import moderation as inbox

    rejected = stored(tool, text="Rejected in the inbox.")
    spammed = stored(tool, text="Spammed in the inbox.")
    committed(inbox.reject, rejected.submission_id, reviewer(), "Off topic.")
    committed(inbox.mark_spam, spammed.submission_id, reviewer())
    assert DiscussionPost.objects.get(pk=rejected.pk).status == DiscussionStatus.HIDDEN
    assert DiscussionPost.objects.get(pk=spammed.pk).status == DiscussionStatus.SPAM
    # Restored from spam in the inbox, the post waits for a reviewer again.
    committed(inbox.restore, spammed.submission_id, reviewer())
    assert DiscussionPost.objects.get(pk=spammed.pk).status == DiscussionStatus.PENDING
    assert Submission.objects.get(pk=spammed.submission_id).status == "in_review"
