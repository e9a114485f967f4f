"""The read guard itself (``tests/read_guard.py``): it fails a public GET or HEAD that
writes, names the SQL, and leaves the admin alone."""

import pytest
from django.db.models import F

from wagtail_iitk.models import ContentVersion

from . import read_guard

pytestmark = pytest.mark.django_db


@pytest.fixture
def writing_api(monkeypatch):
    """The API's read views, made to write before they answer."""
    from wagtail_iitk.web import views

    original = views.ToolkitAPIView.get

    def get(self, request, *args, **kwargs):
        ContentVersion.objects.filter(pk=1).update(value=F("value") + 1)
        return original(self, request, *args, **kwargs)

    monkeypatch.setattr(views.ToolkitAPIView, "get", get)


@pytest.mark.parametrize("method", ["get", "head"])
def test_a_public_read_that_writes_fails_and_names_the_sql(toolkit, client, writing_api, method):
    with pytest.raises(pytest.fail.Exception, match=r"(?s)/api/iitk/v1/taxonomy/.*UPDATE "):
        getattr(client, method)("/api/iitk/v1/taxonomy/")


def test_a_public_read_that_only_reads_passes(toolkit, client):
    assert client.get("/api/iitk/v1/taxonomy/").status_code == 200
    assert client.head("/api/iitk/v1/taxonomy/").status_code == 200


@pytest.mark.parametrize(
    ("sql", "writes"),
    [
        ('INSERT INTO "t" ("a") VALUES (%s)', True),
        ('  update "t" SET "a" = 1', True),
        ('DELETE FROM "t"', True),
        ('REPLACE INTO "t" VALUES (1)', True),
        ('SELECT "t"."id" FROM "t" WHERE "t"."id" = 1 FOR UPDATE', True),
        ('SELECT "t"."id" FROM "t" FOR NO KEY UPDATE SKIP LOCKED', True),
        ('SELECT "t"."id" FROM "t" FOR SHARE', True),
        ('SELECT "t"."updated_at", "t"."deleted" FROM "t"', False),
        ('SAVEPOINT "s1"', False),
    ],
)
def test_writes_and_row_locks_are_recognised(sql, writes):
    assert read_guard.is_write(sql) is writes


@pytest.mark.parametrize(
    ("path", "public"),
    [
        ("/api/iitk/v1/tools/", True),
        ("http://testserver/toolkit/tools/five-whys/", True),
        ("/iitk/embed/tool/five-whys/", True),
        ("/admin/pages/3/edit/", False),
        ("http://testserver/admin/", False),
    ],
)
def test_only_the_admin_is_exempt(path, public):
    assert read_guard.is_public(path) is public
