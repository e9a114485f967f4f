"""<iitk-share-story> on a partner's intranet page, sending stories to the live toolkit.

The page is on the partner's origin under its strict CSP (see conftest.py); the story
goes to the real ``submissions/`` endpoint, and what the toolkit stored is checked.
"""

import json

import pytest
from playwright.sync_api import expect

from .conftest import API, wait_until
from .test_axe import run_axe
from .test_keyboard import assert_focus_visible

pytestmark = pytest.mark.django_db(transaction=True)

FALLBACK = "Share your story on the toolkit's site"


def body(toolkit):
    return (
        "<h2>Share your story</h2>"
        f'<iitk-share-story><a href="{toolkit}/toolkit/share-a-story/">{FALLBACK}</a>'
        "</iitk-share-story>"
    )


def open_form(open_host, toolkit, **options):
    """The host page with the element ready; its submissions/ posts are recorded in
    ``host.posts`` as (Idempotency-Key, body)."""
    recorded = []

    def record(page):
        page.on(
            "request",
            lambda request: (
                recorded.append((request.headers.get("idempotency-key"), request.post_data))
                if request.method == "POST" and request.url.endswith(API + "submissions/")
                else None
            ),
        )
        if options.get("routes"):
            options["routes"](page)

    host = open_host(body(toolkit), **{**options, "routes": record})
    host.posts = recorded
    form = host.page.locator("iitk-share-story")
    expect(form).to_have_attribute("state", "ready")
    return host, form


def fill(form, tool):
    form.get_by_label("Title", exact=True).fill("Fewer missed doses on ward 7")
    form.get_by_label("Summary").fill("We mapped the drug round and halved missed doses.")
    form.get_by_label("Tool", exact=True).select_option(label=tool.title)
    form.get_by_label("Why did you choose it?").fill("To see the round as it is.")
    form.get_by_label("How did you use it?").fill("Nurses walked it with us.")
    form.get_by_label("Would you use it again?").select_option("yes")
    form.get_by_label("What changed as a result?").fill("Missed doses fell from 14% to 6%.")
    form.get_by_label("Your top tip").fill("Walk the process before you map it.")
    form.get_by_label("A pitfall to avoid").fill("Do not map it from the office.")
    form.get_by_label("Name", exact=True).fill("Sam Patel")
    form.get_by_label("Organisation", exact=True).fill("Northshire Hospitals")
    form.get_by_label("Show my name and organisation with the story").check()
    form.get_by_label("I agree to the toolkit publishing my story").check()
    form.get_by_label("My story has nothing that could identify a patient").check()


def test_a_story_sent_from_a_partner_page_is_stored(open_host, content, toolkit_url):
    from wagtail_iitk.models import Submission

    host, form = open_form(open_host, toolkit_url)
    tool = content.tools[1]
    fill(form, tool)
    form.get_by_role("button", name="Send your story").click()

    done = form.locator("[part=done]")
    expect(done).to_be_visible()
    submission = Submission.objects.get()
    expect(done.locator("[part=reference]")).to_contain_text(submission.reference)
    expect(done).to_be_focused()
    assert submission.kind == "story"
    assert submission.channel == "widget"
    assert submission.partner == content.partner
    assert submission.origin == host.origin
    assert submission.credit_contributor is True
    assert submission.contributor_name == "Sam Patel"
    data = submission.received_data
    assert data["tool_usages"] == [
        {
            "tool": tool.slug,
            "why_chosen": "To see the round as it is.",
            "how_used": "Nurses walked it with us.",
            "would_use_again": "yes",
        }
    ]
    assert data["tips"] == ["Walk the process before you map it."]
    assert data["elapsed_ms"] > 0
    assert "website" not in data
    [(key, sent)] = host.posts
    assert submission.idempotency_key == key
    assert json.loads(sent)["partner"] == content.partner.widget_key


