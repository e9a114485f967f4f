"""The "Toolkit partners" report: where each partner embeds the toolkit, and how it is used."""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn

from ...models import PartnerOrganisation
from .base import FormReportView
from .period import PeriodForm
from .queries import live_titles, partner_item_totals


@dataclass
class PartnerRow:
    """One partner's embedding origins and widget figures over the period."""

    partner_id: int
    name: str
    active: bool
    impressions: int = 0
    opens: int = 0
    items_shown: int = 0
    origins: list = field(default_factory=list)

    @property
    def open_rate(self):
        """Opens per 100 impressions, to one decimal; None when there were no impressions."""
        if not self.impressions:
            return None
        return round(100 * self.opens / self.impressions, 1)

    @property
    def open_rate_text(self):
        return "—" if self.open_rate is None else f"{self.open_rate:.1f}%"

    @property
    def origins_text(self):
        return ", ".join(self.origins) or "—"

    @property
    def status(self):
        return _("Active") if self.active else _("Inactive")

    @property
    def edit_url(self):
        return reverse("iitk_partners:edit", args=[self.partner_id])


def partner_rows(period):
    """Every partner organisation, most impressions first: three queries in all.

    Impressions, opens and items shown count live items only; the origins are every
    embedding origin seen for the partner, whatever the row is about.
    """
    titles = live_titles()
    rows = {
        pk: PartnerRow(partner_id=pk, name=name, active=active)
        for pk, name, active in PartnerOrganisation.objects.values_list("pk", "name", "active")
    }
    origins, shown = {}, {}
    for found in partner_item_totals(period):
        row = rows.get(found["partner_id"])
        if row is None:  # a partner deleted while the report was being made
            continue
        if found["origin"]:
            origins.setdefault(row.partner_id, set()).add(found["origin"])
        item = (found["item_kind"], found["item_id"])
        if item not in titles:
            continue
        row.impressions += found["impressions"]
        row.opens += found["opens"]
        if found["impressions"]:
            shown.setdefault(row.partner_id, set()).add(item)
    for row in rows.values():
        row.origins = sorted(origins.get(row.partner_id, ()))
        row.items_shown = len(shown.get(row.partner_id, ()))
    return sorted(
        rows.values(), key=lambda row: (-row.impressions, -row.opens, row.name.casefold())
    )


class PartnerReportView(FormReportView):
    """Each partner: embedding origins seen, impressions, opens and the open rate."""

    page_title = _("Toolkit partners")
    header_icon = "group"
    index_url_name = "iitk_partner_report:index"
    results_template_name = "wagtail_iitk/admin/reports/partners_results.html"
    form_class = PeriodForm
    list_export = ["name", "status", "origins", "impressions", "opens", "open_rate", "items_shown"]
    export_headings = {
        "name": _("Partner"),
        "status": _("Status"),
        "origins": _("Embedding origins"),
        "impressions": _("Impressions"),
        "opens": _("Opens"),
        "open_rate": _("Open rate (%)"),
        "items_shown": _("Items shown"),
    }
    columns = [
        TitleColumn("name", label=_("Partner"), get_url=lambda row: row.edit_url),
        Column("status", label=_("Status")),
        Column("origins_text", label=_("Embedding origins")),
        Column("impressions", label=_("Impressions")),
        Column("opens", label=_("Opens")),
        Column("open_rate_text", label=_("Open rate")),
        Column("items_shown", label=_("Items shown")),
    ]

    def get_filename(self):
        period = self.form.period
        return f"toolkit-partners-{period.start.isoformat()}-to-{period.end.isoformat()}"

    def get_rows(self, form):
        return partner_rows(form.period)
