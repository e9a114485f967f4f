"""Taxonomy filters take a quick path (SQL on the link tables, slugs checked against the
cached taxonomy); it must answer exactly as the filter set does."""

import pytest
from django.core.cache import caches

from wagtail_iitk.api import views

from .helpers import error_of, get, get_json

COMBINATIONS = [
    ("tools/", {"perspective": "risk"}),
    ("tools/", {"perspective": "people,risk"}),
    ("tools/", {"perspective": ["people", "systems"], "stage": "understand"}),
    ("tools/", {"stage": "understand", "perspective": "risk", "ordering": "-stories"}),
    ("tools/", {"category": "analysing-problems", "strand": "define-the-problem"}),
    ("tools/", {"perspective": ""}),
    ("frameworks/", {"perspective": "design"}),
    ("questions/", {"stage": "understand"}),
]


def both_ways(client, monkeypatch, path, params):
    quick = get_json(client, path, {**params, "limit": 100})
    caches["default"].clear()
    with monkeypatch.context() as patch:
        patch.setattr(views, "quick_filters", lambda kind, filterset_class: {})
        slow = get_json(client, path, {**params, "limit": 100})
    caches["default"].clear()
    return quick, slow


@pytest.mark.parametrize(("path", "params"), COMBINATIONS)
def test_the_quick_path_answers_as_the_filter_set_does(world, client, monkeypatch, path, params):
    quick, slow = both_ways(client, monkeypatch, path, params)
    assert quick == slow


def test_some_filters_really_narrow_the_list(world, client, monkeypatch):
    every = get_json(client, "tools/", {"limit": 100})["count"]
    risky = get_json(client, "tools/", {"perspective": "risk", "limit": 100})["count"]
    assert 0 < risky < every


def test_an_unknown_slug_is_named_as_the_filter_set_names_it(world, client, monkeypatch):
    error = error_of(get(client, "tools/", {"perspective": "people,peeple"}), 400)
    with monkeypatch.context() as patch:
        patch.setattr(views, "quick_filters", lambda kind, filterset_class: {})
        slow = error_of(get(client, "tools/", {"perspective": "people,peeple"}), 400)
    assert error == slow
