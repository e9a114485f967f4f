"""What a discussion post holds, its limits, and its validation.

The body has the shape of ``submissions/`` without a ``kind``::

    {"about": {"kind": "tool", "slug": "process-map"}, "body": "...", "parent": null,
     "consent_to_publish": true, "no_patient_data": true, "contributor": {...},
     "elapsed_ms": 5200}

``about.kind`` names a content kind whose declaration allows discussion
(``ContentKind.discussion``); ``parent`` is the id of a published thread's first post
about the same page, in a thread that is not locked (threads are one level deep).
"""

from ...models import DiscussionPost, DiscussionStatus
from ...models.kinds import get_kinds
from ...models.submissions import SubmissionKind
from ..fields import (
    MAX_ID,
    Choice,
    Context,
    Integer,
    Object,
    SubmissionInvalid,
    Text,
    check_fields,
    check_storable,
)
from ..schema import COMMON, Cleaned

#: The longest post, in characters (a few paragraphs).
BODY_MAX_LENGTH = 4000


def discussion_kinds():
    """The content kinds whose pages carry a discussion, by name (from the registry)."""
    return {kind.name: kind for kind in get_kinds() if kind.discussion and kind.is_page}


def fields():
    """Every field a post may carry (the common ones less ``kind``, then its own)."""
    common = {name: spec for name, spec in COMMON.items() if name != "kind"}
    return {
        **common,
        "about": Object(
            {
                "kind": Choice(sorted(discussion_kinds()), required=True),
                "slug": Text(255, multiline=False, screen=False, required=True),
            },
            required=True,
        ),
        "body": Text(BODY_MAX_LENGTH, required=True),
        "parent": Integer(1, MAX_ID, help_text="The id of the thread's first post, or null."),
    }


def _resolve(values, ctx):
    """The page the post is about and the thread it replies to (or None), checked."""
    about = values.get("about") or {}
    kind = discussion_kinds().get(about.get("kind"))
    if kind is None or not about.get("slug"):
        return None, None
    page = kind.public_queryset().filter(slug=about["slug"]).order_by("path").first()
    if page is None:
        ctx.problem("about.slug", f"No published {kind.name} has this slug.")
        return None, None
    parent = None
    if values.get("parent"):
        parent = (
            DiscussionPost.objects.filter(pk=values["parent"], page_id=page.pk)
            .select_related(None)
            .first()
        )
        if parent is None or parent.status != DiscussionStatus.APPROVED:
            ctx.problem("parent", "No published post on this page has this id.")
        elif parent.parent_id is not None:
            ctx.problem("parent", "Reply to the thread's first post: replies are one level deep.")
        elif parent.locked:
            ctx.problem("parent", "This thread is locked: it takes no more replies.")
    return page, parent


def validate_post(data):
    """Check a received post; return :class:`~..schema.Cleaned` (with ``page``, ``kind``
    and ``parent`` in ``values``) or raise SubmissionInvalid naming each field."""
    if not isinstance(data, dict):
        raise SubmissionInvalid({"body": ["Must be a JSON object."]})
    check_storable(data)
    ctx = Context()
    values = check_fields(data, fields(), ctx)
    page, parent = (None, None) if ctx.problems else _resolve(values, ctx)
    if ctx.problems:
        raise SubmissionInvalid(ctx.problems)
    values["page"] = page
    values["thread"] = parent
    return Cleaned(
        kind=SubmissionKind.DISCUSSION,
        values=values,
        contributor=values.pop("contributor") or {},
        texts=ctx.texts,
    )
