"""The optional ModelAdmin integration (``wagtail_iitk.contrib.modeladmin``).

Run with ``IITK_TEST_MODELADMIN=1 pytest tests/contrib`` (``make test-modeladmin``): the
test settings add ``wagtail_modeladmin`` and the sub-app only then, so the main run
ignores this directory.
"""

import json

import pytest
from django.apps import apps
from django.urls import NoReverseMatch, reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.test.utils import WagtailTestUtils

from wagtail_iitk.contrib.modeladmin.checks import check_modeladmin_installed
from wagtail_iitk.models import Stage

from ..factories import make_question, make_tool

pytestmark = pytest.mark.django_db

REGISTERED = ["perspective", "stage", "strand", "category", "partnerorganisation"]
MODERATED = ["question", "toolpage", "frameworkpage", "storypage"]


def url_name(model_name, action):
    return f"wagtail_iitk_{model_name}_modeladmin_{action}"


@pytest.fixture(autouse=True)
def modeladmin_installed():
    assert apps.is_installed("wagtail_modeladmin") and apps.is_installed(
        "wagtail_iitk.contrib.modeladmin"
    ), "run these tests with IITK_TEST_MODELADMIN=1 (make test-modeladmin)"


@pytest.fixture
def admin_client(toolkit, make_user, client):
    client.force_login(make_user("root", superuser=True))
    return client


def test_the_sub_app_check_passes_when_modeladmin_is_installed():
    assert check_modeladmin_installed() == []


@pytest.mark.parametrize(
    ("model_name", "shown"),
    [
        ("perspective", "Systems"),
        ("stage", "Co-design"),
        ("strand", "Define the problem"),
        ("category", "Managing risk"),
        ("partnerorganisation", "Northtown NHS Trust"),
    ],
)
def test_modeladmin_index_view_answers_for_a_superuser(admin_client, model_name, shown):
    apps.get_model("wagtail_iitk", "PartnerOrganisation").objects.create(name="Northtown NHS Trust")
    response = admin_client.get(reverse(url_name(model_name, "index")))
    assert response.status_code == 200
    assert shown in response.content.decode()


@pytest.mark.parametrize("model_name", MODERATED)
def test_moderated_models_are_not_registered_with_modeladmin(model_name):
    with pytest.raises(NoReverseMatch):
        reverse(url_name(model_name, "index"))


def test_moderated_items_are_still_edited_through_their_own_views(toolkit, make_user):
    finder = AdminURLFinder(make_user("finder", superuser=True))
    question = make_question()
    tool = make_tool()
    assert "modeladmin" not in finder.get_edit_url(question)
    assert finder.get_edit_url(question) == reverse(
        question.snippet_viewset.get_url_name("edit"), args=[question.pk]
    )
    assert finder.get_edit_url(tool) == reverse("wagtailadmin_pages:edit", args=[tool.pk])


def test_modeladmin_menu_lists_only_the_unmoderated_models(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    props = WagtailTestUtils.get_soup(html).find("script", id="wagtail-sidebar-props")
    main_menu = next(
        module
        for module in json.loads(props.string)["modules"]
        if module["_type"] == "wagtail.sidebar.MainMenuModule"
    )
    groups = {
        item["_args"][0]["label"]: item["_args"][1]
        for item in main_menu["_args"][0]
        if item["_type"] == "wagtail.sidebar.SubMenuItem"
    }
    assert "Toolkit (ModelAdmin)" in groups
    urls = [child["_args"][0]["url"] for child in groups["Toolkit (ModelAdmin)"]]
    assert urls == [reverse(url_name(name, "index")) for name in REGISTERED]
    assert "Toolkit" in groups  # the package's own menu is still there


def test_a_stage_is_created_through_the_modeladmin_create_view(admin_client):
    create_url = reverse(url_name("stage", "create"))
    assert admin_client.get(create_url).status_code == 200
    response = admin_client.post(
        create_url,
        {"name": "Evaluate", "slug": "evaluate", "description": "Find out what worked."},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse(url_name("stage", "index"))
    stage = Stage.objects.get(slug="evaluate")
    assert stage.name == "Evaluate"
    assert stage.description == "Find out what worked."


def test_a_stage_with_a_taken_slug_is_refused(admin_client):
    response = admin_client.post(
        reverse(url_name("stage", "create")), {"name": "Again", "slug": "deliver"}
    )
    assert response.status_code == 200
    assert Stage.objects.filter(slug="deliver").count() == 1
    assert not Stage.objects.filter(name="Again").exists()
