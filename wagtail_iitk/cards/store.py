"""Keep the stored ``PublicCard`` rows true to the content (the writing side).

``refresh(...)`` works out the cards of some items with the same builders as any other
card, and with them the cards that show those items (a story's tools count it; a tool's
stories name it), then writes them all and deletes the rows of items that are no longer
public. Only the change path (``cards.changes``) calls it, after a commit; reads never
write (``cards.reading``).
"""

from django.db import transaction
from django.db.models import Q
from wagtail.models import Page

from ..models import PublicCard
from ..models.kinds import get_kind, get_kinds
from . import version
from .builders import build_cards, builder_for, dependents, shown_on
from .counts import used_total
from .images import ensure_renditions

#: How many items one refresh query handles (keeps SQLite under its variable limit).
CHUNK = 500
#: Card columns that the writer fills from the card itself (the rest: ``sort_columns``).
COUNT_COLUMNS = ("story_count", "used_count")


def _chunks(ids):
    ids = sorted(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def stored_dependents(kind_name, ids):
    """{kind name: ids} the stored rows of ``ids`` say show them (before a change)."""
    found = {}
    for stored in PublicCard.objects.filter(kind=kind_name, item_id__in=ids).values_list(
        "shown_on", flat=True
    ):
        for other, values in (stored or {}).items():
            found.setdefault(other, set()).update(values)
    return found


def all_dependents(kind_name, ids):
    """The cards showing ``ids`` before the change (stored) and after it (now)."""
    found = stored_dependents(kind_name, ids)
    for other, values in dependents(kind_name, ids).items():
        found.setdefault(other, set()).update(values)
    return found


def _write(kind_name, ids):
    """Rewrite the rows of ``ids`` (one kind): public items get their card, others none."""
    kind = get_kind(kind_name)
    builder = builder_for(kind.name)
    public = kind.public_queryset().filter(pk__in=ids)
    if getattr(builder, "has_image", False):
        # Renditions are made here, on the writing side, so reads find them.
        ensure_renditions(public.values_list("image_id", flat=True))
    cards, _, _ = build_cards({"cards": (kind.name, public)})
    found = [card["id"] for card in cards["cards"]]
    columns = builder.sort_columns(cards["cards"])
    showing = shown_on(kind.name, found)
    rows = []
    for card in cards["cards"]:
        card.pop("_path", None)
        rows.append(
            PublicCard(
                kind=kind.name,
                item_id=card["id"],
                data=card,
                shown_on={k: sorted(v) for k, v in showing.get(card["id"], {}).items()},
                **{column: card.get(column) or 0 for column in COUNT_COLUMNS},
                **columns[card["id"]],
            )
        )
    written = {row.item_id for row in rows}
    PublicCard.objects.filter(kind=kind.name, item_id__in=ids).exclude(item_id__in=written).delete()
    if rows:
        PublicCard.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["kind", "item_id"],
            update_fields=[
                f.name
                for f in PublicCard._meta.concrete_fields
                if f.name not in ("id", "kind", "item_id")
            ],
        )


def refresh(targets, *, with_dependents=True):
    """Rewrite the cards of ``{kind name: ids}``, and (by default) every card showing them.

    Runs in one transaction. Rows already stored are locked first (on databases that
    lock rows), so two rewrites touching the same card write it one after the other,
    each from what the other committed.
    """
    targets = {get_kind(kind).name: set(ids) for kind, ids in targets.items() if ids}
    if not targets:
        return
    if with_dependents:
        for kind, ids in list(targets.items()):
            for other, other_ids in all_dependents(kind, ids).items():
                targets.setdefault(other, set()).update(other_ids)
    with transaction.atomic():
        locked = Q()
        for kind, ids in targets.items():
            locked |= Q(kind=kind, item_id__in=ids)
        list(PublicCard.objects.select_for_update().filter(locked).order_by("pk").values_list("pk"))
        for kind in get_kinds():
            for chunk in _chunks(targets.get(kind.name, ())):
                _write(kind.name, chunk)


def refresh_all():
    """Rebuild every card: after a settings change, a migration, or changes made in SQL
    (``manage.py iitk_refresh_cards``). The cards then reflect every view restriction."""
    restrictions = version.restriction_fingerprint()
    refresh({kind.name: _every_id(kind) for kind in get_kinds()}, with_dependents=False)
    version.record_restrictions(restrictions)


def _every_id(kind):
    """The public items of ``kind`` and the items that have a card (public or not now)."""
    ids = set(kind.public_queryset().values_list("pk", flat=True))
    return ids | set(PublicCard.objects.filter(kind=kind.name).values_list("item_id", flat=True))


def refresh_section(page_id):
    """Rebuild the cards of the items at or below a page (a move, a view restriction),
    and of the cards that show them."""
    path = Page.objects.filter(pk=page_id).values_list("path", flat=True).first()
    if path is None:
        return
    targets = {}
    for kind in get_kinds():
        if kind.is_page:
            targets[kind.name] = set(
                kind.model.objects.filter(path__startswith=path).values_list("pk", flat=True)
            )
    refresh(targets)


def stored_ids(kind_name):
    """The ids of every stored card of a kind."""
    return set(PublicCard.objects.filter(kind=kind_name).values_list("item_id", flat=True))


def cards_showing_image(image_id):
    """{kind name: ids} of the stored cards that show an image."""
    targets = {}
    for kind, item_id in PublicCard.objects.filter(image_id=image_id).values_list(
        "kind", "item_id"
    ):
        targets.setdefault(kind, set()).add(item_id)
    return targets


def recount_used(targets):
    """Set the stored "I used this" counts of ``{kind name: ids}`` from the daily counts,
    in one statement per kind: the one writer of ``used_count`` (cards built from the
    content count the same way, through ``used_count_annotation``)."""
    for kind_name, ids in targets.items():
        kind = get_kind(kind_name)
        PublicCard.objects.filter(kind=kind.name, item_id__in=ids).update(
            used_count=used_total(kind.name)
        )
