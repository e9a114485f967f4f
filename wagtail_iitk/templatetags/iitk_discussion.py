"""``{% discussion_section page %}``: the discussion on a tool, framework or story page.

Used through ``wagtail_iitk/includes/discussion.html``, so a page template adds the
discussion with one line. ``readonly`` (the embeds) shows the posts and a link to post on
the site, with no forms.
"""

from django import template
from django.urls import reverse

from ..community.discussion.schema import BODY_MAX_LENGTH
from ..community.discussion.threads import threads_for
from ..community.discussion.views import POSTED_PARAM, REPORTED_PARAM, read_posted_token
from ..community.forms import start_token
from ..models.kinds import kind_of

register = template.Library()


@register.inclusion_tag("wagtail_iitk/discussion/section.html", takes_context=True)
def discussion_section(context, page, readonly=False):
    """The approved threads of ``page`` and, unless ``readonly``, the forms."""
    kind = kind_of(page) if page is not None else None
    if kind is None or not kind.discussion:
        return {"enabled": False}
    request = context.get("request")
    threads, count = threads_for(page)
    query = request.GET if request is not None else {}
    args = [kind.name, page.slug]
    return {
        "enabled": True,
        "page": page,
        "threads": threads,
        "count": count,
        "readonly": readonly,
        "post_url": reverse("wagtail_iitk_discussion:post", args=args),
        "feed_url": reverse("wagtail_iitk_discussion:feed", args=args),
        "page_url": page.get_full_url(request) if readonly else "",
        "started": "" if readonly else start_token(),
        "posted": "" if readonly else read_posted_token(query.get(POSTED_PARAM)),
        "reported": "" if readonly else query.get(REPORTED_PARAM, ""),
        "body_max_length": BODY_MAX_LENGTH,
    }


@register.simple_tag
def discussion_report_url(post):
    return reverse("wagtail_iitk_discussion:report", args=[post.pk])
