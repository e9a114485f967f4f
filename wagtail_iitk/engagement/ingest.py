"""Check a batch of interaction events and add it to the daily counts.

A batch becomes one ``INSERT ... ON CONFLICT ... DO UPDATE SET count = count + n``
statement: the counts are added in the database, so concurrent batches never lose an
increment, and the table holds one row per day, item, event, partner and origin, however
many events arrive. ``ON CONFLICT`` with an index predicate is SQLite (3.24+) and
PostgreSQL syntax alike; the predicate picks one of the model's two partial unique
constraints (with a partner, without one).
"""

import re
from collections import Counter

from django.db import connection
from django.utils import timezone

from ..cards.changes import content_changed
from ..conf import iitk_settings
from ..models import TOOLKIT_KIND, DailyEngagement, EngagementEventType, get_kind, get_kinds

EVENT_TYPES = tuple(EngagementEventType.values)


def item_kinds():
    """The kinds events may be about: every counted content kind, and the toolkit."""
    return (*(kind.name for kind in get_kinds() if kind.engagement), TOOLKIT_KIND)


def _by_id(kind_name):
    """Whether items of a kind are named by id (snippets) rather than by slug (pages)."""
    return kind_name != TOOLKIT_KIND and get_kind(kind_name).lookup == "pk"


BATCH_KEYS = frozenset({"partner", "events"})
EVENT_KEYS = frozenset({"type", "kind", "item"})
#: Slugs are at most 255 characters (Wagtail's slug field).
MAX_ITEM_LENGTH = 255
ITEM_ID = re.compile(r"[0-9]{1,9}")
#: A batch with many mistakes is told about this many, not all of them.
MAX_REPORTED_ERRORS = 10


class BatchInvalid(Exception):
    """The batch is not valid; ``fields`` maps each field ("events[3].type") to messages."""

    def __init__(self, fields):
        super().__init__(fields)
        self.fields = fields


def _choices(values):
    return ", ".join(values)


def _event_errors(index, event):
    """The mistakes in one event, as {field: [message]}; its cleaned (type, kind, item)."""
    where = f"events[{index}]"
    if not isinstance(event, dict):
        return {where: ["Each event is an object with type, kind and item."]}, None
    errors = {}
    for key in sorted(set(event) - EVENT_KEYS):
        errors[f"{where}.{key}"] = ["Unknown field: an event has only type, kind and item."]
    type_, kind, item = event.get("type"), event.get("kind"), event.get("item")
    if type_ not in EVENT_TYPES:  # also catches a missing type and non-strings
        errors[f"{where}.type"] = [f"Choose one of: {_choices(EVENT_TYPES)}."]
    kinds = item_kinds()
    if kind not in kinds:
        errors[f"{where}.kind"] = [f"Choose one of: {_choices(kinds)}."]
    if item is None:
        errors[f"{where}.item"] = ["This field is required."]
    elif not isinstance(item, str):
        errors[f"{where}.item"] = [
            'Send the item as a string: a slug, a question id such as "12", or "".'
        ]
    elif len(item) > MAX_ITEM_LENGTH:
        errors[f"{where}.item"] = [f"An item is at most {MAX_ITEM_LENGTH} characters."]
    elif kind in kinds and _by_id(kind) and not ITEM_ID.fullmatch(item):
        errors[f"{where}.item"] = [f'A {kind} is named by its id, e.g. "12".']
    elif kind == TOOLKIT_KIND and item:
        errors[f"{where}.item"] = ['Events about the toolkit as a whole have item "".']
    if errors:
        return errors, None
    if _by_id(kind):
        item = str(int(item))  # "012" and "12" are the same question
    return {}, (type_, kind, item)


