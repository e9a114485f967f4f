"""A site can say something above every toolkit report (the demo says its counts are
made up) through the ``iitk_report_notices`` hook; what it says is escaped."""

import pytest
from django.urls import reverse
from wagtail import hooks

pytestmark = pytest.mark.django_db

REPORTS = ["iitk_engagement_report:index", "iitk_partner_report:index"]


@pytest.mark.parametrize("report", REPORTS)
def test_a_notice_shows_above_each_report(admin_client, report):
    def notice(request):
        return "These counts are <b>made up</b> for the demo."

    with hooks.register_temporarily("iitk_report_notices", notice):
        html = admin_client.get(reverse(report)).content.decode()
    assert "These counts are &lt;b&gt;made up&lt;/b&gt; for the demo." in html


@pytest.mark.parametrize("report", REPORTS)
def test_nothing_to_say_shows_no_notice(admin_client, report):
    def page(text):
        with hooks.register_temporarily("iitk_report_notices", lambda request: text):
            return admin_client.get(reverse(report)).content.decode()

    said, silent = page("Made up."), page("")
    assert "Made up." in said
    assert silent.count("help-info") == said.count("help-info") - 1
