"""Events: workshops, online discussions, site visits and training, and who registered.

An event's start and end are stored in UTC and entered and shown in the toolkit's
event time zone (``EVENT_TIME_ZONE``, Europe/London by default), with the zone named.
An event is *upcoming* until it ends, then *past*; which it is is judged at read time,
and the content version moves when an event ends (``ContentKind.moments``), so no cached
list keeps a finished event among the upcoming ones.

Registration is per event: none, an external booking link, or registration handled by
the toolkit (``EventRegistration``: capacity with a waiting list; the services are in
``wagtail_iitk.events``, named here by dotted path).
"""

import datetime
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..conf import iitk_settings
from .kinds import ContentKind
from .mixins import IndexPageMixin, ToolkitPageMixin
from .visibility import visible_pages


def event_zone():
    """The time zone events are entered and shown in (``EVENT_TIME_ZONE``)."""
    return zoneinfo.ZoneInfo(iitk_settings.EVENT_TIME_ZONE)


class EventFormat(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    ONLINE_DISCUSSION = "online-discussion", _("Online discussion")
    SITE_VISIT = "site-visit", _("Site visit")
    TRAINING = "training", _("Training")


class RegistrationMode(models.TextChoices):
    NONE = "none", _("No registration: just come")
    EXTERNAL = "external", _("Book through an external link")
    TOOLKIT = "toolkit", _("Register through the toolkit")


class EventTimeField(forms.DateTimeField):
    """A date and time entered and shown in the event time zone, whatever the editor's
    own time zone: the admin form says which zone it is."""

    def prepare_value(self, value):
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            return timezone.localtime(value, event_zone()).replace(tzinfo=None)
        return value

    def to_python(self, value):
        with timezone.override(event_zone()):
            return super().to_python(value)


class EventPageForm(WagtailAdminPageForm):
    """Times in the event time zone; the end after the start; a link for the mode."""

    start = EventTimeField(label=_("starts"), widget=AdminDateTimeInput)
    end = EventTimeField(label=_("ends"), widget=AdminDateTimeInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = iitk_settings.EVENT_TIME_ZONE
        for name in ("start", "end"):
            self.fields[name].help_text = _("In %(zone)s time.") % {"zone": zone}

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The event must end after it starts."))
        mode = cleaned.get("registration")
        if mode == RegistrationMode.EXTERNAL and not cleaned.get("booking_url"):
            self.add_error("booking_url", _("Give the link where people book."))
        if not cleaned.get("online_url") and not cleaned.get("place"):
            self.add_error("place", _("Give a place, or an online link, or both."))
        return cleaned


# IndexPageMixin (through ToolkitPageMixin) first: its serve() denies framing around
# the routes too.
class EventIndexPage(IndexPageMixin, RoutablePageMixin, Page):
    """Lists the toolkit's events: the upcoming ones, soonest first, then past ones.

    ``calendar.ics`` below it is an iCalendar feed of the upcoming events.
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + ["intro"]
    parent_page_types = ["wagtail_iitk.ToolkitHomePage"]
    max_count_per_parent = 1
    subpage_types = ["wagtail_iitk.EventPage"]
    template = "wagtail_iitk/events/event_index_page.html"

    listing_model = property(lambda self: EventPage)
    listing_related = ()
    listing_filter_groups = ()  # events are not filtered on the page (calendar/ filters)

    class Meta:
        verbose_name = _("event index page")

    def get_listing_queryset(self, request):
        """The past events (paged on the page); the upcoming ones are ``upcoming()``."""
        self.active_filters, self.filter_errors = {}, {}
        return self.past().select_related("write_up").order_by("-start", "pk")

    def visible_events(self):
        return visible_pages(EventPage.objects.child_of(self))

    def upcoming(self, now=None):
        return self.visible_events().filter(end__gt=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.visible_events().filter(end__lte=now or timezone.now())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming"] = self.upcoming()
        context["event_zone"] = iitk_settings.EVENT_TIME_ZONE
        past = list(context["items"])
        from .stories import StoryPage

        shown = set(
            visible_pages(
                StoryPage.objects.filter(pk__in=[e.write_up_id for e in past if e.write_up_id])
            ).values_list("pk", flat=True)
        )
        for event in past:
            event.visible_write_up = event.write_up if event.write_up_id in shown else None
        return context

    # ``<index>/calendar.ics`` reaches this route through ``events.views.serve_ics``:
    # Wagtail's page URLs end in "/" and have no "." in a segment.
    @path("calendar.ics/", name="calendar")
    def calendar_view(self, request):
        """The upcoming public events as an iCalendar feed."""
        return import_string("wagtail_iitk.events.views.calendar_feed")(self, request)


class EventPage(ToolkitPageMixin, RoutablePageMixin, Page):
    """One event: when and where, who runs it and for whom, what it covers, and how to
    take part."""

    summary = models.TextField(_("summary"), max_length=600)
    format = models.CharField(
        _("format"), max_length=20, choices=EventFormat.choices, default=EventFormat.WORKSHOP
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    place = models.CharField(
        _("place"), max_length=255, blank=True, help_text=_("Venue and address, if in person.")
    )
    online_url = models.URLField(_("online link"), blank=True)
    organiser = models.CharField(_("organiser"), max_length=255)
    audience = models.CharField(
        _("audience"), max_length=255, blank=True, help_text=_("Who the event is for.")
    )
    description = RichTextField(
        _("description"), blank=True, features=["h3", "bold", "italic", "ol", "ul", "link"]
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("For registration through the toolkit; empty for no limit."),
    )
    registration = models.CharField(
        _("registration"),
        max_length=10,
        choices=RegistrationMode.choices,
        default=RegistrationMode.TOOLKIT,
    )
    booking_url = models.URLField(_("booking link"), blank=True)
    tools = ParentalManyToManyField(
        "wagtail_iitk.ToolPage", blank=True, related_name="events", verbose_name=_("tools")
    )
    frameworks = ParentalManyToManyField(
        "wagtail_iitk.FrameworkPage",
        blank=True,
        related_name="events",
        verbose_name=_("frameworks"),
    )
    perspectives = ParentalManyToManyField(
        "wagtail_iitk.Perspective",
        blank=True,
        related_name="events",
        verbose_name=_("perspectives"),
    )
    write_up = models.ForeignKey(
        "wagtail_iitk.StoryPage",
        verbose_name=_("write-up"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("After the event: the story that tells how it went."),
    )

    parent_page_types = ["wagtail_iitk.EventIndexPage"]
    subpage_types = []
    template = "wagtail_iitk/events/event_page.html"
    base_form_class = EventPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("format"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel([FieldPanel("place"), FieldPanel("online_url")], heading=_("Where")),
        FieldRowPanel([FieldPanel("organiser"), FieldPanel("audience")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("registration"), FieldPanel("booking_url"), FieldPanel("capacity")],
            heading=_("Registration"),
        ),
        FieldPanel("perspectives", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tools"),
        FieldPanel("frameworks", widget=forms.CheckboxSelectMultiple),
        FieldPanel("write_up"),
    ]

    iitk_kind = ContentKind(
        name="event",
        # The API's resource is ``calendar/`` (``events/`` counts engagement).
        plural="calendar",
        label=_("Event"),
        label_plural=_("Events"),
        card_builder="wagtail_iitk.cards.events.EventCards",
        detail_builder="wagtail_iitk.api.calendar.EventDetail",
        filterset="wagtail_iitk.api.calendar.EventFilter",
        card_serializer="wagtail_iitk.api.serializers.EventCardSerializer",
        detail_serializer="wagtail_iitk.api.serializers.EventDetailSerializer",
        list_view="wagtail_iitk.api.calendar.CalendarListView",
        # The cards' ``position`` holds the start (UTC, ISO 8601): calendar order.
        ordering={"start": "position", "title": "sort_title"},
        default_ordering=("position",),
        position=50,
        feedback=(),
        moments=("end",),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("organiser"),
        index.SearchField("audience"),
        index.FilterField("format"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="wagtail_iitk_event_ends_after_start"
            )
        ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})

    @property
    def is_past(self):
        return self.end <= timezone.now()

    @property
    def registers_here(self):
        """Whether people register through the toolkit (and it is not over yet)."""
        return self.registration == RegistrationMode.TOOLKIT and not self.is_past

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["event_zone"] = iitk_settings.EVENT_TIME_ZONE
        context["covered_tools"] = visible_pages(self.tools.all()).order_by("title")
        context["covered_frameworks"] = visible_pages(self.frameworks.all()).order_by("title")
        write_up = self.write_up
        visible = write_up and visible_pages(type(write_up).objects.filter(pk=write_up.pk))
        context["write_up"] = write_up if visible and visible.exists() else None
        return context

    # Registration and the calendar file (views in ``events.views``) --------------------
    views = "wagtail_iitk.events.views"

    @path("event.ics/", name="ics")
    def ics_view(self, request):
        """This event as an iCalendar file."""
        return import_string(f"{self.views}.event_file")(self, request)

    @path("register/", name="register")
    def register_view(self, request):
        """Register for this event (when the toolkit handles registration)."""
        return import_string(f"{self.views}.register_view")(self, request)

    # The signed token is a query parameter: Wagtail's page URLs allow only letters,
    # digits, "-" and "_" in a path segment, and a signature has ":" in it.
    @path("cancel/", name="cancel")
    def cancel_view(self, request):
        """Cancel a registration through the signed link in its confirmation email
        (``cancel/?token=...``)."""
        return import_string(f"{self.views}.cancel_view")(self, request)


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class EventRegistration(models.Model):
    """One person's place (or place on the waiting list) at an event.

    Name, email and organisation are personal data: they are erased once the event is
    ``EVENT_RETENTION_DAYS`` days over (``erased_at``); the row stays, for the counts.
    """

    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("email"), max_length=254, blank=True)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RegistrationStatus.choices, db_index=True
    )
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    #: When a place came free for someone on the waiting list.
    promoted_at = models.DateTimeField(_("given a place"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("event registration")
        ordering = ["created_at", "pk"]
        constraints = [
            # One live registration per address and event: a second one is refused.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled") & ~Q(email=""),
                name="wagtail_iitk_one_registration_per_email",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"], name="iitk_reg_queue")]

    def __str__(self):
        return f"{self.event_id}: {self.get_status_display()}"
