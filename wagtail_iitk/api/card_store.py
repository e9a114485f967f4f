"""Keep the stored ``PublicCard`` rows true to the content.

``refresh(...)`` works out the cards of some items with the same code as any other card
(``build_cards``), and with them the cards that show those items (a story's tools count
it; a tool's stories name it), then writes them all and deletes the rows of items that
are no longer public. Wagtail's publish and unpublish signals have it run inside the
publishing transaction, so the cards commit or roll back with the content; other saves
only ``mark`` an item, and the marks are written together (``flush``) once the saving is
done. A move or a view restriction rewrites the cards below a page; a taxonomy edit,
every card (``refresh_all``).

``card_reading`` reads them back for a request."""

import threading

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from wagtail.models import Page

from ..engagement.counts import used_count_annotation
from ..models import Question, QuestionTool, StoryPage, ToolkitHomePage, ToolPage, ToolUsage
from ..models.public_cards import CardKind, PublicCard
from .cards import CARD_BUILDERS, build_cards, public_queryset

#: How many items one refresh query handles (keeps SQLite under its variable limit).
CHUNK = 500
_local = threading.local()
#: The pending key that stands for every card.
ALL = "*"


class StoreLinks:
    """Links for stored cards: relative, made absolute per request by ``hydrate``."""

    def page_url(self, url_path):
        return url_path

    def api_url(self, name, **kwargs):
        return None

    def absolute(self, url):
        return url


