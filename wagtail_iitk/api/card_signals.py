"""Keep the stored public cards (``PublicCard``) true to the content: the signals that
rewrite them.

Wagtail's publish and unpublish signals rewrite an item's card (and the cards showing
it) at once, inside the publishing transaction; any other save of a live item, its tool
usages or its taxonomy links only marks it, and the marks are written together once the
saving is done (see ``card_store.mark``). Moves, view restrictions, images, taxonomy and
the toolkit home rewrite the cards they touch. Moving the content version and purging
the CDN stay with ``wagtail_iitk.signal_handlers``.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.core.signals import setting_changed
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_migrate,
    post_save,
    pre_delete,
)
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from ..models import (
    TAXONOMY_MODELS,
    FrameworkPage,
    PublicCard,
    Question,
    QuestionTool,
    StoryPage,
    ToolkitHomePage,
    ToolPage,
    ToolUsage,
)
from . import card_store

#: The kind of card each toolkit model has.
CARD_KINDS = {
    ToolPage: "tools",
    FrameworkPage: "frameworks",
    StoryPage: "stories",
    Question: "questions",
}


def _links():
    """{through model: (kind of the owning item, whether the other side is frameworks)}."""
    found = {}
    for model, kind in CARD_KINDS.items():
        for field in model._meta.get_fields():
            if field.many_to_many and not field.auto_created:
                through = field.remote_field.through
                found[through] = (kind, field.related_model is FrameworkPage)
    return found


LINK_KINDS = _links()


#: Saves that only keep Wagtail's books (a new draft, a lock) and change no card.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision", "latest_revision_created_at", "has_unpublished_changes",
        "draft_title", "locked", "locked_at", "locked_by", "live_revision",
    }
)  # fmt: skip


def on_item_published(sender, instance, **kwargs):
    """A tool, framework, story or question was published or unpublished: its card (and
    the cards showing it) are rewritten now, inside the publishing transaction."""
    card_store.mark(CARD_KINDS[sender], [instance.pk])
    card_store.flush()


def on_item_saved(sender, instance, update_fields=None, **kwargs):
    """Any other save of a live item (an import, a script): note its card for rewriting.

    Saves of items that are not live change no card: a draft has none, and Wagtail's
    unpublish sends its own signal.
    """
    if not instance.live or (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        return
    card_store.mark(CARD_KINDS[sender], [instance.pk])


def on_usage_change(sender, instance, **kwargs):
    """A live story's tool usage shows on its card and counts on the tool's."""
    if _parent_is_live(instance, "story"):
        card_store.mark("stories", [instance.story_id])
        card_store.mark("tools", [instance.tool_id])


def on_question_tool_change(sender, instance, **kwargs):
    if _parent_is_live(instance, "question"):
        card_store.mark("questions", [instance.question_id])


def _parent_is_live(child, name):
    """Whether the item a related row belongs to is live (True when it cannot be told)."""
    try:
        return getattr(child, name).live
    except ObjectDoesNotExist:  # deleted along with its parent
        return True


def on_links_change(sender, instance, action, reverse, pk_set, **kwargs):
    """Taxonomy and framework links of an item changed (``m2m_changed``)."""
    if not action.startswith("post_"):
        return
    owner_kind, framework_side = LINK_KINDS[sender]
    if not reverse and not instance.live:
        return
    if not reverse:
        card_store.mark(owner_kind, [instance.pk])
        if framework_side and pk_set:
            card_store.mark("frameworks", pk_set)
        return
    if pk_set is None:  # a reverse clear: which items lost the link is not known
        pk_set = PublicCard.objects.filter(kind=owner_kind).values_list("item_id", flat=True)
    card_store.mark(owner_kind, pk_set)
    if framework_side:
        card_store.mark("frameworks", [instance.pk])


def before_item_deleted(sender, instance, **kwargs):
    # The cards that show the item must be recounted once it is gone; which they are is
    # only known while it exists.
    instance._iitk_card_dependents = card_store.dependents(CARD_KINDS[sender], [instance.pk])


def on_item_deleted(sender, instance, **kwargs):
    targets = getattr(instance, "_iitk_card_dependents", {})
    targets.setdefault(CARD_KINDS[sender], set()).add(instance.pk)
    card_store.refresh(targets, with_dependents=False)


def on_home_change(sender, instance, **kwargs):
    """Question pages are routes of the toolkit home: its URL is in every question card."""
    card_store.refresh_kind("questions")


def on_page_move(sender, instance, **kwargs):
    """A move changes the URLs below the page, and may take them into (or out of) a
    private section."""
    card_store.refresh_section(instance.pk)


def on_restriction_change(sender, instance, **kwargs):
    """Making a section private (or public again) changes what the public may see."""
    card_store.refresh_section(instance.page_id)


def on_taxonomy_change(sender, instance, **kwargs):
    """Taxonomy names and slugs are on many cards; edits are rare, so rebuild them all
    (once, after a run of edits such as ``iitk_setup`` seeding every term)."""
    card_store.mark_all()


def on_image_change(sender, instance, **kwargs):
    card_store.refresh_image(instance.pk)


def on_settings_change(setting, **kwargs):
    """The toolkit's settings choose the card image's rendition: cards follow a change
    (``override_settings`` in tests; a deploy runs ``migrate``, which rebuilds them)."""
    if setting == "WAGTAIL_IITK":
        card_store.mark_all(on_commit=False)


def after_migrate(sender, **kwargs):
    """Fill the stored cards after the app's migrations (a new install or an upgrade)."""
    if sender.label == "wagtail_iitk":
        card_store.refresh_all()


