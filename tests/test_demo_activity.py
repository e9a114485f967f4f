"""The demo's made-up activity: diagrams for tools and frameworks, 90 days of engagement
and submissions in every state, each added once, through the toolkit's own services."""

import collections
import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Revision

from example_site.demo import engagement, images, submissions
from example_site.demo.demo_notice import demo_data_notice
from example_site.demo.management.commands.load_demo_content import Command as LoadDemoContent
from wagtail_iitk.cards.images import PAGE_IMAGE_SPEC
from wagtail_iitk.conf import iitk_settings
from wagtail_iitk.models import (
    Category,
    DailyEngagement,
    FrameworkPage,
    PartnerOrganisation,
    Submission,
    ToolPage,
    get_kind,
)

from .factories import make_framework, make_question, make_tool

pytestmark = pytest.mark.django_db

#: The tools the demo submissions name, and a category each.
TOOLS = {
    "process-map": "mapping-and-modelling",
    "run-chart": "measuring-and-testing",
    "five-whys": "analysing-problems",
    "fishbone-diagram": "analysing-problems",
    "driver-diagram": "planning-and-making-the-case",
    "swot-analysis": "planning-and-making-the-case",
    "user-trials": "measuring-and-testing",
    "pdsa-cycle": "measuring-and-testing",
    "gantt-chart": "planning-and-making-the-case",
    "brainstorming": "generating-ideas",
    "observation": "gathering-insight",
    "fmea": "managing-risk",
}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def demo(toolkit):
    for slug, category in TOOLS.items():
        make_tool(slug=slug, title=slug.replace("-", " ").capitalize(),
                  categories=[Category.objects.get(slug=category)])  # fmt: skip
    make_framework(title="Model for Improvement")
    make_question(slug="people-journey")
    PartnerOrganisation.objects.create(
        name="Northshire", ods_code="ZZN01", allowed_origins="http://127.0.0.1:8001"
    )
    PartnerOrganisation.objects.create(
        name="Eastvale", ods_code="ZZE02", allowed_origins="https://intranet.example.nhs.uk"
    )


def quiet(_message):
    pass


# Submissions -------------------------------------------------------------------------------


def demo_submissions():
    return Submission.objects.filter(idempotency_key__startswith=submissions.KEY_PREFIX)


def test_submissions_arrive_in_every_state_through_the_pipeline(demo):
    assert submissions.seed_submissions(say=quiet) == len(submissions.SUBMISSIONS)
    found = list(demo_submissions())
    statuses = collections.Counter(s.status for s in found)
    assert statuses == {"in_review": 7, "published": 2, "rejected": 2, "spam": 2}
    flagged = [s for s in found if s.is_flagged]
    assert len(flagged) == 2
    assert all(s.page_id and s.status == "in_review" for s in flagged)
    # Spam is screening's own finding, and never drafted.
    for spam in (s for s in found if s.status == "spam"):
        assert spam.spam_signals and spam.page_id is None
    # What was published is live; what was rejected has a reason.
    for published in (s for s in found if s.status == "published"):
        assert published.page.specific.live
    assert all(s.rejection_reason for s in found if s.status == "rejected")
    assert {s.channel for s in found} == {"site", "widget", "api"}
    assert not any(s.contributor_email for s in found)


def test_submissions_are_added_once(demo):
    submissions.seed_submissions(say=quiet)
    before = Submission.objects.count()
    assert submissions.seed_submissions(say=quiet) == 0
    assert Submission.objects.count() == before


def test_the_inbox_shows_the_demo_submissions(demo, client, make_user):
    submissions.seed_submissions(say=quiet)
    client.force_login(make_user("ruth", iitk_settings.REVIEWERS_GROUP))
    html = client.get(reverse("iitk_submissions:index")).content.decode()
    for submission in demo_submissions():
        assert submission.reference in html


# Engagement --------------------------------------------------------------------------------

TODAY = datetime.date(2026, 12, 2)


def test_engagement_covers_ninety_days_kinds_and_partners(demo):
    rows = engagement.seed_engagement(TODAY, say=quiet)
    assert rows == DailyEngagement.objects.count() > 0
    days = set(DailyEngagement.objects.values_list("day", flat=True))
    assert min(days) == TODAY - datetime.timedelta(days=90)
    assert max(days) == TODAY - datetime.timedelta(days=1)
    assert len(days) == 90
    kinds = set(DailyEngagement.objects.values_list("item_kind", flat=True))
    assert {"tool", "framework", "question", "toolkit"} <= kinds
    partners = set(DailyEngagement.objects.values_list("partner__ods_code", flat=True))
    assert partners == {None, "ZZN01", "ZZE02"}
    # "I used this" and "helpful" only where the kind's pages carry those buttons.
    marks = DailyEngagement.objects.filter(event__in=["used", "helpful"])
    pairs = set(marks.values_list("item_kind", "event"))
    assert ("tool", "used") in pairs
    assert all(event in get_kind(kind).feedback for kind, event in pairs)
    assert not any(kind == "question" for kind, _event in pairs)


