"""Says where the demo's figures are made up: above every toolkit report and on the
dashboard, once the demo's made-up engagement and submissions are in the database."""

from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from wagtail_iitk.models import Submission

from .engagement import DAYS
from .submissions import KEY_PREFIX


def demo_data_notice():
    """The notice, or "" when nothing made up is stored.

    The demo's submissions mark it (they are loaded with its engagement, and only then):
    engagement alone may be real use of a site built from the example."""
    if not Submission.objects.filter(idempotency_key__startswith=KEY_PREFIX).exists():
        return ""
    return _(
        "Demo data: the engagement counts for the %(days)d days before the demo was loaded, "
        "and the community submissions it came with, are made up by load_demo_content. "
        "They are not real use."
    ) % {"days": DAYS}


@hooks.register("iitk_report_notices")
def report_notice(request):
    return demo_data_notice()


class DemoDataPanel(Component):
    name = "iitk_demo_data"
    order = 10

    def render_html(self, parent_context=None):
        notice = demo_data_notice()
        if not notice:
            return ""
        return format_html(
            '<section class="w-panel" aria-labelledby="iitk-demo-data-heading">'
            '<div class="w-panel__header"><h2 class="w-panel__heading w-h2" '
            'id="iitk-demo-data-heading">{}</h2></div>'
            '<div class="w-panel__content"><p>{}</p></div></section>',
            _("This is a demo"),
            notice,
        )


@hooks.register("construct_homepage_panels")
def add_demo_data_panel(request, panels):
    panels.append(DemoDataPanel())
