"""The Toolkit admin menu: every listing, report, add and edit view, filters, search, and the
partner organisation forms."""

import csv
import datetime
import io
import json

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailTestUtils

from wagtail_iitk.models import (
    Category,
    FrameworkIndexPage,
    PartnerOrganisation,
    Perspective,
    Question,
    Stage,
    StoryIndexPage,
    Strand,
    ToolIndexPage,
)

from .factories import make_framework, make_question, make_story, make_tool

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(toolkit, make_user, client):
    client.force_login(make_user("root", superuser=True))
    return client


@pytest.fixture
def demo(toolkit):
    """A little of everything the Toolkit menu lists."""
    today = timezone.localdate()
    people = Perspective.objects.get(slug="people")
    overdue = make_tool(
        title="Fishbone diagram",
        review_due=today - datetime.timedelta(days=30),
        evidence_level="established",
        perspectives=[people],
    )
    reviewed = make_tool(
        title="Process mapping",
        last_reviewed=today - datetime.timedelta(days=10),
        evidence_level="emerging",
    )
    framework = make_framework(title="Model for Improvement")
    story = make_story(title="Shorter waits in outpatients", tools=[overdue])
    design = make_question(
        wording="What do the people using the service need?",
        perspective=Perspective.objects.get(slug="design"),
        tools=[overdue],
    )
    risk = make_question(
        wording="Where do delays put patients at risk?",
        perspective=Perspective.objects.get(slug="risk"),
    )
    partner = PartnerOrganisation.objects.create(name="Northtown NHS Trust", ods_code="RX1")
    closed = PartnerOrganisation.objects.create(name="Closed Community Trust", active=False)
    return {
        "overdue": overdue,
        "reviewed": reviewed,
        "framework": framework,
        "story": story,
        "design_question": design,
        "risk_question": risk,
        "partner": partner,
        "closed_partner": closed,
    }


def text_of(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def snippet_url(model, view, *args):
    return reverse(model.snippet_viewset.get_url_name(view), args=args)


# Listings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "shown", "not_shown"),
    [
        (lambda: reverse("iitk_tools:index"), ["Fishbone diagram", "Process mapping"], []),
        (lambda: reverse("iitk_frameworks:index"), ["Model for Improvement"], ["Fishbone"]),
        (lambda: reverse("iitk_stories:index"), ["Shorter waits in outpatients"], ["Fishbone"]),
        (
            lambda: snippet_url(Question, "list"),
            [
                "What do the people using the service need?",
                "Where do delays put patients at risk?",
            ],
            [],
        ),
        (lambda: snippet_url(Perspective, "list"), ["People", "Systems", "Design", "Risk"], []),
        (lambda: snippet_url(Stage, "list"), ["Initiate", "Co-design", "Sustain"], []),
        (lambda: snippet_url(Strand, "list"), ["Define the problem", "Manage the plan"], []),
        (lambda: snippet_url(Category, "list"), ["Mapping and modelling", "Managing risk"], []),
        (
            lambda: reverse("iitk_partners:index"),
            ["Northtown NHS Trust", "RX1", "Closed Community Trust"],
            [],
        ),
        (
            lambda: reverse("iitk_due_for_review:index"),
            ["Fishbone diagram", "Model for Improvement"],
            ["Process mapping"],
        ),
        (
            lambda: reverse("iitk_due_for_review:results"),
            ["Fishbone diagram"],
            ["Process mapping"],
        ),
    ],
    ids=[
        "tools",
        "frameworks",
        "stories",
        "questions",
        "perspectives",
        "stages",
        "strands",
        "categories",
        "partners",
        "due-for-review",
        "due-for-review-results",
    ],
)
def test_toolkit_listing_answers_and_lists_the_demo_items(
    admin_client, demo, url, shown, not_shown
):
    html = text_of(admin_client.get(url()))
    for text in shown:
        assert text in html
    for text in not_shown:
        assert text not in html