def test_engagement_has_a_working_week_rhythm(demo):
    engagement.seed_engagement(TODAY, say=quiet)
    by_weekday = collections.Counter()
    for day, count in DailyEngagement.objects.values_list("day", "count"):
        by_weekday[day.weekday()] += count
    weekday = sum(by_weekday[d] for d in range(5)) / 5
    weekend = (by_weekday[5] + by_weekday[6]) / 2
    assert weekday > 3 * weekend


def test_engagement_is_the_same_every_time_and_added_once(demo):
    def totals():
        return sorted(
            DailyEngagement.objects.values_list("day", "item_kind", "item_id", "event", "count")
        )

    engagement.seed_engagement(TODAY, say=quiet)
    first = totals()
    assert engagement.seed_engagement(TODAY, say=quiet) == 0
    assert totals() == first
    DailyEngagement.objects.all().delete()
    engagement.seed_engagement(TODAY, say=quiet)
    assert totals() == first


def test_the_reports_say_the_counts_are_made_up(demo):
    assert demo_data_notice() == ""
    # Counts alone may be real use of a site built from the example: no notice.
    engagement.seed_engagement(TODAY, say=quiet)
    assert demo_data_notice() == ""
    # The demo's own submissions, loaded with its counts, mark them as made up.
    submissions.seed_submissions(say=quiet)
    assert "made up by load_demo_content" in demo_data_notice()


# Images ------------------------------------------------------------------------------------


def test_every_tool_and_framework_gets_a_diagram_with_alt_text(demo):
    draft = make_tool(slug="a-community-draft", publish=False)
    added = images.seed_images(say=quiet)
    assert added == len(TOOLS) + 1
    tools = ToolPage.objects.live().select_related("image")
    assert all(tool.image for tool in tools)
    assert ToolPage.objects.get(pk=draft.pk).image is None  # community drafts are left
    assert FrameworkPage.objects.get().image.title == "Demo diagram: improvement cycle"
    # Distinct diagrams for the tools' families, each with alt text of its own.
    used = {tool.image for tool in tools}
    assert len(used) >= 6
    alts = [image.default_alt_text for image in used]
    assert len(set(alts)) == len(alts)
    assert all(len(alt) > 40 and alt != image.title for alt, image in zip(alts, used, strict=True))
    fishbone = ToolPage.objects.get(slug="fishbone-diagram")
    assert fishbone.image.title == "Demo diagram: fishbone"
    # The revision the page was published from carries the image too.
    revision = Revision.page_revisions.get(object_id=str(fishbone.pk))
    assert revision.content["image"] == fishbone.image_id


def test_diagrams_are_stored_once(demo):
    images.seed_images(say=quiet)
    count = get_image_model().objects.count()
    assert images.seed_images(say=quiet) == 0
    images.diagram_images()
    assert get_image_model().objects.count() == count == len(images.DIAGRAMS)


def test_pages_cards_and_the_api_serve_renditions(demo, client):
    images.seed_images(say=quiet)
    tool = ToolPage.objects.get(slug="run-chart")
    renditions = set(tool.image.renditions.values_list("filter_spec", flat=True))
    assert renditions == {*iitk_settings.API_IMAGE_RENDITIONS.values(), PAGE_IMAGE_SPEC}
    page = client.get(tool.url).content.decode()
    assert f".{PAGE_IMAGE_SPEC}.png" in page
    assert f'alt="{tool.image.default_alt_text}"' in page
    detail = client.get(f"/api/iitk/v1/tools/{tool.slug}/").json()
    assert ".max-1200x1200.png" in detail["image"]["url"]
    assert detail["image"]["alt"] == tool.image.default_alt_text
    cards = client.get("/api/iitk/v1/tools/", {"limit": 100}).json()["results"]
    card = next(c for c in cards if c["slug"] == "run-chart")
    assert ".fill-640x360.png" in card["image"]["url"]


# The loader ----------------------------------------------------------------------------------


def test_load_demo_content_twice_adds_nothing_the_second_time(toolkit):
    call_command(LoadDemoContent(), stdout=io.StringIO())

    def state():
        return (
            Submission.objects.count(),
            DailyEngagement.objects.count(),
            get_image_model().objects.count(),
            ToolPage.objects.filter(image__isnull=True, live=True).count(),
        )

    first = state()
    assert first[0] >= 13 and first[1] > 1000 and first[2] == len(images.DIAGRAMS)
    assert first[3] == 0
    out = io.StringIO()
    call_command(LoadDemoContent(), stdout=out)
    assert state() == first
    assert "Demo submissions: added 0" in out.getvalue()
