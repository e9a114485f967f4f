"""Keep the API's caches honest: when public content changes, move the content version
(making every cached response and ETag stale) and purge the API's URLs from the CDN.

Both happen only after the transaction commits, and never for a draft save: Wagtail
sends these signals for publish, unpublish, delete and move, not for new revisions.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import NoReverseMatch, reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from .api import card_signals
from .models import (
    TAXONOMY_MODELS,
    ContentVersion,
    FrameworkPage,
    PartnerOrganisation,
    Question,
    StoryPage,
    ToolkitHomePage,
    ToolPage,
)

logger = logging.getLogger("wagtail_iitk.cache")

TOOLKIT_PAGE_MODELS = (ToolPage, FrameworkPage, StoryPage, ToolkitHomePage)

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


def on_page_change(sender, instance, **kwargs):
    content_changed(instance.specific if hasattr(instance, "specific") else instance)


def on_snippet_change(sender, instance, **kwargs):
    content_changed(instance)


def register():
    """Connect the handlers (called from the app's ready())."""
    # The stored cards are rewritten by their own handlers (inside the transaction).
    card_signals.register()
    for model in TOOLKIT_PAGE_MODELS:
        page_published.connect(on_page_change, sender=model, dispatch_uid=f"iitk-pub-{model}")
        page_unpublished.connect(on_page_change, sender=model, dispatch_uid=f"iitk-unpub-{model}")
        post_delete.connect(on_page_change, sender=model, dispatch_uid=f"iitk-del-{model}")
    # A move changes URLs of the page and everything below it.
    post_page_move.connect(on_page_change, dispatch_uid="iitk-move")
    published.connect(on_snippet_change, sender=Question, dispatch_uid="iitk-q-pub")
    unpublished.connect(on_snippet_change, sender=Question, dispatch_uid="iitk-q-unpub")
    post_delete.connect(on_snippet_change, sender=Question, dispatch_uid="iitk-q-del")
    # Making a section private (or public again) changes what the public may see.
    for signal in (post_save, post_delete):
        signal.connect(
            on_snippet_change, sender=PageViewRestriction, dispatch_uid=f"iitk-pvr-{signal}"
        )
    # Images and documents appear in cards and details (renditions, alt text, file URLs).
    for model in (get_image_model(), get_document_model()):
        post_save.connect(on_snippet_change, sender=model, dispatch_uid=f"iitk-media-{model}")
        post_delete.connect(on_snippet_change, sender=model, dispatch_uid=f"iitk-media-d-{model}")
    # Taxonomy and partners are not moderated: every save is public at once.
    for model in (*TAXONOMY_MODELS, PartnerOrganisation):
        post_save.connect(on_snippet_change, sender=model, dispatch_uid=f"iitk-save-{model}")
        post_delete.connect(on_snippet_change, sender=model, dispatch_uid=f"iitk-del2-{model}")
    # Community contributions: published when their draft goes live; never while flagged.
    from .community import publishing

    publishing.register()
