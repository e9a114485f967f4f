"""The Submissions inbox: community submissions listed, filtered, inspected and decided.

Received data is read-only: there is no add, edit, copy or delete view, only the
inbox, a submission's page (the received text beside its draft) with its decision
forms, and its history from Wagtail's audit log. Every view needs both the "view"
and the "review" permission on submissions.
"""

import django_filters
from django.db.models import Q
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permissions import policy_registry

from ..models.submissions import (
    Submission,
    SubmissionChannel,
    SubmissionKind,
    SubmissionStatus,
)
from .submission_detail import (
    ClearFlagsView,
    RejectView,
    RestoreView,
    RetryView,
    SpamView,
    SubmissionInspectView,
)
from .submission_text import submission_title

#: Both are needed for every inbox view: "view" to see submissions, "review" to decide.
REVIEWER_PERMISSIONS = ("view", "review")
#: The decisions, each posted to its own URL.
ACTIONS = ("reject", "spam", "clear_flags", "restore", "retry")


class ReviewerPermissionMixin:
    """Requires the "view" and the "review" permission on submissions."""

    permission_required = "view"
    any_permission_required = ["review"]


class SubmissionFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=SubmissionKind.choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=SubmissionStatus.choices)
    flagged = django_filters.ChoiceFilter(
        label=_("Flagged for patient information"),
        choices=[("yes", _("Yes, not yet cleared")), ("no", _("No, or cleared"))],
        method="filter_flagged",
    )
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=SubmissionChannel.choices)

    class Meta:
        model = Submission
        fields = ["kind", "status", "flagged", "channel"]

    def filter_flagged(self, queryset, name, value):
        flagged = Q(pii_cleared_at__isnull=True) & ~Q(pii_flags=[])
        return queryset.filter(flagged) if value == "yes" else queryset.exclude(flagged)


def status_label(submission):
    """The status, saying so when a received submission could not be drafted."""
    label = submission.get_status_display()
    if submission.status == SubmissionStatus.RECEIVED and submission.conversion_error:
        return _("%(status)s (not drafted: see its page)") % {"status": label}
    return label


def flags_count(submission):
    """The number of flags, and whether a reviewer has cleared them."""
    count = len(submission.pii_flags or [])
    if count and submission.pii_cleared_at:
        return _("%(count)d (cleared)") % {"count": count}
    return count


class SubmissionIndexView(ReviewerPermissionMixin, IndexView):
    default_ordering = "-received_at"


class SubmissionHistoryView(ReviewerPermissionMixin, HistoryView):
    """The audit log of one submission; it links back to the submission, not to an edit
    view (there is none)."""

    inspect_url_name = None

    def get_edit_url(self, instance):
        return reverse(self.inspect_url_name, args=[instance.pk])

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                label=_("Submission"), url=self.get_edit_url(self.object), icon_name="mail"
            )
        ]


class SubmissionViewSet(ModelViewSet):
    """The inbox. Submissions come in through the API and the site's forms only."""

    model = Submission
    icon = "mail"
    name = "iitk_submissions"
    url_prefix = "toolkit/submissions"
    menu_label = _("Submissions")
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    history_view_class = SubmissionHistoryView
    filterset_class = SubmissionFilterSet
    search_fields = ["reference", "contributor_name", "contributor_email"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        "reference",
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        Column("title", label=_("Title"), accessor=submission_title),
        Column("status", label=_("Status"), accessor=status_label, sort_key="status"),
        Column("flags", label=_("Flags"), accessor=flags_count),
        DateColumn("received_at", label=_("Received"), sort_key="received_at"),
    ]
    list_export = ["reference", "kind", "status", "channel", "received_at", "decided_at"]
    export_filename = "toolkit-submissions"

    def get_common_view_kwargs(self, **kwargs):
        # No add, edit, copy, delete or usage views: received data is never altered.
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            action_url_names={name: self.get_url_name(name) for name in ACTIONS},
            **kwargs,
        )

    def action_view(self, view_class):
        return self.construct_view(view_class, **self.get_inspect_view_kwargs())

    def get_urlpatterns(self):
        conv = self.pk_path_converter
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"inspect/<{conv}:pk>/", self.inspect_view, name="inspect"),
            path(f"history/<{conv}:pk>/", self.history_view, name="history"),
            path(
                f"history-results/<{conv}:pk>/",
                self.history_results_view,
                name="history_results",
            ),
            path(f"reject/<{conv}:pk>/", self.action_view(RejectView), name="reject"),
            path(f"spam/<{conv}:pk>/", self.action_view(SpamView), name="spam"),
            path(
                f"clear-flags/<{conv}:pk>/",
                self.action_view(ClearFlagsView),
                name="clear_flags",
            ),
            path(f"restore/<{conv}:pk>/", self.action_view(RestoreView), name="restore"),
            path(f"retry/<{conv}:pk>/", self.action_view(RetryView), name="retry"),
        ]

    def get_permissions_to_register(self):
        # Only what means something here: there is no adding, changing or deleting.
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=[f"{action}_submission" for action in REVIEWER_PERMISSIONS])
        )

    @property
    def menu_item_class(self):
        class SubmissionsMenuItem(MenuItem):
            def is_shown(self, request):
                policy = policy_registry.get_by_type(Submission)
                return all(
                    policy.user_has_permission(request.user, action)
                    for action in REVIEWER_PERMISSIONS
                )

        return SubmissionsMenuItem
