"""Keep the API honest: when public content changes, rewrite the stored public cards it
affects, move the content version (making every cached response and ETag stale) and
purge the API's URLs from the CDN.

The cards are rewritten at once, inside the transaction that changed the content (so
they commit or roll back with it); the version and the purge follow once it commits.
None of this happens for a draft save: Wagtail sends these signals for publish,
unpublish, delete and move, not for new revisions.
"""

import logging

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_migrate,
    post_save,
    pre_delete,
)
from django.urls import NoReverseMatch, reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from .api import card_store
from .models import (
    Category,
    ContentVersion,
    FrameworkPage,
    PartnerOrganisation,
    Perspective,
    Phase,
    PublicCard,
    Question,
    QuestionTool,
    Stage,
    StoryPage,
    Strand,
    ToolkitHomePage,
    ToolPage,
    ToolUsage,
)

logger = logging.getLogger("wagtail_iitk.cache")

TAXONOMY_MODELS = (Perspective, Phase, Stage, Strand, Category)

#: The API resources whose cached copies a change can affect.
LIST_ROUTES = ("tool-list", "framework-list", "story-list", "question-list", "taxonomy", "cards")
DETAIL_ROUTES = {
    ToolPage: "tool-detail",
    FrameworkPage: "framework-detail",
    StoryPage: "story-detail",
}


def api_urls_for(instance=None):
    """Absolute API URLs to purge from a CDN after ``instance`` changed.

    A CDN keys on the full URL, query string included, so lists with parameters expire
    by their ``s-maxage``; the bare lists, the item's detail and the taxonomy go now.
    """
    paths = []
    for name in LIST_ROUTES:
        paths.append(reverse(f"wagtail_iitk_api:{name}"))
    route = DETAIL_ROUTES.get(type(instance))
    if route and getattr(instance, "slug", None):
        paths.append(reverse(f"wagtail_iitk_api:{route}", kwargs={"slug": instance.slug}))
    elif isinstance(instance, Question) and instance.pk:
        paths.append(reverse("wagtail_iitk_api:question-detail", kwargs={"pk": instance.pk}))
    roots = {site.root_url.rstrip("/") for site in Site.objects.all()}
    return sorted(root + path for root in roots for path in paths)


def purge_api_urls(instance=None):
    """Purge through wagtail.contrib.frontend_cache when the site configures a CDN.

    The purge is a django-tasks task; a failing backend is logged, never raised, so a
    publish always succeeds.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    try:
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache(api_urls_for(instance))
    except (NoReverseMatch, ImportError):
        logger.exception("Could not work out the API URLs to purge")
    except Exception:  # noqa: BLE001 (a CDN outage must not fail a publish)
        logger.exception("Purging API URLs from the frontend cache failed")


def content_changed(instance=None):
    """Called when public content changed; acts once the transaction commits."""

    def after_commit():
        ContentVersion.bump()
        purge_api_urls(instance)

    transaction.on_commit(after_commit)


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


def on_snippet_change(sender, instance, **kwargs):
    content_changed(instance)


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
    content_changed(instance)


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
    content_changed(instance)


def on_home_change(sender, instance, **kwargs):
    """Question pages are routes of the toolkit home: its URL is in every question card."""
    card_store.refresh_kind("questions")
    content_changed(instance)


def on_page_move(sender, instance, **kwargs):
    """A move changes the URLs below the page, and may take them into (or out of) a
    private section."""
    card_store.refresh_section(instance.pk)
    content_changed(instance.specific)


def on_restriction_change(sender, instance, **kwargs):
    """Making a section private (or public again) changes what the public may see."""
    card_store.refresh_section(instance.page_id)
    content_changed(instance)


def on_taxonomy_change(sender, instance, **kwargs):
    """Taxonomy names and slugs are on many cards; edits are rare, so rebuild them all
    (once, after a run of edits such as ``iitk_setup`` seeding every term)."""
    card_store.mark_all()
    content_changed(instance)


def on_image_change(sender, instance, **kwargs):
    card_store.refresh_image(instance.pk)
    content_changed(instance)


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
    """Connect the handlers (called from the app's ready())."""
    for model in (ToolPage, FrameworkPage, StoryPage):
        page_published.connect(on_item_published, sender=model, dispatch_uid=f"iitk-pub-{model}")
        page_unpublished.connect(
            on_item_published, sender=model, dispatch_uid=f"iitk-unpub-{model}"
        )
    published.connect(on_item_published, sender=Question, dispatch_uid="iitk-q-pub")
    unpublished.connect(on_item_published, sender=Question, dispatch_uid="iitk-q-unpub")
    for model in (ToolPage, FrameworkPage, StoryPage, Question):
        pre_delete.connect(before_item_deleted, sender=model, dispatch_uid=f"iitk-predel-{model}")
        post_delete.connect(on_item_deleted, sender=model, dispatch_uid=f"iitk-del-{model}")
        post_save.connect(on_item_saved, sender=model, dispatch_uid=f"iitk-save-item-{model}")
    for signal in (post_save, post_delete):
        signal.connect(on_usage_change, sender=ToolUsage, dispatch_uid=f"iitk-usage-{signal}")
        signal.connect(
            on_question_tool_change, sender=QuestionTool, dispatch_uid=f"iitk-qtool-{signal}"
        )
    for through in LINK_KINDS:
        m2m_changed.connect(on_links_change, sender=through, dispatch_uid=f"iitk-links-{through}")
    page_published.connect(on_home_change, sender=ToolkitHomePage, dispatch_uid="iitk-home-pub")
    page_unpublished.connect(on_home_change, sender=ToolkitHomePage, dispatch_uid="iitk-home-unpub")
    post_delete.connect(on_home_change, sender=ToolkitHomePage, dispatch_uid="iitk-home-del")
    post_page_move.connect(on_page_move, dispatch_uid="iitk-move")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_change, sender=PageViewRestriction, dispatch_uid=f"iitk-pvr-{signal}"
        )
    # Images appear in cards and details (renditions, alt text); documents in details.
    post_save.connect(on_image_change, sender=get_image_model(), dispatch_uid="iitk-image")
    post_delete.connect(on_image_change, sender=get_image_model(), dispatch_uid="iitk-image-d")
    document = get_document_model()
    post_save.connect(on_snippet_change, sender=document, dispatch_uid="iitk-document")
    post_delete.connect(on_snippet_change, sender=document, dispatch_uid="iitk-document-d")
    # Taxonomy and partners are not moderated: every save is public at once. Taxonomy
    # names and slugs are on the cards; partners are not.
    for model in TAXONOMY_MODELS:
        post_save.connect(on_taxonomy_change, sender=model, dispatch_uid=f"iitk-save-{model}")
        post_delete.connect(on_taxonomy_change, sender=model, dispatch_uid=f"iitk-del2-{model}")
    post_save.connect(on_snippet_change, sender=PartnerOrganisation, dispatch_uid="iitk-partner")
    post_delete.connect(
        on_snippet_change, sender=PartnerOrganisation, dispatch_uid="iitk-partner-d"
    )
    post_migrate.connect(after_migrate, dispatch_uid="iitk-cards-after-migrate")
    setting_changed.connect(on_settings_change, dispatch_uid="iitk-cards-settings")
    # Community contributions: published when their draft goes live; never while flagged.
    from .community import publishing

    publishing.register()
