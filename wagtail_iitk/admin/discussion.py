"""The discussion queue, beside the Submissions inbox: posts listed, inspected, decided.

The same reviewers as the inbox (the "view" and "review" permissions on submissions),
the same row locking and audit log (``community.discussion.moderation``). A post's page
shows its text as received (flags highlighted) beside the text the public would see,
the thread it belongs to, its reports, and one button per decision that applies.
Everything a contributor or reporter wrote is shown escaped.
"""

import logging

import django_filters
from django.contrib import messages
from django.contrib.auth.models import Permission
from django.db import OperationalError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from ..community.discussion import moderation
from ..community.moderation import ModerationError
from ..community.screening import find_pii
from ..models import DiscussionPost, DiscussionReport, DiscussionStatus, Submission
from .submission_detail import BUSY
from .submission_text import highlight
from .submissions import REVIEWER_PERMISSIONS

logger = logging.getLogger(__name__)

#: Which buttons a post in each state offers (decisions, then switches).
ACTIONS = {
    DiscussionStatus.PENDING: ("approve", "hide", "spam"),
    DiscussionStatus.APPROVED: ("hide", "spam"),
    DiscussionStatus.HIDDEN: ("restore", "spam"),
    DiscussionStatus.SPAM: ("restore",),
}
LABELS = {
    "approve": gettext_lazy("Approve and publish"),
    "hide": gettext_lazy("Hide"),
    "restore": gettext_lazy("Restore and publish"),
    "spam": gettext_lazy("Mark as spam"),
    "keep": gettext_lazy("Keep it: the reports are unfounded"),
    "recommend": gettext_lazy("Mark as recommended by the editors"),
    "unrecommend": gettext_lazy("Remove the editors' recommendation"),
    "lock": gettext_lazy("Lock the thread"),
    "unlock": gettext_lazy("Unlock the thread"),
    "open": gettext_lazy("Open the thread (replies published at once, checked after)"),
    "close": gettext_lazy("Stop publishing replies at once"),
}


def actions_for(post):
    """The decisions a reviewer may take on ``post`` now, in the order they are shown."""
    names = list(ACTIONS[post.status])
    if post.reports_open:
        names.insert(0, "keep")
    if post.status == DiscussionStatus.APPROVED or post.status == DiscussionStatus.PENDING:
        names.append("unrecommend" if post.recommended else "recommend")
    if post.parent_id is None:
        names.append("unlock" if post.locked else "lock")
        names.append("close" if post.open_thread else "open")
    return names


def in_queue():
    return Q(status=DiscussionStatus.PENDING) | Q(reports_open=True)


class DiscussionFilterSet(WagtailFilterSet):
    queue = django_filters.ChoiceFilter(
        label=gettext_lazy("Waiting for a reviewer"),
        choices=[("yes", gettext_lazy("Yes: new or reported")), ("no", gettext_lazy("No"))],
        method="filter_queue",
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=DiscussionStatus.choices
    )

    class Meta:
        model = DiscussionPost
        fields = ["queue", "status", "kind"]

    def filter_queue(self, queryset, name, value):
        return queryset.filter(in_queue()) if value == "yes" else queryset.exclude(in_queue())


def excerpt(post):
    return Truncator(post.body).chars(90)


def about(post):
    return post.page.title


def status_label(post):
    label = post.get_status_display()
    if post.reports_open:
        return _("%(status)s, reported") % {"status": label}
    return label


class PermissionMixin:
    permission_required = "view"
    any_permission_required = ["review"]


class DiscussionIndexView(PermissionMixin, IndexView):
    default_ordering = "-created_at"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page", "submission")


