"""Bad input to discussions/ gets a 4xx naming the field and stores nothing; hostile
markup in a post is inert on the page, in the API, the feed and the emails; the list's
query count does not grow with its size."""

import json

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_tool
from wagtail_iitk.models import DiscussionPost, Submission

from .helpers import URL, api_post, approve, body, stored

pytestmark = pytest.mark.django_db

HOSTILE = (
    "<script>alert('x')</script><img src=x onerror=\"alert(1)\">"
    '<a href="javascript:alert(2)">link</a><svg onload=alert(3)></svg>'
    "&lt;script&gt;alert(4)&lt;/script&gt; Ward 7 & co <b>broken"
)
DANGEROUS = ("<script", "onerror", "javascript:", "<svg", "onload", "<img", "&lt;script")


def assert_inert(text):
    lowered = text.lower()
    for fragment in DANGEROUS:
        assert fragment not in lowered, fragment


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"body": ""}, "body"),
        ({"body": "x" * 4001}, "body"),
        ({"body": 12}, "body"),
        ({"consent_to_publish": False}, "consent_to_publish"),
        ({"no_patient_data": None}, "no_patient_data"),
        ({"about": {"kind": "question", "slug": "x"}}, "about.kind"),
        ({"about": {"kind": "tool", "slug": "no-such-tool"}}, "about.slug"),
        ({"about": None}, "about"),
        ({"parent": 999999}, "parent"),
        ({"parent": "one"}, "parent"),
        ({"contributor": {"email": "not-an-email"}}, "contributor.email"),
        ({"kind": "story"}, "kind"),
        ({"title": "extra"}, "title"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(client, tool, no_throttle, change, field):
    data = body(tool)
    data.update(change)
    response = api_post(client, data)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
    assert not Submission.objects.exists()
    assert not DiscussionPost.objects.exists()


def test_bad_requests(client, tool, no_throttle):
    assert client.post(URL, "x", content_type="text/plain").status_code == 415
    big = json.dumps(body(tool, text="x" * 70000))
    assert client.post(URL, big, content_type="application/json").status_code == 413
    bad_key = api_post(client, body(tool), key="short")
    assert bad_key.status_code == 400
    assert "Idempotency-Key" in bad_key.json()["error"]["fields"]
    foreign = client.post(
        URL,
        json.dumps(body(tool)),
        content_type="application/json",
        headers={"Origin": "https://elsewhere.example"},
    )
    assert foreign.status_code == 403
    two = client.get(f"{URL}?tool={tool.slug}&story=x")
    assert two.status_code == 400
    assert client.get(f"{URL}?colour=red").status_code == 400
    assert client.get(f"{URL}?limit=101").status_code == 400
    assert client.get(f"{URL}?tool=no-such-tool").status_code == 404
    assert not Submission.objects.exists()


def test_site_form_problems_are_shown_with_the_words_kept(client, tool, no_throttle):
    url = f"/iitk/discussion/tool/{tool.slug}/post/"
    response = client.post(
        url, {"body": "My words", "email": "nope"}, headers={"Origin": "http://testserver"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert 'href="#iitk-post-email"' in html
    assert 'href="#iitk-post-consent_to_publish"' in html
    assert "My words" in html
    assert not Submission.objects.exists()


def test_hostile_markup_is_inert_everywhere(client, tool, no_throttle):
    thread = stored(tool, text=HOSTILE)
    thread.submission.contributor_name = HOSTILE[:100]
    thread.submission.save()
    approve(thread)
    reply = stored(tool, text=HOSTILE, parent=thread.pk)
    mail.outbox.clear()
    approve(reply)
    page = client.get(tool.url).content.decode()
    section = page[page.index('id="iitk-discussion"') : page.index("<script src=")]
    assert_inert(section)
    assert "Ward 7 &amp; co" in section
    api = client.get(URL).json()
    for item in [api["results"][0], api["results"][0]["replies"][0]]:
        assert_inert(item["body"])
    feed = client.get(f"/iitk/discussion/tool/{tool.slug}/feed/").content.decode()
    assert_inert(feed.replace("&amp;lt;script", "").replace("&lt;script", ""))
    assert "<script" not in feed
    assert mail.outbox
    for message in mail.outbox:
        assert_inert(message.subject + message.body)
        [(html, _type)] = message.alternatives
        assert_inert(html)
    embed = client.get(f"/iitk/embed/tool/{tool.slug}/").content.decode()
    assert_inert(embed[embed.index('id="iitk-discussion"') :])


def test_pii_is_removed_from_the_published_text(client, tool, no_throttle):
    post = stored(tool, text="Mr X, NHS number 943 476 5919, born 12/03/1954, was fine.")
    assert post.submission.pii_flags
    approve(post)
    text = client.get(URL).content.decode()
    assert "943 476 5919" not in text
    assert "12/03/1954" not in text
    assert "[removed" in text


def test_list_queries_do_not_grow_with_its_size(client, toolkit, no_throttle):
    counts = []
    for size in (1, 5):
        tool = make_tool()
        for n in range(size):
            thread = stored(tool, text=f"Thread {n}")
            approve(thread)
            approve(stored(tool, text=f"Reply {n}", parent=thread.pk))
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"{URL}?tool={tool.slug}")
        assert response.json()["count"] == size
        counts.append(len(queries))
    # The content version, the page, the count, the threads, their replies.
    assert counts[0] == counts[1] == 5


def test_both_operations_are_in_the_schema_and_a_response_conforms(client, tool, no_throttle):
    from openapi_schema_validator import OAS31Validator

    from tests.api.test_contract import _inline

    schema = json.loads(client.get("/api/iitk/v1/schema/").content)
    operations = schema["paths"]["/api/iitk/v1/discussions/"]
    assert set(operations) == {"get", "post"}
    assert {p["name"] for p in operations["get"]["parameters"]} >= {"tool", "framework", "story"}
    thread = stored(tool, text="In the schema.")
    approve(thread)
    approve(stored(tool, text="A reply.", parent=thread.pk))
    components = schema["components"]["schemas"]
    ok = operations["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    OAS31Validator(_inline(ok, components)).validate(client.get(URL).json())
    body_schema = _inline(
        operations["post"]["requestBody"]["content"]["application/json"]["schema"], components
    )
    OAS31Validator(body_schema).validate(body(tool))
    receipt = operations["post"]["responses"]["202"]["content"]["application/json"]["schema"]
    OAS31Validator(_inline(receipt, components)).validate(api_post(client, body(tool)).json())