def test_due_for_review_exports_csv_of_overdue_items_only(admin_client, demo):
    response = admin_client.get(reverse("iitk_due_for_review:index"), {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == ["Type", "Title", "Last reviewed", "Review due", "Status"]
    titles = {row[1]: row for row in rows[1:]}
    assert "Fishbone diagram" in titles
    assert titles["Fishbone diagram"][0] == "Tool"
    assert titles["Fishbone diagram"][3] == demo["overdue"].review_due.isoformat()
    assert "Process mapping" not in titles
    # Never reviewed counts as overdue, for questions too.
    assert "Where do delays put patients at risk?" in titles


# Add and edit views ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model_name", "parent_model", "field"),
    [
        ("toolpage", ToolIndexPage, "purpose"),
        ("frameworkpage", FrameworkIndexPage, "summary"),
        ("storypage", StoryIndexPage, "consent_to_publish"),
    ],
)
def test_page_add_view_renders(admin_client, toolkit, model_name, parent_model, field):
    parent = parent_model.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["wagtail_iitk", model_name, parent.pk])
    assert f'name="{field}"' in text_of(admin_client.get(url))


@pytest.mark.parametrize(
    ("item", "field"),
    [("overdue", "purpose"), ("framework", "summary"), ("story", "consent_to_publish")],
)
def test_page_edit_view_renders(admin_client, demo, item, field):
    page = demo[item]
    html = text_of(admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    assert f'name="{field}"' in html
    assert page.title in html


def test_question_add_and_edit_views_render(admin_client, demo):
    assert 'name="wording"' in text_of(admin_client.get(snippet_url(Question, "add")))
    question = demo["design_question"]
    html = text_of(admin_client.get(snippet_url(Question, "edit", question.pk)))
    assert question.wording in html
    assert 'name="tool_links-TOTAL_FORMS"' in html


def test_perspective_add_and_edit_views_render(admin_client, toolkit):
    assert 'name="phases-TOTAL_FORMS"' in text_of(admin_client.get(snippet_url(Perspective, "add")))
    risk = Perspective.objects.get(slug="risk")
    html = text_of(admin_client.get(snippet_url(Perspective, "edit", risk.pk)))
    assert 'value="Risk"' in html
    assert 'value="examine"' in html  # its phases, inline


def test_partner_add_and_edit_views_render(admin_client, demo):
    assert 'name="allowed_origins"' in text_of(admin_client.get(reverse("iitk_partners:add")))
    partner = demo["partner"]
    html = text_of(admin_client.get(reverse("iitk_partners:edit", args=[partner.pk])))
    assert 'value="Northtown NHS Trust"' in html
    assert 'name="widget_key"' not in html  # generated, never typed in


# Filters and search --------------------------------------------------------------------------


def test_questions_listing_filters_by_perspective(admin_client, demo):
    design = Perspective.objects.get(slug="design")
    html = text_of(admin_client.get(snippet_url(Question, "list"), {"perspective": design.pk}))
    assert "What do the people using the service need?" in html
    assert "Where do delays put patients at risk?" not in html


@pytest.mark.parametrize(
    ("url", "query", "found", "not_found"),
    [
        (
            lambda: snippet_url(Question, "list"),
            "delays",
            "Where do delays put patients at risk?",
            "What do the people using the service need?",
        ),
        (lambda: snippet_url(Perspective, "list"), "systems", "Systems", "Design"),
        (lambda: snippet_url(Stage, "list"), "deliver", "Deliver", "Initiate"),
        (
            lambda: reverse("iitk_partners:index"),
            "Northtown",
            "Northtown NHS Trust",
            "Closed Community Trust",
        ),
        (lambda: reverse("iitk_tools:index"), "fishbone", "Fishbone diagram", "Process mapping"),
    ],
    ids=["questions", "perspectives", "stages", "partners", "tools"],
)
def test_listing_search_finds_matching_items_only(admin_client, demo, url, query, found, not_found):
    html = text_of(admin_client.get(url(), {"q": query}))
    assert found in html
    assert not_found not in html


def test_tools_listing_filters_by_evidence_and_perspective(admin_client, demo):
    html = text_of(admin_client.get(reverse("iitk_tools:index"), {"evidence_level": "established"}))
    assert "Fishbone diagram" in html
    assert "Process mapping" not in html
    people = Perspective.objects.get(slug="people")
    html = text_of(admin_client.get(reverse("iitk_tools:index"), {"perspectives": people.pk}))
    assert "Fishbone diagram" in html
    assert "Process mapping" not in html


def test_partners_listing_filters_by_active(admin_client, demo):
    html = text_of(admin_client.get(reverse("iitk_partners:index"), {"active": "true"}))
    assert "Northtown NHS Trust" in html
    assert "Closed Community Trust" not in html


# The menu ------------------------------------------------------------------------------------


def test_admin_menu_has_a_toolkit_menu_with_every_listing(admin_client, toolkit):
    html = text_of(admin_client.get(reverse("wagtailadmin_home")))
    props = WagtailTestUtils.get_soup(html).find("script", id="wagtail-sidebar-props")
    modules = json.loads(props.string)["modules"]
    main_menu = next(m for m in modules if m["_type"] == "wagtail.sidebar.MainMenuModule")
    toolkit_menu = [
        item["_args"]
        for item in main_menu["_args"][0]
        if item["_type"] == "wagtail.sidebar.SubMenuItem" and item["_args"][0]["label"] == "Toolkit"
    ]
    assert len(toolkit_menu) == 1
    entries = [
        (child["_args"][0]["label"], child["_args"][0]["url"]) for child in toolkit_menu[0][1]
    ]
    assert entries == [
        ("Tools", reverse("iitk_tools:index")),
        ("Frameworks", reverse("iitk_frameworks:index")),
        ("Stories", reverse("iitk_stories:index")),
        ("Events", reverse("iitk_calendar:index")),
        # The tests' own page kind (tests.notes) gets its listing from the registry.
        ("Notes", reverse("iitk_notes:index")),
        ("Questions", snippet_url(Question, "list")),
        ("Perspectives", snippet_url(Perspective, "list")),
        ("Stages", snippet_url(Stage, "list")),
        ("Strands", snippet_url(Strand, "list")),
        ("Categories", snippet_url(Category, "list")),
        ("Partner organisations", reverse("iitk_partners:index")),
        ("Due for review", reverse("iitk_due_for_review:index")),
        ("Submissions", reverse("iitk_submissions:index")),
        ("Discussion", reverse("iitk_discussion:index")),
    ]


# Partner organisations -------------------------------------------------------------------


def partner_data(**changes):
    data = {
        "name": "Southvale Hospitals NHS Foundation Trust",
        "ods_code": "RX2",
        "allowed_origins": "https://Intranet.Southvale.nhs.uk/\nhttp://localhost:8080",
        "theme_colour": "#005eb8",
        "active": "on",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("origin", ["ftp://x", "https://x.org/path"])
def test_partner_with_a_bad_origin_is_refused(admin_client, toolkit, origin):
    response = admin_client.post(reverse("iitk_partners:add"), partner_data(allowed_origins=origin))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert origin in errors["allowed_origins"][0]
    assert "allowed_origins" in response.content.decode()  # the form shows the field again
    assert not PartnerOrganisation.objects.exists()


def test_a_bad_origin_is_reported_once_on_its_field(admin_client, toolkit):
    response = admin_client.post(
        reverse("iitk_partners:add"), partner_data(allowed_origins="ftp://x")
    )
    errors = response.context["form"].errors
    assert list(errors) == ["allowed_origins"]
    assert response.content.decode().count("&#x27;ftp://x&#x27; is not a web origin") == 1


def test_partner_is_created_with_a_widget_key(admin_client, toolkit):
    response = admin_client.post(reverse("iitk_partners:add"), partner_data())
    assert response.status_code == 302
    partner = PartnerOrganisation.objects.get()
    assert partner.name == "Southvale Hospitals NHS Foundation Trust"
    assert partner.ods_code == "RX2"
    assert partner.allowed_origins == "https://intranet.southvale.nhs.uk\nhttp://localhost:8080"
    assert len(partner.widget_key) >= 20
    assert PartnerOrganisation.for_key(partner.widget_key) == partner

    admin_client.post(reverse("iitk_partners:add"), partner_data(name="Another trust"))
    keys = set(PartnerOrganisation.objects.values_list("widget_key", flat=True))
    assert len(keys) == 2
