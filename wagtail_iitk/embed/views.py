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

from ..api.links import Links
from ..conf import iitk_settings
from ..models import ToolPage, ToolUsage
from ..models.visibility import visible_pages
from .framing import embeddable
from .kinds import visible_item
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
    """One page by slug; 404 unless it is live, public and served by a site."""

    def get_item_context(self, request, links, slug):
        page = visible_item(self.kind, slug)
        url = links.page_url(page.url_path) if page else None
        if url is None:
            raise Http404
        return {"item": page, "url": url, **self.get_related(page, links)}

    def get_related(self, page, links):
        return {}


class ToolEmbedView(PageEmbedView):
    kind = "tool"
    template_name = "wagtail_iitk/embed/tool.html"

    def get_related(self, page, links):
        return {"perspectives": list(page.perspectives.all())}


class FrameworkEmbedView(PageEmbedView):
    kind = "framework"
    template_name = "wagtail_iitk/embed/framework.html"

    def get_related(self, page, links):
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


class StoryEmbedView(PageEmbedView):
    kind = "story"
    template_name = "wagtail_iitk/embed/story.html"

    def get_related(self, page, links):
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
