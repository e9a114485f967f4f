"""The toolkit site's contribution forms: a new tool, and a reference, tip or example for
a tool (the story form is in :mod:`.story_form`). Each builds the same JSON body the API
takes and hands it to ``receive()``; the forms only add what a browser page needs
(labels, hints, choices of tools and questions, a honeypot and a signed start time).

Field lengths come from ``schema.KINDS``, so a form never accepts what the intake
would refuse. Text is kept as typed (``strip=False``): the body is stored as received.
"""

import secrets
import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from ..models.submissions import SubmissionKind
from . import schema

START_SALT = "wagtail_iitk.community.form-start"
#: The fields every form ends with, in the order the page shows them.
COMMON_FIELDS = (
    "name",
    "role",
    "organisation",
    "email",
    "credit",
    "consent_to_publish",
    "no_patient_data",
    "website",
    "started",
)


def start_token():
    """A signed token for a form being shown: a random key and the time, in ms."""
    shown = {"k": secrets.token_urlsafe(16), "t": int(time.time() * 1000)}
    return signing.dumps(shown, salt=START_SALT)


def read_start_token(token):
    """``(idempotency key, elapsed ms)`` from a start token, or ``(None, 0)`` when it is
    missing or forged (which the spam check then takes as sent too fast)."""
    try:
        shown = signing.loads(token or "", salt=START_SALT)
        key, started = str(shown["k"]), int(shown["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None, 0
    return f"site-{key}", max(0, int(time.time() * 1000) - started)


def text_field(spec, label, *, help_text="", textarea=None, required_message=None):
    """A form field for a text spec: its length limit, a textarea if it is multiline,
    and what to say when a required one is left empty (e.g. "Enter a title")."""
    multiline = spec.multiline if textarea is None else textarea
    widget = forms.Textarea(attrs={"rows": 5}) if multiline else forms.TextInput
    messages = {"required": required_message} if required_message else {}
    return forms.CharField(
        label=label,
        max_length=spec.max_length,
        required=spec.required,
        strip=False,
        help_text=help_text,
        widget=widget,
        error_messages=messages,
    )


def non_blank_lines(value):
    """The lines of a textarea that hold anything (one tip a line)."""
    return [line for line in value.splitlines() if line.strip()]


class ContributionForm(forms.Form):
    """What every contribution form has: the contributor, the two confirmations, the
    honeypot and the start token."""

    kind = ""
    field_order = None

    def __init__(self, *args, tools=(), **kwargs):
        super().__init__(*args, **kwargs)
        contributor = schema.CONTRIBUTOR
        self.fields["name"] = text_field(contributor["name"], _("Your name"))
        self.fields["role"] = text_field(
            contributor["role"], _("Your role"), help_text=_("e.g. Ward sister")
        )
        self.fields["organisation"] = text_field(
            contributor["organisation"], _("Your organisation")
        )
        self.fields["email"] = forms.EmailField(
            label=_("Your email address"),
            required=False,
            max_length=254,
            help_text=_("Only the toolkit team sees it. We use it to tell you what happens."),
        )
        self.fields["credit"] = forms.BooleanField(
            label=_("Show my name and organisation with what is published"), required=False
        )
        self.fields["consent_to_publish"] = forms.BooleanField(
            label=_("I agree to the toolkit publishing my contribution, edited if need be"),
            error_messages={"required": _("Agree to publication to send your contribution.")},
        )
        self.fields["no_patient_data"] = forms.BooleanField(
            label=_("It holds nothing that could identify a patient"),
            help_text=_("No names, NHS numbers, dates of birth, addresses or phone numbers."),
            error_messages={
                "required": _(
                    "Confirm that your contribution holds nothing that could identify a patient."
                )
            },
        )
        # The honeypot: hidden from people (and from screen readers), filled by bots.
        self.fields["website"] = forms.CharField(
            label=_("Leave this empty"),
            required=False,
            strip=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        self.fields["started"] = forms.CharField(widget=forms.HiddenInput, required=False)
        if not self.is_bound:
            self.initial["started"] = start_token()

    def kind_data(self):
        """The kind's own fields, as the API's body has them."""
        raise NotImplementedError

    def own_field_names(self):
        """The kind's own fields, in the order the page shows them."""
        return [name for name in self.fields if name not in COMMON_FIELDS]

    def in_page_order(self):
        """Order the fields as the page shows them (the error summary follows it)."""
        self.order_fields(self.own_field_names() + list(COMMON_FIELDS))

    def submission_data(self):
        """The JSON body this form's answers make (valid forms only)."""
        data = self.cleaned_data
        body = {
            "kind": self.kind,
            "consent_to_publish": data["consent_to_publish"],
            "no_patient_data": data["no_patient_data"],
        }
        contributor = {k: data[k] for k in ("name", "role", "organisation", "email") if data[k]}
        if contributor or data["credit"]:
            body["contributor"] = {**contributor, "credit": data["credit"]}
        body.update({key: value for key, value in self.kind_data().items() if value})
        if data["website"]:
            body["website"] = data["website"]
        key, elapsed = read_start_token(data.get("started"))
        body["elapsed_ms"] = elapsed
        return body, key

    def add_intake_errors(self, fields):
        """Put the intake's errors (keyed by body path) against this form's fields."""
        for path, messages in fields.items():
            name = self.field_for_path(path)
            for message in messages:
                self.add_error(name, message)

    def field_for_path(self, path):
        """The form field an intake error path belongs to, or None (a form-wide error)."""
        name = path.removeprefix("contributor.").split("[", 1)[0]
        return name if name in self.fields else None


class ToolSuggestionForm(ContributionForm):
    kind = SubmissionKind.TOOL

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        spec = schema.KINDS[self.kind]
        self.fields.update(
            {
                "title": text_field(
                    spec["title"],
                    _("Name of the tool"),
                    required_message=_("Enter the name of the tool"),
                ),
                "purpose": text_field(
                    spec["purpose"],
                    _("What is it for?"),
                    help_text=_("One sentence, e.g. Shows ..."),
                    required_message=_("Say what the tool is for, in one sentence"),
                ),
                "description": text_field(spec["description"], _("What is it?")),
                "when_to_use": text_field(spec["when_to_use"], _("When should a team use it?")),
                "how_to_use": text_field(spec["how_to_use"], _("How do you use it?")),
                "reference_url": forms.URLField(
                    label=_("A web page about it"),
                    required=False,
                    max_length=spec["reference_url"].max_length,
                    assume_scheme="https",
                ),
            }
        )

    def kind_data(self):
        names = ("title", "purpose", "description", "when_to_use", "how_to_use", "reference_url")
        return {name: self.cleaned_data[name] for name in names}


class ToolChangeForm(ContributionForm):
    """A reference, tip or example for an existing tool, chosen from the live tools."""

    def __init__(self, *args, tools=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tool"] = forms.ChoiceField(
            label=_("Tool"),
            choices=[("", _("Choose a tool"))] + [(t.slug, t.title) for t in tools],
            error_messages={"required": _("Choose the tool you are adding to")},
        )


class ReferenceForm(ToolChangeForm):
    kind = SubmissionKind.REFERENCE

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        spec = schema.KINDS[self.kind]
        self.fields.update(
            {
                "title": text_field(
                    spec["title"],
                    _("Title of the book, paper or page"),
                    required_message=_("Enter the title of the book, paper or page"),
                ),
                "authors": text_field(spec["authors"], _("Authors")),
                "year": forms.IntegerField(
                    label=_("Year"),
                    required=False,
                    min_value=spec["year"].minimum,
                    max_value=spec["year"].maximum,
                ),
                "publisher": text_field(spec["publisher"], _("Publisher or journal")),
                "url": forms.URLField(
                    label=_("Web address"),
                    required=False,
                    max_length=spec["url"].max_length,
                    assume_scheme="https",
                ),
                "note": text_field(spec["note"], _("Why it is useful")),
            }
        )

    def kind_data(self):
        names = ("tool", "title", "authors", "year", "publisher", "url", "note")
        return {name: self.cleaned_data[name] for name in names}


class TipForm(ToolChangeForm):
    kind = SubmissionKind.TIP

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["advice"] = forms.ChoiceField(
            label=_("Is it a tip or a pitfall?"),
            choices=[
                ("tip", _("A tip: something to do")),
                ("pitfall", _("A pitfall: something to avoid")),
            ],
            widget=forms.RadioSelect,
            error_messages={"required": _("Choose whether it is a tip or a pitfall")},
        )
        self.fields["text"] = text_field(
            schema.KINDS[self.kind]["text"],
            _("Your tip or pitfall"),
            help_text=_("Start with a verb, e.g. Walk the process yourself before you map it."),
            required_message=_("Enter your tip or pitfall"),
        )

    def kind_data(self):
        return {name: self.cleaned_data[name] for name in ("tool", "advice", "text")}


class ExampleForm(ToolChangeForm):
    kind = SubmissionKind.EXAMPLE

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        spec = schema.KINDS[self.kind]
        self.fields["setting"] = text_field(
            spec["setting"], _("Where was it used?"), help_text=_("e.g. Emergency department")
        )
        self.fields["text"] = text_field(
            spec["text"],
            _("What did you do, and what happened?"),
            required_message=_("Say what you did and what happened"),
        )

    def kind_data(self):
        return {name: self.cleaned_data[name] for name in ("tool", "setting", "text")}
