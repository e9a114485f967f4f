"""The words of a submission's draft, as reviewers have left them, for re-screening.

A story or a new tool becomes a draft page; a reference, tip or example becomes one
block in a draft of an existing tool (see :mod:`.proposals`). Reviewers edit that
draft to remove what screening flagged, so clearing the flags means screening the
draft's *current* text, not the received text (which is never altered). For a change to
a tool only the proposed block counts: the rest of the tool is not the contributor's.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.text import capfirst
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from ..models.submissions import TOOL_CHANGE_KINDS
from .proposals import proposal_block_id, proposal_stream
from .screening import find_pii


@dataclass(frozen=True)
class DraftText:
    """One piece of the draft's text, with a label a reviewer recognises."""

    label: str
    text: str


def _texts(label, values):
    return [DraftText(label, str(text)) for text in values if text and str(text).strip()]


def _field_texts(instance, fields, prefix=""):
    texts = []
    for field in fields:
        value = getattr(instance, field.attname, None)
        if value in (None, ""):
            continue
        label = prefix + capfirst(str(field.verbose_name))
        if isinstance(field, StreamField | RichTextField):
            texts += _texts(label, field.get_searchable_content(value))
        elif isinstance(field, models.CharField | models.TextField) and not field.choices:
            texts += _texts(label, [value])
    return texts


def _text_fields(model):
    """The model's own free-text fields (not the page tree's bookkeeping ones)."""
    return [
        field
        for field in model._meta.get_fields()
        if getattr(field, "concrete", False)
        and not field.is_relation
        and (field.model is not Page or field.name == "title")
        and field.name not in ("slug", "draft_title", "url_path")
    ]


def page_texts(page):
    """Every free-text piece of a (specific) page object, its inline children included."""
    texts = _field_texts(page, _text_fields(type(page)))
    for relation in get_all_child_relations(type(page)):
        child_model = relation.related_model
        name = capfirst(str(child_model._meta.verbose_name))
        children = getattr(page, relation.get_accessor_name()).all()
        for number, child in enumerate(children, start=1):
            texts += _field_texts(child, _text_fields(child_model), prefix=f"{name} {number}: ")
    return texts


def proposal_texts(tool, submission):
    """The text of the block ``submission`` proposes, in this tool object (or [])."""
    field_name, _block_type = proposal_stream(submission)
    label = capfirst(str(type(tool)._meta.get_field(field_name).verbose_name))
    block_id = proposal_block_id(submission)
    for bound in getattr(tool, field_name):
        if bound.id != block_id:
            continue
        if isinstance(bound.block, blocks.StructBlock):
            texts = []
            for name, child in bound.block.child_blocks.items():
                child_label = f"{label} › {capfirst(str(child.label))}"
                texts += _texts(child_label, child.get_searchable_content(bound.value.get(name)))
            return texts
        return _texts(label, bound.block.get_searchable_content(bound.value))
    return []


def draft_texts(submission):
    """The text of the submission's draft as it stands now (its page's latest revision).

    Empty when the submission has no draft yet, or when a reviewer has taken the
    proposed block out of the tool's draft.
    """
    if submission.page_id is None:
        return []
    page = Page.objects.get(pk=submission.page_id).specific
    draft = page.get_latest_revision_as_object()
    if submission.kind in TOOL_CHANGE_KINDS:
        return proposal_texts(draft, submission)
    return page_texts(draft)


def screen_draft(submission):
    """Possible patient-identifiable information left in the draft's current text.

    Returns ``[{"label", "kind", "start", "end", "text"}]`` using the intake's screening
    (``wagtail_iitk.community.screening.find_pii``), so the draft is judged by exactly
    the rules the received text was.
    """
    found = []
    for item in draft_texts(submission):
        for match in find_pii(item.text):
            found.append({"label": item.label, **match})
    return found
