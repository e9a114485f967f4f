"""The Toolkit menu's page listings (Tools, Frameworks, Stories, and any later page kind).

One listing per page kind in the registry (``models.kinds``), each with Wagtail's own
page columns: the title linked to the editor with the usual row actions (edit, view live,
history, copy, move, delete ... from ``register_page_listing_buttons``), the status
(live, draft, in moderation, scheduled, expired), the workflow task the page waits on,
and bulk actions. A kind adds its own columns and filters in ``KIND_LISTINGS``; a kind
without an entry still gets a listing with the common ones.
"""

from dataclasses import dataclass

import django_filters
from django.db.models import IntegerField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Revision, WorkflowState

from ..models.kinds import get_kinds


class PageStatus:
    """The statuses a reviewer filters by, as Wagtail names them on a page."""

    LIVE = "live"
    DRAFT = "draft"
    UNPUBLISHED_CHANGES = "unpublished_changes"
    IN_MODERATION = "in_moderation"
    CHANGES_REQUESTED = "changes_requested"
    SCHEDULED = "scheduled"
    EXPIRED = "expired"

    choices = [
        (LIVE, _("Live")),
        (DRAFT, _("Draft (never published or unpublished)")),
        (UNPUBLISHED_CHANGES, _("Live with unpublished changes")),
        (IN_MODERATION, _("In moderation")),
        (CHANGES_REQUESTED, _("Changes requested")),
        (SCHEDULED, _("Scheduled")),
        (EXPIRED, _("Expired")),
    ]


def _page_ids_with_workflow(status):
    # WorkflowState and Revision keep the object's id as text (they serve snippets too).
    return (
        WorkflowState.objects.filter(status=status)
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )


def filter_page_status(queryset, status):
    """``queryset`` narrowed to the pages with ``status`` (a ``PageStatus`` value)."""
    if status == PageStatus.LIVE:
        return queryset.filter(live=True)
    if status == PageStatus.DRAFT:
        return queryset.filter(live=False)
    if status == PageStatus.UNPUBLISHED_CHANGES:
        return queryset.filter(live=True, has_unpublished_changes=True)
    if status == PageStatus.IN_MODERATION:
        return queryset.filter(pk__in=_page_ids_with_workflow(WorkflowState.STATUS_IN_PROGRESS))
    if status == PageStatus.CHANGES_REQUESTED:
        return queryset.filter(pk__in=_page_ids_with_workflow(WorkflowState.STATUS_NEEDS_CHANGES))
    if status == PageStatus.SCHEDULED:
        scheduled = (
            Revision.page_revisions.filter(approved_go_live_at__isnull=False)
            .annotate(page_id=Cast("object_id", IntegerField()))
            .values("page_id")
        )
        return queryset.filter(pk__in=scheduled)
    if status == PageStatus.EXPIRED:
        return queryset.filter(expired=True)
    return queryset


class ToolkitPageFilterSet(PageFilterSet):
    """Wagtail's page filters (date updated, owner, edited by ...) and the page status."""

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=PageStatus.choices,
        method="filter_status",
        empty_label=_("Any"),
    )

    def filter_status(self, queryset, name, value):
        return filter_page_status(queryset, value)


def workflow_state_label(page):
    """What the page's workflow waits on, read from the states Wagtail's listing prefetches
    (``prefetch_workflow_states``), so the column costs no query per row."""
    state = page.current_workflow_state
    if state is None:
        return ""
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Changes requested")
    task_state = state.current_task_state
    if task_state is None:
        return ""
    return _("Awaiting %(task)s") % {"task": task_state.task.name}


class KindPageIndexView(IndexView):
    base_filterset_class = ToolkitPageFilterSet


@dataclass(frozen=True)
class KindListing:
    """What one kind's listing shows beyond the common columns and filters."""

    icon: str = "doc-full"
    columns: tuple = ()
    filters: tuple = ()
    export: tuple = ()


#: Each page kind's own columns, filters and export fields (field names of its model).
KIND_LISTINGS = {
    "tool": KindListing(
        icon="cogs",
        columns=("purpose", "evidence_level", "review_due"),
        filters=("evidence_level", "expertise", "perspectives", "stages", "strands", "locked"),
        export=("purpose", "evidence_level", "review_due"),
    ),
    "framework": KindListing(
        icon="sitemap",
        columns=("abbreviation", "originator", "year", "review_due"),
        filters=("suits_complexity", "suits_scale", "perspectives", "locked"),
        export=("abbreviation", "originator", "year", "review_due"),
    ),
    "story": KindListing(
        icon="openquote",
        columns=("care_sector", "nation", "author_organisation"),
        filters=("care_sector", "nation", "scale", "frameworks", "locked"),
        export=("care_sector", "nation", "author_name", "author_organisation"),
    ),
}


def common_columns_before():
    return [
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn("title", label=_("Title"), sort_key="title", classname="title"),
    ]


def common_columns_after():
    return [
        Column("workflow", label=_("Workflow"), accessor=workflow_state_label),
        DateColumn(
            "latest_revision_created_at", label=_("Updated"), sort_key="latest_revision_created_at"
        ),
        PageStatusColumn("status", label=_("Status"), sort_key="live"),
    ]


def listing_viewset_class(kind):
    """A ``PageListingViewSet`` class for one page kind, named ``iitk_<plural>``."""
    listing = KIND_LISTINGS.get(kind.name, KindListing())
    return type(
        f"{kind.model.__name__}ListingViewSet",
        (PageListingViewSet,),
        {
            "__module__": __name__,
            "model": kind.model,
            "icon": listing.icon,
            "menu_label": kind.label_plural,
            "name": f"iitk_{kind.plural}",
            "index_view_class": KindPageIndexView,
            "list_display": [
                *common_columns_before(),
                *listing.columns,
                *common_columns_after(),
            ],
            "list_filter": list(listing.filters),
            "list_export": ["title", "slug", *listing.export, "status_string"],
            "export_headings": {"status_string": _("Status")},
        },
    )


def page_listing_viewsets():
    """One listing viewset class per page kind, in the registry's order."""
    return [listing_viewset_class(kind) for kind in get_kinds() if kind.is_page]
