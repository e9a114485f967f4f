"""The "Toolkit content health" report: what the toolkit's content needs next.

Six sections, one at a time (each exportable), with the number of rows of each in
the section links: tools with no live story of use, questions with no live tool, tools and
frameworks overdue for review (the same rule as the "Due for review" report), the
most viewed items with the fewest "helpful" marks, discussion threads waiting for an
answer, and the discussion's posts, replies and reports per item and partner.
"""

from dataclasses import dataclass

from django import forms
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn

from ...community.discussion import counts as discussion_counts
from ...models import (
    FrameworkPage,
    Question,
    QuestionTool,
    ToolPage,
    ToolUsage,
)
from .base import FormReportView
from .period import PeriodForm
from .queries import METRICS, edit_url, engagement_rows, item_totals, kind_label, live_titles

NO_STORY, NO_TOOL, OVERDUE, LEAST_HELPFUL = "no-story", "no-tool", "overdue", "least-helpful"
UNANSWERED, DISCUSSION = "unanswered", "discussion"
SECTIONS = {
    NO_STORY: _("Tools with no story of use"),
    NO_TOOL: _("Questions with no tool"),
    OVERDUE: _("Overdue for review"),
    LEAST_HELPFUL: _("Least helpful for their views"),
    UNANSWERED: _("Questions waiting for an answer"),
    DISCUSSION: _("Discussion activity"),
}
DEFAULT_MIN_VIEWS = 20


class ContentHealthForm(PeriodForm):
    """Which section; the period and view threshold for the engagement figures."""

    section = forms.ChoiceField(label=_("Section"), required=False, choices=SECTIONS.items())
    min_views = forms.IntegerField(
        label=_("Fewest views to be judged helpful"),
        required=False,
        min_value=1,
        max_value=10_000_000,
    )

    defaults = {"period": "90", "section": NO_STORY, "min_views": str(DEFAULT_MIN_VIEWS)}

    def clean(self):
        cleaned = super().clean()
        self.section = cleaned.get("section") or NO_STORY
        self.min_views = cleaned.get("min_views") or DEFAULT_MIN_VIEWS
        return cleaned


#: What the sections need from a period's engagement, per item.
HEALTH_METRICS = {name: METRICS[name] for name in ("views", "uses", "helpful", "worksheets")}


def period_totals(period):
    """{(kind, id): {views, uses, helpful, worksheets}} over ``period``, for every item with rows:
    one query, shared by the sections (deleted items drop out where titles are joined)."""
    return {
        (row.pop("item_kind"), row.pop("item_id")): row
        for row in item_totals(engagement_rows(period), HEALTH_METRICS)
    }


@dataclass
class HealthRow:
    """A row of any section; the columns of its section say which fields it fills."""

    title: str
    edit_url: str
    kind: str = ""
    views: int = 0
    uses: int = 0
    helpful: int = 0
    worksheets: int = 0
    rate: float = None  # helpful marks per view, unrounded, for sorting
    perspective: str = ""
    last_reviewed: object = None
    review_due: object = None
    partner: str = ""
    posts: int = 0
    replies: int = 0
    reports: int = 0
    waiting: int = 0
    since: object = None

    @property
    def helpful_per_100(self):
        """Helpful marks per 100 views, to one decimal place."""
        return None if self.rate is None else round(100 * self.rate, 1)


def tools_without_stories(totals):
    """Live tools no live story says it used, most "I used this" marks first: the tools
    whose users are the likeliest authors of a story. One query."""
    used_in_stories = ToolUsage.objects.filter(story__live=True).values("tool_id")
    tools = ToolPage.objects.filter(live=True).exclude(pk__in=used_in_stories)
    rows = []
    for pk, title in tools.values_list("pk", "title"):
        found = totals.get(("tool", pk), {})
        rows.append(
            HealthRow(
                title=title,
                edit_url=edit_url("tool", pk),
                uses=found.get("uses", 0),
                views=found.get("views", 0),
                worksheets=found.get("worksheets", 0),
            )
        )
    # Those who filled in a worksheet used the tool too: likely authors of a story.
    rows.sort(key=lambda row: (-row.uses, -row.worksheets, -row.views, row.title.casefold()))
    return rows


def questions_without_tools(totals):
    """Live questions with no live tool to help answer them, in the toolkit's order.
    One query."""
    with_tools = QuestionTool.objects.filter(tool__live=True).values("question_id")
    questions = (
        Question.objects.filter(live=True)
        .exclude(pk__in=with_tools)
        .order_by("perspective__sort_order", "phase__sort_order", "sort_order", "pk")
        .values_list("pk", "wording", "perspective__name")
    )
    kind = "question"
    return [
        HealthRow(
            title=wording,
            edit_url=edit_url(kind, pk),
            perspective=perspective,
            views=totals.get((kind, pk), {}).get("views", 0),
        )
        for pk, wording, perspective in questions
    ]


def overdue_for_review():
    """Live tools and frameworks overdue for review (``ReviewableMixin.overdue_q``): never
    reviewed first, then the longest overdue. Two queries."""
    rows = []
    for kind, model in (
        ("tool", ToolPage),
        ("framework", FrameworkPage),
    ):
        pages = model.objects.filter(model.overdue_q(), live=True)
        for pk, title, last_reviewed, review_due in pages.values_list(
            "pk", "title", "last_reviewed", "review_due"
        ):
            rows.append(
                HealthRow(
                    title=title,
                    edit_url=edit_url(kind, pk),
                    kind=kind_label(kind),
                    last_reviewed=last_reviewed,
                    review_due=review_due,
                )
            )
    rows.sort(key=lambda row: (row.review_due is not None, row.review_due, row.title))
    return rows


