"""The response shapes of events (``calendar/``), field by field."""

from rest_framework import serializers as s

from .serializers import (
    CardSerializer,
    FrameworkCardSerializer,
    RichTextSerializer,
    ToolCardSerializer,
    names,
    slugs,
)


class EventLabelsSerializer(s.Serializer):
    format = s.CharField()
    registration = s.CharField()
    perspectives = names("Perspective names, matching ``perspectives``.")
    tools = names("Titles of the tools it covers, matching ``tools``.")
    frameworks = names("Titles of the frameworks it covers, matching ``frameworks``.")


class EventCardSerializer(CardSerializer):
    type = s.ChoiceField(choices=["event"], help_text="The kind of item.")
    format = s.ChoiceField(
        choices=["workshop", "online-discussion", "site-visit", "training"],
        help_text="What kind of event it is.",
    )
    start = s.DateTimeField(help_text="When it starts, in UTC (ISO 8601).")
    end = s.DateTimeField(help_text="When it ends, in UTC (ISO 8601).")
    time_zone = s.CharField(help_text="The time zone the toolkit shows its times in.")
    place = s.CharField(allow_blank=True, help_text="Venue and address; empty when online only.")
    online = s.BooleanField(help_text="Whether people can join online.")
    organiser = s.CharField()
    audience = s.CharField(allow_blank=True)
    registration = s.ChoiceField(
        choices=["none", "external", "toolkit"],
        help_text="none: just come; external: book through booking_url (in the detail); "
        "toolkit: register on the event's page.",
    )
    perspectives = slugs("Perspective slugs.")
    tools = slugs("Slugs of the published tools it covers.")
    frameworks = slugs("Slugs of the published frameworks it covers.")
    labels = EventLabelsSerializer()


class EventDetailSerializer(EventCardSerializer):
    description = RichTextSerializer()
    online_url = s.URLField(allow_null=True, help_text="Where to join online, if it is online.")
    booking_url = s.URLField(allow_null=True, help_text="Where to book, when booked elsewhere.")
    register_url = s.URLField(
        allow_null=True, help_text="The registration form, while the toolkit takes registrations."
    )
    ics_url = s.URLField(allow_null=True, help_text="The event as an iCalendar file.")
    tools = ToolCardSerializer(many=True)
    frameworks = FrameworkCardSerializer(many=True)
    published = s.DateTimeField(allow_null=True)
    updated = s.DateTimeField(allow_null=True)
