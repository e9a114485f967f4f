"""The card of an event: when (UTC, with the zone it is shown in), in what format,
where, who runs it, how to take part, and the tools and frameworks it covers."""

import datetime

from django.db.models import CharField, IntegerField, Value

from ..conf import iitk_settings
from ..models import EventPage, FrameworkPage, ToolPage
from ..models.events import EventFormat, RegistrationMode
from ..models.visibility import visible_pages
from .builders import PageCards, choice_label, in_order

#: The kinds an event's card shows by slug, and the relation on the event.
COVERED = {"tool": ("tools", ToolPage), "framework": ("frameworks", FrameworkPage)}


def utc_iso(moment):
    """ISO 8601 in UTC with a ``Z``: what the API and the stored sort column hold."""
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


class EventCards(PageCards):
    @property
    def fields(self):
        return [
            *super().fields, "format", "start", "end", "place", "online_url", "organiser",
            "audience", "registration",
        ]  # fmt: skip

    def sources(self, ids):
        found = super().sources(ids)
        for name, (relation, model) in COVERED.items():
            through = EventPage._meta.get_field(relation).remote_field.through
            target = f"{model._meta.model_name}"
            found.append(
                through.objects.filter(
                    eventpage_id__in=ids,
                    **{f"{target}_id__in": visible_pages(model.objects.all()).values("pk")},
                ).values_list(
                    "eventpage_id",
                    Value(f"eventpage.{name}", output_field=CharField()),
                    f"{target}__slug",
                    Value(0, output_field=IntegerField()),
                    f"{target}__title",
                )
            )
        return found

    def card(self, row, related, images):
        card = super().card(row, related, images)
        card.update(
            {
                "format": row["format"],
                "start": utc_iso(row["start"]),
                "end": utc_iso(row["end"]),
                "time_zone": iitk_settings.EVENT_TIME_ZONE,
                "place": row["place"],
                "online": bool(row["online_url"]),
                "organiser": row["organiser"],
                "audience": row["audience"],
                "registration": row["registration"],
            }
        )
        for name in COVERED:
            found = related.get(f"eventpage.{name}", {}).get(row["id"], [])
            covered = sorted(found, key=lambda pair: (pair[1].lower(), pair[0]))
            card[f"{name}s"] = [slug for slug, _title in covered]
            card.setdefault("_titles", {})[f"{name}s"] = [title for _slug, title in covered]
        return card

    def sort_columns(self, cards):
        columns = super().sort_columns(cards)
        for card in cards:
            # The start as sortable text: the calendar's order (see the kind's ordering).
            columns[card["id"]]["position"] = card["start"] or ""
        return columns

    def showing(self, kind_name, ids):
        """Events show the slugs and titles of the tools and frameworks they cover."""
        if kind_name not in COVERED:
            return []
        relation, model = COVERED[kind_name]
        through = EventPage._meta.get_field(relation).remote_field.through
        source = f"{model._meta.model_name}_id"
        return through.objects.filter(**{f"{source}__in": ids}).values_list(source, "eventpage_id")

    def finish(self, card, context):
        titles = card.pop("_titles", {})
        card = super().finish(card, context)
        labels = card.setdefault("labels", {})
        labels["format"] = choice_label(EventFormat, card["format"])
        labels["registration"] = choice_label(RegistrationMode, card["registration"])
        labels.update(titles)
        return in_order(
            card,
            "format", "start", "end", "time_zone", "place", "online", "organiser", "audience",
            "registration", "perspectives", "tools", "frameworks",
        )  # fmt: skip
