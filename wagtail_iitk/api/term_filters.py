"""The lists' quick path for taxonomy filters (``?perspective=risk&stage=understand``).

A filter on one of the kind's own taxonomy links needs no filter set: its slugs become
term ids through the read model's cached taxonomy map (no query), and each filter
becomes a subquery on the link table, written out as SQL. Building and compiling a
django-filter query set for the same request cost several times the query itself.
Every other filter (and any mix with one) takes the filter set's path.
"""

from functools import cache

from django import forms
from django.db import connection
from rest_framework.exceptions import ValidationError

from ..cards.builders import taxonomy_relations
from ..models import get_kind
from .filters import SlugFilter


def quick_filters(kind, filterset_class):
    """{parameter: (relation, taxonomy model)} of the plain taxonomy filters of a kind."""
    return _quick_filters(kind.name, filterset_class)


@cache
def _quick_filters(kind_name, filterset_class):
    kind = get_kind(kind_name)
    found = {}
    for relation, model in taxonomy_relations(kind.model).items():
        name = model._meta.model_name
        declared = filterset_class.base_filters.get(name)
        if (
            isinstance(declared, SlugFilter)
            and declared.field_name == relation
            and declared.method is None
        ):
            found[name] = (relation, model)
    return found


def slugs_of(query, name):
    """The slugs a parameter names: repeated, comma-separated, or both."""
    return [part.strip() for value in query.getlist(name) for part in value.split(",")]


def term_clauses(kind, query, filters, context):
    """[(sql, params)]: one subquery of item ids per taxonomy filter in ``query``; a 400
    naming the parameter for a slug that does not exist."""
    quote = connection.ops.quote_name
    clauses = []
    errors = {}
    for name, (relation, model) in filters.items():
        slugs = [slug for slug in slugs_of(query, name) if slug]
        if not slugs:
            continue
        ids, unknown = context.term_ids(model, slugs)
        if unknown:
            message = forms.ModelMultipleChoiceField.default_error_messages["invalid_choice"]
            errors[name] = [str(message) % {"value": slug} for slug in unknown]
            continue
        field = kind.model._meta.get_field(relation)
        through = field.remote_field.through
        source = through._meta.get_field(field.m2m_field_name()).column
        target = through._meta.get_field(field.m2m_reverse_field_name()).column
        marks = ", ".join(["%s"] * len(ids))
        clauses.append(
            (
                f"SELECT {quote(source)} FROM {quote(through._meta.db_table)}"
                f" WHERE {quote(target)} IN ({marks})",
                ids,
            )
        )
    if errors:
        raise ValidationError(errors)
    return clauses
