"""The oEmbed 1.0 provider: ``/api/iitk/v1/oembed/?url=<page URL>``.

Given the URL of a live, public tool, framework or story page, it answers with a
``rich`` response whose ``html`` is an iframe of the page's embed plus the host-page
resize helper. Anything else is a 404; ``format=xml`` is a 501 (JSON only), as the
specification asks (https://oembed.com/, section 2.3).
"""

import re

from django.http import Http404
from django.templatetags.static import static
from django.utils.html import format_html
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers
from rest_framework.exceptions import APIException, ValidationError

from ..conf import iitk_settings
from ..web.views import ToolkitAPIView
from .kinds import embed_path, embeddable_kinds, kind_of
from .resolve import page_for_url

#: The longest page URL accepted.
MAX_URL_LENGTH = 2048

#: A positive whole number of pixels, with a sane number of digits.
PIXELS = re.compile(r"^[1-9][0-9]{0,5}$")

RESIZE_HELPER = "wagtail_iitk/widgets/iitk-embed.js"


class FormatNotImplemented(APIException):
    """The oEmbed answer to a format the provider does not offer."""

    status_code = 501
    default_code = "not_implemented"
    default_detail = "This provider answers in JSON only: use format=json."


def parse_params(query):
    """Check ``url``, ``maxwidth``, ``maxheight`` and ``format``; no database needed.

    Returns ``(url, maxwidth, maxheight)``; raises ValidationError (400) or
    FormatNotImplemented (501).
    """
    errors = {}
    url = query.get("url", "").strip()
    if not url:
        errors["url"] = ["Give the URL of a toolkit page."]
    elif len(url) > MAX_URL_LENGTH:
        errors["url"] = [f"The URL must be at most {MAX_URL_LENGTH} characters."]
    sizes = {}
    for name in ("maxwidth", "maxheight"):
        value = query.get(name, "").strip()
        if not value:
            sizes[name] = None
        elif PIXELS.match(value):
            sizes[name] = int(value)
        else:
            errors[name] = ["Must be a positive whole number of pixels."]
    response_format = query.get("format", "json").strip().lower() or "json"
    if response_format not in ("json", "xml"):
        errors["format"] = ["The format must be json."]
    if errors:
        raise ValidationError(errors)
    if response_format == "xml":
        raise FormatNotImplemented()
    return url, sizes["maxwidth"], sizes["maxheight"]


def fit(default, limit):
    return min(default, limit) if limit else default


def iframe_html(src, width, height, title, helper_src):
    """The markup a consumer pastes: the iframe, then the resize helper.

    Sized by attributes, not inline style, so it works under a strict CSP; the
    referrer policy lets the embed know which origin frames it.
    """
    return format_html(
        '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" frameborder="0"'
        ' referrerpolicy="strict-origin-when-cross-origin"></iframe>'
        '<script src="{}" defer></script>',
        src,
        width,
        height,
        title,
        helper_src,
    )


class OEmbedSerializer(serializers.Serializer):
    """The oEmbed response (documentation only: responses are built as plain dicts)."""

    version = serializers.CharField(help_text="Always 1.0.")
    type = serializers.CharField(help_text="Always rich.")
    title = serializers.CharField()
    provider_name = serializers.CharField()
    provider_url = serializers.URLField()
    cache_age = serializers.IntegerField(help_text="Seconds a consumer may keep this answer.")
    html = serializers.CharField(help_text="An iframe of the embed and the resize helper.")
    width = serializers.IntegerField()
    height = serializers.IntegerField()


class OEmbedView(ToolkitAPIView):
    """``oembed/``: the oEmbed answer for a toolkit page URL."""

    allowed_params = frozenset({"url", "maxwidth", "maxheight", "format"})
    openapi = {
        "operation_id": "get_oembed",
        "summary": "oEmbed for a page of an embeddable kind (tool, framework, story, ...)",
        "response": OEmbedSerializer,
        "not_implemented": True,  # format=xml answers 501
        "parameters": [
            OpenApiParameter(
                "url", str, required=True, description="The page's URL on the toolkit site."
            ),
            OpenApiParameter("maxwidth", int, description="The widest the iframe may be."),
            OpenApiParameter("maxheight", int, description="The tallest the iframe may be."),
            OpenApiParameter("format", str, description="json (xml answers 501)."),
        ],
    }

    def check_params(self, request):
        super().check_params(request)
        self.url, self.maxwidth, self.maxheight = parse_params(request.GET)

    def build(self, request):
        page = page_for_url(request, self.url, tuple(k.model for k in embeddable_kinds()))
        if page is None:
            raise Http404
        kind = kind_of(page)
        page_url = self.links.page_url(page.url_path) or self.url
        width = fit(iitk_settings.EMBED_WIDTH, self.maxwidth)
        height = fit(iitk_settings.EMBED_HEIGHT, self.maxheight)
        toolkit_name = iitk_settings.TOOLKIT_NAME
        html = iframe_html(
            src=self.links.absolute(embed_path(kind, page.slug)),
            width=width,
            height=height,
            title=f"{kind.label}: {page.title} – {toolkit_name}",
            helper_src=self.links.absolute(static(RESIZE_HELPER)),
        )
        return {
            "version": "1.0",
            "type": "rich",
            "title": page.title,
            "provider_name": toolkit_name,
            "provider_url": provider_url(page_url),
            "cache_age": iitk_settings.EMBED_OEMBED_CACHE_AGE,
            "html": str(html),
            "width": width,
            "height": height,
        }


def provider_url(page_url):
    """The root of the site a page URL is on: ``https://toolkit.example/``."""
    scheme, rest = page_url.split("://", 1)
    return f"{scheme}://{rest.split('/', 1)[0]}/"
