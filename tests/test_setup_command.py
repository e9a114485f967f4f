"""iitk_setup seeds the EBC taxonomy, builds the toolkit section, groups and workflow,
and running it again changes nothing."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import GroupPagePermission, Page, Site, Workflow, WorkflowContentType

from wagtail_iitk.models import (
    Category,
    EventIndexPage,
    FrameworkIndexPage,
    Perspective,
    Phase,
    Question,
    Stage,
    StoryIndexPage,
    Strand,
    ToolIndexPage,
    ToolkitHomePage,
)


def run_setup(*args):
    out = io.StringIO()
    call_command("iitk_setup", *args, stdout=out)
    return out.getvalue()


def snapshot():
    """Everything iitk_setup creates, in a comparable form."""
    return {
        "perspectives": list(Perspective.objects.values_list("slug", "name", "sort_order")),
        "phases": list(Phase.objects.values_list("perspective__slug", "slug", "sort_order")),
        "stages": list(Stage.objects.values_list("slug", "name")),
        "strands": list(Strand.objects.values_list("slug", "name")),
        "categories": list(Category.objects.values_list("slug", "name")),
        "pages": list(Page.objects.values_list("pk", "title", "path")),
        "groups": sorted(
            (g.name, sorted(g.permissions.values_list("codename", flat=True)))
            for g in Group.objects.all()
        ),
        "page_permissions": GroupPagePermission.objects.count(),
        "workflows": list(Workflow.objects.values_list("name", flat=True)),
        "workflow_content_types": WorkflowContentType.objects.count(),
    }


@pytest.mark.django_db
def test_setup_seeds_the_ebc_taxonomy_in_order():
    run_setup()
    assert list(Perspective.objects.values_list("slug", flat=True)) == [
        "people",
        "systems",
        "design",
        "risk",
    ]
    risk = Perspective.objects.get(slug="risk")
    assert [p.slug for p in risk.phases.all()] == ["examine", "assess", "improve"]
    assert list(Stage.objects.values_list("slug", flat=True)) == [
        "initiate",
        "understand",
        "co-design",
        "deliver",
        "sustain",
    ]
    assert Strand.objects.count() == 6
    assert Category.objects.count() == 7


@pytest.mark.django_db
def test_setup_creates_the_toolkit_section_under_the_site_home():
    run_setup()
    home = ToolkitHomePage.objects.get()
    site_root = Site.objects.get(is_default_site=True).root_page
    assert home.get_parent().pk == site_root.pk
    children = {type(p.specific) for p in home.get_children()}
    assert children == {ToolIndexPage, FrameworkIndexPage, StoryIndexPage, EventIndexPage}


@pytest.mark.django_db
def test_setup_says_where_the_toolkit_is_served_not_its_tree_path(client):
    out = run_setup()
    # The page's place in the tree includes the site root's slug; its address does not.
    assert (
        "Created the toolkit section 'Improving Improvement Toolkit', served at /toolkit/." in out
    )
    tree_path = ToolkitHomePage.objects.get().url_path
    assert tree_path != "/toolkit/" and tree_path not in out
    assert client.get("/toolkit/").status_code == 200


@pytest.mark.django_db
def test_setup_as_site_root_makes_the_toolkit_the_site_root():
    out = run_setup("--as-site-root")
    home = ToolkitHomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert home.depth == 2
    assert "served at /." in out


@pytest.mark.django_db
def test_setup_says_when_the_toolkit_is_under_no_site():
    parent = Page.get_first_root_node().add_child(instance=Page(title="Elsewhere", slug="away"))
    out = run_setup("--parent", str(parent.pk))
    assert "at /away/toolkit/ in the page tree, under no site's root page" in out


@pytest.mark.django_db
def test_setup_with_an_unknown_parent_fails_clearly():
    with pytest.raises(CommandError, match="no page with ID 99999"):
        run_setup("--parent", "99999")
    assert not Perspective.objects.exists()  # atomic: nothing half-done


@pytest.mark.django_db
def test_running_setup_again_changes_nothing():
    run_setup()
    before = snapshot()
    output = run_setup()
    assert "Nothing to do" in output
    assert snapshot() == before


@pytest.mark.django_db
def test_setup_never_overwrites_or_restores_editors_taxonomy_edits():
    run_setup()
    people = Perspective.objects.get(slug="people")
    people.name = "People and communities"
    people.save()
    Stage.objects.get(slug="sustain").delete()
    Phase.objects.filter(slug="situate").update(name="Context")
    run_setup()
    assert Perspective.objects.get(slug="people").name == "People and communities"
    assert not Stage.objects.filter(slug="sustain").exists()
    assert Phase.objects.get(slug="situate").name == "Context"


@pytest.mark.django_db
def test_setup_creates_groups_and_a_two_step_workflow_for_pages_and_questions():
    run_setup()
    editors = Group.objects.get(name="Toolkit editors")
    reviewers = Group.objects.get(name="Toolkit reviewers")
    editor_perms = set(editors.permissions.values_list("codename", flat=True))
    reviewer_perms = set(reviewers.permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_question", "change_question"} <= editor_perms
    assert "publish_question" not in editor_perms
    assert {"publish_question", "change_perspective", "add_partnerorganisation"} <= reviewer_perms

    home = ToolkitHomePage.objects.get()
    editor_page_perms = set(
        GroupPagePermission.objects.filter(group=editors, page=home).values_list(
            "permission__codename", flat=True
        )
    )
    assert editor_page_perms == {"add_page", "change_page"}
    assert "publish_page" in set(
        GroupPagePermission.objects.filter(group=reviewers, page=home).values_list(
            "permission__codename", flat=True
        )
    )

    workflow = Workflow.objects.get(name="Toolkit review")
    assert [t.name for t in workflow.tasks] == [
        "Toolkit editorial review",
        "Toolkit approval to publish",
    ]
    assert home.get_workflow() == workflow
    assert Question().get_workflow() == workflow
