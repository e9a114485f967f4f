"""A submission's page in the inbox, and the forms that decide it.

The page shows the text as received beside the draft it became, the flags and spam
signals, the contributor, and forms to reject (with a reason), mark as spam, clear the
flags or restore from spam. Each form posts (with CSRF) to its own view, which calls
:mod:`wagtail_iitk.community.moderation` and reports back with a message. When another
reviewer got there first the reviewer is told who did what, and nothing is changed.
"""

import logging

from django import forms
from django.contrib import messages
from django.db import OperationalError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic import InspectView
from wagtail.admin.widgets.button import Button

from ..community import moderation
from ..community.draft_text import draft_texts
from ..community.screening import find_pii
from ..models.submissions import TOOL_CHANGE_KINDS, SubmissionStatus
from .submission_text import highlight, kind_label, received_fields, submission_title

logger = logging.getLogger(__name__)

BUSY = gettext_lazy(
    "Another change to this submission was being saved at the same moment, so nothing was "
    "changed. Look at it again, then decide."
)


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for rejecting"),
        help_text=gettext_lazy("The contributor is told this, so write it for them."),
        max_length=moderation.REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ClearFlagsForm(forms.Form):
    confirm_remaining = forms.BooleanField(
        label=gettext_lazy(
            "I have checked what screening still finds and it is not patient-identifiable"
        ),
        required=False,
    )


class SubmissionInspectView(InspectView):
    """The received text beside the draft, with the decision forms."""

    template_name = "wagtail_iitk/admin/submissions/inspect.html"
    permission_required = "view"
    any_permission_required = ["review"]
    history_url_name = None
    inspect_url_name = None
    action_url_names = {}

    page_title = gettext_lazy("Submission")

    def get_page_subtitle(self):
        return self.object.reference

    def get_fields(self):
        return []  # the template lays the submission out itself

    @cached_property
    def header_more_buttons(self):
        return [
            Button(
                _("History"),
                url=reverse(self.history_url_name, args=[self.object.pk]),
                icon_name="history",
                priority=10,
            )
        ]

    def get_draft(self):
        """What a reviewer needs of the draft: links, and its text re-screened now."""
        page = self.object.page
        if page is None:
            return None
        draft = {
            "page": page,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "preview_url": reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
            "history_url": reverse("wagtailadmin_pages:history", args=[page.pk]),
            "texts": [],
        }
        if page.live and self.object.revision_id:
            draft["compare_url"] = reverse(
                "wagtailadmin_pages:revisions_compare",
                kwargs={"pk": page.pk, "revision_id_a": "live", "revision_id_b": "latest"},
            )
        for item in draft_texts(self.object):
            found = find_pii(item.text)
            draft["texts"].append(
                {"label": item.label, "html": highlight(item.text, found), "flags": len(found)}
            )
        draft["flags"] = sum(text["flags"] for text in draft["texts"])
        return draft

    def get_review(self):
        """The first thing to do with a converted submission: open its draft in the
        editor, where its workflow task is approved (``None`` once it is decided)."""
        page = self.object.page
        if page is None or self.object.status != SubmissionStatus.IN_REVIEW:
            return None
        task_state = page.current_workflow_task_state
        return {
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "task": task_state.task.name if task_state else "",
        }

    def get_forms(self):
        status = self.object.status
        is_open = status in moderation.OPEN
        forms_ = {}
        if is_open:
            forms_["reject"] = RejectForm()
            forms_["spam"] = forms.Form()
        if is_open and self.object.is_flagged:
            forms_["clear_flags"] = ClearFlagsForm()
        if status == SubmissionStatus.SPAM:
            forms_["restore"] = forms.Form()
        if status == SubmissionStatus.RECEIVED and not self.object.page_id:
            forms_["retry"] = forms.Form()
        return forms_

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        forms_ = self.get_forms()
        forms_.update(kwargs.get("bound_forms", {}))
        received = received_fields(submission)
        where = {field.path: field for field in received}
        flags = []
        for flag in submission.pii_flags or []:
            if isinstance(flag, dict):
                field = where.get(str(flag.get("field", "")))
                flags.append(
                    {
                        "kind": kind_label(flag.get("kind", "")),
                        "label": field.label if field else str(flag.get("field", "")),
                        "anchor": field.anchor if field else "",
                    }
                )
        remaining = [
            {"kind": kind_label(m.get("kind", "")), "label": m.get("label") or m.get("field", "")}
            for m in kwargs.get("remaining") or []
        ]
        context.update(
            {
                "submission": submission,
                "title": submission_title(submission, length=200),
                "received": received,
                "flags": flags,
                "draft": self.get_draft(),
                "review": self.get_review(),
                "forms": forms_,
                "action_urls": {
                    name: reverse(url_name, args=[submission.pk])
                    for name, url_name in self.action_url_names.items()
                },
                "remaining": remaining,
                "is_tool_change": submission.kind in TOOL_CHANGE_KINDS,
            }
        )
        return context


