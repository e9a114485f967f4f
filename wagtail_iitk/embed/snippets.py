"""The copy-and-paste snippets a partner puts in its intranet pages: the widget script,
an iframe, and the oEmbed set-up for a Wagtail site.

Built as plain text for the admin to show (escaped) in ``<pre><code>``.
"""

import re
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html

from ..conf import iitk_settings
from ..models import (
    FrameworkIndexPage,
    StoryIndexPage,
    ToolIndexPage,
    ToolkitHomePage,
    ToolPage,
    get_kind,
)
from ..models.visibility import visible_pages
from ..web.origins import origins_from_text
from .framing import PARTNERS, frame_ancestors
from .kinds import embed_path
from .oembed import RESIZE_HELPER, iframe_html
from .partners import HEX_COLOUR, accent_colour, contrast_with_white

#: The widgets' own accent (NHS blue), used when a partner's colour is too light.
DEFAULT_ACCENT = "005eb8"

WIDGETS_SCRIPT = "wagtail_iitk/widgets/iitk-widgets.js"
EXAMPLE_SLUG = "your-tool-slug"


def base_url(request):
    """The toolkit's address: ``WAGTAILADMIN_BASE_URL``, else the admin request's own."""
    configured = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    if urlsplit(configured).scheme:
        return configured.rstrip("/")
    return request.build_absolute_uri("/").rstrip("/")


class PartnerSnippets:
    """Everything the snippets page shows for one partner."""

    def __init__(self, partner, base, request=None):
        self.partner = partner
        self.base = base.rstrip("/")
        self.request = request
        self.tool = visible_pages(ToolPage.objects.all()).order_by("title").first()
        self.home = visible_pages(ToolkitHomePage.objects.all()).order_by("path").first()

    def absolute(self, url):
        return url if urlsplit(url).scheme else self.base + url

    @property
    def api_root(self):
        return self.absolute(reverse("wagtail_iitk_api:root"))

    @property
    def tool_slug(self):
        return self.tool.slug if self.tool else EXAMPLE_SLUG

    @property
    def tool_url(self):
        """A public tool page URL, as a reader's browser shows it."""
        if self.tool:
            return self.tool.get_full_url(self.request)
        return self.base + f"/tools/{EXAMPLE_SLUG}/"

    def with_key(self, path):
        return self.absolute(path) + "?" + urlencode({"partner": self.partner.widget_key})

    def widget_snippet(self):
        script = format_html(
            '<script src="{}" data-iitk-api="{}" data-iitk-partner="{}" data-iitk-theme="{}"'
            " defer></script>",
            self.absolute(static(WIDGETS_SCRIPT)),
            self.api_root,
            self.partner.widget_key,
            # Only a colour that keeps AA contrast on the white card; else the default.
            "#" + (accent_colour(self.partner) or DEFAULT_ACCENT),
        )
        title = self.tool.title if self.tool else "A tool"
        card = format_html(
            '<iitk-tool-card slug="{}"><a href="{}">{}</a></iitk-tool-card>',
            self.tool_slug,
            self.tool_url,
            title,
        )
        browse = self.home.get_full_url(self.request) if self.home else self.base + "/"
        explorer = format_html(
            '<iitk-question-explorer><a href="{}">Explore the {}</a></iitk-question-explorer>',
            browse,
            iitk_settings.TOOLKIT_NAME,
        )
        search = "<iitk-search></iitk-search>"
        return "\n".join(str(part) for part in (script, "", card, explorer, search))

    def iframe_snippet(self, kind="tool"):
        toolkit_name = iitk_settings.TOOLKIT_NAME
        if kind == "questions":
            src = self.with_key(reverse("wagtail_iitk_embed:questions"))
            title = f"Questions to ask – {toolkit_name}"
            height = 800
        else:
            content_kind = get_kind(kind)
            src = self.with_key(embed_path(content_kind, self.tool_slug))
            name = self.tool.title if self.tool else "A tool"
            title = f"{content_kind.label}: {name} – {toolkit_name}"
            height = iitk_settings.EMBED_HEIGHT
        iframe = iframe_html(
            src, iitk_settings.EMBED_WIDTH, height, title, self.absolute(static(RESIZE_HELPER))
        )
        # One tag a line reads better in the admin.
        return str(iframe).replace("></iframe><script", "></iframe>\n<script")

    def questions_iframe_snippet(self):
        return self.iframe_snippet("questions")

    def oembed_url_patterns(self):
        """Regular expressions for the toolkit's tool, framework and story pages."""
        patterns = []
        for model in (ToolIndexPage, FrameworkIndexPage, StoryIndexPage):
            for index in visible_pages(model.objects.all()).order_by("path"):
                url = index.get_full_url(self.request)
                if url:
                    patterns.append(f"^{re.escape(url)}.+$")
        return patterns or [f"^{re.escape(self.base + '/')}.+$"]

    def finders_snippet(self):
        endpoint = self.absolute(reverse("wagtail_iitk_api:oembed"))
        indent = " " * 20
        urls = "".join(f'{indent}r"{pattern}",\n' for pattern in self.oembed_url_patterns())
        return (
            "WAGTAILEMBEDS_FINDERS = [\n"
            "    {\n"
            '        "class": "wagtail.embeds.finders.oembed",\n'
            '        "providers": [\n'
            "            {\n"
            f'                "endpoint": "{endpoint}",\n'
            '                "urls": [\n'
            f"{urls}"
            "                ],\n"
            "            }\n"
            "        ],\n"
            "    },\n"
            "    # Keep Wagtail's own providers (YouTube, Vimeo, ...) after the toolkit's.\n"
            '    {"class": "wagtail.embeds.finders.oembed"},\n'
            "]"
        )

    def theme_note(self):
        """Whether the embeds can use the partner's colour, and its contrast on white."""
        valid = HEX_COLOUR.match(self.partner.theme_colour or "")
        return {
            "used": accent_colour(self.partner) is not None,
            "contrast": round(contrast_with_white(self.partner.theme_colour), 1) if valid else None,
        }

    def framing_note(self):
        """Which origins may frame the embeds, and whether this partner's are among them."""
        setting = iitk_settings.EMBED_FRAME_ANCESTORS
        entries = [setting] if isinstance(setting, str) else list(setting)
        return {
            "uses_partner_origins": PARTNERS in entries,
            "any_site": frame_ancestors() == ["*"],
            "origins": origins_from_text(self.partner.allowed_origins),
        }
