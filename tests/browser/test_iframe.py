"""The iframe embeds: sized by their content on a partner's page, refused elsewhere.

A partner's allowed origin may frame the embeds (``frame-ancestors``), and
``iitk-embed.js`` on its page sets each iframe's height from the embed's resize
messages. Any other origin, and an inactive partner's, is refused by the browser: the
embed document never loads there, so it never sends a message.
"""

import pytest
from playwright.sync_api import expect

from wagtail_iitk.models import PartnerOrganisation

pytestmark = pytest.mark.django_db(transaction=True)

EMBED = "/iitk/embed/tool/design-a/"


def iframe(toolkit, path=EMBED):
    return (
        f'<iframe src="{toolkit}{path}" height="50" width="600"'
        ' title="Design tool a, from the toolkit"></iframe>'
    )


def iframe_height(page):
    return page.evaluate("() => document.querySelector('iframe').clientHeight")


def embed_frame(page):
    return next(frame for frame in page.frames if frame != page.main_frame)


def test_the_iframe_grows_to_its_content(open_host, content, toolkit_url):
    with_partner = f"{EMBED}?partner={content.partner.widget_key}"
    host = open_host(iframe(toolkit_url, with_partner), widgets=False, embed=True)
    page = host.page
    page.wait_for_function("() => document.querySelector('iframe').clientHeight > 50")
    frame = embed_frame(page)
    assert frame.url == toolkit_url + with_partner
    expect(frame.get_by_role("heading", name="Design tool a")).to_be_visible()

    def content_height():
        return frame.evaluate("() => document.documentElement.getBoundingClientRect().height")

    assert abs(iframe_height(page) - content_height()) <= 2
    # Narrower, the card wraps and grows taller: the iframe follows.
    first = iframe_height(page)
    page.evaluate("() => { document.querySelector('iframe').style.width = '180px'; }")
    page.wait_for_function(
        "h => document.querySelector('iframe').clientHeight > h", arg=first, polling=50
    )
    page.wait_for_timeout(100)
    assert abs(iframe_height(page) - content_height()) <= 2
    assert iframe_height(page) > first

    # The messages came from the toolkit's origin, in exactly the documented shape.
    messages = host.log()["messages"]
    assert messages, "no resize message arrived"
    for message in messages:
        assert message["origin"] == toolkit_url
        assert set(message["data"]) == {"type", "height"}
        assert message["data"]["type"] == "iitk:resize"
    # The embed page itself ran under its own CSP without a violation.
    assert frame.evaluate("() => window.__iitk.violations") == []

    # A well-formed message from anything but the iframe's own window changes nothing:
    # from the host page itself, and from the embed with the wrong shape.
    height = iframe_height(page)
    page.evaluate("() => postMessage({type: 'iitk:resize', height: 999}, '*')")
    frame.evaluate("() => parent.postMessage({type: 'iitk:resize', height: 999, x: 1}, '*')")
    frame.evaluate("() => parent.postMessage({type: 'iitk:resize', height: 99999}, '*')")
    frame.evaluate("() => parent.postMessage({type: 'iitk:resize', height: '999'}, '*')")
    page.wait_for_timeout(200)
    assert len(host.log()["messages"]) == len(messages) + 4  # they did arrive
    assert iframe_height(page) == height


def refused(page, host, toolkit_url):
    """Assert the browser refused to show the embed in this host page."""
    page.wait_for_timeout(500)  # time enough for a resize message to arrive, were it sent
    assert iframe_height(page) == 50
    assert host.log()["messages"] == []
    frame = embed_frame(page)
    assert not frame.url.startswith(toolkit_url), frame.url
    assert "iitk-card" not in frame.content()
    # Chromium says why: "Framing '<toolkit>/' violates the following Content Security
    # Policy directive: "frame-ancestors ...". The request has been blocked."
    assert any(
        f"Framing '{toolkit_url}/'" in message
        and "frame-ancestors" in message
        and "blocked" in message
        for message in host.console
    ), host.console


def test_an_origin_no_partner_allows_is_refused(open_host, content, toolkit_url, host_servers):
    other = host_servers["other"].origin
    responses = []
    host = open_host(
        iframe(toolkit_url),
        server="other",
        widgets=False,
        embed=True,
        routes=lambda page: page.on(
            "response", lambda r: responses.append(r) if EMBED in r.url else None
        ),
    )
    page = host.page
    policy = responses[0].headers["content-security-policy"]
    directive = next(d.strip() for d in policy.split(";") if "frame-ancestors" in d)
    assert host_servers["allowed"].origin in directive
    assert other not in directive
    refused(page, host, toolkit_url)


def test_an_inactive_partners_origin_is_refused(open_host, content, toolkit_url, host_servers):
    PartnerOrganisation.objects.create(
        name="A former partner", allowed_origins=host_servers["other"].origin, active=False
    )
    host = open_host(iframe(toolkit_url), server="other", widgets=False, embed=True)
    refused(host.page, host, toolkit_url)
