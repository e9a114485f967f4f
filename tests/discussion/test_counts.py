"""The discussion counted in the content-health report: threads waiting for an answer,
and posts, replies and reports per item and partner (numbers only, no personal data)."""

import pytest
from django.urls import reverse

from tests.engagement_reports.conftest import csv_rows
from wagtail_iitk.community.discussion import moderation
from wagtail_iitk.models import PartnerOrganisation

from .helpers import approve, stored

pytestmark = pytest.mark.django_db

URL = "iitk_content_health_report:index"


def test_waiting_for_an_answer_and_activity_sections(admin_client, tool, story):
    answered = stored(tool, text="Answered question.")
    approve(answered)
    approve(stored(tool, text="The answer.", parent=answered.pk))
    waiting = stored(tool, text="Waiting question.")
    approve(waiting)
    stored(story, kind="story", text="Pending, not counted as waiting.")
    partner = PartnerOrganisation.objects.create(name="Westvale Trust (fictional)")
    from_partner = stored(story, kind="story", text="From a partner's intranet.")
    from_partner.submission.partner = partner
    from_partner.submission.save()
    approve(from_partner)
    assert moderation.report(from_partner.pk, "Off topic")

    page = admin_client.get(reverse(URL), {"section": "unanswered"}).content.decode()
    assert "Process map" in page
    assert "Fewer falls at night" in page  # its one published thread has no reply
    rows = csv_rows(admin_client.get(reverse(URL), {"section": "unanswered", "export": "csv"}))
    assert rows[0][:3] == ["Title", "Kind", "Threads without a reply"]
    assert sorted(row[:3] for row in rows[1:]) == [
        ["Fewer falls at night", "Story", "1"],
        ["Process map", "Tool", "1"],
    ]
    rows = csv_rows(admin_client.get(reverse(URL), {"section": "discussion", "export": "csv"}))
    assert rows[0] == ["Title", "Kind", "Partner", "Posts", "Replies", "Reports"]
    assert sorted(rows[1:]) == [
        ["Fewer falls at night", "Story", "", "1", "0", "0"],
        ["Fewer falls at night", "Story", "Westvale Trust (fictional)", "1", "0", "1"],
        ["Process map", "Tool", "", "2", "1", "0"],
    ]
    assert "dana@example.org" not in str(rows)
