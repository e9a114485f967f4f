"""Turn a received submission into a draft for reviewers, and put it into review.

- A story becomes a new StoryPage draft, a tool suggestion a new ToolPage draft, under
  the first story or tool index of the toolkit. Neither is ever live.
- A reference, tip, pitfall or example becomes a new revision of the existing tool,
  built from the tool's *latest* revision (so an editor's pending draft is kept) with one
  block appended (see ``proposals``). The live version is not touched.

The draft enters the "Community review" workflow and the submission goes "in_review",
all in one transaction. Converting again does nothing; spam is never converted. Every
string is made plain text first (``sanitising.plain_text``, nh3), and rich text is built
from escaped paragraphs, so no markup a contributor sent reaches a page.
"""

import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import Truncator, slugify
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log

from ..models import (
    Question,
    StoryIndexPage,
    StoryPage,
    ToolIndexPage,
    ToolPage,
    ToolUsage,
)
from ..models.choices import CareSector, WouldUseAgain
from ..models.submissions import Submission, SubmissionKind, SubmissionStatus
from ..models.visibility import visible_pages, visible_questions
from .draft_fields import choice, fit_purpose, line, paragraphs, steps, text, web_address
from .proposals import holds_proposal, proposal_block_id, proposal_stream
from .review import start_community_review
from .sanitising import sanitise_payload
from .screening import redact, redact_payload

logger = logging.getLogger(__name__)

CONVERTED = "wagtail_iitk.submission.convert"


class NotConvertible(Exception):
    """The submission cannot be drafted (its tool or the index page is gone)."""


# --- drafts ----------------------------------------------------------------------------------


def _new_draft(index_model, page, title):
    """Add ``page`` as a draft (never live) under the first index, with a revision."""
    parent = index_model.objects.order_by("path").first()
    if parent is None:
        raise NotConvertible(f"there is no {index_model._meta.verbose_name}")
    page.title = title
    page.slug = find_available_slug(parent, slugify(title)[:80] or "contribution")
    page.live = False
    page.has_unpublished_changes = True
    parent.add_child(instance=page)
    revision = page.save_revision(user=None, log_action=False, clean=False)
    log(instance=page, action="wagtail.create", revision=revision, content_changed=True)
    return page, revision


def _contributor(submission):
    """(name, organisation) to credit, or ("", "") without the contributor's consent."""
    if not submission.credit_contributor:
        return "", ""
    return (
        line(redact(line(submission.contributor_name)), 120),
        line(redact(line(submission.contributor_organisation)), 255),
    )


def draft_story(submission, data):
    """A new StoryPage draft with the story's setting, tools, outcomes, tips and pitfalls."""
    tools = {
        tool.slug: tool
        for tool in visible_pages(ToolPage.objects.all()).filter(
            slug__in=[u.get("tool") for u in data.get("tool_usages") or [] if isinstance(u, dict)]
        )
    }
    question_ids = [q for q in data.get("questions") or [] if isinstance(q, int)]
    name, organisation = _contributor(submission)
    title = line(data.get("title"), 255) or submission.reference
    page = StoryPage(
        summary=Truncator(text(data.get("summary")) or title).chars(600),
        organisation_type=line(data.get("organisation_type"), 120),
        care_sector=choice(data.get("care_sector"), CareSector),
        trigger=text(data.get("trigger")),
        aim=text(data.get("aim")),
        outcomes=[("outcome", {"outcome": text(data.get("outcomes")), "measure": ""})]
        if text(data.get("outcomes"))
        else [],
        top_tips=[("tip", t) for t in _advice_list(data.get("tips"))],
        pitfalls=[("pitfall", t) for t in _advice_list(data.get("pitfalls"))],
        author_name=name,
        author_organisation=organisation,
        credit_author=bool(name or organisation),
        consent_to_publish=submission.consent_to_publish and submission.no_patient_data,
    )
    page.tool_usages = [
        ToolUsage(
            tool=tools[usage["tool"]],
            why_chosen=text(usage.get("why_chosen")),
            how_used=text(usage.get("how_used")),
            would_use_again=choice(usage.get("would_use_again"), WouldUseAgain, "yes"),
        )
        for usage in data.get("tool_usages") or []
        if isinstance(usage, dict) and usage.get("tool") in tools
    ]
    page.questions = list(visible_questions(Question.objects.filter(pk__in=question_ids)))
    return _new_draft(StoryIndexPage, page, title)


def _advice_list(values):
    items = values if isinstance(values, list) else []
    return [Truncator(t).chars(500) for t in (text(v) for v in items) if t]


