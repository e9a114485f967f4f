"""The registration form of an event handled by the toolkit."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import EventRegistration

_field = EventRegistration._meta.get_field


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=_field("name").max_length, strip=True)
    email = forms.EmailField(
        label=_("Email address"),
        max_length=_field("email").max_length,
        help_text=_("We send your confirmation here, with a link to cancel."),
    )
    organisation = forms.CharField(
        label=_("Organisation"), max_length=_field("organisation").max_length, required=False
    )
    #: Left empty by people; filled by form-filling robots (hidden by the stylesheet).
    website = forms.CharField(
        label=_("Leave this empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_name(self):
        name = self.cleaned_data["name"]
        if any(not c.isprintable() for c in name):
            raise forms.ValidationError(_("Use letters, spaces and punctuation only."))
        return name

    def error_summary(self):
        """``[{"href", "message"}]``: one link per error, in form order."""
        items = [{"href": "", "message": message} for message in self.non_field_errors()]
        for bound in self:
            items += [{"href": f"#{bound.auto_id}", "message": m} for m in bound.errors]
        return items
