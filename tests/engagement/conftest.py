"""Fixtures for the engagement tests: public and hidden items, a partner, a browser."""

import io
import json
from types import SimpleNamespace

import pytest
from django.core.cache import caches
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from wagtail_iitk.models import DailyEngagement, PartnerOrganisation

from .. import factories
from ..api.builders import shared_data

EVENTS = "/api/iitk/v1/events/"
MARK = "/iitk/engagement/mark/"
#: What a real browser sends; the test client sends no User-Agent, which counts as a bot.
FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"
INTRANET = "https://intranet.example.nhs.uk"


@pytest.fixture(autouse=True)
def fresh_caches():
    """No throttle history or site root paths left over from another test."""
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def browser(client):
    """The test client, sending a browser's User-Agent."""
    client.defaults["HTTP_USER_AGENT"] = FIREFOX
    return client


def build_items():
    """A live tool, framework, story and question, and a tool in each hidden state."""
    tool = factories.make_tool(slug="process-map")
    framework = factories.make_framework(slug="model-for-improvement")
    story = factories.make_story(slug="fewer-falls", tools=[tool])
    question = factories.make_question(tools=[tool])
    draft = factories.make_tool(publish=False, slug="draft-tool")
    private = factories.make_tool(slug="private-tool")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    hidden_question = factories.make_question(publish=False)
    partner = PartnerOrganisation.objects.create(name="Example Trust", allowed_origins=INTRANET)
    inactive = PartnerOrganisation.objects.create(name="Former Trust", active=False)
    return SimpleNamespace(
        tool=tool,
        framework=framework,
        story=story,
        question=question,
        draft=draft,
        private=private,
        hidden_question=hidden_question,
        partner=partner,
        inactive=inactive,
    )


@pytest.fixture(scope="module")
def module_items(django_db_setup, django_db_blocker):
    """The items, built once per test module inside a transaction rolled back at its end;
    each test runs in a savepoint inside it."""
    with shared_data(django_db_blocker):
        with django_db_blocker.unblock():
            call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
            built = build_items()
        yield built


@pytest.fixture
def items(module_items, db):
    return module_items


def post_events(client, body, content_type="application/json", **headers):
    """POST a batch (a dict is sent as JSON; str or bytes as they are)."""
    data = json.dumps(body) if isinstance(body, dict | list) else body
    if not data:  # the test client leaves out the Content-Type of an empty body
        headers["CONTENT_TYPE"] = content_type
    return client.post(EVENTS, data, content_type=content_type, **headers)


def event(type_="view", kind="tool", item="process-map"):
    return {"type": type_, "kind": kind, "item": item}


def batch_of(n):
    return {"events": [event()] * n}


def rows():
    """Every row, with no partner first (databases disagree on where NULLs sort)."""
    found = DailyEngagement.objects.values(
        "item_kind", "item_id", "event", "partner_id", "origin", "count"
    )
    return sorted(
        found, key=lambda r: (r["item_kind"], r["event"], r["partner_id"] or 0, r["origin"])
    )
