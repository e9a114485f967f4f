"""Received values a reviewer reads, not raw: choice labels, Yes/No, tool titles linked to
the tool's editor, question wordings linked to the question's editor, time in seconds.

Only values of the shape the submission contract gives a field are presented; anything
else (an unknown choice, a slug of a deleted tool, a value of the wrong type) is shown
as received, escaped. Every piece is escaped by ``format_html``; nothing received is
ever marked safe as it stands.
"""

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import Question, ToolPage
from ..models.choices import CareSector, WouldUseAgain
from ..models.submissions import SubmissionKind

#: Fields whose values are one of a fixed set of choices, with the labels to show.
CHOICE_LABELS = {
    "kind": dict(SubmissionKind.choices),
    "care_sector": dict(CareSector.choices),
    "would_use_again": dict(WouldUseAgain.choices),
    "advice": {"tip": _("Top tip"), "pitfall": _("Pitfall")},
}

#: Fields that hold true or false.
BOOLEAN_FIELDS = {"consent_to_publish", "no_patient_data", "credit"}


class ReceivedLookups:
    """The tools and questions a submission names, each looked up once for the page."""

    def __init__(self, data):
        slugs, ids = set(), set()
        _collect(data, slugs, ids)
        self.tools = {}
        if slugs:
            # Drafts too: a reviewer may need the tool whatever its state. The first in
            # tree order when two sites share a slug.
            for tool in ToolPage.objects.filter(slug__in=slugs).order_by("-path"):
                self.tools[tool.slug] = tool
        self.questions = Question.objects.in_bulk(ids) if ids else {}


def _collect(value, slugs, ids, key=None):
    if isinstance(value, dict):
        for name, item in value.items():
            _collect(item, slugs, ids, name)
    elif isinstance(value, list):
        if key == "questions":
            ids.update(v for v in value if type(v) is int)
        else:
            for item in value:
                _collect(item, slugs, ids, key)
    elif key == "tool" and isinstance(value, str):
        slugs.add(value)


def tool_link(tool):
    """A tool's title linked to its editor."""
    return format_html(
        '<a href="{}">{}</a>',
        reverse("wagtailadmin_pages:edit", args=[tool.pk]),
        tool.get_admin_display_title(),
    )


def question_link(question):
    return format_html(
        '<a href="{}">{}</a>',
        reverse(Question.snippet_viewset.get_url_name("edit"), args=[question.pk]),
        question.wording,
    )


def present(key, value, lookups):
    """The HTML for one received value, or None when it is shown as received."""
    if key in BOOLEAN_FIELDS and isinstance(value, bool):
        return format_html("{}", _("Yes") if value else _("No"))
    if key in CHOICE_LABELS and isinstance(value, str) and value in CHOICE_LABELS[key]:
        return format_html("{}", CHOICE_LABELS[key][value])
    if key == "tool" and isinstance(value, str) and value in lookups.tools:
        return tool_link(lookups.tools[value])
    if key == "questions" and isinstance(value, list):
        return _questions(value, lookups)
    if key == "elapsed_ms" and type(value) is int:
        seconds = value / 1000
        return format_html(
            "{}",
            ngettext("%(seconds)s second", "%(seconds)s seconds", round(seconds))
            % {"seconds": f"{seconds:.1f}"},
        )
    return None


def _questions(value, lookups):
    if not value:
        return format_html("{}", _("None chosen"))
    items = []
    for item in value:
        question = lookups.questions.get(item) if type(item) is int else None
        if question is not None:
            items.append((question_link(question),))
        else:
            items.append((format_html("{} {}", _("Unknown question"), str(item)),))
    return format_html('<ul class="iitk-list">{}</ul>', format_html_join("", "<li>{}</li>", items))
