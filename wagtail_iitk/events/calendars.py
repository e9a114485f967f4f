"""iCalendar (RFC 5545) files of events, made with the ``icalendar`` library.

Times are written in the event time zone (``DTSTART;TZID=Europe/London``) with the
matching VTIMEZONE, so calendar programs show the local time through clock changes.
An event's UID is its page id at the site's host: it never changes when the event is
edited, renamed or moved, so a calendar that subscribed updates the event in place
(``SEQUENCE`` and ``LAST-MODIFIED`` follow its last publish).
"""

import datetime
from urllib.parse import urlsplit

from icalendar import Calendar, Event

from ..conf import iitk_settings
from ..models.events import EventFormat, event_zone

PRODID = "-//wagtail-iitk//Improving Improvement Toolkit//EN"
#: An iCalendar file's media type, with its character set.
CONTENT_TYPE = "text/calendar; charset=utf-8"


def uid(event, host):
    """The event's stable identifier: its page id at the toolkit's host."""
    return f"event-{event.pk}@{host}"


def _host(url):
    return urlsplit(url).hostname or "wagtail-iitk.invalid"


def vevent(event, url):
    """One VEVENT for ``event``, whose page is at the absolute ``url``."""
    zone = event_zone()
    stamp = event.last_published_at or event.first_published_at or event.start
    item = Event()
    item.add("uid", uid(event, _host(url)))
    item.add("dtstamp", stamp.astimezone(datetime.UTC))
    item.add("last-modified", stamp.astimezone(datetime.UTC))
    # A whole number of seconds since 2000, so every publish raises it (RFC 5545's
    # SEQUENCE is a 32-bit integer: good for decades).
    item.add("sequence", max(0, int(stamp.timestamp()) - 946684800))
    item.add("dtstart", event.start.astimezone(zone))
    item.add("dtend", event.end.astimezone(zone))
    item.add("summary", event.title)
    lines = [event.summary, "", f"{event.organiser}"]
    if event.online_url:
        lines.append(event.online_url)
    lines.append(url)
    item.add("description", "\n".join(line for line in lines if line is not None))
    item.add("location", event.place or event.online_url or "Online")
    item.add("url", url)
    item.add("categories", [str(EventFormat(event.format).label)])
    item.add("status", "CONFIRMED")
    return item


def calendar(events, urls, name=None):
    """A VCALENDAR of ``events``; ``urls`` maps each event's pk to its page's URL."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name or iitk_settings.TOOLKIT_NAME)
    cal.add("x-wr-timezone", iitk_settings.EVENT_TIME_ZONE)
    first = None
    for event in events:
        cal.add_component(vevent(event, urls[event.pk]))
        first = min(first or event.start, event.start)
    if first is not None:
        # Only the rules the events need (from a year before the first one), not the
        # zone's whole history.
        start = first.astimezone(event_zone()).date() - datetime.timedelta(days=366)
        last = max(event.end for event in events).astimezone(event_zone()).date()
        cal.add_missing_timezones(first_date=start, last_date=last + datetime.timedelta(days=366))
    return cal.to_ical()
