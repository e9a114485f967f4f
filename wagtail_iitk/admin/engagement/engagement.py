"""The "Toolkit engagement" report: the most used items over a period, and the weekly trend."""

from dataclasses import dataclass

from django import forms
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn

from ...community.discussion import counts as discussion_counts
from ...models import PartnerOrganisation
from ..charts import Point, bar_chart
from .base import FormReportView
from .period import PeriodForm
from .queries import (
    ALL_PARTNERS,
    METRICS,
    NO_PARTNER,
    edit_url,
    engagement_rows,
    item_kinds,
    item_totals,
    kind_label,
    live_titles,
    weekly_totals,
    without_items,
)

#: Column headings, short, in the order of ``METRICS``.
METRIC_HEADINGS = {
    "views": _("Views"),
    "impressions": _("Impressions"),
    "opens": _("Opens"),
    "uses": _("Uses"),
    "helpful": _("Helpful"),
    "downloads": _("Downloads"),
    "worksheets": _("Worksheets"),
    "prints": _("Prints"),
    "saves": _("Saves"),
    "cards": _("Cards"),
}

#: The discussion's counts per item (from ``community.discussion.counts``, not from the
#: daily rows), shown after the metrics in the table and the exports.
DISCUSSION_HEADINGS = {
    "posts": _("Posts"),
    "replies": _("Replies"),
    "reports": _("Reports"),
}
NO_DISCUSSION = dict.fromkeys(DISCUSSION_HEADINGS, 0)

#: What each metric counts, for the "Rank by" choices and the chart's title.
METRIC_LABELS = {
    "views": _("Views of the item's page"),
    "impressions": _("Widget impressions on partner pages"),
    "opens": _("Opens in the toolkit from a widget"),
    "uses": _("“I used this tool” marks"),
    "helpful": _("“Helpful” marks"),
    "downloads": _("Template downloads"),
    "worksheets": _("Worksheet opens"),
    "prints": _("Worksheets printed"),
    "saves": _("Worksheets saved as a file"),
    "cards": _("Printable tool card downloads"),
}


