"""Template tags for events: the upcoming events that cover a tool or framework page."""

from django import template
from django.utils import timezone

from ..conf import iitk_settings
from ..models import EventPage, FrameworkPage, ToolPage
from ..models.visibility import visible_pages

register = template.Library()

#: The most events a tool or framework page lists.
LIMIT = 5


@register.simple_tag
def upcoming_events_for(page):
    """Public events that have not ended and cover ``page`` (a tool or framework),
    soonest first, at most ``LIMIT``."""
    field = {ToolPage: "tools", FrameworkPage: "frameworks"}.get(type(page))
    if field is None:
        return []
    events = visible_pages(EventPage.objects.filter(**{field: page}))
    return list(events.filter(end__gt=timezone.now()).order_by("start", "pk")[:LIMIT])


@register.simple_tag
def event_time_zone():
    return iitk_settings.EVENT_TIME_ZONE
