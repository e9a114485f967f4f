"""The embeds in a real browser, checked with axe-core against WCAG 2.x A and AA.

Needs Chromium and the widgets' axe-core (``make test`` installs both); fails without them.
"""

import io
import shutil
from pathlib import Path

import playwright.sync_api as playwright
import pytest
from django.core.management import call_command

from wagtail_iitk.models import PartnerOrganisation, Perspective

from ..factories import make_framework, make_question, make_story, make_tool
from .test_oembed_live import serve_default_site_at

AXE = Path(__file__).resolve().parents[2] / "widgets/node_modules/axe-core/axe.min.js"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.mark.django_db(transaction=True)
def test_every_embed_has_no_axe_violations(live_server):
    serve_default_site_at(live_server.url)
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    design = Perspective.objects.get(slug="design")
    tool = make_tool(slug="fishbone", perspectives=[design], duration="half-day")
    make_framework(slug="mfi", abbreviation="MFI", originator="API", year=1996)
    make_story(slug="waits", tools=[tool], care_sector="acute", nation="england")
    make_question(perspective=design, tools=[tool])
    partner = PartnerOrganisation.objects.create(name="Trust", theme_colour="#aa3300")
    paths = [
        "/iitk/embed/tool/fishbone/",
        f"/iitk/embed/tool/fishbone/?partner={partner.widget_key}",
        "/iitk/embed/framework/mfi/",
        "/iitk/embed/story/waits/",
        "/iitk/embed/questions/",
        "/iitk/embed/questions/?perspective=design",
    ]
    found = {}
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        # axe is injected as an inline script, which the embeds' CSP rightly forbids.
        page = browser.new_context(bypass_csp=True).new_page()
        for path in paths:
            response = page.goto(live_server.url + path)
            assert response.status == 200, path
            page.add_script_tag(path=str(AXE))
            result = page.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA
            )
            assert result["passes"], path  # axe really ran
            violations = [
                f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in result["violations"]
            ]
            if violations:
                found[path] = violations
        browser.close()
    assert found == {}
