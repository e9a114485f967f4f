"""The editorial workflow, through Wagtail's own machinery and the real admin views.

Editors ("Toolkit editors") draft and submit; reviewers ("Toolkit reviewers") approve the
two tasks of the "Toolkit review" workflow, reject, publish, lock and edit the taxonomy.
"""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Revision, TaskState, Workflow, WorkflowState
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    streamfield,
)

from wagtail_iitk.models import Perspective, Question, ToolPage

from .factories import make_question, make_tool

EDITORS = "Toolkit editors"
REVIEWERS = "Toolkit reviewers"
EDITORIAL_REVIEW = "Toolkit editorial review"
APPROVAL = "Toolkit approval to publish"

pytestmark = pytest.mark.django_db


# Helpers ---------------------------------------------------------------------------------


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def loaded_form(client, url, form_id):
    """The data a browser would post back from the edit form at ``url``, as it loaded."""
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    data = querydict_from_html(html, form_id=form_id)
    form = WagtailTestUtils.get_soup(html).find("form", id=form_id)
    # querydict_from_html sends a multiple select's first option when none is selected;
    # a browser sends nothing.
    for select in form.find_all("select", multiple=True):
        data.setlist(
            select["name"], [o.get("value") for o in select.find_all("option", selected=True)]
        )
    for key in [key for key in data if "__prefix__" in key]:  # formset templates
        del data[key]
    return data


def empty_streamfields(instance):
    """StreamFields are drawn by JavaScript, so their (empty) form data is added by hand."""
    data = {}
    for field in type(instance)._meta.get_fields():
        if isinstance(field, StreamField):
            assert not getattr(instance, field.name), "this helper only posts empty streams"
            data[field.name] = streamfield([])
    return nested_form_data(data)


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def page_edit_data(client, page, **changes):
    data = loaded_form(client, page_edit_url(page), "page-edit-form")
    data.update(empty_streamfields(page))
    data.update(nested_form_data({"comments": inline_formset([])}))
    for name, value in changes.items():
        data[name] = value
    return data


def question_edit_url(question):
    return reverse(Question.snippet_viewset.get_url_name("edit"), args=[question.pk])


def question_edit_data(client, question, **changes):
    data = loaded_form(client, question_edit_url(question), "w-editor-form")
    data.update(empty_streamfields(question))
    for name, value in changes.items():
        data[name] = value
    return data


def post_with(client, url, data, *actions):
    data = data.copy()
    for action in actions:
        data[f"action-{action}"] = "1"
    return client.post(url, data)


