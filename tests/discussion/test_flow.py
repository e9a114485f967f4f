"""A post from the API and from the site's form reaches the queue, is public nowhere
until a reviewer approves it, then shows on the page, in the API, the embed and the feed."""

import re

import pytest
from django.core import mail

from wagtail_iitk.models import DiscussionPost, DiscussionStatus, Submission

from .helpers import URL, api_post, approve, body, committed, reviewer

pytestmark = pytest.mark.django_db

TEXT = "We tried this on a ward and it took two goes to agree the boundary."


def surfaces(client, page, kind="tool"):
    """The text of every public surface showing the page's discussion."""
    return {
        "page": client.get(page.url).content.decode(),
        "api": client.get(f"{URL}?{kind}={page.slug}").content.decode(),
        "all": client.get(URL).content.decode(),
        "embed": client.get(f"/iitk/embed/{kind}/{page.slug}/").content.decode(),
        "feed": client.get(f"/iitk/discussion/{kind}/{page.slug}/feed/").content.decode(),
    }


def test_api_post_waits_for_a_reviewer_then_shows_everywhere(client, tool, no_throttle):
    response = api_post(client, body(tool, text=TEXT), key="k-0000000001")
    assert response.status_code == 202
    reference = response.json()["reference"]
    post = DiscussionPost.objects.get(submission__reference=reference)
    assert post.status == DiscussionStatus.PENDING
    assert Submission.objects.get(reference=reference).status == "in_review"
    for name, text in surfaces(client, tool).items():
        assert TEXT not in text, name
    approve(post)
    for name, text in surfaces(client, tool).items():
        assert TEXT in text, name
    listed = client.get(f"{URL}?tool={tool.slug}").json()
    assert listed["count"] == 1
    [thread] = listed["results"]
    assert thread["author"] == "Dana Reyes"
    assert thread["about"] == {
        "kind": "tool",
        "slug": "process-map",
        "title": "Process map",
        "url": tool.get_full_url(),
    }
    assert "dana@example.org" not in str(listed)
    # The contributor is told, once, with a link to stop the emails.
    [message] = mail.outbox
    assert message.to == ["dana@example.org"]
    assert "unsubscribe" in message.extra_headers["List-Unsubscribe"]


def test_idempotency_key_repeat_stores_one_post(client, tool, no_throttle):
    first = api_post(client, body(tool), key="same-key-123")
    again = api_post(client, body(tool), key="same-key-123")
    assert again.status_code == 202
    assert again["Idempotent-Replayed"] == "true"
    assert again.json()["reference"] == first.json()["reference"]
    assert DiscussionPost.objects.count() == 1


def test_site_form_post_reaches_the_queue(client, tool, settings):
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": "", "SUBMISSION_MIN_SECONDS": 0}
    page = client.get(tool.url).content.decode()
    assert 'id="iitk-discussion-form"' in page
    started = re.search(r'name="started" value="([^"]+)"', page).group(1)
    form = {
        "body": TEXT,
        "name": "Dana",
        "show_name": "on",
        "consent_to_publish": "on",
        "no_patient_data": "on",
        "started": started,
    }
    url = f"/iitk/discussion/tool/{tool.slug}/post/"
    refused = client.post(url, form)
    assert refused.status_code == 403  # no Origin: not from the toolkit's own pages
    response = client.post(url, form, headers={"Origin": "http://testserver"})
    assert response.status_code == 303
    post = DiscussionPost.objects.get()
    assert post.status == DiscussionStatus.PENDING
    assert post.submission.channel == "site"
    thanks = client.get(response["Location"]).content.decode()
    assert post.submission.reference in thanks
    assert TEXT not in thanks


def test_reply_is_one_level_deep_and_the_thread_contributor_is_told(client, tool, no_throttle):
    thread = DiscussionPost.objects.get(
        submission__reference=api_post(client, body(tool)).json()["reference"]
    )
    approve(thread)
    reply_body = body(tool, text="Yes: map the handover first.", parent=thread.pk)
    reply_body["contributor"] = {"name": "Lee", "email": "lee@example.org", "credit": False}
    reply = DiscussionPost.objects.get(
        submission__reference=api_post(client, reply_body).json()["reference"]
    )
    mail.outbox.clear()
    approve(reply)
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["dana@example.org", "lee@example.org"]
    [thread_data] = client.get(URL).json()["results"]
    assert thread_data["replies"][0]["author"] is None  # no consent: no name
    deeper = api_post(client, body(tool, parent=reply.pk))
    assert deeper.status_code == 400
    assert "parent" in deeper.json()["error"]["fields"]


def test_unsubscribe_stops_reply_emails(client, tool, no_throttle):
    thread = DiscussionPost.objects.get(
        submission__reference=api_post(client, body(tool)).json()["reference"]
    )
    approve(thread)
    [published] = mail.outbox
    link = published.extra_headers["List-Unsubscribe"].strip("<>")
    path = link.split("testserver", 1)[-1] if "testserver" in link else link
    assert client.get(path).status_code == 200
    assert DiscussionPost.objects.get(pk=thread.pk).notify  # a GET changes nothing
    assert client.post(path).status_code == 200
    assert not DiscussionPost.objects.get(pk=thread.pk).notify
    mail.outbox.clear()
    reply = DiscussionPost.objects.get(
        submission__reference=api_post(
            client, body(tool, parent=thread.pk, contributor=None)
        ).json()["reference"]
    )
    approve(reply)
    assert mail.outbox == []
    assert client.get("/iitk/discussion/unsubscribe/forged/").status_code == 404


def test_post_moderation_for_replies_in_an_opened_thread(client, tool, settings):
    from wagtail_iitk.community.discussion import moderation

    settings.WAGTAIL_IITK = {
        "SUBMISSION_THROTTLE_RATE": "",
        "DISCUSSION_POST_MODERATE_OPEN_THREADS": True,
    }
    thread = DiscussionPost.objects.get(
        submission__reference=api_post(client, body(tool)).json()["reference"]
    )
    approve(thread)
    closed_reply = api_post(client, body(tool, text="Reply one.", parent=thread.pk))
    assert (
        DiscussionPost.objects.get(submission__reference=closed_reply.json()["reference"]).status
        == DiscussionStatus.PENDING
    )
    committed(moderation.switch, thread.pk, reviewer(), "open")
    open_reply = api_post(client, body(tool, text="Reply two.", parent=thread.pk))
    post = DiscussionPost.objects.get(submission__reference=open_reply.json()["reference"])
    assert post.status == DiscussionStatus.APPROVED
    assert "Reply two." in client.get(f"{URL}?tool={tool.slug}").content.decode()
    flagged = api_post(client, body(tool, text="Patient 943 476 5919 was fine.", parent=thread.pk))
    assert (
        DiscussionPost.objects.get(submission__reference=flagged.json()["reference"]).status
        == DiscussionStatus.PENDING
    )
