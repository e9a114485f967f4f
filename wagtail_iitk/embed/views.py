"""The iframe embeds: a tool, a framework or a story as a card, and the question-led
route as nested lists.

Each is a small, standalone HTML page that reads well without JavaScript, loads only
the card stylesheet and the frame helper (no inline script or style), and opens its
links in the top window. Only live, public content is shown: a hidden item is a 404,
and hidden related items are left out.
"""

from django.http import Http404
from django.template.response import TemplateResponse
from django.views import View

from ..conf import iitk_settings
from ..models import ToolPage, ToolUsage
from ..models.visibility import visible_pages
from ..web.links import Links
from .framing import embeddable
from .kinds import embeddable_kind, visible_item
from .partners import partner_code, partner_for_request, theme_url
from .questions import question_tree


class EmbedView(View):
    """The shared frame of every embed: partner attribution, theme and headers."""

    http_method_names = ["get", "head"]
    kind = ""
    template_name = ""

    @classmethod
    def as_view(cls, **initkwargs):
        return embeddable(super().as_view(**initkwargs))

    def get(self, request, **kwargs):
        partner = partner_for_request(request)
        context = {
            "kind": self.kind,
            "partner": partner,
            "partner_code": partner_code(partner) if partner else "",
            "theme_url": theme_url(partner),
            "toolkit_name": iitk_settings.TOOLKIT_NAME,
            **self.get_item_context(request, Links(request), **kwargs),
        }
        return TemplateResponse(request, self.template_name, context)

    def get_item_context(self, request, links, **kwargs):
        raise NotImplementedError


class PageEmbedView(EmbedView):
    """One page of an embeddable kind by slug; 404 unless it is live, public and served
    by a site. The kind's ``embed_template`` renders it."""

    def get(self, request, kind, slug):
        self.content_kind = embeddable_kind(kind)
        if self.content_kind is None:
            raise Http404
        self.kind = self.content_kind.name
        self.template_name = self.content_kind.embed_template
        return super().get(request, slug=slug)

    def get_item_context(self, request, links, slug):
        page = visible_item(self.content_kind, slug)
        url = links.page_url(page.url_path) if page else None
        if url is None:
            raise Http404
        related = RELATED.get(self.kind)
        return {"item": page, "url": url, **(related(page, links) if related else {})}


def with_perspectives(page, links):
    return {"perspectives": list(page.perspectives.all())}


def _titled_links(links, rows):
    """(title, url_path) rows → [{"title", "url"}], first occurrence only."""
    seen, result = set(), []
    for title, url_path in rows:
        url = links.page_url(url_path)
        if url and url not in seen:
            seen.add(url)
            result.append({"title": title, "url": url})
    return result


def story_links(page, links):
    """The tools and frameworks a story names, as links (public ones only)."""
    visible_tools = visible_pages(ToolPage.objects.all()).values("pk")
    tools = (
        ToolUsage.objects.filter(story=page, tool__in=visible_tools)
        .order_by("sort_order", "pk")
        .values_list("tool__title", "tool__url_path")
    )
    frameworks = (
        visible_pages(page.frameworks.all()).order_by("title").values_list("title", "url_path")
    )
    return {
        "tools": _titled_links(links, tools),
        "frameworks": _titled_links(links, frameworks),
    }


#: What an embed template shows besides the page itself, per kind (presentation only;
#: a kind without an entry gets the page and its URL).
RELATED = {"tool": with_perspectives, "framework": with_perspectives, "story": story_links}


class QuestionsEmbedView(EmbedView):
    """Perspectives, their phases, the questions in each and the tools that help answer
    them; ``?perspective=<slug>`` shows one perspective."""

    kind = "questions"
    template_name = "wagtail_iitk/embed/questions.html"

    def get_item_context(self, request, links):
        slug = request.GET.get("perspective", "").strip()[:100]
        tree = question_tree(links, slug)
        heading = f"{tree[0].name}: questions to ask" if slug else "Questions to ask"
        return {"tree": tree, "heading": heading}
