"""Every question on one page, and the perspectives' index: the question-led way into
the toolkit (``questions/`` and ``perspectives/`` on the toolkit home).

A fixed number of queries whatever the number of questions and tools; only published
questions and visible tools appear.
"""

from ..models import Perspective, Question, ToolPage
from ..models.visibility import visible_questions


def _perspectives_with_questions(home):
    """The perspectives in the editors' order, each with ``phase_groups`` (phases with
    their questions) and ``visible_questions`` (all of them, each with ``visible_tools``)."""
    perspectives = list(Perspective.objects.prefetch_related("phases"))
    questions = list(
        visible_questions(Question.objects.all())
        .select_related("phase")
        .order_by("perspective__sort_order", "phase__sort_order", "sort_order", "pk")
    )
    home.questions_with_tools(questions)
    for perspective in perspectives:
        own = [question for question in questions if question.perspective_id == perspective.pk]
        groups = [
            {"phase": phase, "questions": [q for q in own if q.phase_id == phase.pk]}
            for phase in perspective.phases.all()
        ]
        unphased = [question for question in own if question.phase_id is None]
        if unphased:
            groups.append({"phase": None, "questions": unphased})
        perspective.phase_groups = [group for group in groups if group["questions"]]
        perspective.visible_questions = own
    return perspectives


def questions_view(home, request):
    """Every published question, grouped by perspective and phase."""
    perspectives = _perspectives_with_questions(home)
    return home.render(
        request,
        template="wagtail_iitk/site/questions.html",
        context_overrides={
            "perspectives": perspectives,
            "question_count": sum(len(p.visible_questions) for p in perspectives),
        },
    )


def perspectives_view(home, request):
    """The perspectives, each with its phases' questions and the tools that take it."""
    perspectives = _perspectives_with_questions(home)
    through = ToolPage.perspectives.through
    links = (
        through.objects.filter(toolpage__in=home.visible_tools())
        .select_related("toolpage")
        .order_by("toolpage__title")
    )
    tools = {}
    for link in links:
        tools.setdefault(link.perspective_id, []).append(link.toolpage)
    for perspective in perspectives:
        perspective.visible_tools = tools.get(perspective.pk, [])
    return home.render(
        request,
        template="wagtail_iitk/site/perspectives.html",
        context_overrides={"perspectives": perspectives},
    )
