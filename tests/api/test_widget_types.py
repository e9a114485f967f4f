"""The widgets' TypeScript types (widgets/src/types.ts) say what the API's schema says.

Each exported interface is compared with the schema component of the same name (or the
one named in ``SCHEMA_NAMES``): the same fields, optional exactly where the schema does
not require them, and ``| null`` exactly where the schema allows null.
"""

import json
import re
from pathlib import Path

import pytest

from wagtail_iitk.models import get_kinds

TYPES = Path(__file__).resolve().parents[2] / "widgets" / "src" / "types.ts"
API = "/api/iitk/v1/"

#: Interfaces named otherwise than their schema component (``Error`` is JavaScript's).
SCHEMA_NAMES = {"ErrorBody": "Error", "Page": "ToolList"}
#: Interfaces with no component of their own: the fields every card shares.
NOT_IN_SCHEMA = {"Card"}

INTERFACE = re.compile(
    r"^export interface (\w+)(?:<\w+>)?(?: extends (\w+))? \{\n(.*?)^\}", re.M | re.S
)
FIELD = re.compile(r"^  (\w+)(\??): (.+);$", re.M)


def interfaces():
    """{name: {field: (optional, nullable)}}, with inherited fields."""
    found = {}
    for name, parent, body in INTERFACE.findall(TYPES.read_text()):
        fields = dict(found.get(parent, {}))
        for field, optional, type_ in FIELD.findall(body):
            fields[field] = (optional == "?", type_.endswith("| null"))
        found[name] = fields
    return found


def nullable(prop):
    if prop.get("nullable"):
        return True
    if "null" in (prop.get("type") if isinstance(prop.get("type"), list) else [prop.get("type")]):
        return True
    return any(part.get("type") == "null" for part in prop.get("oneOf", prop.get("anyOf", [])))


#: Fields the schema has for kinds that only the tests declare (``tests.notes``).
TEST_ONLY_FIELDS = {
    name
    for kind in get_kinds()
    if not kind.model.__module__.startswith("wagtail_iitk.")
    for name in (kind.name, kind.plural)
}


@pytest.mark.django_db
def test_the_widgets_types_match_the_api_schema(client):
    components = json.loads(client.get(API + "schema/").content)["components"]["schemas"]
    declared = interfaces()
    assert {"ToolCard", "FrameworkCard", "StoryCard", "QuestionCard", "Taxonomy"} <= set(declared)
    problems = []
    for name, fields in declared.items():
        if name in NOT_IN_SCHEMA:
            continue
        component = components[SCHEMA_NAMES.get(name, name)]
        required = set(component.get("required", []))
        expected = {
            field: (field not in required, nullable(prop))
            for field, prop in component["properties"].items()
            if field not in TEST_ONLY_FIELDS
        }
        if fields != expected:
            problems.append(f"{name}: types.ts has {fields}, the schema {expected}")
    assert not problems, "\n".join(problems)
