"""The optional two-person rule: whoever approved the editorial step of a revision cannot
also approve publishing it (``WAGTAIL_IITK["TWO_PERSON_RULE"]``, off by default)."""

import io

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.models import TaskState, Workflow, WorkflowTask

from wagtail_iitk.models import PublishingApprovalTask, ToolPage

from .factories import make_tool

pytestmark = pytest.mark.django_db

EDITORS = "Toolkit editors"
REVIEWERS = "Toolkit reviewers"
RULE_ON = override_settings(WAGTAIL_IITK={"TWO_PERSON_RULE": True})


@pytest.fixture
def editor(toolkit, make_user):
    return make_user("edna", EDITORS)


@pytest.fixture
def first(toolkit, make_user):
    return make_user("rhys", REVIEWERS)


@pytest.fixture
def second(toolkit, make_user):
    return make_user("ruth", REVIEWERS)


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def fresh(tool):
    return ToolPage.objects.get(pk=tool.pk)


def current(tool):
    return fresh(tool).current_workflow_state.current_task_state


@pytest.fixture
def at_approval(editor, first):
    """A tool submitted by the editor whose editorial step ``first`` approved."""
    tool = make_tool(publish=False, title="Driver diagram")
    tool.save_revision(user=editor)
    Workflow.objects.get(name="Toolkit review").start(tool, editor)
    editorial = current(tool)
    assert editorial.task.name == "Toolkit editorial review"
    editorial.task.specific.on_action(editorial, first, "approve")
    assert current(tool).task.name == "Toolkit approval to publish"
    return fresh(tool)


def approve_url(tool, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=[tool.pk, "approve", task_state.pk])


def offered(tool, user):
    task_state = current(tool)
    return {name for name, _label, _modal in task_state.task.specific.get_actions(tool, user)}


def edit_view_offers_approve(tool, user):
    html = client_for(user).get(reverse("wagtailadmin_pages:edit", args=[tool.pk])).content
    return b'data-workflow-action-name="approve"' in html


def test_the_approval_step_is_a_publishing_approval_task(toolkit):
    workflow = Workflow.objects.get(name="Toolkit review")
    tasks = [wt.task.specific for wt in WorkflowTask.objects.filter(workflow=workflow)]
    assert [type(task) for task in tasks][-1] is PublishingApprovalTask


def test_off_by_default_the_same_reviewer_approves_both_steps(at_approval, first):
    assert "approve" in offered(at_approval, first)
    assert edit_view_offers_approve(at_approval, first)
    response = client_for(first).post(approve_url(at_approval, current(at_approval)), {})
    assert response.status_code == 302
    assert fresh(at_approval).live


@RULE_ON
def test_on_the_same_reviewer_is_not_offered_approve(at_approval, first):
    assert offered(at_approval, first) == {"reject"}
    assert not edit_view_offers_approve(at_approval, first)


@RULE_ON
def test_on_a_forged_approval_post_is_refused(at_approval, first):
    task_state = current(at_approval)
    response = client_for(first).post(approve_url(at_approval, task_state), {"comment": ""})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")  # Wagtail's permission denied
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert not fresh(at_approval).live


@RULE_ON
def test_on_an_approval_through_the_model_api_is_refused(at_approval, first):
    task_state = current(at_approval)
    with pytest.raises(PermissionDenied, match="Two-person rule"):
        task_state.task.specific.on_action(task_state, first, "approve")
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


@RULE_ON
def test_on_the_same_reviewer_may_still_request_changes(at_approval, first):
    task_state = current(at_approval)
    task_state.task.specific.on_action(task_state, first, "reject")
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED


@RULE_ON
def test_on_a_different_reviewer_approves_and_the_tool_goes_live(at_approval, first, second):
    assert "approve" in offered(at_approval, second)
    assert edit_view_offers_approve(at_approval, second)
    response = client_for(second).post(approve_url(at_approval, current(at_approval)), {})
    assert response.status_code == 302
    tool = fresh(at_approval)
    assert tool.live
    finished = TaskState.objects.filter(workflow_state__object_id=str(tool.pk)).order_by("pk")
    assert [state.finished_by for state in finished] == [first, second]


@RULE_ON
def test_on_a_new_revision_lets_the_first_reviewer_approve_it(at_approval, editor, first):
    tool = fresh(at_approval)
    tool.purpose = "Links the aim to the changes that drive it."
    tool.save_revision(user=editor)
    assert "approve" in offered(tool, first)
    task_state = current(tool)
    task_state.task.specific.on_action(task_state, first, "approve")
    tool = fresh(tool)
    assert tool.live
    assert tool.purpose == "Links the aim to the changes that drive it."


@RULE_ON
def test_setup_warns_when_the_workflow_predates_the_task_type(toolkit):
    workflow = Workflow.objects.get(name="Toolkit review")
    WorkflowTask.objects.filter(workflow=workflow, sort_order=1).delete()
    out = io.StringIO()
    call_command("iitk_setup", stdout=out)
    assert "no step of workflow 'Toolkit review'" in out.getvalue()