def register():
    """Connect the handlers (called from ``wagtail_iitk.signal_handlers.register``)."""
    for model in (ToolPage, FrameworkPage, StoryPage):
        page_published.connect(on_item_published, sender=model, dispatch_uid=f"cards-pub-{model}")
        page_unpublished.connect(
            on_item_published, sender=model, dispatch_uid=f"cards-unpub-{model}"
        )
    published.connect(on_item_published, sender=Question, dispatch_uid="cards-q-pub")
    unpublished.connect(on_item_published, sender=Question, dispatch_uid="cards-q-unpub")
    for model in (ToolPage, FrameworkPage, StoryPage, Question):
        pre_delete.connect(before_item_deleted, sender=model, dispatch_uid=f"cards-predel-{model}")
        post_delete.connect(on_item_deleted, sender=model, dispatch_uid=f"cards-del-{model}")
        post_save.connect(on_item_saved, sender=model, dispatch_uid=f"cards-save-{model}")
    for signal in (post_save, post_delete):
        signal.connect(on_usage_change, sender=ToolUsage, dispatch_uid=f"cards-usage-{signal}")
        signal.connect(
            on_question_tool_change, sender=QuestionTool, dispatch_uid=f"cards-qtool-{signal}"
        )
        signal.connect(
            on_restriction_change, sender=PageViewRestriction, dispatch_uid=f"cards-pvr-{signal}"
        )
        signal.connect(
            on_image_change, sender=get_image_model(), dispatch_uid=f"cards-img-{signal}"
        )
        for model in TAXONOMY_MODELS:
            signal.connect(
                on_taxonomy_change, sender=model, dispatch_uid=f"cards-terms-{model}-{signal}"
            )
    for through in LINK_KINDS:
        m2m_changed.connect(on_links_change, sender=through, dispatch_uid=f"cards-links-{through}")
    page_published.connect(on_home_change, sender=ToolkitHomePage, dispatch_uid="cards-home-pub")
    page_unpublished.connect(
        on_home_change, sender=ToolkitHomePage, dispatch_uid="cards-home-unpub"
    )
    post_delete.connect(on_home_change, sender=ToolkitHomePage, dispatch_uid="cards-home-del")
    post_page_move.connect(on_page_move, dispatch_uid="cards-move")
    post_migrate.connect(after_migrate, dispatch_uid="cards-after-migrate")
    setting_changed.connect(on_settings_change, dispatch_uid="cards-settings")