class EngagementForm(PeriodForm):
    """Period, partner, kind of item, and the measure the items are ranked by."""

    partner = forms.ChoiceField(label=_("Partner"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind of item"),
        required=False,
        choices=[("", _("Every kind"))] + [(kind.name, kind.label) for kind in item_kinds()],
    )
    rank = forms.ChoiceField(
        label=_("Rank by"), required=False, choices=list(METRIC_LABELS.items())
    )

    defaults = {**PeriodForm.defaults, "rank": "uses"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        partners = PartnerOrganisation.objects.order_by("name").values_list("pk", "name", "active")
        self.fields["partner"].choices = [
            ("", _("All partners, and none")),
            (NO_PARTNER, _("No partner: the toolkit's own pages")),
        ] + [
            (str(pk), name if active else _("%(name)s (inactive)") % {"name": name})
            for pk, name, active in partners
        ]

    def clean(self):
        cleaned = super().clean()
        partner = cleaned.get("partner") or ""
        self.partner = int(partner) if partner.isdigit() else (partner or ALL_PARTNERS)
        self.kinds = [cleaned["kind"]] if cleaned.get("kind") else None
        self.rank = cleaned.get("rank") or "uses"
        return cleaned


@dataclass
class ItemRow:
    """One item of the report, with its totals over the period."""

    rank: int
    kind: str
    item_id: int
    title: str
    views: int
    impressions: int
    opens: int
    uses: int
    helpful: int
    downloads: int
    worksheets: int
    prints: int
    saves: int
    cards: int
    posts: int = 0
    replies: int = 0
    reports: int = 0

    @property
    def kind_label(self):
        return kind_label(self.kind)

    @property
    def edit_url(self):
        return edit_url(self.kind, self.item_id)


def ranked_items(rows, rank, kinds=None, discussion=None):
    """Every live item with rows or with discussion, as ``ItemRow``s, most ``rank``
    first, then by title; and the set of (kind, id) of the items with rows that are not
    live. ``discussion`` is ``{(kind, id): {"posts", "replies", "reports"}}``.

    Two queries: the titles of the live items, and the totals grouped in SQL.
    """
    titles = live_titles(kinds)
    discussion = discussion or {}
    items, gone = [], set()
    for row in item_totals(rows):
        key = (row["item_kind"], row["item_id"])
        if key not in titles:  # deleted or unpublished
            gone.add(key)
            continue
        items.append(
            ItemRow(
                rank=0,
                kind=key[0],
                item_id=key[1],
                title=titles[key],
                **{name: row[name] for name in METRICS},
                **discussion.get(key, NO_DISCUSSION),
            )
        )
    # Items discussed in the period but with no daily rows in it.
    counted = {(item.kind, item.item_id) for item in items}
    for key, numbers in discussion.items():
        if key in titles and key not in counted:
            items.append(
                ItemRow(
                    rank=0,
                    kind=key[0],
                    item_id=key[1],
                    title=titles[key],
                    **dict.fromkeys(METRICS, 0),
                    **numbers,
                )
            )
    items.sort(key=lambda item: (-getattr(item, rank), item.title.casefold(), item.item_id))
    for position, item in enumerate(items, start=1):
        item.rank = position
    return items, gone


@dataclass
class Week:
    """One week of the trend: its Monday, how many of its days are in the period, totals."""

    monday: object
    days: int
    totals: dict

    def total(self, name):
        return self.totals.get(name, 0)

    @property
    def values(self):
        """The totals in column order, for the table."""
        return [self.total(name) for name in METRICS]


class EngagementReportView(FormReportView):
    """Items ranked by a measure over a period, a weekly chart of it, and every total."""

    page_title = _("Toolkit engagement")
    header_icon = "view"
    index_url_name = "iitk_engagement_report:index"
    results_template_name = "wagtail_iitk/admin/reports/engagement_results.html"
    form_class = EngagementForm
    list_export = ["rank", "title", "kind_label", *METRICS, *DISCUSSION_HEADINGS]
    export_headings = {
        "rank": _("Rank"),
        "title": _("Title"),
        "kind_label": _("Kind"),
        **METRIC_HEADINGS,
        **DISCUSSION_HEADINGS,
    }

    @cached_property
    def columns(self):
        return [
            Column("rank", label=_("Rank")),
            TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
            Column("kind_label", label=_("Kind")),
            *(Column(name, label=heading) for name, heading in METRIC_HEADINGS.items()),
            *(Column(name, label=heading) for name, heading in DISCUSSION_HEADINGS.items()),
        ]

    def get_filename(self):
        period = self.form.period
        return f"toolkit-engagement-{period.start.isoformat()}-to-{period.end.isoformat()}"

    @cached_property
    def rows(self):
        form = self.form
        return engagement_rows(form.period, partner=form.partner, kinds=form.kinds)

    def get_rows(self, form):
        discussion = discussion_counts.per_item(
            form.period.start,
            form.period.end,
            partner=discussion_counts.NO_PARTNER if form.partner == NO_PARTNER else form.partner,
            kinds=form.kinds,
        )
        items, self.gone = ranked_items(self.rows, form.rank, form.kinds, discussion)
        return items

    def trend(self):
        """The weeks of the period with their totals, and the chart of the ranked measure."""
        period, rank = self.form.period, self.form.rank
        found = weekly_totals(without_items(self.rows, self.gone))
        weeks = [Week(monday, days, found.get(monday, {})) for monday, days in period.weeks()]
        points = [
            Point(
                label=date_format(week.monday, "j M"),
                value=week.total(rank),
                description=_("Week of %(monday)s: %(value)s")
                % {"monday": date_format(week.monday, "j F Y"), "value": f"{week.total(rank):,}"},
            )
            for week in weeks
        ]
        totals = [sum(week.total(name) for week in weeks) for name in METRICS]
        title = _("%(measure)s per week, %(period)s") % {
            "measure": METRIC_HEADINGS[rank],
            "period": period,
        }
        svg = bar_chart(
            points,
            chart_id="iitk-trend",
            title=title,
            description=self.describe_trend(weeks, rank),
        )
        return {"weeks": weeks, "totals": totals, "svg": svg, "title": title}

    @staticmethod
    def describe_trend(weeks, rank):
        """The chart's description: what it shows, the total and the busiest week."""
        measure = str(METRIC_LABELS[rank])
        measure = measure[:1].lower() + measure[1:]  # mid-sentence
        total = sum(week.total(rank) for week in weeks)
        text = _(
            "Bar chart of %(measure)s, one bar per week starting on Monday; the first and "
            "last weeks may be part weeks. The numbers are in the table beside the chart. "
        ) % {"measure": measure}
        if not total:
            return text + _("There were none in this period.")
        busiest = max(weeks, key=lambda week: week.total(rank))
        return text + _("%(total)s in all; the most, %(most)s, in the week of %(monday)s.") % {
            "total": f"{total:,}",
            "most": f"{busiest.total(rank):,}",
            "monday": date_format(busiest.monday, "j F Y"),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.form.is_valid() and not self.is_export:
            context["trend"] = self.trend()
            context["metric_headings"] = list(METRIC_HEADINGS.values())
            context["rank_heading"] = METRIC_HEADINGS[self.form.rank]
        return context
