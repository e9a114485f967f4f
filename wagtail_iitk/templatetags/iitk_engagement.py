"""Template tags for engagement on the toolkit's pages: the view-counting script, the
feedback buttons and a tool's social proof.

``{% load iitk_engagement %}``, then ``{% engagement_script page "tool" %}``,
``{% engagement_feedback page "tool" %}`` and ``{% tool_social_proof page as proof %}``.
Nothing is rendered in previews, nor when ``WAGTAIL_IITK["ENGAGEMENT_ENABLED"]`` is
False, nor when the site did not include the URLs it needs.
"""

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from ..cards.counts import used_count
from ..conf import iitk_settings
from ..engagement.views import NOT_COUNTED, THANKS_PARAM, marks
from ..models import EngagementEventType, StoryPage, visible_pages

register = template.Library()

BUTTON_LABELS = {
    EngagementEventType.USED: _("I used this tool"),
    EngagementEventType.HELPFUL: _("This was helpful"),
}
THANKS = {
    EngagementEventType.USED: _("Thank you. We have added one to the people who used this tool."),
    EngagementEventType.HELPFUL: _("Thank you for telling us this page helped."),
    NOT_COUNTED: _(
        "Your browser asks websites not to track you, so we did not count that. "
        "Thank you all the same."
    ),
}


def _url(name):
    try:
        return reverse(name)
    except NoReverseMatch:
        return ""


def _active(context):
    request = context.get("request")
    return (
        request is not None
        and iitk_settings.ENGAGEMENT_ENABLED
        and not getattr(request, "is_preview", False)
    )


@register.inclusion_tag("wagtail_iitk/includes/engagement_script.html", takes_context=True)
def engagement_script(context, page, kind):
    """The deferred script that counts a view of ``page`` (and its template downloads)."""
    events_url = _url("wagtail_iitk_api:events") if _active(context) else ""
    return {"events_url": events_url, "kind": kind, "item": page.slug}


@register.inclusion_tag("wagtail_iitk/includes/engagement_feedback.html", takes_context=True)
def engagement_feedback(context, page, kind):
    """The "I used this tool" / "This was helpful" form, and the thanks after a press."""
    mark_url = _url("wagtail_iitk_engagement:mark") if _active(context) else ""
    thanks = context["request"].GET.get(THANKS_PARAM, "") if mark_url else ""
    return {
        "mark_url": mark_url,
        "kind": kind,
        "item": page.slug,
        "buttons": [(event, BUTTON_LABELS[event]) for event in marks().get(kind, ())],
        "thanks": THANKS.get(thanks, ""),
    }


@register.simple_tag
def tool_social_proof(page):
    """{"stories": published stories that used the tool, "used": its all-time "I used
    this tool" count}."""
    stories = visible_pages(StoryPage.objects.filter(tool_usages__tool_id=page.pk)).distinct()
    return {"stories": stories.count(), "used": used_count(page.pk) if page.pk else 0}
