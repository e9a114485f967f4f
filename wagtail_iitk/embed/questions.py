"""The question-led route as one tree: perspectives → phases → questions → tools.

Built in a fixed number of queries whatever its size, from live questions and
visible tools only.
"""

from dataclasses import dataclass, field

from django.http import Http404

from ..models import Perspective, Question, QuestionTool, ToolkitHomePage, ToolPage
from ..models.visibility import visible_pages, visible_questions


@dataclass
class Branch:
    """A perspective or a phase, with the questions under it."""

    name: str
    slug: str
    url: str | None = None
    phases: list = field(default_factory=list)
    questions: list = field(default_factory=list)


def question_tree(links, perspective_slug=""):
    """A list of perspective :class:`Branch` es; Http404 for an unknown perspective.

    Each question carries ``url`` (its page in the toolkit, when there is a visible
    toolkit home) and ``tools`` (a list of ``{"title", "url"}``).
    """
    perspectives = Perspective.objects.prefetch_related("phases")
    if perspective_slug:
        perspectives = perspectives.filter(slug=perspective_slug)
    perspectives = list(perspectives)
    if perspective_slug and not perspectives:
        raise Http404
    home = visible_pages(ToolkitHomePage.objects.all()).order_by("path").first()
    home_url = links.page_url(home.url_path) if home else None

    def route_url(name, slug):
        if not home_url:
            return None
        return home_url + home.reverse_subpage(name, kwargs={"slug": slug})

    questions = list(
        visible_questions(Question.objects.filter(perspective__in=perspectives)).order_by(
            "sort_order", "pk"
        )
    )
    tools_by_question = {}
    tool_links = (
        QuestionTool.objects.filter(
            question__in=[q.pk for q in questions],
            tool__in=visible_pages(ToolPage.objects.all()).values("pk"),
        )
        .order_by("sort_order", "pk")
        .values_list("question_id", "tool__title", "tool__url_path")
    )
    for question_id, title, url_path in tool_links:
        tools_by_question.setdefault(question_id, []).append(
            {"title": title, "url": links.page_url(url_path)}
        )
    for question in questions:
        question.url = route_url("question", question.slug)
        question.tools = tools_by_question.get(question.pk, [])

    tree = []
    for perspective in perspectives:
        branch = Branch(
            perspective.name, perspective.slug, route_url("perspective", perspective.slug)
        )
        mine = [q for q in questions if q.perspective_id == perspective.pk]
        for phase in perspective.phases.all():
            in_phase = [q for q in mine if q.phase_id == phase.pk]
            if in_phase:
                branch.phases.append(Branch(phase.name, phase.slug, questions=in_phase))
        phase_ids = {phase.pk for phase in perspective.phases.all()}
        branch.questions = [q for q in mine if q.phase_id not in phase_ids]
        if branch.phases or branch.questions or perspective_slug:
            tree.append(branch)
    return tree
