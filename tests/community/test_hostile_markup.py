"""Hostile markup in every text field: stored exactly as received, and inert once
sanitised (no tag, comment or entity that could become one survives; sanitising twice
changes nothing)."""

import re

import pytest
from django.template import Context, Template

from wagtail_iitk.community.sanitising import (
    plain_text,
    sanitise_payload,
    without_direction_controls,
)
from wagtail_iitk.models import Submission

from ..factories import make_tool
from .intake_payloads import intake_settings, post, story  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("intake_settings")

CORPUS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href="&#106;avascript:alert(1)">entity-encoded scheme</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    '<iframe src="javascript:alert(1)"></iframe>',
    "<svg onload=alert(1)><circle r=10/></svg>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<div style="background:url(javascript:alert(1))">styled</div>',
    "<body onload=alert(1)>",
    '"><script>alert(1)</script>',
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&amp;lt;img src=x onerror=alert(1)&amp;gt;",
    "&amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;lt;b&gt;",
    "<textarea><script>alert(1)</script></textarea>",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<template><script>alert(1)</script></template>",
    "<!--<img src=x onerror=alert(1)>-->",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<p>broken <b>markup <i>never closed",
    "<a href='x' <b>half a tag",
    "\u202eevil\u202c and a\x07bell",
]
#: Anything that could open a tag, a comment or a processing instruction.
TAG_START = re.compile(r"<[a-zA-Z!/?]")


def assert_inert(text):
    assert not TAG_START.search(text), text
    assert plain_text(text) == text, "sanitising is idempotent"
    rendered = Template("{{ value }}").render(Context({"value": text}))
    assert "<" not in rendered and ">" not in rendered


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map")


@pytest.mark.parametrize("hostile", CORPUS, ids=range(len(CORPUS)))
def test_hostile_text_is_stored_as_received_and_sanitised_inert(client, tool, hostile):
    body = story(
        tool,
        title=f"Ward story {hostile}",
        summary=f"What we did. {hostile}",
        tips=[f"{hostile} Walk the process first."],
        contributor={"name": f"Sam {hostile}", "organisation": f"Trust {hostile}"},
    )
    body["tool_usages"][0]["how_used"] = f"On a wall chart. {hostile}"
    response = post(client, body)
    assert response.status_code == 202, response.content
    assert hostile not in response.content.decode()
    submission = Submission.objects.get()
    # Exactly as received, less the direction controls intake removes.
    assert submission.received_data == without_direction_controls(body)
    cleaned = sanitise_payload(submission.received_data)
    texts = [
        cleaned["title"],
        cleaned["summary"],
        cleaned["tips"][0],
        cleaned["tool_usages"][0]["how_used"],
        cleaned["contributor"]["name"],
        submission.contributor_name,
        submission.contributor_organisation,
    ]
    for text in texts:
        assert_inert(text)
    assert cleaned["title"].startswith("Ward story")
    assert sanitise_payload(cleaned) == cleaned


@pytest.mark.parametrize("hostile", CORPUS, ids=range(len(CORPUS)))
def test_sanitising_is_idempotent_and_leaves_no_markup(hostile):
    for multiline in (True, False):
        once = plain_text(hostile, multiline=multiline)
        assert plain_text(once, multiline=multiline) == once
        assert_inert(once)


def test_plain_words_survive_sanitising():
    text = "A&E waits fell < 4 hours for 95% of patients; \"see\" the 'board'.\n\nNext: audit."
    assert plain_text(text) == text
    assert plain_text("  Title\nacross\tlines  ", multiline=False) == "Title across lines"
    assert plain_text("one\r\n\r\n\r\n\r\ntwo") == "one\n\ntwo"
    assert plain_text("tom &amp; jerry") == "tom & jerry"
    assert plain_text("a\x00null and a\x07bell") == "anull and abell"
