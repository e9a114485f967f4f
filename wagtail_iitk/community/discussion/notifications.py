"""Emails about discussion posts: "your post is published" and "your post has a reply".

Only for a contributor who gave an email address and has not unsubscribed; each email
at most once (the submission's ``contributor_notified_at`` for the first, the reply's
``reply_notice_sent_at`` for the second). Sent by django-tasks tasks, like the other
contributor emails, so a slow mail server never holds up a reviewer. Every email has a
one-click unsubscribe link: a signed token naming the post (no account), also offered
to mail programs in ``List-Unsubscribe`` (RFC 8058).

The address is read from the submission row at sending time and never copied: erasing
the submission's contact details (the contributions' retention policy) stops the emails.
"""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from wagtail.log_actions import log
from wagtail.models import Page

from ...conf import iitk_settings
from ...models import DiscussionPost, DiscussionStatus
from ..sanitising import plain_text

UNSUBSCRIBE_SALT = "wagtail_iitk.discussion.unsubscribe"
TEMPLATE_DIR = "wagtail_iitk/discussion/emails/"
NOTIFIED = "wagtail_iitk.discussion.notify"


def unsubscribe_token(post):
    """The signed token of a post's unsubscribe link."""
    return signing.dumps({"p": post.pk}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token):
    """The post id a token names, or None when it is forged or malformed."""
    try:
        return int(signing.loads(token, salt=UNSUBSCRIBE_SALT)["p"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def after_publication(post_id):
    """Queue the emails a newly published post causes (called after commit)."""
    post = DiscussionPost.objects.filter(pk=post_id).select_related("submission").first()
    if post is None or post.status != DiscussionStatus.APPROVED:
        return
    if post.submission.contributor_email and post.notify:
        send_post_email.enqueue(post.pk, "published")
    if post.parent_id and post.reply_notice_sent_at is None:
        send_post_email.enqueue(post.pk, "reply")


def _page_url(page):
    return page.full_url if page is not None and page.live else ""


def _site_root(page):
    site = page.get_site() if page is not None else None
    return site.root_url if site is not None else ""


def render_email(post, recipient_post, what):
    """(subject, text, HTML) telling ``recipient_post``'s contributor about ``post``."""
    page = Page.objects.filter(pk=post.page_id).first()
    token = unsubscribe_token(recipient_post)
    unsubscribe = _site_root(page) + reverse("wagtail_iitk_discussion:unsubscribe", args=[token])
    context = {
        "reference": recipient_post.submission.reference,
        "contributor_name": plain_text(recipient_post.submission.contributor_name, multiline=False),
        "page_title": plain_text(page.title if page else "", multiline=False),
        "url": _page_url(page) and f"{_page_url(page)}#iitk-post-{post.pk}",
        "body": post.body,
        "author_name": post.author_name,
        "unsubscribe_url": unsubscribe,
        "toolkit_name": iitk_settings.TOOLKIT_NAME,
    }
    base = f"{TEMPLATE_DIR}{what}"
    subject = " ".join(render_to_string(f"{base}_subject.txt", context).split())
    text = render_to_string(f"{base}.txt", context).strip() + "\n"
    return subject, text, render_to_string(f"{base}.html", context), unsubscribe


def _send(recipient_post, post, what):
    subject, text, html, unsubscribe = render_email(post, recipient_post, what)
    message = EmailMultiAlternatives(
        subject,
        text,
        getattr(settings, "DEFAULT_FROM_EMAIL", None),
        [recipient_post.submission.contributor_email],
        headers={
            "Auto-Submitted": "auto-generated",
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    message.send()


@task()
def send_post_email(post_id, what):
    """Email about post ``post_id``: "published" to its contributor, "reply" to the
    contributor of the thread it replies to. Returns True if an email was sent."""
    with transaction.atomic():
        post = (
            DiscussionPost.objects.select_for_update()
            .select_related("submission")
            .filter(pk=post_id)
            .first()
        )
        if post is None or post.status != DiscussionStatus.APPROVED:
            return False
        if what == "published":
            recipient = post
            if post.submission.contributor_notified_at is not None:
                return False
        else:
            if post.reply_notice_sent_at is not None or post.parent_id is None:
                return False
            recipient = DiscussionPost.objects.select_related("submission").get(pk=post.parent_id)
            # Nobody is told of their own reply.
            own = recipient.submission.contributor_email == post.submission.contributor_email
            post.reply_notice_sent_at = timezone.now()
            post.save(update_fields=["reply_notice_sent_at"])
            if own:
                return False
        if not recipient.notify or not recipient.submission.contributor_email:
            return False
        _send(recipient, post, what)
        if what == "published":
            recipient.submission.contributor_notified_at = timezone.now()
            recipient.submission.save(update_fields=["contributor_notified_at", "updated_at"])
        # The log names what was sent, never the address.
        log(recipient, NOTIFIED, data={"about": post.pk, "what": what})
    return True


def unsubscribe(post_id):
    """Stop the emails about a post; True if it was subscribed."""
    return bool(DiscussionPost.objects.filter(pk=post_id, notify=True).update(notify=False))
