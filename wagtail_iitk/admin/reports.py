"""The "Due for review" report: tools, frameworks and questions whose review date has passed."""

from dataclasses import dataclass

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Page

from ..models import FrameworkPage, Question, ToolPage


@dataclass
class ReviewItem:
    """One row of the report: an item of any reviewable type."""

    kind: str
    title: str
    last_reviewed: object
    review_due: object
    status: str
    edit_url: str

    def __str__(self):
        return self.title


def overdue_items(today=None):
    """Every tool, framework and question with no review on record or a due date passed.

    Sorted so the longest overdue come first, items never reviewed at the very top.
    """
    today = today or timezone.localdate()
    items = []
    for model in (ToolPage, FrameworkPage):
        pages = model.objects.filter(model.overdue_q(today))
        for page in pages.order_by("review_due", "title"):
            items.append(
                ReviewItem(
                    kind=str(model._meta.verbose_name).capitalize(),
                    title=page.title,
                    last_reviewed=page.last_reviewed,
                    review_due=page.review_due,
                    status=page.status_string,
                    edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
                )
            )
    questions = Question.objects.filter(Question.overdue_q(today))
    for question in questions.order_by("review_due", "wording"):
        items.append(
            ReviewItem(
                kind=str(Question._meta.verbose_name).capitalize(),
                title=question.wording,
                last_reviewed=question.last_reviewed,
                review_due=question.review_due,
                status=question.status_string,
                edit_url=reverse(question.snippet_viewset.get_url_name("edit"), args=[question.pk]),
            )
        )
    items.sort(key=lambda item: (item.review_due is not None, item.review_due or today))
    return items


class DueForReviewView(ReportView):
    """Lists overdue items; exports as CSV or XLSX through Wagtail's report machinery."""

    page_title = _("Due for review")
    header_icon = "date"
    index_url_name = "iitk_due_for_review:index"
    index_results_url_name = "iitk_due_for_review:results"
    model = Page  # permission: anyone who may edit or publish pages
    any_permission_required = ["add", "change", "publish"]
    list_export = ["kind", "title", "last_reviewed", "review_due", "status"]
    export_headings = {
        "kind": _("Type"),
        "title": _("Title"),
        "last_reviewed": _("Last reviewed"),
        "review_due": _("Review due"),
        "status": _("Status"),
    }
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda item: item.edit_url),
        Column("kind", label=_("Type")),
        DateColumn("last_reviewed", label=_("Last reviewed")),
        DateColumn("review_due", label=_("Review due")),
        Column("status", label=_("Status")),
    ]

    def get_queryset(self):
        return overdue_items()

    def get_filename(self):
        return "toolkit-due-for-review"


class DueForReviewViewSet(ViewSet):
    """Puts the report in the Toolkit menu beside the content it reports on."""

    name = "iitk_due_for_review"
    url_prefix = "toolkit/due-for-review"
    icon = "date"
    menu_label = _("Due for review")
    add_to_admin_menu = False

    def get_urlpatterns(self):
        view = DueForReviewView.as_view
        return [
            path("", view(), name="index"),
            path("results/", view(results_only=True), name="results"),
        ]