def draft_tool(submission, data):
    """A new ToolPage draft from a suggestion. A purpose too long for one sentence is
    shortened, and the full text kept at the start of "When to use it" for reviewers."""
    title = line(data.get("title"), 255) or submission.reference
    purpose, shortened = fit_purpose(data.get("purpose") or title)
    url = web_address(data.get("reference_url"))
    page = ToolPage(
        purpose=purpose,
        when_to_use=paragraphs(
            data.get("purpose") if shortened else "",
            data.get("description"),
            data.get("when_to_use"),
        ),
        steps=[("step", step) for step in steps(data.get("how_to_use"))],
        references=[("reference", {"title": Truncator(url).chars(255), "url": url})] if url else [],
    )
    return _new_draft(ToolIndexPage, page, title)


def proposed_block(submission, data):
    """The raw value of the one block a reference, tip or example adds to a tool."""
    kind = submission.kind
    if kind == SubmissionKind.REFERENCE:
        url = web_address(data.get("url"))
        year = data.get("year")
        return {
            "title": line(data.get("title"), 255) or Truncator(url).chars(255),
            "authors": line(data.get("authors"), 255),
            "year": year if isinstance(year, int) and 1800 <= year <= 2100 else None,
            "publisher": line(data.get("publisher"), 255),
            "url": url,
        }
    if kind == SubmissionKind.TIP:
        return Truncator(text(data.get("text"))).chars(500)
    name, organisation = _contributor(submission)
    return {
        "setting": line(data.get("setting"), 255),
        "description": text(data.get("text")),
        "credit": Truncator(", ".join(x for x in (name, organisation) if x)).chars(255),
    }


def _tool_for(submission, data):
    if submission.tool_id:
        return ToolPage.objects.get(pk=submission.tool_id)
    tool = visible_pages(ToolPage.objects.filter(slug=data.get("tool"))).order_by("path").first()
    if tool is None:
        raise NotConvertible("the tool it is for is not published")
    return tool


def propose_change(submission, data):
    """A new revision of the tool: its latest revision plus the proposed block.

    If that revision already holds the block (a restored submission), it is reused.
    """
    tool = _tool_for(submission, data)
    draft = tool.get_latest_revision_as_object()
    if holds_proposal(draft, submission):
        return tool, tool.get_latest_revision()
    field, block_type = proposal_stream(submission)
    stream = getattr(draft, field)
    child = stream.stream_block.child_blocks[block_type]
    try:
        value = child.clean(child.to_python(proposed_block(submission, data)))
    except ValidationError as error:
        raise NotConvertible(f"the proposed {block_type} is not valid: {error}") from error
    stream.raw_data.append(
        {
            "type": block_type,
            "value": child.get_prep_value(value),
            "id": proposal_block_id(submission),
        }
    )
    revision = draft.save_revision(user=None, log_action=True, clean=False)
    return tool, revision


DRAFTERS = {SubmissionKind.STORY: draft_story, SubmissionKind.TOOL: draft_tool}


def draft_data(received):
    """The received body as a draft may hold it: plain text, then every span screening
    flags (an NHS number, a date of birth...) replaced by ``[removed: ...]``.

    Plain text first, so a number hidden in markup (``943 <b>476</b> 5919``) is found.
    Page revisions are open to every editor; the submission, which only reviewers see,
    keeps the original.
    """
    return redact_payload(sanitise_payload(received))


def convert(submission_id, *, strict=False):
    """Draft a received submission and start its review; returns its status afterwards.

    A submission that is not "received", or already has a draft, is left alone, so a
    repeated or concurrent call does nothing (the row is locked while converting). One
    that cannot be drafted is logged and left "received", or with ``strict`` raises
    NotConvertible (the task records why: see ``community.tasks``).
    """
    with transaction.atomic():
        submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
        if submission is None:
            return None
        if submission.status != SubmissionStatus.RECEIVED or submission.page_id:
            return submission.status
        if submission.kind == SubmissionKind.DISCUSSION:
            from .discussion.moderation import requeue

            return requeue(submission)  # its post is its draft: back to the queue
        data = submission.received_data if isinstance(submission.received_data, dict) else {}
        data = draft_data(data)
        try:
            if submission.kind in DRAFTERS:
                page, revision = DRAFTERS[submission.kind](submission, data)
            else:
                page, revision = propose_change(submission, data)
                submission.tool_id = page.pk
        except NotConvertible as reason:
            logger.warning("Submission %s was not drafted: %s", submission.reference, reason)
            if strict:
                raise
            return submission.status
        state = start_community_review(page)
        submission.page_id = page.pk
        submission.revision = revision
        submission.status = SubmissionStatus.IN_REVIEW
        submission.conversion_error = ""
        submission.save(
            update_fields=["page", "revision", "tool", "status", "conversion_error", "updated_at"]
        )
        log(
            submission,
            CONVERTED,
            data={
                "page": page.pk,
                "revision": revision.pk,
                "workflow": state.workflow.name if state else None,
            },
        )
    return submission.status
