"""A Wagtail site embeds a toolkit tool through Wagtail's own oEmbed finder, over HTTP."""

import io
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.embeds.embeds import get_embed
from wagtail.models import Locale, Page, Site

from ..factories import make_tool


def serve_default_site_at(url):
    """Point the default site at ``url``'s host and port, first making the site, the page
    tree's root and the locale if an earlier transactional test flushed the data that
    Wagtail's migrations made."""
    parts = urlsplit(url)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        Locale.objects.get_or_create(language_code=language)
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root"))
        site = Site(is_default_site=True, root_page=root.add_child(instance=Page(title="Home")))
    site.hostname, site.port = parts.hostname, parts.port
    site.save()


@pytest.mark.django_db(transaction=True)
def test_wagtails_oembed_finder_embeds_a_tool_from_a_live_toolkit(live_server):
    serve_default_site_at(live_server.url)  # http://localhost:PORT
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    make_tool(title="Fishbone diagram", slug="fishbone")
    tool_url = f"{live_server.url}/toolkit/tools/fishbone/"
    finders = [
        {
            "class": "wagtail.embeds.finders.oembed",
            "providers": [
                {
                    "endpoint": f"{live_server.url}/api/iitk/v1/oembed/",
                    "urls": [rf"^{re.escape(live_server.url)}/toolkit/tools/.+$"],
                }
            ],
        }
    ]

    with override_settings(WAGTAILEMBEDS_FINDERS=finders):
        embed = get_embed(tool_url, max_width=480)

    assert embed.type == "rich"
    assert embed.title == "Fishbone diagram"
    assert embed.provider_name == "Improving Improvement Toolkit"
    assert embed.width == 480
    assert f'<iframe src="{live_server.url}/iitk/embed/tool/fishbone/"' in embed.html
    assert "iitk-embed.js" in embed.html
    assert embed.cache_until is not None