def validate_batch(data):
    """Check a decoded batch: ``{"partner"?: key, "events": [{type, kind, item}, ...]}``.

    Returns ``(partner_key, events)`` with ``events`` a list of (type, kind, item)
    tuples; raises :class:`BatchInvalid` naming every field at fault (up to ten).
    Unknown fields are refused rather than ignored, so nothing a client adds (an
    identifier, a page path) can be mistaken for something that is stored.
    """
    if not isinstance(data, dict):
        raise BatchInvalid({"body": ['Send a JSON object: {"events": [...]}.']})
    errors = {}
    for key in sorted(set(data) - BATCH_KEYS):
        errors[key] = ["Unknown field: a batch has only partner and events."]
    partner = data.get("partner")
    if partner is not None and not isinstance(partner, str):
        errors["partner"] = ["Send the partner's widget key as a string."]
    events = data.get("events")
    limit = iitk_settings.EVENTS_MAX_BATCH
    if events is None:
        errors["events"] = ["This field is required."]
    elif not isinstance(events, list):
        errors["events"] = ["Send a list of events."]
    elif not events:
        errors["events"] = ["Send at least one event."]
    elif len(events) > limit:
        errors["events"] = [f"Send at most {limit} events at once."]
    cleaned = []
    if "events" not in errors:
        for index, event in enumerate(events):
            event_errors, event = _event_errors(index, event)
            errors.update(event_errors)
            cleaned.append(event)
    if errors:
        raise BatchInvalid(dict(list(errors.items())[:MAX_REPORTED_ERRORS]))
    return partner or None, cleaned


def resolve_items(events):
    """{(kind, item): item id} for the items of ``events`` the public may see.

    One query per kind of item, each starting from the public querysets (live, not
    private, not expired); anything else (unknown, draft, private) is left out. A slug
    used by two pages of one kind names the first in the page tree, as in the API.
    """
    wanted = {}
    for _type, kind, item in events:
        wanted.setdefault(kind, set()).add(item)
    found = {}
    for kind, items in wanted.items():
        if kind == TOOLKIT_KIND:
            found[(kind, "")] = 0
        elif _by_id(kind):
            public = get_kind(kind).public_queryset().filter(pk__in=[int(i) for i in items])
            found.update(((kind, str(pk)), pk) for pk in public.values_list("pk", flat=True))
        else:
            pages = get_kind(kind).public_queryset().filter(slug__in=items)
            for slug, pk in pages.order_by("path").values_list("slug", "pk"):
                found.setdefault((kind, slug), pk)
    return found


def add_counts(counts, *, partner_id=None, origin="", day=None):
    """Add ``{(kind, item_id, event): n}`` to the counts of ``day`` (today by default)
    in one statement. Returns the number of events added."""
    if not counts:
        return 0
    day = day or timezone.localdate()
    quote = connection.ops.quote_name
    table = quote(DailyEngagement._meta.db_table)
    names = ["day", "item_kind", "item_id", "event", "partner_id", "origin", "count"]
    columns = ", ".join(quote(name) for name in names)
    day_value = connection.ops.adapt_datefield_value(day)
    params = []
    # A fixed order, so two batches lock shared rows in the same order (no deadlocks).
    for (kind, item_id, event), n in sorted(counts.items()):
        params += [day_value, kind, item_id, event, partner_id, origin, n]
    rows = ", ".join(["(%s, %s, %s, %s, %s, %s, %s)"] * len(counts))
    key = ["day", "item_kind", "item_id", "event", "origin"]
    if partner_id is None:
        target = f"({', '.join(quote(n) for n in key)}) WHERE {quote('partner_id')} IS NULL"
    else:
        key.insert(4, "partner_id")
        target = f"({', '.join(quote(n) for n in key)}) WHERE {quote('partner_id')} IS NOT NULL"
    count = quote("count")
    sql = (
        f"INSERT INTO {table} ({columns}) VALUES {rows} ON CONFLICT {target} "
        f"DO UPDATE SET {count} = {table}.{count} + excluded.{count}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
    used = {
        item_id
        for (kind, item_id, event) in counts
        if kind == "tool" and event == EngagementEventType.USED
    }
    if used:
        # Tool cards show the count: the change path recounts them after the commit.
        content_changed(counts={"tool": used})
    return sum(counts.values())


def ingest(events, *, partner=None, origin="", day=None):
    """Count validated ``(type, kind, item)`` events; events about items the public
    cannot see are ignored. Returns how many events were counted.

    ``partner`` is a PartnerOrganisation (or None) and ``origin`` the embedding page's
    ``scheme://host[:port]``; nothing else about the request is kept.
    """
    ids = resolve_items(events)
    counts = Counter(
        (kind, ids[(kind, item)], type_) for type_, kind, item in events if (kind, item) in ids
    )
    return add_counts(
        counts, partner_id=partner.pk if partner else None, origin=origin or "", day=day
    )
