"""Putting a community draft into the "Community review" workflow.

Starting the workflow is what brings reviewers in: its screening check task is a group
approval task, so Wagtail lists the draft on each reviewer's dashboard under "Awaiting
your review" and emails them (Wagtail's ``task_submitted`` notification to the task's
group members; a reviewer can turn it off in their account's notification settings).
"""

import logging

from django.contrib.auth.models import Group
from wagtail.models import Workflow, WorkflowState

from ..conf import iitk_settings

logger = logging.getLogger(__name__)


def community_workflow():
    """The "Community review" workflow, created (as ``iitk_setup`` would) if missing."""
    from ..workflows import ensure_community_workflow

    workflow = Workflow.objects.filter(name=iitk_settings.COMMUNITY_WORKFLOW_NAME).first()
    if workflow is None:
        reviewers, _ = Group.objects.get_or_create(name=iitk_settings.REVIEWERS_GROUP)
        workflow = ensure_community_workflow(reviewers, logger.info)
    return workflow


def start_community_review(page):
    """Start "Community review" on ``page`` (specific); returns its workflow state.

    A page already in Community review stays in it: a second contribution to the same
    tool joins the review under way (its block is in the latest revision, which is what
    approval publishes), and the task is restarted so its reviewers are told. A review
    sent back for changes is left to its reviewers.

    Any other workflow in progress on the page is cancelled first, because approving it
    would publish the contribution without the screening check; the editor's changes
    stay in the draft, which this workflow now reviews. Returns
    None, leaving the draft for reviewers to find in Submissions, when the workflow
    has been deactivated.
    """
    workflow = community_workflow()
    if not workflow.active:
        logger.warning("The '%s' workflow is not active; draft %s not put into it", workflow, page)
        return None
    state = WorkflowState.objects.active().for_instance(page).first()
    if state is not None:
        if state.workflow_id == workflow.pk:
            task_state = state.current_task_state
            if state.status == WorkflowState.STATUS_IN_PROGRESS and task_state is not None:
                # Restart the task on the new revision, so its reviewers hear of this
                # contribution too (Wagtail notifies them when a task starts).
                task_state.specific.cancel(user=None, resume=True)
            return state
        if state.current_task_state_id is None:  # never reached a task: nothing to tell
            WorkflowState.objects.filter(pk=state.pk).update(status=WorkflowState.STATUS_CANCELLED)
        else:
            state.cancel(user=None)
    return workflow.start(page, None)
