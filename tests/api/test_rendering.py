"""The API's renderer writes DRF's bytes with orjson, and DRF's renderer is the fallback."""

import datetime
import decimal
import uuid

import pytest
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy
from rest_framework.renderers import JSONRenderer

from wagtail_iitk.web.rendering import CompactJSONRenderer


class DRFCompact(JSONRenderer):
    compact = True


def drf(data, media_type=None):
    return DRFCompact().render(data, media_type)


LONDON = datetime.timezone(datetime.timedelta(hours=1))

SAMPLES = {
    "a list body": {
        "count": 2,
        "next": "https://example.org/api/iitk/v1/tools/?limit=1&offset=1",
        "previous": None,
        "results": [{"id": 1, "title": "Process map", "used_count": 0, "score": 0.25}],
    },
    "text in Welsh, emoji, quotes, backslashes and controls": {
        "title": 'Mapio prosesau ✓ 🧭 “quoted” \\ "plain" \t\n\x01</script>'
    },
    "the two line separators JavaScript does not allow in strings": {
        "summary": "one\u2028two\u2029three"
    },
    "datetimes, dates and times as DRF writes them": {
        "utc": datetime.datetime(2026, 12, 3, 9, 5, 7, 123456, tzinfo=datetime.UTC),
        "london": datetime.datetime(2026, 6, 1, 12, 0, tzinfo=LONDON),
        "naive": datetime.datetime(2026, 1, 2, 3, 4, 5, 600000),
        "date": datetime.date(2026, 12, 3),
        "time": datetime.time(9, 30, 15, 250000),
    },
    "decimals, UUIDs and lazy translations": {
        "amount": decimal.Decimal("12.50"),
        "key": uuid.UUID("12345678-1234-5678-1234-567812345678"),
        "label": gettext_lazy("Tools"),
        "safe": mark_safe("<b>kept as text</b>"),
    },
    "integer keys, as the standard library writes them": {1: "one", "2": {3: [True, False]}},
    "empty containers and nesting": {"a": [], "b": {}, "c": [[{"d": [None]}]]},
}


@pytest.mark.parametrize("data", SAMPLES.values(), ids=SAMPLES.keys())
def test_the_bytes_are_drfs(data):
    assert CompactJSONRenderer().render(data) == drf(data)


def test_line_separators_are_escaped():
    body = CompactJSONRenderer().render({"s": "a\u2028b\u2029c"})
    assert body == b'{"s":"a\\u2028b\\u2029c"}'


def test_what_orjson_refuses_is_written_by_drf():
    past_64_bits = {"id": 2**64 + 1, "big": -(2**70)}
    assert CompactJSONRenderer().render(past_64_bits) == drf(past_64_bits)


def test_a_type_nobody_can_write_still_raises_drfs_error():
    with pytest.raises(TypeError):
        CompactJSONRenderer().render({"x": object()})


def test_an_indent_asked_for_is_drfs_indented_json():
    media_type = "application/json; indent=2"
    data = {"a": [1, {"b": "ü"}]}
    body = CompactJSONRenderer().render(data, media_type)
    assert body == drf(data, media_type)
    assert b"\n  " in body


def test_nothing_renders_as_no_body():
    assert CompactJSONRenderer().render(None) == b""
