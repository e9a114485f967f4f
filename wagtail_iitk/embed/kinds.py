"""The page types that can be embedded, and the URLs of their embeds."""

from django.urls import reverse

from ..models import FrameworkPage, StoryPage, ToolPage
from ..models.visibility import visible_pages

#: Embed kind (the URL segment) → page model.
EMBED_KINDS = {"tool": ToolPage, "framework": FrameworkPage, "story": StoryPage}


def kind_of(page):
    """The embed kind of a page ("tool", "framework", "story"), or None."""
    for kind, model in EMBED_KINDS.items():
        if isinstance(page, model):
            return kind
    return None


def visible_item(kind, slug):
    """The live, public page of ``kind`` with this slug, or None."""
    model = EMBED_KINDS[kind]
    return visible_pages(model.objects.filter(slug=slug)).order_by("path").first()


def embed_path(kind, slug):
    """The site-relative URL of a page's embed, e.g. ``/iitk/embed/tool/fishbone/``."""
    return reverse(f"wagtail_iitk_embed:{kind}", kwargs={"slug": slug})
