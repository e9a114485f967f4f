"""The "Screening check" workflow task: a group approval that waits for flags to clear.

Community contributions are screened on arrival for possible patient-identifiable
information. While a contribution in a page's draft still carries such a flag, this
task offers its reviewers "Request changes" but not "Approve", and refuses an approval
asked for any other way; once a reviewer clears the flags, it behaves exactly like
Wagtail's group approval task.
"""

from django.core.exceptions import PermissionDenied
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class ScreeningCheckTask(AbstractGroupApprovalTask):
    """Approved by members of its groups, but only once no flag is waiting on the draft.

    It subclasses Wagtail's group approval task, so Wagtail's own notifications email
    the groups' members when a page reaches it, and it appears on their dashboards.
    """

    def _flagged(self, obj):
        # Named by dotted path: the models import nothing from the layers above them.
        return import_string("wagtail_iitk.community.guard.flagged_contributions")(obj)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and self._flagged(obj):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            obj = task_state.workflow_state.content_object
            flagged = self._flagged(obj)
            if flagged:
                raise PermissionDenied(
                    _(
                        "This draft holds a community contribution (%(references)s) flagged "
                        "for possible patient-identifiable information. Clear the flags "
                        "before you approve it."
                    )
                    % {"references": ", ".join(s.reference for s in flagged)}
                )
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve community contributions, once any flag "
            "for possible patient-identifiable information has been cleared"
        )

    class Meta:
        verbose_name = _("Screening check task")
        verbose_name_plural = _("Screening check tasks")
