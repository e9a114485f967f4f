"""Helpers for the API tests: requests, and the contract check against the serializers."""

import datetime
import json
import re

from rest_framework import serializers

from wagtail_iitk.api import serializers as contract

API = "/api/iitk/v1/"

#: The serializer each card type is declared by.
CARD_SERIALIZERS = {
    "tool": contract.ToolCardSerializer,
    "framework": contract.FrameworkCardSerializer,
    "story": contract.StoryCardSerializer,
    "question": contract.QuestionCardSerializer,
}
KIND_TYPE = {
    "tools": "tool",
    "frameworks": "framework",
    "stories": "story",
    "questions": "question",
}


def get(client, path, params=None, **headers):
    return client.get(API + path, params or {}, **headers)


def get_json(client, path, params=None, status=200, **headers):
    """GET an API path, check the status and JSON content type, and return the data."""
    response = get(client, path, params, **headers)
    assert response.status_code == status, (path, params, response.status_code, response.content)
    assert response["Content-Type"] == "application/json", response["Content-Type"]
    return response.json()


def error_of(response, status):
    """The ``error`` object of a JSON error response, after checking its shape."""
    assert response.status_code == status, (response.status_code, response.content[:500])
    assert response["Content-Type"] == "application/json", response["Content-Type"]
    data = json.loads(response.content)
    assert_matches(data, contract.ErrorSerializer())
    return data["error"]


def fresh(instance):
    """The instance as stored now. Module data is shared: change copies, never the original."""
    return type(instance).objects.get(pk=instance.pk)


def result_slugs(data):
    return [card["slug"] for card in data["results"]]


# The contract: every key of a response is a declared field, and every required one is there.


def assert_matches(data, serializer, where="$"):
    """Fail unless ``data`` has exactly the fields ``serializer`` declares, recursively.

    Nested serializers, ``many=True`` lists and ListField/DictField children are followed;
    a missing required key, an undeclared key, a null where the field does not allow one
    and a value of the wrong JSON type are all reported, with their path.
    """
    problems = []
    _check(data, serializer, where, problems)
    assert not problems, "Response does not match its serializer:\n" + "\n".join(problems)


def assert_card(card, where="$"):
    """A card of any type, checked against the serializer its ``type`` names."""
    serializer = CARD_SERIALIZERS.get(card.get("type"))
    assert serializer is not None, f"{where}: unknown card type {card.get('type')!r}"
    assert_matches(card, serializer(), where)


SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")


def _check(value, field, where, problems):
    if value is None:
        if not getattr(field, "allow_null", False):
            problems.append(f"{where}: null, but the field does not allow null")
        return
    if isinstance(field, serializers.ListSerializer):
        if not isinstance(value, list):
            problems.append(f"{where}: expected a list, got {type(value).__name__}")
            return
        for i, item in enumerate(value):
            _check(item, field.child, f"{where}[{i}]", problems)
        return
    if isinstance(field, serializers.Serializer):
        if not isinstance(value, dict):
            problems.append(f"{where}: expected an object, got {type(value).__name__}")
            return
        declared = field.fields
        required = {name for name, f in declared.items() if f.required}
        for name in sorted(required - value.keys()):
            problems.append(f"{where}.{name}: declared and required, but missing")
        for name in sorted(value.keys() - declared.keys()):
            problems.append(f"{where}.{name}: in the response, but not declared")
        for name in sorted(value.keys() & declared.keys()):
            _check(value[name], declared[name], f"{where}.{name}", problems)
        return
    if isinstance(field, serializers.ListField):
        if not isinstance(value, list):
            problems.append(f"{where}: expected a list, got {type(value).__name__}")
            return
        for i, item in enumerate(value):
            _check(item, field.child, f"{where}[{i}]", problems)
        return
    if isinstance(field, serializers.DictField):
        if not isinstance(value, dict):
            problems.append(f"{where}: expected an object, got {type(value).__name__}")
            return
        for key, item in value.items():
            _check(item, field.child, f"{where}.{key}", problems)
        return
    _check_scalar(value, field, where, problems)


def _check_scalar(value, field, where, problems):
    def wrong(expected):
        problems.append(f"{where}: expected {expected}, got {value!r}")

    if isinstance(field, serializers.BooleanField):
        if not isinstance(value, bool):
            wrong("a boolean")
    elif isinstance(field, serializers.IntegerField):
        if not isinstance(value, int) or isinstance(value, bool):
            wrong("an integer")
    elif isinstance(field, serializers.DateTimeField):
        try:
            datetime.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            wrong("an ISO date-time")
    elif isinstance(field, serializers.DateField):
        try:
            datetime.date.fromisoformat(value)
        except (TypeError, ValueError):
            wrong("an ISO date")
    elif isinstance(field, serializers.ChoiceField):
        if value not in field.choices:
            wrong(f"one of {sorted(field.choices)}")
    elif isinstance(field, serializers.URLField):
        if not isinstance(value, str) or not value.startswith(("http://", "https://")):
            wrong("an absolute URL")
    elif isinstance(field, serializers.SlugField):
        if not isinstance(value, str) or not SLUG.match(value):
            wrong("a slug")
    elif isinstance(field, serializers.CharField) and not isinstance(value, str):
        wrong("a string")


def assert_list_matches(data, card_serializer):
    """A paged list: the envelope, and every card against its declared serializer."""
    envelope = type(
        "Envelope",
        (serializers.Serializer,),
        {
            "count": serializers.IntegerField(),
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            "results": card_serializer(many=True),
        },
    )
    assert_matches(data, envelope())


def assert_search_matches(data):
    """A page of search results: the envelope, and each card by its ``type``."""
    envelope = {"count", "next", "previous", "results"}
    assert set(data) == envelope, set(data) ^ envelope
    assert isinstance(data["count"], int)
    for name in ("next", "previous"):
        assert data[name] is None or data[name].startswith("http://"), data[name]
    for i, card in enumerate(data["results"]):
        assert_card(card, f"$.results[{i}]")
