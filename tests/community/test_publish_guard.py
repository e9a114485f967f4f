"""A contribution flagged for possible patient-identifiable information cannot be published
until a reviewer clears the flag: not by approving the workflow task (in the admin or
through the model API), not with the editor's Publish button, not by bulk publishing.
"""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState

from tests.factories import make_tool
from wagtail_iitk.community.conversion import convert
from wagtail_iitk.community.guard import flagged_contributions
from wagtail_iitk.models import ToolPage

from .admin_actions import action_names, approve, client_for, edit_url, publish_in_editor
from .contributions import NHS_NUMBER, received, reviewer_with_email

pytestmark = pytest.mark.django_db


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map", purpose="Shows each step.")


@pytest.fixture
def reviewer(toolkit):
    return reviewer_with_email()


def flagged_story(tool):
    submission = received("story", tool, summary=f"One patient ({NHS_NUMBER}) waited 9 hours.")
    assert submission.is_flagged
    convert(submission.pk)
    submission.refresh_from_db()
    return submission, Page.objects.get(pk=submission.page_id)


def flagged_example(tool):
    submission = received("example", tool, text=f"We traced patient {NHS_NUMBER} through.")
    assert submission.is_flagged
    convert(submission.pk)
    submission.refresh_from_db()
    return submission


def clear_flags(submission, reviewer):
    submission.pii_cleared_at = timezone.now()
    submission.pii_cleared_by = reviewer
    submission.save()


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def test_the_screening_check_offers_no_approval_while_flagged(tool, reviewer):
    submission, page = flagged_story(tool)
    task_state = page.current_workflow_state.current_task_state
    task = task_state.task.specific
    assert [name for name, *_ in task.get_actions(page, reviewer)] == ["reject"]
    clear_flags(submission, reviewer)
    assert "approve" in [name for name, *_ in task.get_actions(page, reviewer)]


def test_approving_a_flagged_draft_in_the_admin_is_refused(client, tool, reviewer):
    submission, page = flagged_story(tool)
    response = approve(client_for(reviewer), page)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")  # Wagtail's "permission denied"
    assert not is_live(page)
    assert TaskState.objects.get(workflow_state__object_id=str(page.pk)).status == "in_progress"
    submission.refresh_from_db()
    assert submission.status == "in_review"


def test_approving_a_flagged_draft_through_the_model_api_is_refused(tool, reviewer):
    submission, page = flagged_story(tool)
    task_state = page.current_workflow_state.current_task_state
    with pytest.raises(PermissionDenied, match=submission.reference):
        task_state.task.specific.on_action(task_state, reviewer, "approve")
    assert not is_live(page)


def test_the_editor_offers_no_publish_button_and_refuses_a_publish_post(tool, reviewer):
    submission, page = flagged_story(tool)
    client = client_for(reviewer)
    editor = client.get(edit_url(page)).content.decode()
    assert "publish" not in action_names(editor)
    assert editor.count("cannot be published yet") == 1 and submission.reference in editor

    response = publish_in_editor(client, page)
    assert response.status_code == 302 and response["Location"] == edit_url(page)
    assert not is_live(page)
    message = client.get(edit_url(page)).content.decode()
    assert message.count("cannot be published yet") == 1  # the refusal, not said twice


def test_once_the_flag_is_cleared_approval_publishes(tool, reviewer):
    submission, page = flagged_story(tool)
    clear_flags(submission, reviewer)
    assert "publish" in action_names(client_for(reviewer).get(edit_url(page)).content)
    approve(client_for(reviewer), page)
    assert is_live(page)
    submission.refresh_from_db()
    assert submission.status == "published"


def test_once_the_flag_is_cleared_the_editors_publish_works(tool, reviewer):
    submission, page = flagged_story(tool)
    clear_flags(submission, reviewer)
    response = publish_in_editor(client_for(reviewer), page)
    assert response.status_code == 302
    assert is_live(page)


def test_a_flagged_change_holds_back_the_tools_draft_but_not_its_live_version(tool, reviewer):
    submission = flagged_example(tool)
    client = client_for(reviewer)
    publish_in_editor(client, tool)
    fresh = ToolPage.objects.get(pk=tool.pk)
    assert fresh.live and list(fresh.examples) == []  # live version unchanged
    assert fresh.has_unpublished_changes
    assert approve(client, tool)["Location"] == reverse("wagtailadmin_home")
    assert list(ToolPage.objects.get(pk=tool.pk).examples) == []

    clear_flags(submission, reviewer)
    approve(client, tool)
    assert [e.value["setting"] for e in ToolPage.objects.get(pk=tool.pk).examples] == [
        "Outpatients, community trust"
    ]


def test_an_open_flagged_change_holds_the_tool_back_until_its_flag_is_cleared(tool, reviewer):
    submission = flagged_example(tool)
    draft = ToolPage.objects.get(pk=tool.pk).get_latest_revision_as_object()
    draft.examples = []  # the reviewer edits the flagged words out...
    draft.purpose = "Shows each step of a process."
    draft.save_revision(user=reviewer)
    assert flagged_contributions(tool) == [submission]  # ...and must still clear the flag
    publish_in_editor(client_for(reviewer), tool)
    assert ToolPage.objects.get(pk=tool.pk).purpose == "Shows each step."
    clear_flags(submission, reviewer)
    publish_in_editor(client_for(reviewer), tool)
    assert ToolPage.objects.get(pk=tool.pk).purpose == "Shows each step of a process."


def test_a_declined_flagged_change_holds_the_tool_back_only_while_its_block_is_there(
    tool, reviewer
):
    submission = flagged_example(tool)
    submission.status = "rejected"
    submission.save()
    assert flagged_contributions(tool) == [submission]
    draft = ToolPage.objects.get(pk=tool.pk).get_latest_revision_as_object()
    draft.examples = []
    draft.save_revision(user=reviewer)
    assert flagged_contributions(tool) == []


def test_bulk_publishing_a_flagged_draft_is_refused(tool, reviewer):
    submission, page = flagged_story(tool)
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        + f"?id={page.pk}&next=/admin/"
    )
    response = client_for(reviewer).post(url, {"include_descendants": ""})
    assert response.status_code == 302
    assert not is_live(page)
    clear_flags(submission, reviewer)
    client_for(reviewer).post(url, {"include_descendants": ""})
    assert is_live(page)


def test_a_rejected_flagged_story_still_cannot_be_published(tool, reviewer):
    submission, page = flagged_story(tool)
    submission.status = "rejected"
    submission.save()
    response = publish_in_editor(client_for(reviewer), page)
    assert response["Location"] == edit_url(page)
    assert not is_live(page)


def test_a_flagged_story_marked_as_spam_in_review_still_cannot_be_published(tool, reviewer):
    from wagtail_iitk.community.moderation import mark_spam

    submission, page = flagged_story(tool)
    mark_spam(submission.pk, reviewer)
    submission.refresh_from_db()
    assert submission.status == "spam"
    assert flagged_contributions(Page.objects.get(pk=page.pk).specific) == [submission]
    response = publish_in_editor(client_for(reviewer), page)
    assert response["Location"] == edit_url(page)
    assert not is_live(page)