class SubmissionActionView(SubmissionInspectView):
    """Posts one decision. Bad input re-shows the page with the error; a decision that
    another reviewer beat shows who did what, and changes nothing."""

    http_method_names = ["post"]
    form_class = forms.Form
    action = ""

    def decide(self, form):
        raise NotImplementedError

    def success_message(self, submission):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        form = self.form_class(request.POST)
        if form.is_valid():
            try:
                submission = self.decide(form)
            except moderation.SubmissionStateChanged as error:
                messages.error(request, str(error))
                return redirect(self.inspect_url)
            except OperationalError:
                # SQLite answers "database is locked" to the second of two writers at once
                # (it has no row locks); the decision's transaction was rolled back.
                logger.warning("Decision on %s not written", self.object.pk, exc_info=True)
                messages.error(request, BUSY)
                return redirect(self.inspect_url)
            except moderation.FlagsRemain as error:
                messages.error(request, str(error))
                return self.render_to_response(
                    self.get_context_data(bound_forms={self.action: form}, remaining=error.matches)
                )
            except moderation.ModerationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, self.success_message(submission))
                return redirect(self.inspect_url)
        messages.error(request, _("The submission could not be changed: see the form below."))
        return self.render_to_response(self.get_context_data(bound_forms={self.action: form}))

    @property
    def inspect_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])


class RejectView(SubmissionActionView):
    form_class = RejectForm
    action = "reject"

    def decide(self, form):
        return moderation.reject(self.object.pk, self.request.user, form.cleaned_data["reason"])

    def success_message(self, submission):
        return _("%(reference)s rejected; the contributor will be told the reason.") % {
            "reference": submission.reference
        }


class SpamView(SubmissionActionView):
    action = "spam"

    def decide(self, form):
        return moderation.mark_spam(self.object.pk, self.request.user)

    def success_message(self, submission):
        return _("%(reference)s marked as spam.") % {"reference": submission.reference}


class ClearFlagsView(SubmissionActionView):
    form_class = ClearFlagsForm
    action = "clear_flags"

    def decide(self, form):
        return moderation.clear_flags(
            self.object.pk,
            self.request.user,
            confirm_remaining=form.cleaned_data["confirm_remaining"],
        )

    def success_message(self, submission):
        return _("Flags cleared on %(reference)s: it may now be published.") % {
            "reference": submission.reference
        }


class RestoreView(SubmissionActionView):
    action = "restore"

    def decide(self, form):
        return moderation.restore(self.object.pk, self.request.user)

    def success_message(self, submission):
        return _("%(reference)s restored: a fresh draft will be made from it.") % {
            "reference": submission.reference
        }


class RetryView(SubmissionActionView):
    action = "retry"

    def decide(self, form):
        return moderation.retry_conversion(self.object.pk, self.request.user)

    def success_message(self, submission):
        submission.refresh_from_db()
        if submission.page_id:
            return _("%(reference)s has been made into a draft.") % {
                "reference": submission.reference
            }
        return _("%(reference)s will be made into a draft shortly.") % {
            "reference": submission.reference
        }
