"""``calendar/``: the toolkit's events, upcoming by default, and one event in full.

The list reads the stored cards like every other list, narrowed to a time window judged
at read time: events that have not ended (soonest first) or, with ``past=1``, events
that have (latest first). ``from`` and ``to`` (dates, in the event time zone) narrow
either list to the events on those days. The content version moves whenever an event
ends, so a cached list never keeps a finished event among the upcoming ones.
"""

import datetime

import django_filters
from django.db.models import Q
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError

from ..cards.builders import builder_for
from ..cards.reading import ReadContext
from ..models import EventPage, Perspective
from ..models.events import EventFormat, event_zone
from .details import PageDetail, dates, finished, own_card, resolve_documents
from .filters import ChoicesFilter, SlugFilter, StrictFilterSet, visible_frameworks, visible_tools
from .richtext import RichTextResolver, references
from .views import PAGING_PARAMS, CardListView

TRUE = ("1", "true", "yes")
FALSE = ("", "0", "false", "no")


def day_start(day):
    """The first moment of a calendar day in the event time zone."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=event_zone())


class EventFilter(StrictFilterSet):
    perspective = SlugFilter(field_name="perspectives", queryset=Perspective.objects.all())
    tool = SlugFilter(field_name="tools", queryset=visible_tools)
    framework = SlugFilter(field_name="frameworks", queryset=visible_frameworks)
    format = ChoicesFilter(field_name="format", choices=EventFormat.choices)

    class Meta:
        model = EventPage
        fields = []


# ``from`` and ``to`` are Python keywords: added by name.
EventFilter.base_filters["from"] = django_filters.DateFilter(
    method="filter_from",
    label="from",
    input_formats=["%Y-%m-%d"],
    help_text="Events still running on or after this day (YYYY-MM-DD, Europe/London).",
)
EventFilter.base_filters["to"] = django_filters.DateFilter(
    method="filter_to",
    label="to",
    input_formats=["%Y-%m-%d"],
    help_text="Events starting on or before this day (YYYY-MM-DD, Europe/London).",
)


def _filter_from(self, queryset, name, value):
    """Events still running on or after the start of that day."""
    return queryset.filter(end__gt=day_start(value)) if value else queryset


def _filter_to(self, queryset, name, value):
    """Events that start before that day is over."""
    return queryset.filter(start__lt=day_start(value + datetime.timedelta(days=1)))


EventFilter.filter_from = _filter_from
EventFilter.filter_to = _filter_to


def wants_past(request):
    """``past=1`` (or true/yes); a 400 naming ``past`` for any other value but 0/false."""
    value = request.GET.get("past", "").strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ValidationError({"past": ["Use past=1 for events that have ended, or leave it out."]})


def time_window(past, now=None):
    """The events of the upcoming (or past) list, as a queryset of pages."""
    now = now or timezone.now()
    return EventPage.objects.filter(Q(end__lte=now) if past else Q(end__gt=now))


class CalendarListView(CardListView):
    """``calendar/``: the list of events, in calendar order."""

    #: No ``q``: search events with ``search/?type=calendar``.
    searchable = False
    openapi_parameters = (
        OpenApiParameter(
            "past",
            str,
            enum=["1", "0"],
            description="1: events that have ended, latest first. Left out (or 0): events "
            "that have not ended, soonest first.",
        ),
    )

    @property
    def allowed_params(self):
        return set(self.filterset_class.base_filters) | PAGING_PARAMS | {"ordering", "past"}

    def clauses(self, request):
        window = time_window(wants_past(request)).order_by().values("pk")
        return [window.query.sql_with_params()]

    def default_ordering(self, request):
        return ("-position",) if wants_past(request) else self.kind.default_ordering


class EventDetail(PageDetail):
    """An event in full: its card, the description, the tools and frameworks it covers
    as cards, the booking link when it is booked elsewhere, and its calendar file."""

    def build(self, event):
        _, document_ids, embedded_images = references([event.description])
        context = ReadContext(self.links)
        context_cards, related, images = finished(
            context,
            {
                "tools": ("tool", visible_tools().filter(events=event).order_by("title")),
                "frameworks": (
                    "framework",
                    visible_frameworks().filter(events=event).order_by("title"),
                ),
            },
            extra_sources=builder_for("event").sources([event.pk]),
            extra_image_ids=set(embedded_images),
        )
        documents = resolve_documents(self.links, document_ids)
        rich = RichTextResolver(self.links, [event.description], images, documents)
        data = own_card(
            event,
            related,
            images,
            context,
            summary=event.summary,
            **{name: getattr(event, name) for name in ROW_FIELDS},
        )
        page_url = data["url"]
        data.update(
            {
                "description": rich.render(event.description),
                "online_url": event.online_url or None,
                "booking_url": (event.booking_url or None)
                if event.registration == "external"
                else None,
                "register_url": f"{page_url}register/"
                if page_url and event.registers_here
                else None,
                "ics_url": f"{page_url}event.ics" if page_url else None,
                "tools": context_cards["tools"],
                "frameworks": context_cards["frameworks"],
                **dates(event),
            }
        )
        return data


#: The values the event's card builder reads besides the page's own.
ROW_FIELDS = (
    "format", "start", "end", "place", "online_url", "organiser", "audience",
    "registration",
)  # fmt: skip

__all__ = ["CalendarListView", "EventDetail", "EventFilter"]