def page_workflow_action_url(page, action, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def question_workflow_action_url(question, action, task_state):
    return reverse(
        Question.snippet_viewset.get_url_name("workflow_action"),
        args=[question.pk, action, task_state.pk],
    )


def fresh_tool(tool):
    return ToolPage.objects.get(pk=tool.pk)


def fresh_question(question):
    return Question.objects.get(pk=question.pk)


def current_task_state(obj):
    state = obj.current_workflow_state
    assert state is not None, f"{obj} is not in moderation"
    return state.current_task_state


def action_names(html):
    """The editor's action buttons: 'publish', 'submit', ..."""
    soup = WagtailTestUtils.get_soup(html)
    return {
        tag["name"].removeprefix("action-")
        for tag in soup.find_all(attrs={"name": True})
        if tag["name"].startswith("action-")
    }


@pytest.fixture
def editor(toolkit, make_user):
    return make_user("edna", EDITORS)


@pytest.fixture
def reviewer(toolkit, make_user):
    return make_user("rhys", REVIEWERS)


# (a) editors edit and submit, and cannot publish -------------------------------------------


def test_editor_may_edit_and_submit_a_tool_but_not_publish_it(editor, reviewer):
    tool = make_tool()
    editor_perms = tool.permissions_for_user(editor)
    assert editor_perms.can_edit()
    assert editor_perms.can_submit_for_moderation()
    assert not editor_perms.can_publish()
    assert tool.permissions_for_user(reviewer).can_publish()


def test_tool_edit_view_offers_an_editor_no_publish_action(editor, reviewer):
    tool = make_tool()
    editor_view = client_for(editor).get(page_edit_url(tool))
    assert editor_view.status_code == 200
    assert "submit" in action_names(editor_view.content)
    assert "publish" not in action_names(editor_view.content)
    reviewer_view = client_for(reviewer).get(page_edit_url(tool))
    assert "publish" in action_names(reviewer_view.content)


def test_editor_publish_post_does_not_make_a_draft_tool_live(editor):
    tool = make_tool(publish=False, title="Draft fishbone")
    client = client_for(editor)
    data = page_edit_data(client, tool, purpose="Finds the causes of a problem.")
    response = post_with(client, page_edit_url(tool), data, "publish")
    assert response.status_code == 302
    tool = fresh_tool(tool)
    assert not tool.live
    assert tool.first_published_at is None
    # The POST was taken as a plain save: the change is a draft revision, nothing more.
    assert tool.latest_revision.content["purpose"] == "Finds the causes of a problem."
    assert tool.latest_revision.user == editor
    assert tool.current_workflow_state is None


def test_editor_publish_post_does_not_change_a_live_tool(editor):
    tool = make_tool(purpose="The published purpose.")
    client = client_for(editor)
    data = page_edit_data(client, tool, purpose="An unapproved purpose.")
    post_with(client, page_edit_url(tool), data, "publish")
    tool = fresh_tool(tool)
    assert tool.live
    assert tool.purpose == "The published purpose."
    assert tool.has_unpublished_changes
    assert tool.latest_revision.content["purpose"] == "An unapproved purpose."
    assert tool.live_revision != tool.latest_revision


def test_editor_submits_a_tool_through_the_admin_and_toolkit_review_starts(editor):
    tool = make_tool(publish=False)
    client = client_for(editor)
    data = page_edit_data(client, tool, purpose="Maps a process step by step.")
    response = post_with(client, page_edit_url(tool), data, "submit")
    assert response.status_code == 302
    tool = fresh_tool(tool)
    state = tool.current_workflow_state
    assert state.workflow.name == "Toolkit review"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == editor
    assert state.current_task_state.task.name == EDITORIAL_REVIEW
    assert state.current_task_state.revision.content["purpose"] == "Maps a process step by step."
    assert not tool.live


def test_editor_submits_a_question_through_the_admin_and_toolkit_review_starts(editor):
    question = make_question(publish=False, wording="Who uses the service?")
    client = client_for(editor)
    data = question_edit_data(client, question, wording="Who uses the service, and how?")
    response = post_with(client, question_edit_url(question), data, "submit")
    assert response.status_code == 302
    question = fresh_question(question)
    state = question.current_workflow_state
    assert state.workflow.name == "Toolkit review"
    assert state.requested_by == editor
    assert state.current_task_state.task.name == EDITORIAL_REVIEW
    assert state.current_task_state.revision.content["wording"] == (
        "Who uses the service, and how?"
    )
    assert not question.live


# (b) reviewers approve both tasks and the item goes live ------------------------------------


def test_reviewer_approves_both_tasks_in_the_admin_and_the_tool_goes_live(editor, reviewer):
    tool = make_tool(publish=False)
    editor_client = client_for(editor)
    data = page_edit_data(editor_client, tool, purpose="Shows where delays build up.")
    post_with(editor_client, page_edit_url(tool), data, "submit")
    reviewer_client = client_for(reviewer)

    first = current_task_state(fresh_tool(tool))
    assert first.task.name == EDITORIAL_REVIEW
    response = reviewer_client.post(
        page_workflow_action_url(tool, "approve", first), {"comment": "Reads well."}
    )
    assert response.status_code == 302
    tool = fresh_tool(tool)
    assert not tool.live  # one approval is not enough
    second = current_task_state(tool)
    assert second.task.name == APPROVAL

    reviewer_client.post(page_workflow_action_url(tool, "approve", second), {"comment": ""})
    tool = fresh_tool(tool)
    assert tool.live
    assert tool.purpose == "Shows where delays build up."
    assert not tool.has_unpublished_changes
    assert tool.current_workflow_state is None
    state = WorkflowState.objects.for_instance(tool).get()
    assert state.status == WorkflowState.STATUS_APPROVED
    done = TaskState.objects.filter(workflow_state=state).order_by("started_at", "pk")
    assert [(t.task.name, t.status, t.finished_by) for t in done] == [
        (EDITORIAL_REVIEW, TaskState.STATUS_APPROVED, reviewer),
        (APPROVAL, TaskState.STATUS_APPROVED, reviewer),
    ]


def test_reviewer_approves_both_tasks_in_the_admin_and_the_question_goes_live(editor, reviewer):
    question = make_question(publish=False, wording="What could go wrong?")
    editor_client = client_for(editor)
    data = question_edit_data(editor_client, question, wording="What could go wrong, and how?")
    post_with(editor_client, question_edit_url(question), data, "submit")
    reviewer_client = client_for(reviewer)

    first = current_task_state(fresh_question(question))
    assert first.task.name == EDITORIAL_REVIEW
    response = reviewer_client.post(
        question_workflow_action_url(question, "approve", first), {"comment": ""}
    )
    assert response.status_code == 302
    question = fresh_question(question)
    assert not question.live
    second = current_task_state(question)
    assert second.task.name == APPROVAL

    reviewer_client.post(question_workflow_action_url(question, "approve", second), {})
    question = fresh_question(question)
    assert question.live
    assert question.wording == "What could go wrong, and how?"
    assert not question.has_unpublished_changes
    assert question.live_revision.user == editor


def test_editor_cannot_approve_their_own_submission(editor):
    tool = make_tool(publish=False)
    tool.save_revision(user=editor)
    Workflow.objects.get(name="Toolkit review").start(tool, editor)
    task_state = current_task_state(fresh_tool(tool))
    response = client_for(editor).post(
        page_workflow_action_url(tool, "approve", task_state), {"comment": ""}
    )
    assert response.status_code == 302  # Wagtail's "permission denied": back to the dashboard
    assert response["Location"] == reverse("wagtailadmin_home")
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert not fresh_tool(tool).live


def test_reviewer_approves_through_the_model_api(editor, reviewer):
    """The same path without the admin views: what a custom UI or a script would use."""
    tool = make_tool(publish=False)
    tool.purpose = "Sorts ideas into themes."
    tool.save_revision(user=editor)
    workflow = tool.get_workflow()
    assert workflow.name == "Toolkit review"
    workflow.start(tool, editor)
    for expected in (EDITORIAL_REVIEW, APPROVAL):
        task_state = current_task_state(fresh_tool(tool))
        assert task_state.task.name == expected
        task_state.task.specific.on_action(task_state, reviewer, "approve")
    tool = fresh_tool(tool)
    assert tool.live
    assert tool.purpose == "Sorts ideas into themes."


# (c) rejected changes stay unpublished, and are kept -----------------------------------------


def test_rejected_change_to_a_live_tool_leaves_the_live_version(editor, reviewer):
    tool = make_tool(purpose="The approved purpose.")
    live_revision = tool.live_revision
    editor_client = client_for(editor)
    data = page_edit_data(editor_client, tool, purpose="A purpose the reviewer rejects.")
    post_with(editor_client, page_edit_url(tool), data, "submit")
    task_state = current_task_state(fresh_tool(tool))
    submitted = task_state.revision

    response = client_for(reviewer).post(
        page_workflow_action_url(tool, "reject", task_state), {"comment": "Cite a source."}
    )
    assert response.status_code == 302
    tool = fresh_tool(tool)
    assert tool.live
    assert tool.purpose == "The approved purpose."
    assert tool.live_revision == live_revision
    assert tool.latest_revision == submitted
    assert tool.latest_revision.content["purpose"] == "A purpose the reviewer rejects."
    assert Revision.objects.filter(pk=submitted.pk).exists()
    state = WorkflowState.objects.for_instance(tool).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Cite a source."


def test_rejected_new_draft_tool_stays_unpublished(editor, reviewer):
    tool = make_tool(publish=False, title="Brand new tool")
    tool.purpose = "Not ready yet."
    revision = tool.save_revision(user=editor)
    Workflow.objects.get(name="Toolkit review").start(tool, editor)
    task_state = current_task_state(fresh_tool(tool))
    task_state.task.specific.on_action(task_state, reviewer, "reject")
    tool = fresh_tool(tool)
    assert tool.live is False
    assert tool.live_revision is None
    assert tool.first_published_at is None
    assert tool.latest_revision == revision
    assert revision.content["purpose"] == "Not ready yet."
    assert tool.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_rejected_question_stays_unpublished_and_keeps_its_revision(editor, reviewer):
    question = make_question(publish=False, wording="Is this ready?")
    question.wording = "Is this ready to publish?"
    revision = question.save_revision(user=editor)
    question.get_workflow().start(question, editor)
    fresh = fresh_question(question)
    fresh.current_workflow_state.current_task_state.reject(user=reviewer)
    question = fresh_question(question)
    assert question.live is False
    assert question.latest_revision == revision
    assert question.latest_revision.content["wording"] == "Is this ready to publish?"
    assert question.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


# (d) questions and taxonomy -----------------------------------------------------------------


def test_editor_cannot_publish_a_question(editor, reviewer):
    policy = Question.snippet_viewset.permission_policy
    assert not policy.user_has_permission(editor, "publish")
    assert policy.user_has_permission(reviewer, "publish")

    question = make_question(publish=False, wording="Who is affected?")
    client = client_for(editor)
    view = client.get(question_edit_url(question))
    assert "publish" not in action_names(view.content)
    assert "submit" in action_names(view.content)
    data = question_edit_data(client, question, wording="Who is affected, and where?")
    response = post_with(client, question_edit_url(question), data, "publish")
    assert response.status_code == 302
    question = fresh_question(question)
    assert not question.live
    assert question.latest_revision.content["wording"] == "Who is affected, and where?"


def test_reviewer_can_publish_a_question_from_the_edit_view(reviewer):
    question = make_question(publish=False, wording="Where are the delays?")
    client = client_for(reviewer)
    assert "publish" in action_names(client.get(question_edit_url(question)).content)
    data = question_edit_data(client, question, wording="Where are the worst delays?")
    post_with(client, question_edit_url(question), data, "publish")
    question = fresh_question(question)
    assert question.live
    assert question.wording == "Where are the worst delays?"


def perspective_edit_url(perspective):
    return reverse(Perspective.snippet_viewset.get_url_name("edit"), args=[perspective.pk])


def test_editor_may_see_but_not_edit_the_taxonomy(editor):
    policy = Perspective.snippet_viewset.permission_policy
    assert policy.user_has_permission(editor, "view")
    assert not policy.user_has_permission(editor, "change")
    people = Perspective.objects.get(slug="people")
    client = client_for(editor)
    listing = client.get(reverse(Perspective.snippet_viewset.get_url_name("list")))
    assert listing.status_code == 200
    assert "People" in listing.content.decode()

    response = client.get(perspective_edit_url(people))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    response = client.post(
        perspective_edit_url(people), {"name": "Persons", "slug": "people", "description": ""}
    )
    assert response.status_code == 302
    assert Perspective.objects.get(pk=people.pk).name == "People"


def test_reviewer_edits_the_taxonomy(reviewer):
    people = Perspective.objects.get(slug="people")
    client = client_for(reviewer)
    data = loaded_form(client, perspective_edit_url(people), "w-editor-form")
    assert data["phases-TOTAL_FORMS"] == "3"
    data["name"] = "People and communities"
    response = client.post(perspective_edit_url(people), data)
    assert response.status_code == 302
    people.refresh_from_db()
    assert people.name == "People and communities"
    assert [p.slug for p in people.phases.all()] == ["identify", "locate", "situate"]


# (e) locking ---------------------------------------------------------------------------------


def test_reviewer_locks_a_tool_and_the_editors_edit_is_refused(editor, reviewer):
    tool = make_tool(purpose="The agreed purpose.")
    assert not tool.permissions_for_user(editor).can_lock()
    assert tool.permissions_for_user(reviewer).can_lock()
    reviewer_client = client_for(reviewer)
    response = reviewer_client.post(reverse("wagtailadmin_pages:lock", args=[tool.pk]))
    assert response.status_code == 302
    tool = fresh_tool(tool)
    assert tool.locked
    assert tool.locked_by == reviewer

    editor_client = client_for(editor)
    revisions_before = tool.revisions.count()
    data = page_edit_data(editor_client, tool, purpose="An edit made while it is locked.")
    response = post_with(editor_client, page_edit_url(tool), data)
    assert response.status_code == 200  # the form again, with an error
    assert "could not be saved as it is locked" in response.content.decode()
    tool = fresh_tool(tool)
    assert tool.revisions.count() == revisions_before
    assert tool.latest_revision.content["purpose"] == "The agreed purpose."

    # The editor cannot lift the lock...
    editor_client.post(reverse("wagtailadmin_pages:unlock", args=[tool.pk]))
    assert fresh_tool(tool).locked
    # ...and once the reviewer does, the same edit goes through.
    reviewer_client.post(reverse("wagtailadmin_pages:unlock", args=[tool.pk]))
    assert not fresh_tool(tool).locked
    post_with(editor_client, page_edit_url(tool), data)
    assert fresh_tool(tool).latest_revision.content["purpose"] == "An edit made while it is locked."


def test_a_tool_in_review_is_locked_to_its_editor(editor, reviewer):
    tool = make_tool(publish=False)
    editor_client = client_for(editor)
    data = page_edit_data(editor_client, tool, purpose="Submitted for review.")
    post_with(editor_client, page_edit_url(tool), data, "submit")
    tool = fresh_tool(tool)
    lock = tool.get_lock()
    assert lock is not None
    assert lock.for_user(editor)
    assert not lock.for_user(reviewer)

    data["purpose"] = "Changed behind the reviewer's back."
    response = post_with(editor_client, page_edit_url(tool), data)
    assert response.status_code == 200
    assert fresh_tool(tool).latest_revision.content["purpose"] == "Submitted for review."
