"""The story form: the story, the tools the team used (a row each), the questions it
answered, what changed, and the tips and pitfalls (one a line)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models.choices import CareSector, WouldUseAgain
from ..models.submissions import SubmissionKind
from . import schema
from .forms import ContributionForm, non_blank_lines, text_field

#: How many tool rows the story form offers (the API takes up to 20).
TOOL_ROWS = 3


def question_choices(questions):
    """The questions as choices grouped by perspective, in the order given."""
    groups = {}
    for question in questions:
        label = str(question.perspective.name) if question.perspective_id else ""
        groups.setdefault(label, []).append((str(question.pk), question.wording))
    return list(groups.items())


class StoryForm(ContributionForm):
    kind = SubmissionKind.STORY

    def __init__(self, *args, tools=(), questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        spec = schema.KINDS[self.kind]
        tool_choices = [("", _("Choose a tool"))] + [(t.slug, t.title) for t in tools]
        self.fields.update(
            {
                "title": text_field(
                    spec["title"],
                    _("Title"),
                    help_text=_("Say what changed, in a line."),
                    required_message=_("Enter a title"),
                ),
                "summary": text_field(
                    spec["summary"],
                    _("Summary"),
                    help_text=_("The story in two or three sentences."),
                    required_message=_("Enter a summary of the story"),
                ),
                "organisation_type": text_field(
                    spec["organisation_type"],
                    _("Type of organisation"),
                    help_text=_("e.g. Acute trust, GP practice, care home"),
                ),
                "care_sector": forms.ChoiceField(
                    label=_("Care sector"),
                    required=False,
                    choices=[("", _("Choose a sector"))] + list(CareSector.choices),
                ),
                "trigger": text_field(spec["trigger"], _("Why did the work start?")),
                "aim": text_field(spec["aim"], _("What did you set out to do?")),
                "questions": forms.MultipleChoiceField(
                    label=_("Questions the work helped you answer"),
                    required=False,
                    choices=question_choices(questions),
                    widget=forms.CheckboxSelectMultiple,
                ),
                "outcomes": text_field(
                    spec["outcomes"],
                    _("What changed?"),
                    help_text=_("Give a number if you have one."),
                ),
                "tips": forms.CharField(
                    label=_("Top tips"),
                    required=False,
                    strip=False,
                    max_length=schema.ADVICE * 10,
                    help_text=_(
                        "One tip a line, e.g. Walk the process yourself before you map it."
                    ),
                    widget=forms.Textarea(attrs={"rows": 4}),
                ),
                "pitfalls": forms.CharField(
                    label=_("Pitfalls to avoid"),
                    required=False,
                    strip=False,
                    max_length=schema.ADVICE * 10,
                    help_text=_("One pitfall a line."),
                    widget=forms.Textarea(attrs={"rows": 4}),
                ),
            }
        )
        usage = schema.TOOL_USAGE
        for row in range(TOOL_ROWS):
            self.fields[f"usage_{row}_tool"] = forms.ChoiceField(
                label=_("Tool"), required=False, choices=tool_choices
            )
            self.fields[f"usage_{row}_why_chosen"] = text_field(
                usage["why_chosen"], _("Why did you choose it?")
            )
            self.fields[f"usage_{row}_how_used"] = text_field(
                usage["how_used"], _("How did you use it?")
            )
            self.fields[f"usage_{row}_would_use_again"] = forms.ChoiceField(
                label=_("Would you use it again?"),
                required=False,
                choices=WouldUseAgain.choices,
                initial=WouldUseAgain.YES,
                widget=forms.RadioSelect,
            )
            for name in ("why_chosen", "how_used"):
                self.fields[f"usage_{row}_{name}"].required = False
            for name in ("tool", "why_chosen", "how_used", "would_use_again"):
                field = self.fields[f"usage_{row}_{name}"]
                # The error summary names the row: "Tool 2, how did you use it: ...".
                field.summary_label = _("Tool %(number)s, %(question)s") % {
                    "number": row + 1,
                    "question": str(field.label)[0].lower() + str(field.label)[1:],
                }

    def own_field_names(self):
        names = super().own_field_names()
        rows = [name for name in names if name.startswith("usage_")]
        rest = [name for name in names if not name.startswith("usage_")]
        after = rest.index("aim") + 1
        return rest[:after] + rows + rest[after:]

    def usage_rows(self):
        """The tool rows for the template: ``{"number", "fields", "open"}``; a row after
        the first is shown open when it holds anything or has an error (the page
        folds away the empty ones)."""
        names = ("tool", "why_chosen", "how_used", "would_use_again")
        rows = []
        for row in range(TOOL_ROWS):
            fields = [self[f"usage_{row}_{name}"] for name in names]
            typed = self.is_bound and any(
                (self.data.get(bound.html_name) or "").strip() for bound in fields[:3]
            )
            rows.append(
                {
                    "number": row + 1,
                    "fields": fields,
                    "open": row == 0 or typed or any(bound.errors for bound in fields),
                }
            )
        return rows

    def question_groups(self):
        """The question checkboxes grouped by perspective: ``[(perspective, [choice])]``."""
        choices = iter(self["questions"].subwidgets)
        return [
            (label, [next(choices) for _option in options])
            for label, options in self.fields["questions"].choices
        ]

    def clean(self):
        data = super().clean()
        for row in range(TOOL_ROWS):
            prefix = f"usage_{row}_"
            filled = [data.get(prefix + n) for n in ("tool", "why_chosen", "how_used")]
            if any(value and value.strip() for value in filled):
                for name in ("tool", "why_chosen", "how_used"):
                    if not (data.get(prefix + name) or "").strip():
                        self.add_error(prefix + name, _("Fill this in for each tool you list."))
        return data

    def kind_data(self):
        data = self.cleaned_data
        usages = [
            {
                "tool": data[f"usage_{row}_tool"],
                "why_chosen": data[f"usage_{row}_why_chosen"],
                "how_used": data[f"usage_{row}_how_used"],
                "would_use_again": data[f"usage_{row}_would_use_again"] or WouldUseAgain.YES,
            }
            for row in range(TOOL_ROWS)
            if data[f"usage_{row}_tool"]
        ]
        names = ("title", "summary", "organisation_type", "care_sector", "trigger", "aim")
        return {
            **{name: data[name] for name in names},
            "tool_usages": usages,
            "questions": [int(pk) for pk in data["questions"]],
            "outcomes": data["outcomes"],
            "tips": non_blank_lines(data["tips"]),
            "pitfalls": non_blank_lines(data["pitfalls"]),
        }

    def field_for_path(self, path):
        if path.startswith("tool_usages["):
            row, _sep, name = path.removeprefix("tool_usages[").partition("].")
            candidate = f"usage_{row}_{name}"
            return candidate if candidate in self.fields else None
        return super().field_for_path(path)
