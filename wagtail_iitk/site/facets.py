"""Search facets: what the site search counts and narrows its matches by.

Each facet finds, for every kind, where that kind keeps its values: a link to a
taxonomy (many-to-many or a foreign key) or a field with the facet's choices. So a new
kind gets the facets its fields allow without a line here. The values of every match,
for every facet, come in one UNION query; narrowing and counting run in memory over
the matches (at most a thousand of each kind). Parameter names are the API's filter
names, so ``?stage=understand`` means the same on the site and in the API.
"""

from dataclasses import dataclass

from django.db.models import CharField, F, IntegerField, Value
from django.db.models.functions import Cast, Coalesce, Concat
from django.utils.translation import gettext_lazy as _

from ..models import Category, Perspective, Stage, Strand
from ..models.choices import Duration, EvidenceLevel, Expertise, GroupSize, group_sizes
from ..models.kinds import get_kinds


@dataclass(frozen=True)
class Facet:
    """One facet: its GET parameter, its label, and how each kind holds its values."""

    name: str
    label: str

    def sources(self, kind, ids):
        """Querysets of (item id, key, value, 0, "") rows for items ``ids`` of ``kind``."""
        return []

    def options(self, context):
        """[(value, label)] in the order people expect them."""
        raise NotImplementedError

    def item_values(self, raw, context):
        """The facet's values for one item from the raw values its rows hold."""
        return set(raw)

    def key(self, kind):
        return f"{kind.name}.{self.name}"


def _rows(queryset, key, value):
    return queryset.values_list(
        "pk",
        Value(key, output_field=CharField()),
        Cast(value, output_field=CharField()),
        Value(0, output_field=IntegerField()),
        Value("", output_field=CharField()),
    )


@dataclass(frozen=True)
class KindFacet(Facet):
    """The kind of item (``type=tools``, as the API's search takes it)."""

    def options(self, context):
        return [(kind.plural, str(kind.label_plural)) for kind in get_kinds()]


@dataclass(frozen=True)
class TermFacet(Facet):
    """A taxonomy; values are the terms' ids, shown and chosen by slug."""

    model: type = None

    def sources(self, kind, ids):
        found = []
        for field in kind.model._meta.get_fields():
            if field.related_model is not self.model or field.auto_created:
                continue
            if field.many_to_many:
                through = field.remote_field.through
                source = through._meta.get_field(field.m2m_field_name()).attname
                target = through._meta.get_field(field.m2m_reverse_field_name()).attname
                links = through.objects.filter(**{f"{source}__in": ids})
                found.append(
                    links.values_list(
                        source,
                        Value(self.key(kind), output_field=CharField()),
                        Cast(target, output_field=CharField()),
                        Value(0, output_field=IntegerField()),
                        Value("", output_field=CharField()),
                    )
                )
            elif field.many_to_one:
                items = kind.model.objects.filter(pk__in=ids)
                found.append(_rows(items, self.key(kind), F(field.attname)))
        return found or self.through_questions(kind, ids)

    def through_questions(self, kind, ids):
        """An item with no terms of this taxonomy of its own (a story) takes those of the
        published questions it addressed, as the API's story filters do."""
        from ..models import Question
        from ..models.visibility import visible_questions

        link = next(
            (
                field
                for field in kind.model._meta.get_fields()
                if field.many_to_many and not field.auto_created and field.related_model is Question
            ),
            None,
        )
        path = next(
            (
                field.name
                for field in Question._meta.get_fields()
                if field.related_model is self.model and not field.auto_created
            ),
            None,
        )
        if link is None or path is None:
            return []
        through = link.remote_field.through
        source = through._meta.get_field(link.m2m_field_name()).attname
        target = through._meta.get_field(link.m2m_reverse_field_name()).name
        links = through.objects.filter(
            **{f"{source}__in": ids, f"{target}__in": visible_questions(Question.objects.all())}
        )
        return [
            links.values_list(
                source,
                Value(self.key(kind), output_field=CharField()),
                Cast(f"{target}__{path}", output_field=CharField()),
                Value(0, output_field=IntegerField()),
                Value("", output_field=CharField()),
            )
        ]

    def options(self, context):
        terms = sorted(context.term_map(self.model).items(), key=lambda item: item[1][2])
        return [(slug, name) for _pk, (slug, name, _order) in terms]

    def item_values(self, raw, context):
        terms = context.term_map(self.model)
        return {terms[int(pk)][0] for pk in raw if pk and int(pk) in terms}


