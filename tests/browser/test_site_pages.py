"""The site's own pages in a real browser: the search page and the questions page pass
axe (WCAG 2.2 A and AA) at 1280 and 390 px and work by keyboard; a tool page prints on
at most two sheets of A4 without the feedback buttons, the "Suggest…" links and the
footer."""

import io
import unicodedata
from unittest import mock

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from .test_axe import run_axe

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = (1280, 390)
#: Words of what a tool page shows on screen only: the feedback buttons, the "Suggest…"
#: links, the footer (and the navigation, which the footer repeats).
SCREEN_ONLY = (
    "Your feedback",
    "Suggest a reference",
    "Give an example of use",
    "Browse by activity",
)


def demo_tools(count):
    """The demo's ``count`` longest tools (the hardest to print), loaded as the demo
    loads them."""
    from example_site.demo import content
    from example_site.demo.management.commands.load_demo_content import Command
    from wagtail_iitk.models import ToolIndexPage

    longest = sorted(content.TOOLS, key=lambda data: len(repr(data)), reverse=True)[:count]
    command = Command()
    command.tool_index = ToolIndexPage.objects.first()
    command.today = timezone.localdate()
    command.verbosity = 0
    with mock.patch.object(content, "TOOLS", longest):
        command.load_perspectives()  # the demo adds a management view
        command.load_tools()
    return [data["slug"] for data in longest]


@pytest.fixture
def site(toolkit_url):
    """A toolkit with a few tools, questions and a story to search and list."""
    from wagtail_iitk.models import Perspective, Stage

    from ..factories import make_question, make_story, make_tool

    design = Perspective.objects.get(slug="design")
    understand = Stage.objects.get(slug="understand")
    tools = [
        make_tool(title=f"Mapping tool {n}", perspectives=[design], stages=[understand],
                  expertise="some" if n % 2 else "none")
        for n in range(3)
    ]  # fmt: skip
    make_question(wording="What does mapping show?", perspective=design, tools=tools[:2])
    make_question(wording="Who is affected?", perspective=Perspective.objects.get(slug="risk"))
    make_story(title="Mapping the ward round", tools=tools[:1])
    return toolkit_url


def new_page(browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


@pytest.mark.parametrize("width", WIDTHS)
def test_search_and_questions_pages_pass_axe(browser, site, width):
    page = new_page(browser, width)
    try:
        for path in (
            "/toolkit/search/?q=mapping&expertise=some",
            "/toolkit/search/?q=zzznothing",
            '/toolkit/search/?q="',
            "/toolkit/search/",
            "/toolkit/questions/",
            "/toolkit/perspectives/",
        ):
            page.goto(site + path)
            violations, result = run_axe(page)
            assert result["passes"], "axe did not run"
            assert violations == [], f"{path} at {width}px:\n" + "\n".join(violations)
            overflow = page.evaluate("document.documentElement.scrollWidth > innerWidth")
            assert not overflow, f"{path} scrolls sideways at {width}px"
    finally:
        page.context.close()


def test_search_by_keyboard_from_any_page_header(browser, site):
    page = new_page(browser, 1280)
    try:
        page.goto(site + "/toolkit/questions/")
        for _ in range(30):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.id") == "iitk-header-search":
                break
        else:
            raise AssertionError("Tab never reached the header's search box")
        page.keyboard.type("mapping")
        page.keyboard.press("Enter")
        page.wait_for_url("**/toolkit/search/?q=mapping")
        results = page.locator(".iitk-search-result")
        expect(results).to_have_count(5)
        # Tick a facet by keyboard and apply it: the results narrow.
        page.get_by_role("checkbox", name="Some: a little training or practice helps").focus()
        page.keyboard.press("Space")
        page.get_by_role("button", name="Apply filters").focus()
        page.keyboard.press("Enter")
        page.wait_for_url("**expertise=some**")
        expect(results).to_have_count(1)
        expect(page.locator(".iitk-search-result__title mark").first).to_have_text("Mapping")
    finally:
        page.context.close()


def test_a_tool_page_prints_on_two_sheets_of_a4_at_most(browser, toolkit_url):
    slugs = demo_tools(3)
    page = new_page(browser, 1280)
    try:
        for slug in slugs:
            page.goto(f"{toolkit_url}/toolkit/tools/{slug}/")
            on_screen = page.inner_text("body")
            screen_only = [text for text in SCREEN_ONLY if text in on_screen]
            assert {"Suggest a reference", "Browse by activity"} <= set(screen_only)
            pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
            # Ligatures ("ﬀ") read back as one character: compare compatible forms.
            text = unicodedata.normalize(
                "NFKC", " ".join(sheet.extract_text() for sheet in pdf.pages)
            )
            width, height = (float(v) for v in pdf.pages[0].mediabox[2:])
            assert (round(width), round(height)) == (595, 842), "not A4"
            assert len(pdf.pages) <= 2, f"{slug} prints on {len(pdf.pages)} pages"
            assert page.title().split(" – ")[0] in text
            printed = [words for words in screen_only if words in text]
            assert printed == [], f"{slug} prints what is for the screen only"
    finally:
        page.context.close()


def test_the_story_form_folds_its_extra_tools_and_works_without_script(browser, toolkit_url):
    """29 questions (as in the demo), grouped by perspective; tools 2 and 3 folded into
    <details> that open without script; the page is shorter at 1280 px."""
    from wagtail_iitk.models import Perspective

    from ..factories import make_question, make_tool

    make_tool(title="Process map")
    perspectives = list(Perspective.objects.all())
    for n in range(29):
        make_question(
            wording=f"What does question {n} ask of the team?",
            perspective=perspectives[n % len(perspectives)],
        )
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, java_script_enabled=False
    )
    page = context.new_page()
    try:
        page.goto(toolkit_url + "/toolkit/share-a-story/")
        height = page.evaluate("document.documentElement.scrollHeight")
        assert not page.get_by_label("Why did you choose it?").nth(1).is_visible()
        page.get_by_text("Add tool 2").click()  # a <details>: opens without script
        expect(page.get_by_label("Why did you choose it?").nth(1)).to_be_visible()
        groups = page.locator("fieldset.iitk-fieldset--group legend")
        expect(groups).to_have_count(len(perspectives))
        assert height <= MAX_STORY_FORM_HEIGHT
    finally:
        context.close()


#: Measured 5,474 px with tools 2 and 3 folded and the question groups side by side
#: (6,045 px with the groups one under another; about 7,150 px with every row open).
MAX_STORY_FORM_HEIGHT = 5600
