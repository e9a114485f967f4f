"""Partners' pages post to ``discussions/`` as they post stories to ``submissions/``:
the preflight and the answer are granted to any origin (so a refused page can read its
403), the view refuses origins it does not accept, and the list stays a plain read."""

import json

import pytest
from django.test import TestCase

from wagtail_iitk.models import DiscussionPost, PartnerOrganisation

from .helpers import URL, body

pytestmark = pytest.mark.django_db

PARTNER = "https://intranet.northvale.example"
EVIL = "https://evil.example"


def post(client, data, origin):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            URL, json.dumps(data), content_type="application/json", headers={"Origin": origin}
        )


def test_a_partners_page_may_post_and_read_why_another_may_not(client, tool, no_throttle):
    PartnerOrganisation.objects.create(name="Northvale Trust", allowed_origins=PARTNER)
    for origin in (PARTNER, EVIL):
        granted = client.options(
            URL,
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type, idempotency-key",
            },
        )
        assert granted["Access-Control-Allow-Origin"] == origin
        assert "POST" in granted["Access-Control-Allow-Methods"]
        assert "idempotency-key" in granted["Access-Control-Allow-Headers"]
    sent = post(client, body(tool), PARTNER)
    assert sent.status_code == 202
    assert sent["Access-Control-Allow-Origin"] == PARTNER
    refused = post(client, body(tool, text="From a page nobody allowed"), EVIL)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "origin_not_allowed"
    assert refused["Access-Control-Allow-Origin"] == EVIL, "the page may read why"
    assert DiscussionPost.objects.count() == 1
    # The list is a read, open to any origin as every read is.
    read = client.get(f"{URL}?tool={tool.slug}", headers={"Origin": EVIL})
    assert read["Access-Control-Allow-Origin"] == EVIL
