"""What each kind of submission holds, the limits on it, and its validation.

One description (``KINDS``) serves the API, the widget and the site forms, and the API's
OpenAPI schema is generated from it, so the documentation cannot drift from the rules.
Length limits are on the text as received, counted in characters, and match the fields
the text will fill on a draft page.

``validate(data)`` checks a received body and returns :class:`Cleaned`: the values as
plain text (see :mod:`.sanitising`), the tools they name, and the received free text by
field path, for screening. Bad input raises :class:`SubmissionInvalid` naming each field.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from ..models.choices import CareSector, WouldUseAgain
from ..models.submissions import SubmissionKind
from .fields import (
    Anything,
    Boolean,
    Choice,
    Context,
    Email,
    Integer,
    ListOf,
    MustBeTrue,
    Object,
    QuestionIds,
    SubmissionInvalid,
    Text,
    ToolSlug,
    Url,
    check_fields,
    check_storable,
)

# --- the kinds ------------------------------------------------------------------------------

LONG = 4000
MEDIUM = 2000
ADVICE = 500

CONTRIBUTOR = {
    "name": Text(120, multiline=False, screen=False),
    "role": Text(120, multiline=False, screen=False),
    "organisation": Text(255, multiline=False, screen=False),
    "email": Email(),
    "credit": Boolean(help_text="Show my name and organisation with what is published."),
}

#: Fields every submission may carry, whatever its kind.
COMMON = {
    # Discussion posts have their own endpoint (``discussions/``) and schema.
    "kind": Choice(
        [kind for kind in SubmissionKind.values if kind != SubmissionKind.DISCUSSION],
        required=True,
    ),
    "consent_to_publish": MustBeTrue(_("You must agree to your contribution being published.")),
    "no_patient_data": MustBeTrue(
        _("You must confirm that it holds no patient-identifiable information.")
    ),
    "contributor": Object(CONTRIBUTOR),
    "partner": Text(64, multiline=False, screen=False),
    "elapsed_ms": Integer(0, 10**10, help_text="Milliseconds from the form shown to sent."),
    "website": Anything(help_text="Leave empty."),
}

TOOL_USAGE = {
    "tool": ToolSlug(required=True),
    "why_chosen": Text(MEDIUM, required=True),
    "how_used": Text(MEDIUM, required=True),
    "would_use_again": Choice(WouldUseAgain.values),
}

KINDS = {
    SubmissionKind.STORY: {
        "title": Text(255, multiline=False, required=True),
        "summary": Text(600, required=True),
        "organisation_type": Text(120, multiline=False),
        "care_sector": Choice(CareSector.values),
        "trigger": Text(MEDIUM),
        "aim": Text(MEDIUM),
        "tool_usages": ListOf(Object(TOOL_USAGE), 20),
        "questions": QuestionIds(50),
        "outcomes": Text(LONG),
        "tips": ListOf(Text(ADVICE), 10),
        "pitfalls": ListOf(Text(ADVICE), 10),
    },
    SubmissionKind.TOOL: {
        "title": Text(255, multiline=False, required=True),
        "purpose": Text(200, multiline=False, required=True),
        "description": Text(LONG),
        "when_to_use": Text(MEDIUM),
        "how_to_use": Text(LONG),
        "reference_url": Url(),
    },
    SubmissionKind.REFERENCE: {
        "tool": ToolSlug(required=True),
        "title": Text(255, multiline=False, required=True),
        "authors": Text(255, multiline=False),
        "year": Integer(1800, 2100),
        "publisher": Text(255, multiline=False),
        "url": Url(),
        "note": Text(1000),
    },
    SubmissionKind.TIP: {
        "tool": ToolSlug(required=True),
        "advice": Choice(["tip", "pitfall"], required=True),
        "text": Text(ADVICE, required=True),
    },
    SubmissionKind.EXAMPLE: {
        "tool": ToolSlug(required=True),
        "setting": Text(255, multiline=False),
        "text": Text(MEDIUM, required=True),
    },
}


__all__ = ["KINDS", "Cleaned", "SubmissionInvalid", "fields_for", "validate"]


def fields_for(kind):
    """Every field a submission of ``kind`` may carry, common ones first."""
    return {**COMMON, **KINDS[kind]}


@dataclass
class Cleaned:
    """A valid submission: plain-text values, the tool(s) named, and the free text."""

    kind: str
    values: dict
    contributor: dict
    tool: object = None
    tools: dict = field(default_factory=dict)
    texts: list = field(default_factory=list)


def _resolve(ctx):
    """Look up every tool slug and question id named, in one query each."""
    from ..models import Question, ToolPage
    from ..models.visibility import visible_pages, visible_questions

    tools = {}
    slugs = {slug for _path, slug in ctx.tool_paths}
    if slugs:
        for tool in visible_pages(ToolPage.objects.filter(slug__in=slugs)).order_by("path"):
            tools.setdefault(tool.slug, tool)
    for path, slug in ctx.tool_paths:
        if slug not in tools:
            ctx.problem(path, _("No published tool has this slug."))
    ids = {pk for _path, pk in ctx.question_paths}
    if ids:
        visible = visible_questions(Question.objects.filter(pk__in=ids))
        found = set(visible.values_list("pk", flat=True))
        for path, pk in ctx.question_paths:
            if pk not in found:
                ctx.problem(path, _("No published question has this id."))
    return tools


def validate(data):
    """Check a received submission body; return :class:`Cleaned` or raise SubmissionInvalid."""
    if not isinstance(data, dict):
        raise SubmissionInvalid({"body": [str(_("Must be a JSON object."))]})
    check_storable(data)
    ctx = Context()
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        check_fields({k: v for k, v in data.items() if k in COMMON}, COMMON, ctx)
        raise SubmissionInvalid(ctx.problems)
    values = check_fields(data, fields_for(kind), ctx)
    tools = _resolve(ctx)
    if ctx.problems:
        raise SubmissionInvalid(ctx.problems)
    return Cleaned(
        kind=kind,
        values=values,
        contributor=values.pop("contributor") or {},
        tool=tools.get(values.get("tool")) if kind != SubmissionKind.STORY else None,
        tools=tools,
        texts=ctx.texts,
    )