def test_a_retry_after_a_lost_answer_stores_the_story_once(open_host, content, toolkit_url):
    """The first post reaches the toolkit but its answer is lost; the retry sends the
    same key and gets the first answer back."""
    from wagtail_iitk.models import Submission

    lost = []

    def lose_first_answer(route):
        response = route.fetch()  # the toolkit stores the story...
        if not lost:
            lost.append(response.status)
            route.abort("connectionreset")  # ...but the page never hears back
        else:
            route.fulfill(response=response)

    host, form = open_form(
        open_host,
        toolkit_url,
        routes=lambda page: page.route(f"**{API}submissions/", lose_first_answer),
    )
    fill(form, content.tools[0])
    form.get_by_role("button", name="Send your story").click()
    problem = form.locator("[part=problem]")
    expect(problem).to_contain_text("Your story was not sent. Try again in a few minutes.")
    expect(problem).to_be_focused()
    # The fallback (the element's light-DOM link) is slotted into the problem box.
    expect(form.get_by_role("link", name=FALLBACK)).to_be_visible()
    assert lost == [202]
    assert Submission.objects.count() == 1

    problem.get_by_role("button", name="Try again").click()
    expect(form.locator("[part=done]")).to_be_visible()
    submission = Submission.objects.get()
    expect(form.locator("[part=reference]")).to_contain_text(submission.reference)
    keys = [key for key, _ in host.posts]
    assert len(keys) == 2 and keys[0] == keys[1] == submission.idempotency_key
    assert host.posts[0][1] == host.posts[1][1]


def test_the_toolkits_field_errors_are_shown_on_the_fields(open_host, content, toolkit_url):
    from wagtail_iitk.models import Submission

    host, form = open_form(open_host, toolkit_url)
    fill(form, content.tools[0])
    form.get_by_label("How did you use it?").fill("")  # required once a tool is named
    form.get_by_role("button", name="Send your story").click()

    summary = form.locator("[part=problem]")
    expect(summary).to_be_focused()
    expect(summary.locator("h3")).to_have_text("There is a problem")
    link = summary.get_by_role("link", name="How did you use it?")
    expect(link).to_be_visible()
    field = form.get_by_label("How did you use it?")
    expect(field).to_have_attribute("aria-invalid", "true")
    error_id = field.get_attribute("aria-describedby")
    message = form.locator(f"#{error_id}")
    expect(message).to_be_visible()
    assert message.inner_text() in link.inner_text()
    link.click()
    expect(field).to_be_focused()
    assert Submission.objects.count() == 0

    field.fill("Nurses walked it with us.")
    form.get_by_role("button", name="Send your story").click()
    expect(form.locator("[part=done]")).to_be_visible()
    assert Submission.objects.count() == 1
    keys = {key for key, _ in host.posts}
    assert len(host.posts) == 2 and len(keys) == 1  # nothing was stored under it before


def refused(origin):
    return f"This site may not send stories to the toolkit: ask the toolkit's team to add {origin}."


def test_a_page_the_toolkit_does_not_allow_is_told_so_and_gets_the_fallback(
    open_host, content, toolkit_url
):
    """The toolkit answers 403 (CORS lets the page read it), so the form says the site
    may not send stories and names the origin to add, on the page and in the console.
    Nothing is stored."""
    from wagtail_iitk.models import Submission

    host, form = open_form(open_host, toolkit_url, server="other")
    fill(form, content.tools[0])
    form.get_by_role("button", name="Send your story").click()
    problem = form.locator("[part=problem]")
    expect(problem).to_contain_text(refused(host.origin))
    expect(problem).to_be_focused()
    expect(form.get_by_role("link", name=FALLBACK)).to_be_visible()
    expect(form.get_by_role("link", name=FALLBACK)).to_have_attribute(
        "href", f"{host.toolkit}/toolkit/share-a-story/"
    )
    assert f"warning: {refused(host.origin)}" in host.console
    assert Submission.objects.count() == 0
    # The post reached the toolkit and was refused there: no CORS error on the page.
    assert not [m for m in host.console if "CORS policy" in m], host.console


@pytest.mark.parametrize("key", ["YOUR-WIDGET-KEY", "not-a-partners-key"])
def test_a_partner_key_the_toolkit_does_not_know_is_named_in_the_console(
    open_host, content, toolkit_url, key
):
    """The toolkit's answers say so in a header; the widgets print it once, and work."""
    host, form = open_form(open_host, toolkit_url, partner_key=key)
    warnings = [m for m in host.console if m.startswith("warning: Improving Improvement Toolkit")]
    assert len(warnings) == 1, host.console
    assert (key in warnings[0]) and "data-iitk-partner" in warnings[0]
    expect(form.get_by_label("Title", exact=True)).to_be_visible()


def test_a_known_partner_key_draws_no_warning(open_host, content, toolkit_url):
    host, form = open_form(open_host, toolkit_url)
    assert not [m for m in host.console if m.startswith("warning:")], host.console


