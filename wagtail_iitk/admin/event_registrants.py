"""Editors export an event's registrants as CSV, from the event's page in the admin.

Only users who may edit the event get the file. Every cell that a spreadsheet would
read as a formula (starting ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is
prefixed with an apostrophe, so a registrant's name cannot run in an editor's
spreadsheet (CSV injection).
"""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import Button
from wagtail.log_actions import log

from ..models import EventPage
from ..models.events import event_zone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXPORTED = "wagtail_iitk.event.registrants_exported"
COLUMNS = (
    _("Name"),
    _("Email"),
    _("Organisation"),
    _("Status"),
    _("Registered"),
    _("Given a place from the waiting list"),
    _("Cancelled"),
)


def safe_cell(value):
    """A cell a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _when(moment):
    return timezone.localtime(moment, event_zone()).strftime("%Y-%m-%d %H:%M %Z") if moment else ""


def registrant_rows(event):
    """The CSV rows of an event's registrants (header first), in the order they came."""
    yield [str(column) for column in COLUMNS]
    for r in event.registrations.order_by("created_at", "pk"):
        yield [
            safe_cell(value)
            for value in (
                r.name,
                r.email,
                r.organisation,
                r.get_status_display(),
                _when(r.created_at),
                _when(r.promoted_at),
                _when(r.cancelled_at),
            )
        ]


def registrants_csv(request, page_id):
    """The CSV file of one event's registrants (for users who may edit the event)."""
    event = get_object_or_404(EventPage, pk=page_id)
    if not event.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="registrants-{slugify(event.slug)[:60]}.csv"'
    )
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")  # a byte-order mark: spreadsheets then read UTF-8 names right
    writer = csv.writer(response)
    writer.writerows(registrant_rows(event))
    log(event, EXPORTED, user=request.user)
    return response


def admin_urls():
    return [
        path(
            "iitk/events/<int:page_id>/registrants.csv",
            registrants_csv,
            name="wagtail_iitk_event_registrants",
        )
    ]


def header_buttons(page, user, view_name, next_url=None):
    """An "Export registrants" button on an event's header in the admin."""
    if isinstance(page.specific_deferred, EventPage) and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Export registrants (CSV)"),
            reverse("wagtail_iitk_event_registrants", args=[page.pk]),
            icon_name="download",
            priority=90,
        )


def register_log_action(actions):
    actions.register_action(EXPORTED, _("Export registrants"), _("Registrants exported as CSV"))
