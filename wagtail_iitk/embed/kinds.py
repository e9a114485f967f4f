"""The kinds that can be embedded (every page kind with an ``embed_template``), and the
URLs of their embeds."""

from django.urls import reverse

from ..models.kinds import get_kind, get_kinds
from ..models.kinds import kind_of as content_kind_of


def embeddable_kinds():
    """The kinds with an embed of their own."""
    return [kind for kind in get_kinds() if kind.is_page and kind.embed_template]


def kind_of(page):
    """The embeddable kind of a page, or None."""
    kind = content_kind_of(page)
    return kind if kind is not None and kind in embeddable_kinds() else None


def visible_item(kind, slug):
    """The live, public page of ``kind`` with this slug, or None."""
    return kind.public_queryset().filter(slug=slug).order_by("path").first()


def embeddable_kind(name):
    """The embeddable kind called ``name``, or None."""
    try:
        kind = get_kind(name)
    except KeyError:
        return None
    return kind if kind in embeddable_kinds() else None


def embed_path(kind, slug):
    """The site-relative URL of a page's embed, e.g. ``/iitk/embed/tool/fishbone/``."""
    return reverse("wagtail_iitk_embed:item", kwargs={"kind": kind.name, "slug": slug})
