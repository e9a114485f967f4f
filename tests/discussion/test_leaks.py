"""The discussion's leak matrix: a post that is pending, hidden, hidden by reports or
spam (and a reply in a hidden thread, and a post on an unpublished page) is on no public
surface: the page, the API (filtered and not), the embed, the feed. Each case has a
published twin on the same page that must show, so every check could fail.
"""

import pytest
from django.test import TestCase
from wagtail.models import PageViewRestriction

from tests.factories import make_tool
from wagtail_iitk.community.discussion import moderation
from wagtail_iitk.models import DiscussionPost, DiscussionStatus

from .helpers import URL, approve, committed, reviewer, stored

pytestmark = pytest.mark.django_db

CASES = [
    "pending",
    "hidden",
    "reported",
    "spam",
    "reply-in-hidden-thread",
    "unpublished-page",
    "private-page",
]


def hidden_post(case, tool, story, settings):
    text = f"Secret words of case {case}."
    if case == "pending":
        return stored(tool, text=text), tool
    if case == "hidden":
        post = stored(tool, text=text)
        committed(moderation.decide, post.pk, reviewer(), "hide")
        return post, tool
    if case == "reported":
        settings.WAGTAIL_IITK = {"DISCUSSION_HIDE_AFTER_REPORTS": 1}
        post = stored(tool, text=text)
        approve(post)
        with TestCase.captureOnCommitCallbacks(execute=True):
            assert moderation.report(post.pk, "Not true")
        return post, tool
    if case == "spam":
        post = stored(tool, text=text, website="http://spam.example")  # the honeypot
        assert post.status == DiscussionStatus.SPAM
        return post, tool
    if case == "reply-in-hidden-thread":
        thread = stored(tool, text="A thread later hidden.")
        approve(thread)
        reply = stored(tool, text=text, parent=thread.pk)
        approve(reply)
        committed(moderation.decide, thread.pk, reviewer(), "hide")
        return reply, tool
    # A published post on a page that is then unpublished, or made private.
    page = make_tool(title="Soon withdrawn", slug="soon-withdrawn")
    post = stored(page, text=text)
    approve(post)
    with TestCase.captureOnCommitCallbacks(execute=True):
        if case == "private-page":
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
            )
        else:
            page.unpublish()
    page.live = False  # neither page is shown to the public
    return post, page


def surfaces(client, page, kind="tool"):
    return {
        "page": client.get(page.url).content.decode() if page.live else "",
        "api": client.get(f"{URL}?{kind}={page.slug}").content.decode(),
        "api-all": client.get(f"{URL}?limit=100").content.decode(),
        "embed": client.get(f"/iitk/embed/{kind}/{page.slug}/").content.decode(),
        "feed": client.get(f"/iitk/discussion/{kind}/{page.slug}/feed/").content.decode(),
    }


@pytest.mark.parametrize("case", CASES)
def test_hidden_posts_are_on_no_public_surface(client, tool, story, settings, case):
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": ""}
    twin = stored(tool, text="The published twin.")
    approve(twin)
    post, page = hidden_post(case, tool, story, settings)
    assert DiscussionPost.objects.filter(pk=post.pk).exists()
    seen = surfaces(client, tool)
    for name, text in seen.items():
        assert "The published twin." in text, name
        assert f"Secret words of case {case}." not in text, name
    if page.pk != tool.pk:
        assert client.get(f"{URL}?tool={page.slug}").status_code == 404
        assert client.get(f"/iitk/discussion/tool/{page.slug}/feed/").status_code == 404
        assert f"Secret words of case {case}." not in client.get(URL).content.decode()
    # Nor can it be replied to, or reported.
    from .helpers import api_post, body

    reply = api_post(client, body(page, parent=post.pk))
    assert reply.status_code in (400,)


def test_the_email_address_is_on_no_public_surface(client, tool):
    post = stored(tool, text="Public words.")
    approve(post)
    for name, text in surfaces(client, tool).items():
        assert "dana@example.org" not in text, name
        assert "Public words." in text, name
