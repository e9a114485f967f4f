"""Puts the engagement reports in Wagtail's Reports menu, for those who may see them."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permissions import policy_registry

from ...models import DailyEngagement
from .engagement import EngagementReportView
from .health import ContentHealthReportView
from .partners import PartnerReportView


def may_see_reports(user):
    """Whether ``user`` may see the engagement reports: the "view" permission on daily
    engagement counts (the reviewers' group has it; superusers have everything)."""
    return policy_registry.get_by_type(DailyEngagement).user_has_permission(user, "view")


class EngagementReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_reports(request.user)


class EngagementReportViewSet(ViewSet):
    """One report, at ``/admin/toolkit/reports/<name>/``, listed in the Reports menu."""

    view_class = None
    menu_hook = "register_reports_menu_item"
    menu_item_class = EngagementReportMenuItem

    def get_urlpatterns(self):
        return [path("", self.view_class.as_view(), name="index")]


class EngagementViewSet(EngagementReportViewSet):
    name = "iitk_engagement_report"
    url_prefix = "toolkit/reports/engagement"
    icon = "view"
    menu_label = _("Toolkit engagement")
    menu_order = 1300
    view_class = EngagementReportView


class ContentHealthViewSet(EngagementReportViewSet):
    name = "iitk_content_health_report"
    url_prefix = "toolkit/reports/content-health"
    icon = "warning"
    menu_label = _("Toolkit content health")
    menu_order = 1310
    view_class = ContentHealthReportView


class PartnerViewSet(EngagementReportViewSet):
    name = "iitk_partner_report"
    url_prefix = "toolkit/reports/partners"
    icon = "group"
    menu_label = _("Toolkit partners")
    menu_order = 1320
    view_class = PartnerReportView


def report_viewsets():
    """The three reports' viewsets, for the ``register_admin_viewset`` hook."""
    return [EngagementViewSet(), ContentHealthViewSet(), PartnerViewSet()]
