"""Rich text for other sites: sanitised HTML with absolute URLs, and plain text.

Wagtail stores internal links and images as references (``<a linktype="page" id="3">``).
The API resolves every reference in a response with one query per kind, drops links to
pages the public may not see (their text stays), and sanitises the result with nh3.
"""

import html
import re

import nh3
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG, extract_attrs

from ..models.visibility import visible_pages

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "em", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "li", "ol", "p", "strong", "sub", "sup", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)
SPACES = re.compile(r"[ \t\r\f\v]+")


def sanitise(fragment):
    """Clean HTML to the allow-list; idempotent (cleaning twice changes nothing)."""
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def plain_text(fragment):
    """The text of an HTML fragment, paragraphs on their own lines."""
    text = nh3.clean(BLOCK_END.sub("\n", fragment), tags=set())
    lines = (SPACES.sub(" ", html.unescape(line)).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def references(sources):
    """The page, document and image ids that a batch of rich text strings refers to."""
    page_ids, document_ids, image_ids = set(), set(), set()
    for source in sources:
        for match in FIND_A_TAG.finditer(source or ""):
            attrs = extract_attrs(match.group(1))
            if attrs.get("linktype") == "page":
                page_ids.add(_int(attrs.get("id")))
            elif attrs.get("linktype") == "document":
                document_ids.add(_int(attrs.get("id")))
        for match in FIND_EMBED_TAG.finditer(source or ""):
            attrs = extract_attrs(match.group(1))
            if attrs.get("embedtype") == "image":
                image_ids.add(_int(attrs.get("id")))
    return page_ids - {None}, document_ids - {None}, image_ids - {None}


class RichTextResolver:
    """Resolves the references in a batch of rich text strings, then renders each one.

    ``images`` is the ``image_data`` map for the embedded images (and ``documents`` the
    linked documents' URLs), fetched by the caller with the response's others.
    """

    def __init__(self, links, sources, images, documents=None):
        self.links = links
        page_ids, document_ids, _ = references(sources)
        if documents is not None:
            # The caller fetched these together with its other documents.
            document_ids = set()
        self.images = images
        self.pages = {}
        if page_ids:
            rows = visible_pages(Page.objects.filter(pk__in=page_ids)).values_list("pk", "url_path")
            self.pages = {pk: links.page_url(url_path) for pk, url_path in rows}
        self.documents = dict(documents or {})
        if document_ids:
            for document in get_document_model().objects.filter(pk__in=document_ids):
                self.documents[document.pk] = links.absolute(document.url)

    def _rewrite_link(self, match):
        attrs = extract_attrs(match.group(1))
        linktype = attrs.get("linktype")
        if linktype == "page":
            url = self.pages.get(_int(attrs.get("id")))
        elif linktype == "document":
            url = self.documents.get(_int(attrs.get("id")))
        else:
            url = self.links.absolute(attrs.get("href", ""))
        # A link to something the public cannot see keeps its text and loses its target.
        return f'<a href="{html.escape(url)}">' if url else "<a>"

    def _rewrite_embed(self, match):
        attrs = extract_attrs(match.group(1))
        if attrs.get("embedtype") != "image":
            return ""
        image = self.images.get(_int(attrs.get("id")), {}).get("full")
        if image is None:
            return ""
        alt = attrs.get("alt", image["alt"])
        return (
            f'<img src="{html.escape(self.links.absolute(image["url"]))}" width="{image["width"]}" '
            f'height="{image["height"]}" alt="{html.escape(alt)}">'
        )

    def render(self, source):
        """{"html": sanitised HTML with absolute URLs, "text": plain text}."""
        expanded = FIND_A_TAG.sub(self._rewrite_link, source or "")
        expanded = FIND_EMBED_TAG.sub(self._rewrite_embed, expanded)
        clean = sanitise(expanded)
        return {"html": clean, "text": plain_text(clean)}


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
