"""Wagtail's database search backend is the database's own full-text search: FTS5 on
SQLite, and PostgreSQL's full-text search (tsvector, ranked in SQL) on PostgreSQL, which
CI's second leg runs every search test on."""

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

OWN_FULL_TEXT_SEARCH = {"postgresql": "PostgresSearchBackend", "sqlite": "SQLiteSearchBackend"}


@pytest.mark.django_db
def test_search_runs_on_the_databases_own_full_text_search():
    assert type(get_search_backend()).__name__ == OWN_FULL_TEXT_SEARCH[connection.vendor]
