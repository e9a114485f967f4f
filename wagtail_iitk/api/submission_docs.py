"""The OpenAPI description of ``POST submissions/``, generated from the intake's own field
descriptions (``community.schema.KINDS``), so the documented limits are the enforced ones."""

from drf_spectacular.utils import OpenApiParameter, PolymorphicProxySerializer, inline_serializer
from rest_framework import serializers as drf

from ..community import fields as spec
from ..community import schema
from . import serializers as s


def _field(item, name):
    """A DRF field that describes one field spec (for the schema only; never validates)."""
    optional = {"required": item.required}
    if item.help_text:
        optional["help_text"] = item.help_text
    if isinstance(item, spec.Url):
        return drf.URLField(max_length=item.max_length, allow_blank=True, **optional)
    if isinstance(item, spec.Email):
        return drf.EmailField(allow_blank=True, **optional)
    if isinstance(item, spec.ToolSlug):
        return drf.SlugField(
            max_length=item.max_length, help_text="The slug of a published tool.", required=True
        )
    if isinstance(item, spec.Text):
        return drf.CharField(max_length=item.max_length, allow_blank=not item.required, **optional)
    if isinstance(item, spec.Choice):
        return drf.ChoiceField(choices=item.choices, allow_blank=not item.required, **optional)
    if isinstance(item, spec.MustBeTrue):
        return drf.BooleanField(help_text="Must be true.", required=True)
    if isinstance(item, spec.Boolean):
        return drf.BooleanField(**optional)
    if isinstance(item, spec.Integer):
        return drf.IntegerField(
            min_value=item.minimum, max_value=item.maximum, allow_null=True, **optional
        )
    if isinstance(item, spec.QuestionIds):
        return drf.ListField(
            child=drf.IntegerField(min_value=1),
            max_length=item.max_items,
            help_text="Ids of published questions the work addressed.",
            required=False,
        )
    if isinstance(item, spec.ListOf):
        return drf.ListField(
            child=_field(item.item, name), max_length=item.max_items, required=False
        )
    if isinstance(item, spec.Object):
        # One serializer per object spec: the contributor is shared by every kind, and
        # drf-spectacular wants one component for it, not five of the same name.
        if id(item) not in _OBJECTS:
            _OBJECTS[id(item)] = inline_serializer(
                name=f"Submission{name.title().replace('_', '')}",
                fields={key: _field(value, key) for key, value in item.fields.items()},
                required=False,
            )
        return _OBJECTS[id(item)]
    raise TypeError(f"No schema for {item!r}")


_OBJECTS = {}


#: The honeypot is accepted but not advertised.
UNDOCUMENTED = {"website"}


def kind_serializer(kind):
    kind = str(kind)  # a plain string: YAML cannot represent the enum member
    fields = {"kind": drf.ChoiceField(choices=[kind])}
    fields.update(
        (name, _field(item, name))
        for name, item in schema.fields_for(kind).items()
        if name not in UNDOCUMENTED | {"kind"}
    )
    return inline_serializer(name=f"{kind.title()}Submission", fields=fields)


SubmissionBody = PolymorphicProxySerializer(
    component_name="Submission",
    serializers={str(kind): kind_serializer(kind) for kind in schema.KINDS},
    resource_type_field_name="kind",
)


class ReceiptSerializer(drf.Serializer):
    reference = drf.CharField(help_text="Quote it when you write to the toolkit's team.")
    kind = drf.ChoiceField(choices=[str(kind) for kind in schema.KINDS])
    status = drf.ChoiceField(choices=["received"])


SUBMISSIONS_OPENAPI = {
    "operation_id": "submit_contribution",
    "summary": "Send a story, a new tool, or a reference, tip or example for a tool",
    "request": SubmissionBody,
    "parameters": [
        OpenApiParameter(
            "Idempotency-Key",
            str,
            location=OpenApiParameter.HEADER,
            description="8 to 255 visible ASCII characters (a UUID). Send the same key "
            "when you retry: a repeat returns the first answer and stores nothing new; "
            "the same key with a different body is a 409.",
        )
    ],
    "responses": {
        202: ReceiptSerializer,
        400: s.ErrorSerializer,
        403: s.ErrorSerializer,
        409: s.ErrorSerializer,
        413: s.ErrorSerializer,
        415: s.ErrorSerializer,
        429: s.ErrorSerializer,
        503: s.ErrorSerializer,
    },
}
