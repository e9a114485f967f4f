"""The response shapes that depend on the registry of kinds, made once per kind.

A kind names its card and detail serializers in its declaration; a kind that keeps the
defaults gets them completed here with a slug list and labels for each taxonomy it links
to. The lists, ``cards/``, ``search/`` and the API root are shaped from every kind.
"""

from functools import cache

from rest_framework import serializers as s

from ..cards.builders import taxonomy_relations
from ..models import get_kind, get_kinds
from . import serializers as shapes


def _with_terms(base, kind, suffix):
    """``base`` with the kind's ``type``, and a slug list and labels for each taxonomy
    the kind links to. (The ``type`` is an enum so that a search result matches exactly
    one card shape.)"""
    relations = taxonomy_relations(kind.model)
    attrs = {"type": s.ChoiceField(choices=[kind.name], help_text="The kind of item.")}
    attrs.update({relation: shapes.slugs(f"{relation.title()} slugs.") for relation in relations})
    if relations:
        attrs["labels"] = type(
            f"{kind.name.title()}{suffix}Labels",
            (s.Serializer,),
            {relation: shapes.names(f"{relation.title()} names.") for relation in relations},
        )()
    return type(f"{kind.name.title()}{suffix}", (base,), attrs)


@cache
def card_serializer(kind_name):
    """The serializer class a kind's cards match."""
    kind = get_kind(kind_name)
    declared = kind.resolve("card_serializer")
    if declared is shapes.ImageCardSerializer:
        return _with_terms(declared, kind, "Card")
    return declared


@cache
def detail_serializer(kind_name):
    kind = get_kind(kind_name)
    declared = kind.resolve("detail_serializer")
    if declared is shapes.PageDetailSerializer:
        return _with_terms(declared, kind, "Detail")
    return declared


@cache
def list_serializer(kind_name):
    kind = get_kind(kind_name)
    return type(
        f"{kind.name.title()}List",
        (s.Serializer,),
        {
            "count": s.IntegerField(),
            "next": s.URLField(allow_null=True),
            "previous": s.URLField(allow_null=True),
            "results": card_serializer(kind.name)(many=True),
        },
    )


@cache
def cards_serializer():
    """``cards/``: a list per kind asked for, and the slugs that are not published."""
    missing = type(
        "Missing",
        (s.Serializer,),
        {
            kind.plural: s.ListField(
                child=s.SlugField(),
                required=False,
                help_text=f"Requested {kind.name} slugs that are not published.",
            )
            for kind in get_kinds()
        },
    )
    attrs = {
        kind.plural: card_serializer(kind.name)(many=True, required=False) for kind in get_kinds()
    }
    attrs["missing"] = missing(help_text="Only the kinds with missing slugs appear.")
    return type("Cards", (s.Serializer,), attrs)


@cache
def root_serializer():
    names = [kind.plural for kind in get_kinds()]
    names += ["taxonomy", "search", "cards", "schema", "docs"]
    return type("APIRoot", (s.Serializer,), {name: s.URLField() for name in names})