@dataclass(frozen=True)
class ChoiceFacet(Facet):
    """A field with fixed choices (expertise, evidence level...)."""

    choices: type = None

    def field(self, kind):
        values = set(self.choices.values)
        for field in kind.model._meta.concrete_fields:
            if field.choices and {choice[0] for choice in field.choices} == values:
                return field
        return None

    def sources(self, kind, ids):
        field = self.field(kind)
        if field is None:
            return []
        return [_rows(kind.model.objects.filter(pk__in=ids), self.key(kind), F(field.attname))]

    def options(self, context):
        return [(value, str(label)) for value, label in self.choices.choices]


@dataclass(frozen=True)
class GroupSizeFacet(Facet):
    """How many people: the group sizes a kind's fewest-to-most participants overlap."""

    def sources(self, kind, ids):
        fields = {field.name for field in kind.model._meta.concrete_fields}
        if not {"participants_min", "participants_max"} <= fields:
            return []
        span = Concat(
            Cast("participants_min", output_field=CharField()),
            Value("-"),
            Coalesce(Cast("participants_max", output_field=CharField()), Value("")),
            output_field=CharField(),
        )
        return [_rows(kind.model.objects.filter(pk__in=ids), self.key(kind), span)]

    def options(self, context):
        return [(value, str(label)) for value, label in GroupSize.choices]

    def item_values(self, raw, context):
        sizes = set()
        for span in raw:
            fewest, _sep, most = span.partition("-")
            sizes.update(group_sizes(int(fewest or 1), int(most) if most else None))
        return sizes


#: The facets, in the order the page shows them.
FACETS = (
    KindFacet("type", _("Type")),
    TermFacet("perspective", _("Perspective"), model=Perspective),
    TermFacet("stage", _("Stage"), model=Stage),
    TermFacet("strand", _("Strand"), model=Strand),
    TermFacet("category", _("Category"), model=Category),
    ChoiceFacet("expertise", _("Expertise needed"), choices=Expertise),
    ChoiceFacet("duration", _("Typical duration"), choices=Duration),
    GroupSizeFacet("participants", _("Participants")),
    ChoiceFacet("evidence_level", _("Evidence level"), choices=EvidenceLevel),
)


def facet_values(matches, context):
    """{(kind name, id): {facet name: {value, ...}}} for ``matches``, a list of
    (kind name, id), in one query whatever their number."""
    kinds = get_kinds()
    by_kind = {}
    for kind_name, pk in matches:
        by_kind.setdefault(kind_name, []).append(pk)
    sources = [
        source.order_by()
        for kind in kinds
        if by_kind.get(kind.name)
        for facet in FACETS
        for source in facet.sources(kind, by_kind[kind.name])
    ]
    raw = {}
    if sources:
        query = sources[0].union(*sources[1:], all=True) if len(sources) > 1 else sources[0]
        query = query.order_by()  # no model ordering on the rows (PostgreSQL refuses it)
        for item_id, key, value, _order, _name in query:
            kind_name, _dot, facet_name = key.partition(".")
            raw.setdefault((kind_name, item_id), {}).setdefault(facet_name, []).append(value)
    plurals = {kind.name: kind.plural for kind in kinds}
    values = {}
    for item in matches:
        found = raw.get(item, {})
        values[item] = {"type": {plurals[item[0]]}}
        for facet in FACETS:
            if facet.name in found:
                values[item][facet.name] = facet.item_values(found[facet.name], context)
    return values


class Narrowing:
    """Matches narrowed by the chosen facet values, and each facet's counts.

    Values chosen within one facet are alternatives ("any of"); facets combine ("and").
    A facet's counts leave out its own choice, so each count says how many matches
    choosing that value (as well) would give. An item of a kind without a facet does
    not match a choice in it.
    """

    def __init__(self, matches, values, chosen):
        self.matches = matches
        self.values = values
        self.chosen = {name: set(picked) for name, picked in chosen.items() if picked}

    def _passes(self, item, leave_out=None):
        held = self.values[item]
        return all(
            held.get(name, set()) & picked
            for name, picked in self.chosen.items()
            if name != leave_out
        )

    def results(self):
        """The matches every choice holds, in rank order."""
        return [item for item in self.matches if self._passes(item)]

    def counts(self, facet_name):
        """{value: how many matches have it, given the other facets' choices}."""
        counted = {}
        for item in self.matches:
            if self._passes(item, leave_out=facet_name):
                for value in self.values[item].get(facet_name, ()):
                    counted[value] = counted.get(value, 0) + 1
        return counted
