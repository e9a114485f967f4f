"""<iitk-discussion> on a partner's intranet page (another origin, strict CSP), reading
and posting to the live toolkit's ``discussions/``: its chunk is fetched only when the
element is on the page, hostile markup in posts runs nothing, axe finds no WCAG 2.2 AA
problem, and a post sent from the widget reaches the moderation queue and nowhere else."""

import pytest
from playwright.sync_api import expect

from ..discussion.helpers import approve, stored
from .conftest import API, SETTLE
from .test_axe import in_shadow, run_axe

pytestmark = pytest.mark.django_db(transaction=True)

CHUNK = "iitk-discussion.js"
FALLBACK = "Discuss it on the toolkit"
HOSTILE = (
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    '<svg onload="window.__pwned = 3"></svg> We mapped the ward & the pharmacy.'
)
# What a toolkit whose intake let markup through would send (the real one strips it).
RAW = '<img src=x onerror="window.__pwned = 4"><script>window.__pwned = 5</script> raw'


@pytest.fixture
def discussed(content, settings):
    """The first tool with a thread of hostile markup, an editors' recommended reply,
    and a post still waiting for moderation."""
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": "", "SUBMISSION_MIN_SECONDS": 0}
    tool = content.tools[0]
    thread = stored(tool, text=HOSTILE)
    approve(thread)
    approve(stored(tool, text="Walk the round first. " + HOSTILE, parent=thread.pk))
    stored(tool, text="Still waiting for a reviewer")
    return tool


def element(tool, toolkit):
    return (
        f'<iitk-discussion tool="{tool.slug}">'
        f'<a href="{toolkit}/tools/{tool.slug}/">{FALLBACK}</a></iitk-discussion>'
    )


def chunks(host):
    return [url for url in host.requests if url.endswith("/" + CHUNK)]


def test_the_chunk_is_fetched_only_for_a_page_with_the_element(open_host, discussed):
    host = open_host(f'<iitk-tool-card slug="{discussed.slug}"></iitk-tool-card>')
    expect(host.page.locator("iitk-tool-card")).to_have_attribute("state", "ready")
    host.page.wait_for_timeout(300)
    assert chunks(host) == []
    assert host.page.evaluate("() => customElements.get('iitk-discussion')") is None

    host = open_host(element(discussed, host.toolkit) * 2)
    for el in host.page.locator("iitk-discussion").all():
        expect(el).to_have_attribute("state", "ready")
    assert len(chunks(host)) == 1


def hostile_answers(page):
    """Put raw markup into the author and text of the API's first thread and reply."""

    def rewrite(route):
        answer = route.fetch()
        data = answer.json()
        thread = data["results"][0]
        thread["author"] = thread["body"] = thread["replies"][0]["body"] = RAW
        route.fulfill(response=answer, json=data)

    page.route(lambda url: "/discussions/" in url, rewrite)


def test_posts_show_as_text_and_axe_finds_nothing(open_host, discussed, toolkit_url):
    host = open_host(element(discussed, toolkit_url), bypass_csp=True, routes=hostile_answers)
    page = host.page
    widget = page.locator("iitk-discussion")
    expect(widget).to_have_attribute("state", "ready")
    bodies = widget.locator("[part=body]")
    expect(bodies).to_have_count(2)
    expect(bodies.first).to_have_text(RAW)
    expect(bodies.last).to_have_text(RAW)
    expect(widget.locator("[part=byline] strong").first).to_have_text(RAW)
    assert "Still waiting for a reviewer" not in widget.inner_text()
    assert widget.locator("img, script, svg").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    violations, result = run_axe(page)
    assert in_shadow(result) > 10, "axe did not look inside the shadow root"
    assert violations == [], "\n".join(violations)


def test_a_post_from_the_widget_reaches_the_queue_and_is_not_public(
    open_host, content, discussed, toolkit_url, client
):
    from wagtail_iitk.models import DiscussionPost, DiscussionStatus

    host = open_host(element(discussed, toolkit_url))
    widget = host.page.locator("iitk-discussion")
    expect(widget).to_have_attribute("state", "ready")
    # By keyboard: every field is reached with Tab, and Enter on the button sends.
    widget.get_by_label("Your question or experience").fill("Has anyone " + HOSTILE)
    widget.get_by_label("Your name (optional)").fill("Ruth")
    widget.get_by_label("Show my name with my post").check()
    widget.get_by_label("I agree to the toolkit publishing my post").check()
    widget.get_by_label("My post has nothing that could identify a patient").focus()
    host.page.keyboard.press("Space")
    host.page.keyboard.press("Tab")
    expect(widget.get_by_role("button", name="Send your post")).to_be_focused()
    host.page.keyboard.press("Enter")
    done = widget.locator("[part=done]")
    expect(done).to_be_focused(timeout=SETTLE)
    post = DiscussionPost.objects.get(body__startswith="Has anyone")
    expect(done).to_contain_text(post.submission.reference)
    assert post.status == DiscussionStatus.PENDING
    assert post.page_id == discussed.pk and post.parent_id is None
    assert post.submission.partner == content.partner
    assert host.page.evaluate("() => window.__pwned") is None
    listed = client.get(f"{API}discussions/?tool={discussed.slug}").json()
    assert all("Has anyone" not in thread["body"] for thread in listed["results"])


def test_the_fallback_shows_when_the_api_is_down(open_host, discussed, toolkit_url):
    host = open_host(
        element(discussed, toolkit_url),
        routes=lambda page: page.route(lambda url: API in url, lambda route: route.abort()),
    )
    widget = host.page.locator("iitk-discussion")
    expect(widget).to_have_attribute("state", "error")
    expect(widget.get_by_role("link", name=FALLBACK)).to_be_visible()
    assert widget.locator("form").count() == 0


def test_a_welsh_section_shows_the_discussion_in_welsh(open_host, discussed):
    """Its words from the Welsh strings chunk; the posts stay as their authors wrote them."""
    host = open_host(
        f'<section lang="cy">{element(discussed, "")}</section>'
        f'<iitk-discussion lang="en" tool="{discussed.slug}" id="en"></iitk-discussion>'
    )
    welsh = host.page.locator("section iitk-discussion")
    expect(welsh).to_have_attribute("state", "ready")
    expect(welsh.get_by_role("button", name="Anfon eich neges")).to_be_visible()
    expect(welsh.get_by_label("Eich cwestiwn neu'ch profiad")).to_be_visible()
    expect(welsh).to_contain_text("We mapped the ward & the pharmacy.")
    english = host.page.locator("#en")
    expect(english.get_by_role("button", name="Send your post")).to_be_visible()
    assert [url for url in host.requests if url.endswith("/iitk-strings-cy.js")] != []
    assert len(chunks(host)) == 1
