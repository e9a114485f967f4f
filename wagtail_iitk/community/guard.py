"""Nothing flagged goes live: publishing is held while a contribution's flags wait.

A community contribution flagged for possible patient-identifiable information may be
drafted and reviewed, but not published until a reviewer clears its flags (sets
``pii_cleared_at``). The rule is enforced through Wagtail's own machinery:

- the "Screening check" workflow task will not approve (``ScreeningCheckTask``);
- the ``before_publish_page`` hook stops the editor's **Publish** (edit and revisions
  views) after the draft is saved, with a message saying why;
- the ``construct_page_action_menu`` hook takes **Publish** out of the editor's menu,
  and ``before_edit_page`` says why;
- the ``before_bulk_action`` hook stops a bulk publish that includes such a page.

While a flagged contribution is open (received or in review) it holds its page back
whatever the draft holds: a reviewer who edits the flagged words out then clears the
flag, and clearing screens the draft's text again (``moderation.clear_flags``). A
declined one holds the page back while its words may still be in the draft: a story or
tool drafted from it, or a change whose block the tool's latest revision still holds.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.models import Revision

from ..models.submissions import TOOL_CHANGE_KINDS, Submission, SubmissionStatus
from .proposals import holds_proposal

#: Statuses whose words may still be in a draft. A published contribution was cleared
#: before it went live; one marked as spam during review may have been drafted already.
OPEN_STATUSES = (SubmissionStatus.RECEIVED, SubmissionStatus.IN_REVIEW)
HELD_STATUSES = (*OPEN_STATUSES, SubmissionStatus.REJECTED, SubmissionStatus.SPAM)


def flagged_contributions(page, revision=None):
    """Flagged submissions holding ``page`` back from publishing (see above); one query
    when there are none. ``revision`` defaults to the page's latest revision."""
    submissions = list(
        Submission.objects.filter(
            page_id=page.pk, status__in=HELD_STATUSES, pii_cleared_at__isnull=True
        )
        .exclude(pii_flags=[])
        .order_by("received_at", "pk")
    )
    held = [s for s in submissions if s.status in OPEN_STATUSES or s.kind not in TOOL_CHANGE_KINDS]
    declined_changes = [s for s in submissions if s not in held]
    if declined_changes:
        # From the database: the instance in hand may predate the latest revision.
        revision = (
            revision
            or Revision.page_revisions.filter(object_id=str(page.pk))
            .order_by("-created_at", "-id")
            .first()
        )
        draft = revision.as_object() if revision else page.specific
        held += [s for s in declined_changes if holds_proposal(draft, s)]
    return held


def held_message(page, flagged):
    return ngettext(
        "'%(title)s' cannot be published yet: community contribution %(references)s is "
        "flagged for possible patient-identifiable information. Check it, then clear the "
        "flag in Submissions.",
        "'%(title)s' cannot be published yet: community contributions %(references)s are "
        "flagged for possible patient-identifiable information. Check them, then clear "
        "the flags in Submissions.",
        len(flagged),
    ) % {
        "title": page.get_admin_display_title(),
        "references": ", ".join(s.reference for s in flagged),
    }


def refuse_flagged_publish(request, page):
    """``before_publish_page``: the draft is saved; do not publish it while flagged."""
    flagged = flagged_contributions(page)
    if flagged:
        messages.error(request, held_message(page, flagged))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


def hide_publish_when_flagged(menu_items, request, context):
    """``construct_page_action_menu``: offer no Publish button for a flagged draft."""
    page = context.get("page")
    if context.get("view") == "create" or page is None or page.pk is None:
        return
    if flagged_contributions(page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def explain_held_publish(request, page):
    """``before_edit_page``: tell whoever opens a flagged draft why it cannot be published."""
    if request.method != "GET":
        return
    flagged = flagged_contributions(page)
    if not flagged:
        return
    message = held_message(page, flagged)
    queued = messages.get_messages(request)
    already = any(str(m.message) == message for m in queued)
    queued.used = False  # looking at the queue must not use it up
    if not already:
        messages.warning(request, message)


def refuse_flagged_bulk_publish(request, action_type, objects, action_class_instance):
    """``before_bulk_action``: a bulk publish must not include a flagged draft."""
    if action_type != "publish":
        return None
    for page in objects:
        flagged = flagged_contributions(page)
        if flagged:
            messages.error(request, held_message(page, flagged))
            return redirect(action_class_instance.next_url or "wagtailadmin_explore_root")
    return None


def register():
    """Register the hooks (called once from the app's ready())."""
    hooks.register("before_publish_page", refuse_flagged_publish)
    hooks.register("construct_page_action_menu", hide_publish_when_flagged)
    hooks.register("before_edit_page", explain_held_publish)
    hooks.register("before_bulk_action", refuse_flagged_bulk_publish)