class DiscussionInspectView(PermissionMixin, InspectView):
    """A post: received text with flags, the text the public sees, thread, reports."""

    template_name = "wagtail_iitk/admin/discussion/inspect.html"
    page_title = gettext_lazy("Discussion post")
    action_url_name = None

    def get_page_subtitle(self):
        return self.object.submission.reference

    def get_fields(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        post = self.object
        received = post.submission.received_data
        text = received.get("body", "") if isinstance(received, dict) else ""
        text = text if isinstance(text, str) else ""
        context.update(
            {
                "post": post,
                "submission": post.submission,
                "received_html": highlight(text, find_pii(text)),
                "flags": len(post.submission.pii_flags or []),
                "thread": post.parent,
                "reports": DiscussionReport.objects.filter(post=post)[:50],
                "actions": [
                    {
                        "name": name,
                        "label": LABELS[name],
                        "url": reverse(self.action_url_name, args=[post.pk, name]),
                    }
                    for name in actions_for(post)
                ],
            }
        )
        return context


class DiscussionActionView(DiscussionInspectView):
    """Posts one decision; a decision another reviewer beat says who did what."""

    http_method_names = ["post"]
    inspect_url_name = None

    def post(self, request, *args, **kwargs):
        action = kwargs.get("action")
        if action not in LABELS:
            raise Http404
        user = request.user
        try:
            if action in moderation.DECISIONS:
                moderation.decide(self.object.pk, user, action)
            elif action == "keep":
                moderation.keep(self.object.pk, user)
            else:
                moderation.switch(self.object.pk, user, action)
        except ModerationError as error:
            messages.error(request, str(error))
        except OperationalError:
            logger.warning("Decision on post %s not written", self.object.pk, exc_info=True)
            messages.error(request, BUSY)
        else:
            messages.success(
                request,
                _("%(reference)s: %(done)s.")
                % {"reference": self.object.submission.reference, "done": LABELS[action]},
            )
        return redirect(reverse(self.inspect_url_name, args=[self.object.pk]))


# The inbox's reviewers moderate the discussion: one set of permissions (on submissions).
register_permission_policy(DiscussionPost, ModelPermissionPolicy(Submission), exact_class=True)


class DiscussionViewSet(ModelViewSet):
    """The discussion queue. Posts come in through the API and the site's forms only."""

    model = DiscussionPost
    icon = "comment"
    name = "iitk_discussion"
    url_prefix = "toolkit/discussion"
    menu_label = gettext_lazy("Discussion")
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = DiscussionIndexView
    inspect_view_class = DiscussionInspectView
    filterset_class = DiscussionFilterSet
    search_fields = ["body", "submission__reference"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        Column("reference", label=gettext_lazy("Reference"), accessor="submission"),
        Column("about", label=gettext_lazy("About"), accessor=about),
        Column("excerpt", label=gettext_lazy("Post"), accessor=excerpt),
        Column("status", label=gettext_lazy("Status"), accessor=status_label, sort_key="status"),
        Column("reports", label=gettext_lazy("Reports"), sort_key="reports"),
        DateColumn("created_at", label=gettext_lazy("Posted"), sort_key="created_at"),
    ]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            usage_url_name=None,
            history_url_name=None,
            **kwargs,
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            action_url_name=self.get_url_name("decide"), **kwargs
        )

    @property
    def action_view(self):
        return self.construct_view(
            DiscussionActionView,
            **self.get_inspect_view_kwargs(),
        )

    def get_urlpatterns(self):
        conv = self.pk_path_converter
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"inspect/<{conv}:pk>/", self.inspect_view, name="inspect"),
            path(f"decide/<{conv}:pk>/<slug:action>/", self.action_view, name="decide"),
        ]

    def get_permissions_to_register(self):
        return Permission.objects.none()  # the inbox's permissions are the ones used

    @property
    def menu_item_class(self):
        policy = self.permission_policy

        class DiscussionMenuItem(MenuItem):
            def is_shown(self, request):
                return all(
                    policy.user_has_permission(request.user, action)
                    for action in REVIEWER_PERMISSIONS
                )

        return DiscussionMenuItem