def test_no_axe_violations_in_the_form_its_errors_and_its_thanks(open_host, content, toolkit_url):
    host, form = open_form(
        open_host,
        toolkit_url,
        bypass_csp=True,
        viewport={"width": 1280, "height": 2400},
    )
    page = host.page
    checked = []
    for stage in ("form", "errors", "thanks"):
        if stage == "errors":
            fill(form, content.tools[0])
            form.get_by_label("Why did you choose it?").fill("")
            form.get_by_role("button", name="Send your story").click()
            expect(form.locator("[part=problem]")).to_be_focused()
        if stage == "thanks":
            form.get_by_label("Why did you choose it?").fill("It fitted the problem.")
            form.get_by_role("button", name="Send your story").click()
            expect(form.locator("[part=done]")).to_be_visible()
        violations, result = run_axe(page)
        assert result["passes"], "axe did not run"
        assert violations == [], f"{stage}:\n" + "\n".join(violations)
        checked.append(stage)
    assert checked == ["form", "errors", "thanks"]


#: The form in Tab order, with what to do at each stop: text to type, a key to press
#: (a select moves down its options: "", Design tool a, b, c...; "", Yes, Maybe, No), or
#: nothing.
KEYBOARD = [
    ("input", "Title", "Fewer falls at night"),
    ("textarea", "Summary", "Night staff mapped the call bell round."),
    ("textarea", "What changed", "Falls fell by a third."),
    ("textarea", "Your top tip", None),
    ("textarea", "A pitfall", None),
    ("select", "Tool", ["ArrowDown"] * 3),
    ("textarea", "Why did you", "It was quick."),
    ("textarea", "How did you", "On a whiteboard."),
    ("select", "Would you", ["ArrowDown"] * 2),
    ("input", "Name", None),
    ("input", "Job title", None),
    ("input", "Organisation", None),
    ("input", "Email", None),
    ("input", "Show my name", None),
    ("input", "I agree", ["Space"]),
    ("input", "My story has nothing", ["Space"]),
    ("button", "Send your story", ["Enter"]),
]


#: The focused control inside a shadow root: its host, tag, label and how focus shows.
FOCUSED = """() => {
  let el = document.activeElement, host = null;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) {
    host = el;
    el = el.shadowRoot.activeElement;
  }
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    host: host && host.localName,
    tag: el.localName,
    name: (el.labels && el.labels.length ? el.labels[0] : el).textContent,
    focusVisible: el.matches(":focus-visible"),
    outlineWidth: parseFloat(style.outlineWidth),
    outlineStyle: style.outlineStyle,
    width: box.width,
    height: box.height,
  };
}"""


def test_a_story_can_be_sent_by_keyboard_alone(open_host, content, toolkit_url):
    from wagtail_iitk.models import Submission

    host, form = open_form(open_host, toolkit_url)
    page = host.page
    stops = []
    for _tag, name, action in KEYBOARD:
        page.keyboard.press("Tab")
        now = page.evaluate(FOCUSED)
        stops.append((now["host"], now["tag"], now["name"][: len(name)]))
        assert_focus_visible(now)
        assert now["width"] >= 24 and now["height"] >= 24, now
        if isinstance(action, list):
            for key in action:
                page.keyboard.press(key)
        elif action:
            page.keyboard.type(action)
    assert stops == [("iitk-share-story", tag, name) for tag, name, _ in KEYBOARD]

    done = form.locator("[part=done]")
    expect(done).to_be_focused()
    submission = Submission.objects.get()
    expect(done).to_contain_text(submission.reference)
    data = submission.received_data
    assert data["tool_usages"][0]["tool"] == content.tools[2].slug
    assert data["tool_usages"][0]["would_use_again"] == "maybe"
    assert data["consent_to_publish"] is True and data["no_patient_data"] is True


def test_the_browser_keeps_an_incomplete_story_from_being_sent(open_host, content, toolkit_url):
    host, form = open_form(open_host, toolkit_url)
    form.get_by_label("Title", exact=True).fill("Half a story")
    form.get_by_role("button", name="Send your story").click()
    # The browser moves focus to the first required field left empty, and sends nothing.
    expect(form.get_by_label("Summary")).to_be_focused()
    host.page.wait_for_timeout(200)
    assert host.posts == []


def test_typing_in_the_form_sends_one_share_started_event(open_host, content, toolkit_url):
    events = []
    host, form = open_form(
        open_host,
        toolkit_url,
        routes=lambda page: page.on(
            "request",
            lambda r: events.append(r.post_data) if r.url.endswith(API + "events/") else None,
        ),
    )
    form.get_by_label("Title", exact=True).fill("A")
    form.get_by_label("Summary").fill("B")
    host.page.evaluate("() => dispatchEvent(new Event('pagehide'))")
    wait_until(host.page, lambda: events, "no events/ beacon")
    assert json.loads(events[0]) == {
        "partner": content.partner.widget_key,
        "events": [{"type": "share_started", "kind": "toolkit", "item": ""}],
    }