def _chunks(ids):
    ids = sorted(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _frameworks_of(model, ids):
    through = model._meta.get_field("frameworks").remote_field.through
    source = f"{model._meta.model_name}_id"
    return set(
        through.objects.filter(**{f"{source}__in": ids}).values_list("frameworkpage_id", flat=True)
    )


def _shown_on(kind, ids):
    """{item_id: {kind: [ids]}}: the other cards that count or name each item now."""
    found = {pk: {} for pk in ids}
    if kind == CardKind.TOOLS:
        through = ToolPage._meta.get_field("frameworks").remote_field.through
        for tool_id, framework_id in through.objects.filter(toolpage_id__in=ids).values_list(
            "toolpage_id", "frameworkpage_id"
        ):
            found[tool_id].setdefault("frameworks", []).append(framework_id)
    elif kind == CardKind.STORIES:
        for story_id, tool_id in ToolUsage.objects.filter(story_id__in=ids).values_list(
            "story_id", "tool_id"
        ):
            found[story_id].setdefault("tools", []).append(tool_id)
        through = StoryPage._meta.get_field("frameworks").remote_field.through
        for story_id, framework_id in through.objects.filter(storypage_id__in=ids).values_list(
            "storypage_id", "frameworkpage_id"
        ):
            found[story_id].setdefault("frameworks", []).append(framework_id)
    return found


def dependents(kind, ids):
    """{kind: ids} of the cards that show any of ``ids`` (of ``kind``), before or after
    the change: what the stored rows recorded, and what the database says now."""
    ids = set(ids)
    found = {}

    def add(other_kind, values):
        found.setdefault(other_kind, set()).update(v for v in values if v)

    for shown_on in PublicCard.objects.filter(kind=kind, item_id__in=ids).values_list(
        "shown_on", flat=True
    ):
        for other_kind, values in (shown_on or {}).items():
            add(other_kind, values)
    if kind == CardKind.TOOLS:
        add(
            CardKind.STORIES,
            ToolUsage.objects.filter(tool_id__in=ids).values_list("story_id", flat=True),
        )
        add(
            CardKind.QUESTIONS,
            QuestionTool.objects.filter(tool_id__in=ids).values_list("question_id", flat=True),
        )
        add(CardKind.FRAMEWORKS, _frameworks_of(ToolPage, ids))
    elif kind == CardKind.STORIES:
        add(
            CardKind.TOOLS,
            ToolUsage.objects.filter(story_id__in=ids).values_list("tool_id", flat=True),
        )
        add(CardKind.FRAMEWORKS, _frameworks_of(StoryPage, ids))
    return found


def _sort_fields(kind, ids):
    """{item_id: {column: value}} for the columns lists order and filter by."""
    queryset = public_queryset(kind).filter(pk__in=ids)
    if kind == CardKind.QUESTIONS:
        rows = queryset.values(
            "pk", "wording", "expire_at", "perspective__sort_order", "phase__sort_order",
            "sort_order",
        )  # fmt: skip
        return {
            row["pk"]: {
                "sort_title": row["wording"].lower()[:255],
                # The editors' order: perspective, then phase, then the question's own.
                "position": ".".join(
                    f"{max(row[key] or 0, 0):06d}"
                    for key in ("perspective__sort_order", "phase__sort_order", "sort_order")
                ),
                "expire_at": row["expire_at"],
            }
            for row in rows
        }
    fields = ["pk", "title", "first_published_at", "last_published_at", "expire_at", "image_id"]
    annotations = {}
    if kind == CardKind.FRAMEWORKS:
        fields.append("year")
    if kind == CardKind.TOOLS:
        annotations["used"] = used_count_annotation()
        fields.append("used")
    found = {}
    for row in queryset.annotate(**annotations).values(*fields):
        found[row["pk"]] = {
            "page_id": row["pk"],
            "sort_title": row["title"].lower()[:255],
            "first_published_at": row["first_published_at"],
            "last_published_at": row["last_published_at"],
            "expire_at": row["expire_at"],
            "image_id": row["image_id"],
            "year": row.get("year"),
            "used_count": row.get("used") or 0,
        }
    return found


def _write(kind, ids):
    """Rewrite the rows of ``ids`` (one kind): public items get their card, others none."""
    columns = _sort_fields(kind, ids)
    public = public_queryset(kind).filter(pk__in=list(columns))
    cards, _, _ = build_cards(StoreLinks(), {"cards": (kind, public)})
    shown_on = _shown_on(kind, list(columns))
    rows = []
    for card in cards["cards"]:
        values = columns[card["id"]]
        rows.append(
            PublicCard(
                kind=kind,
                item_id=card["id"],
                story_count=card.get("story_count") or 0,
                data=card,
                shown_on=shown_on.get(card["id"], {}),
                **values,
            )
        )
    written = {row.item_id for row in rows}
    PublicCard.objects.filter(kind=kind, item_id__in=ids).exclude(item_id__in=written).delete()
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
    """Rewrite the cards of ``{kind: ids}``, and (by default) every card that shows them.

    Runs in one transaction. Rows already stored are locked first (on databases that
    lock rows), so two publishes touching the same card write it one after the other,
    each from what the other committed.
    """
    targets = {kind: set(ids) for kind, ids in targets.items() if ids}
    if not targets:
        return
    if with_dependents:
        for kind, ids in list(targets.items()):
            for other_kind, other_ids in dependents(kind, ids).items():
                targets.setdefault(other_kind, set()).update(other_ids)
    with transaction.atomic():
        locked = Q()
        for kind, ids in targets.items():
            locked |= Q(kind=kind, item_id__in=ids)
        list(PublicCard.objects.select_for_update().filter(locked).order_by("pk").values_list("pk"))
        for kind in CardKind.values:
            for chunk in _chunks(targets.get(kind, ())):
                _write(kind, chunk)


def mark(kind, ids):
    """Note that the cards of ``ids`` (of ``kind``) may have changed.

    Saving a page and its related rows sends many signals (the page, then each tool
    usage, then each taxonomy link); rewriting the card at each would see half-saved
    states and repeat the work. So a save only notes the item, and ``flush`` rewrites
    what was noted: when the transaction commits, when Wagtail's publish or unpublish
    signal arrives, and before the API reads the cards in this thread.
    """
    ids = {pk for pk in ids if pk}
    if not ids:
        return
    _pending().setdefault(kind, set()).update(ids)
    # Every mark asks for a flush at the commit: an earlier request may have gone with a
    # rolled-back transaction, and a flush with nothing left to write costs nothing.
    transaction.on_commit(flush)


def mark_all(*, on_commit=True):
    """Note that every card may have changed; the next ``flush`` rebuilds them all, once
    however many changes were marked (``on_commit=False``: not even at the commit, for
    callers with no database at hand, such as a settings change in a test).
    """
    _pending()[ALL] = True
    if on_commit:
        transaction.on_commit(flush)


def flush():
    """Rewrite the cards noted by ``mark`` in this thread (and the cards showing them)."""
    pending = _pending()
    if not pending:
        return
    targets = dict(pending)
    pending.clear()
    if targets.pop(ALL, False):
        refresh_all()
    else:
        refresh(targets)


def _pending():
    if not hasattr(_local, "pending"):
        _local.pending = {}
    return _local.pending


def refresh_all():
    """Rebuild every card: after a taxonomy edit, a settings change, a migration, or
    changes made in SQL (``manage.py iitk_refresh_cards``)."""
    refresh({kind: _every_id(kind) for kind in CardKind.values}, with_dependents=False)


def refresh_kind(kind):
    """Rebuild every card of one kind (e.g. questions, whose URLs hang on the home page)."""
    refresh({kind: _every_id(kind)}, with_dependents=False)


def _every_id(kind):
    """The public items of ``kind`` and the items that have a card (public or not now)."""
    ids = set(public_queryset(kind).values_list("pk", flat=True))
    return ids | set(PublicCard.objects.filter(kind=kind).values_list("item_id", flat=True))


def refresh_section(page_id):
    """Rebuild the cards of the items at or below a page (a move, a view restriction),
    and of the cards that show them."""
    path = Page.objects.filter(pk=page_id).values_list("path", flat=True).first()
    if path is None:
        return
    targets = {}
    for kind in (CardKind.TOOLS, CardKind.FRAMEWORKS, CardKind.STORIES):
        model = CARD_BUILDERS[kind].model
        targets[kind] = set(
            model.objects.filter(path__startswith=path).values_list("pk", flat=True)
        )
    refresh(targets)
    # Question URLs hang on the toolkit home: a section holding one changes them all.
    if ToolkitHomePage.objects.filter(path__startswith=path).exists():
        refresh_kind(CardKind.QUESTIONS)


def refresh_image(image_id):
    """Rebuild the cards that show an image (its renditions or alt text changed)."""
    targets = {}
    for kind, item_id in PublicCard.objects.filter(image_id=image_id).values_list(
        "kind", "item_id"
    ):
        targets.setdefault(kind, set()).add(item_id)
    refresh(targets, with_dependents=False)


def refresh_expired(now=None):
    """Drop the cards of items whose expiry has passed, and recount the cards that
    counted them (called when the content version moves past an expiry)."""
    now = now or timezone.now()
    targets = {}
    # The items' own expiry too, in case it was set without a publish.
    expired = (
        Q(expire_at__lte=now)
        | Q(page__expire_at__lte=now)
        | Q(
            kind=CardKind.QUESTIONS,
            item_id__in=Question.objects.filter(expire_at__lte=now).values("pk"),
        )
    )
    for kind, item_id in PublicCard.objects.filter(expired).values_list("kind", "item_id"):
        targets.setdefault(kind, set()).add(item_id)
    refresh(targets)


def add_used(counts):
    """Add ``{tool_id: n}`` "I used this tool" presses to the stored tool cards."""
    for tool_id, n in counts.items():
        PublicCard.objects.filter(kind=CardKind.TOOLS, item_id=tool_id).update(
            used_count=F("used_count") + n
        )
