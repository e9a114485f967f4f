"""The "Approval to publish" workflow task: a group approval with an optional two-person rule.

With the ``TWO_PERSON_RULE`` setting on, the reviewer who approved an earlier step of a
workflow (the editorial review) cannot also approve publishing the same revision: the
"Approve" actions are not offered to them, and an approval asked for any other way (a
forged form post, a script) is refused. A new revision starts afresh: approving an
earlier revision does not bar a reviewer from approving a later one. With the setting
off (the default), it behaves exactly like Wagtail's group approval task.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

from ..conf import iitk_settings


def approved_earlier_step(obj, user, current_task_state=None):
    """Whether ``user`` approved another step of ``obj``'s workflow in progress, on the
    revision that approving now would publish (the latest)."""
    workflow_state = obj.current_workflow_state
    if workflow_state is None or not user.is_authenticated:
        return False
    revision = obj.get_latest_revision()
    if revision is None:
        return False
    earlier = TaskState.objects.filter(
        workflow_state=workflow_state,
        status=TaskState.STATUS_APPROVED,
        finished_by=user,
        revision=revision,
    )
    current = current_task_state or workflow_state.current_task_state
    if current is not None:
        earlier = earlier.exclude(pk=current.pk)
    return earlier.exists()


class PublishingApprovalTask(AbstractGroupApprovalTask):
    """Approved by members of its groups; under the two-person rule, not by the one who
    approved an earlier step of the same revision."""

    def _barred(self, obj, user, task_state=None):
        return iitk_settings.TWO_PERSON_RULE and approved_earlier_step(obj, user, task_state)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and self._barred(obj, user):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            obj = task_state.workflow_state.content_object
            if self._barred(obj, user, task_state):
                raise PermissionDenied(
                    _(
                        "Two-person rule: you approved an earlier step of this revision, so "
                        "another reviewer must approve publishing it."
                    )
                )
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve publishing; with the two-person rule on, "
            "not the reviewer who approved an earlier step of the same revision"
        )

    class Meta:
        verbose_name = _("Approval to publish task")
        verbose_name_plural = _("Approval to publish tasks")