def least_helpful(totals, titles, min_views):
    """Live items viewed at least ``min_views`` times, fewest helpful marks per 100 views
    first (then the most viewed, then by title)."""
    rows = []
    for (kind, item_id), found in totals.items():
        title = titles.get((kind, item_id))
        if title is None or found["views"] < min_views:
            continue
        rows.append(
            HealthRow(
                title=title,
                edit_url=edit_url(kind, item_id),
                kind=kind_label(kind),
                views=found["views"],
                helpful=found["helpful"],
                rate=found["helpful"] / found["views"],
            )
        )
    rows.sort(key=lambda row: (row.rate, -row.views, row.title.casefold()))
    return rows


def unanswered_threads():
    """Live tools, frameworks and stories with published threads no reply answers yet."""
    return [
        HealthRow(
            title=row["title"],
            edit_url=edit_url(row["kind"], row["page_id"]),
            kind=kind_label(row["kind"]),
            waiting=row["waiting"],
            since=row["since"],
        )
        for row in discussion_counts.waiting_for_an_answer()
    ]


def discussion_activity(period):
    """Posts, replies and reports per item and partner over the period."""
    return [
        HealthRow(
            title=row["title"],
            edit_url=edit_url(row["kind"], row["page_id"]),
            kind=kind_label(row["kind"]),
            partner=row["partner"],
            posts=row["posts"],
            replies=row["replies"],
            reports=row["reports"],
        )
        for row in discussion_counts.activity(period.start, period.end)
    ]


def title_column(label):
    return TitleColumn("title", label=label, get_url=lambda row: row.edit_url)


#: Per section: its table's columns, which its exports follow.
SECTION_COLUMNS = {
    NO_STORY: [
        title_column(_("Tool")),
        Column("uses", label=_("Uses")),
        Column("worksheets", label=_("Worksheet opens")),
        Column("views", label=_("Views")),
    ],
    NO_TOOL: [
        title_column(_("Question")),
        Column("perspective", label=_("Perspective")),
        Column("views", label=_("Views")),
    ],
    OVERDUE: [
        title_column(_("Title")),
        Column("kind", label=_("Kind")),
        DateColumn("last_reviewed", label=_("Last reviewed")),
        DateColumn("review_due", label=_("Review due")),
    ],
    LEAST_HELPFUL: [
        title_column(_("Title")),
        Column("kind", label=_("Kind")),
        Column("views", label=_("Views")),
        Column("helpful", label=_("Helpful")),
        Column("helpful_per_100", label=_("Helpful per 100 views")),
    ],
    UNANSWERED: [
        title_column(_("Title")),
        Column("kind", label=_("Kind")),
        Column("waiting", label=_("Threads without a reply")),
        DateColumn("since", label=_("Oldest waiting since")),
    ],
    DISCUSSION: [
        title_column(_("Title")),
        Column("kind", label=_("Kind")),
        Column("partner", label=_("Partner")),
        Column("posts", label=_("Posts")),
        Column("replies", label=_("Replies")),
        Column("reports", label=_("Reports")),
    ],
}


class ContentHealthReportView(FormReportView):
    """One section of content health at a time, with links to the others and their counts."""

    page_title = _("Toolkit content health")
    header_icon = "warning"
    index_url_name = "iitk_content_health_report:index"
    results_template_name = "wagtail_iitk/admin/reports/content_health_results.html"
    form_class = ContentHealthForm

    @property
    def section(self):
        return self.form.section if self.form.is_valid() else NO_STORY

    @property
    def columns(self):
        return SECTION_COLUMNS[self.section]

    @property
    def list_export(self):
        return [column.accessor for column in self.columns]

    @property
    def export_headings(self):
        return {column.accessor: column.label for column in self.columns}

    def get_filename(self):
        return f"toolkit-content-health-{self.section}"

    @cached_property
    def totals(self):
        return period_totals(self.form.period)

    @cached_property
    def _section_rows(self):
        return {}

    def section_rows(self, section):
        """A section's rows, made once per request (every count is shown in the links).

        Six queries for the four sections: the period's totals per item, the live
        titles, the tools, the questions, and the overdue tools and frameworks.
        """
        if section not in self._section_rows:
            if section == NO_STORY:
                rows = tools_without_stories(self.totals)
            elif section == NO_TOOL:
                rows = questions_without_tools(self.totals)
            elif section == OVERDUE:
                rows = overdue_for_review()
            elif section == UNANSWERED:
                rows = unanswered_threads()
            elif section == DISCUSSION:
                rows = discussion_activity(self.form.period)
            else:
                rows = least_helpful(self.totals, live_titles(), self.form.min_views)
            self._section_rows[section] = rows
        return self._section_rows[section]

    def get_rows(self, form):
        return self.section_rows(form.section)

    @cached_property
    def sections(self):
        """Each section's name, label, link and number of rows."""
        params = self.request.GET.copy()
        params.pop("p", None)
        params.pop("export", None)
        links = []
        for name, label in SECTIONS.items():
            params["section"] = name
            count = len(self.section_rows(name))
            links.append(
                {
                    "name": name,
                    "label": label,
                    "url": f"{self.index_url}?{params.urlencode()}",
                    "count": count,
                    "current": name == self.section,
                }
            )
        return links

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.form.is_valid() and not self.is_export:
            context["sections"] = self.sections
            context["section_label"] = SECTIONS[self.section]
            context["min_views"] = self.form.min_views
        return context

    @staticmethod
    def overdue_url():
        return reverse("iitk_due_for_review:index")
