"""What the engagement reports share: a form of GET parameters that drives the rows."""

from django.http import QueryDict
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.views.reports import ReportView

from ...models import DailyEngagement


def report_notices(request):
    """What a site says above every toolkit report (e.g. that its counts are demo data):
    the texts returned by the functions registered with the ``iitk_report_notices``
    Wagtail hook, each called with the request (``None`` or "" for nothing)."""
    return [text for fn in hooks.get_hooks("iitk_report_notices") if (text := fn(request))]


class FormReportView(ReportView):
    """A Wagtail report whose rows depend on a form of GET parameters (the period ...).

    An invalid form shows its errors and no rows; an export asked for with invalid
    parameters gets the same page with status 400, never a half-made file. Seeing the
    reports needs the "view" permission on daily engagement counts (reviewers have it;
    superusers have everything).
    """

    model = DailyEngagement
    permission_required = "view"
    form_class = None
    template_name = "wagtail_iitk/admin/reports/report.html"
    paginate_by = 50

    def get_form_kwargs(self):
        return {}

    @cached_property
    def form(self):
        """The form, bound to the request's parameters on top of the form's defaults."""
        data = QueryDict(mutable=True)
        for name, value in self.form_class.defaults.items():
            data[name] = value
        for name in self.form_class.base_fields:
            if name in self.request.GET:
                data.setlist(name, self.request.GET.getlist(name))
        return self.form_class(data, **self.get_form_kwargs())

    def get_queryset(self):
        if not self.form.is_valid():
            return []
        return self.get_rows(self.form)

    def get_rows(self, form):
        """The report's rows for a valid form (a list: Wagtail pages it)."""
        raise NotImplementedError

    @cached_property
    def show_export_buttons(self):
        return bool(self.list_export) and self.form.is_valid()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["period"] = getattr(self.form, "period", None) if self.form.is_valid() else None
        # An export is a file: the page's notices are not part of it.
        context["notices"] = [] if self.is_export else report_notices(self.request)
        return context

    def render_to_response(self, context, **response_kwargs):
        if self.is_export and not self.form.is_valid():
            self.is_export = False
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)
