"""The signals that feed the one change path (``cards.changes.content_changed``).

Each handler only says *what* changed; the change path decides what to rewrite, moves
the content version and purges the CDN, once, after the transaction commits. The
models and relations watched are derived from the registry of kinds: a new kind is
watched without an edit here.
"""

import logging

from django.core.exceptions import ObjectDoesNotExist
from django.core.signals import setting_changed
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_delete
from modelcluster.models import get_all_child_relations
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from ..models import TAXONOMY_MODELS, PartnerOrganisation, Phase
from ..models.kinds import get_kinds, kind_of
from . import store, version
from .changes import content_changed, detail_path

logger = logging.getLogger("wagtail_iitk.cards")

#: Saves that only keep Wagtail's books (a new draft, a lock) and change nothing public.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision", "latest_revision_created_at", "has_unpublished_changes",
        "draft_title", "locked", "locked_at", "locked_by", "live_revision",
    }
)  # fmt: skip


def _item_changed(kind, instance):
    path = detail_path(kind, instance)
    content_changed({kind.name: [instance.pk]}, paths=[path] if path else ())


def on_item_published(sender, instance, **kwargs):
    """An item of a kind was published or unpublished."""
    _item_changed(kind_of(sender), instance)


def on_item_saved(sender, instance, update_fields=None, **kwargs):
    """Any other save of a live item (an import, a script, ``tool.save()``).

    A draft has no card and Wagtail's unpublish sends its own signal, so saves of items
    that are not live change nothing public; nor do bookkeeping saves.
    """
    if not instance.live or (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        return
    _item_changed(kind_of(sender), instance)


def on_page_saved(sender, instance, update_fields=None, **kwargs):
    """A direct save of any other live page (a section renamed by a script): URLs below
    it may have changed, and cards compute them at read time, so only the version moves."""
    if not isinstance(instance, Page) or kind_of(type(instance)) is not None:
        return
    if instance.live and not (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        content_changed()


def on_page_published(sender, instance, **kwargs):
    """Any page published or unpublished (a section renamed, the toolkit home): the
    version moves (the kinds' own signals rewrite their cards)."""
    if kind_of(type(instance)) is None:
        content_changed()


def before_item_deleted(sender, instance, **kwargs):
    # The cards showing the item must be recounted once it is gone; which they are is
    # only known while it (and its stored card) exists.
    kind = kind_of(sender)
    instance._iitk_shown_on = store.all_dependents(kind.name, [instance.pk])


def on_item_deleted(sender, instance, **kwargs):
    kind = kind_of(sender)
    targets = {kind.name: {instance.pk}}
    for other, ids in getattr(instance, "_iitk_shown_on", {}).items():
        targets.setdefault(other, set()).update(ids)
    path = detail_path(kind, instance)
    content_changed(targets, paths=[path] if path else ())


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and kind_of(type(instance)) is None:
        content_changed()


def on_page_move(sender, instance, **kwargs):
    """A move changes the URLs below the page, and may take them into (or out of) a
    private section."""
    content_changed(section=instance.pk)


def on_restriction_saved(sender, instance, created=False, **kwargs):
    """Making a section private changes what the public may see."""
    count, highest = version.restriction_fingerprint(exclude=instance.pk if created else None)
    content_changed(section=instance.page_id, restrictions_before=(count, highest))


def on_restriction_deleted(sender, instance, **kwargs):
    """Making a section public again changes what the public may see."""
    count, highest = version.restriction_fingerprint()
    before = (count + 1, max(highest, instance.pk or 0))
    content_changed(section=instance.page_id, restrictions_before=before)


def child_handler(kind, relation):
    """A handler for a child row of a kind (a story's tool usage, a question's tools)."""
    parent_field = relation.field.name

    def on_child_change(sender, instance, **kwargs):
        try:
            parent = getattr(instance, parent_field)
        except ObjectDoesNotExist:  # deleted along with its parent
            return
        if parent.live:
            content_changed({kind.name: [parent.pk]})

    return on_child_change


def link_handler(kind, other_kind):
    """A handler for a many-to-many link of a kind (to the taxonomy or another kind)."""

    def on_links_change(sender, instance, action, reverse, pk_set, **kwargs):
        if not action.startswith("post_"):
            return
        if not reverse:
            if instance.live:
                content_changed({kind.name: [instance.pk]})
                if other_kind and pk_set:
                    content_changed({other_kind.name: pk_set})
            return
        # From the other side (a term, or an item of the other kind).
        if pk_set is None:  # a reverse clear: which items lost the link is not known
            content_changed({kind.name: store.stored_ids(kind.name)})
        else:
            content_changed({kind.name: pk_set})
        if other_kind:
            content_changed({other_kind.name: [instance.pk]})

    return on_links_change


def on_version_only(sender, instance=None, **kwargs):
    """Taxonomy terms, partners, documents: cards hold their ids, not their names, so
    the version moves and readers see the change at once."""
    content_changed()


def on_image_change(sender, instance, **kwargs):
    """An image's renditions or alt text are on the cards that show it."""
    content_changed(own=store.cards_showing_image(instance.pk))


def on_settings_change(setting, **kwargs):
    """The toolkit's settings choose the card image's rendition: every card follows.

    Settings change while a site runs only in tests (``override_settings``), sometimes
    with no database to write to: then there are no cards to follow either.
    """
    if setting == "WAGTAIL_IITK":
        try:
            content_changed(everything=True)
        except Exception:  # noqa: BLE001 (no database in this context)
            logger.debug("Settings changed with no database at hand; no cards rewritten")


def after_migrate(sender, **kwargs):
    """Fill the stored cards after the app's migrations (a new install or an upgrade)."""
    if sender.label == "wagtail_iitk":
        store.refresh_all()


def register():
    """Connect the handlers (called from the app's ``ready()``)."""
    for kind in get_kinds():
        model = kind.model
        uid = f"iitk-{kind.name}"
        if kind.is_page:
            page_published.connect(on_item_published, sender=model, dispatch_uid=f"{uid}-pub")
            page_unpublished.connect(on_item_published, sender=model, dispatch_uid=f"{uid}-unp")
        else:
            published.connect(on_item_published, sender=model, dispatch_uid=f"{uid}-pub")
            unpublished.connect(on_item_published, sender=model, dispatch_uid=f"{uid}-unp")
        pre_delete.connect(before_item_deleted, sender=model, dispatch_uid=f"{uid}-predel")
        post_delete.connect(on_item_deleted, sender=model, dispatch_uid=f"{uid}-del")
        post_save.connect(on_item_saved, sender=model, dispatch_uid=f"{uid}-save")
        for relation in get_all_child_relations(model):
            handler = child_handler(kind, relation)
            child = relation.related_model
            for signal in (post_save, post_delete):
                signal.connect(
                    handler, sender=child, weak=False, dispatch_uid=f"{uid}-{child}-{signal}"
                )
        for field in model._meta.get_fields():
            if field.many_to_many and not field.auto_created:
                other = kind_of(field.related_model)
                m2m_changed.connect(
                    link_handler(kind, other),
                    sender=field.remote_field.through,
                    weak=False,
                    dispatch_uid=f"{uid}-links-{field.name}",
                )
    post_save.connect(on_page_saved, dispatch_uid="iitk-page-save")
    post_delete.connect(on_page_deleted, dispatch_uid="iitk-page-del")
    page_published.connect(on_page_published, dispatch_uid="iitk-page-pub")
    page_unpublished.connect(on_page_published, dispatch_uid="iitk-page-unpub")
    post_page_move.connect(on_page_move, dispatch_uid="iitk-move")
    post_save.connect(on_restriction_saved, sender=PageViewRestriction, dispatch_uid="iitk-pvr")
    post_delete.connect(
        on_restriction_deleted, sender=PageViewRestriction, dispatch_uid="iitk-pvr-del"
    )
    for signal in (post_save, post_delete):
        signal.connect(on_image_change, sender=get_image_model(), dispatch_uid=f"iitk-img-{signal}")
        for model in (*TAXONOMY_MODELS, Phase, PartnerOrganisation, get_document_model()):
            signal.connect(on_version_only, sender=model, dispatch_uid=f"iitk-v-{model}-{signal}")
    post_migrate.connect(after_migrate, dispatch_uid="iitk-after-migrate")
    setting_changed.connect(on_settings_change, dispatch_uid="iitk-settings")
