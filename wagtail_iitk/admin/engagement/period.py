"""The period a report covers: the last 7, 30, 90 or 365 days, or two dates.

Both ends are inclusive. "The last 7 days" ends today (today's counts so far) and
starts six days before. Weeks start on Monday (ISO weeks), as the database's week
truncation does on SQLite and PostgreSQL alike.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

ROLLING_PERIODS = (7, 30, 90, 365)
DEFAULT_PERIOD = "30"
CUSTOM = "custom"
#: The longest period a report covers, in days: two years and a leap day.
MAX_PERIOD_DAYS = 731


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: datetime.date
    end: datetime.date

    @property
    def days(self):
        return (self.end - self.start).days + 1

    def weeks(self):
        """Every week the period touches, as (Monday, days of that week in the period)."""
        monday = self.start - datetime.timedelta(days=self.start.weekday())
        weeks = []
        while monday <= self.end:
            first = max(monday, self.start)
            last = min(monday + datetime.timedelta(days=6), self.end)
            weeks.append((monday, (last - first).days + 1))
            monday += datetime.timedelta(days=7)
        return weeks

    def __str__(self):
        return _("%(start)s to %(end)s") % {
            "start": date_format(self.start, "j F Y"),
            "end": date_format(self.end, "j F Y"),
        }


def date_input():
    """The browser's own date control: keyboard accessible, no script, ISO values."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PeriodForm(forms.Form):
    """Chooses a period. Dates, when given, win over the rolling choice."""

    period = forms.ChoiceField(
        label=_("Period"),
        required=False,
        choices=[
            *((str(days), _("Last %(days)s days") % {"days": days}) for days in ROLLING_PERIODS),
            (CUSTOM, _("Between the dates below")),
        ],
    )
    start = forms.DateField(label=_("From"), required=False, widget=date_input())
    end = forms.DateField(label=_("To"), required=False, widget=date_input())

    #: Shown under the fields.
    hint = _(
        "A period includes its first and last days. Dates, when given, are used instead "
        "of the rolling period."
    )

    #: The values a report uses when the request does not give them.
    defaults = {"period": DEFAULT_PERIOD}

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and (data.get("start") or data.get("end")):
            data = data.copy()  # show what is used: the dates, not a rolling period
            data["period"] = CUSTOM
        super().__init__(data, *args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if self.errors.get("start") or self.errors.get("end"):
            return cleaned
        if start or end or cleaned.get("period") == CUSTOM:
            cleaned["period"] = CUSTOM
            self.period = self._custom_period(start, end)
        else:
            days = int(cleaned.get("period") or DEFAULT_PERIOD)
            today = timezone.localdate()
            self.period = Period(today - datetime.timedelta(days=days - 1), today)
        return cleaned

    def _custom_period(self, start, end):
        if not start:
            self.add_error("start", _("Enter the first day of the period."))
        if not end:
            self.add_error("end", _("Enter the last day of the period."))
        if not (start and end):
            return None
        if end > timezone.localdate():
            self.add_error("end", _("The last day cannot be in the future."))
            return None
        if end < start:
            self.add_error("end", _("The last day must be on or after the first day."))
            return None
        period = Period(start, end)
        if period.days > MAX_PERIOD_DAYS:
            self.add_error(
                "start",
                _("A period can be at most %(max)s days long; this one is %(days)s.")
                % {"max": MAX_PERIOD_DAYS, "days": period.days},
            )
            return None
        return period
