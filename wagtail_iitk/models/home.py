"""The toolkit home: the root of a toolkit section, and its browse routes.

Two routes through the toolkit, which can be mixed:
question-led (perspective → phase → question → tools) and activity-led
(stage, strand or category → tools).
"""

from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from .mixins import ToolkitPageMixin
from .questions import Question, QuestionTool
from .taxonomy import Category, Perspective, Stage, Strand
from .visibility import visible_pages, visible_questions

#: The activity-led routes: URL segment → taxonomy model.
ACTIVITY_TAXONOMIES = {"stages": Stage, "strands": Strand, "categories": Category}


# ToolkitPageMixin comes first so its serve() (which denies framing) wraps the routes.
class ToolkitHomePage(ToolkitPageMixin, RoutablePageMixin, Page):
    """The front of a toolkit: perspectives, stages and strands, and the three indexes."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + ["intro"]
    subpage_types = [
        "wagtail_iitk.ToolIndexPage",
        "wagtail_iitk.FrameworkIndexPage",
        "wagtail_iitk.StoryIndexPage",
        "wagtail_iitk.EventIndexPage",
    ]
    template = "wagtail_iitk/toolkit_home_page.html"

    class Meta:
        verbose_name = _("toolkit home page")

    # Queries scoped to this toolkit -------------------------------------------------

    def visible_children_of_type(self, model):
        """Live, public pages of ``model`` inside this toolkit."""
        return visible_pages(model.objects.descendant_of(self))

    def visible_tools(self):
        from .tools import ToolPage

        return self.visible_children_of_type(ToolPage)

    def questions_with_tools(self, questions):
        """Attach each question's visible tools as ``visible_tools``, in one query."""
        links = QuestionTool.objects.filter(question__in=questions, tool__in=self.visible_tools())
        links = links.select_related("tool").order_by("sort_order")
        by_question = {}
        for link in links:
            by_question.setdefault(link.question_id, []).append(link.tool)
        for question in questions:
            question.visible_tools = by_question.get(question.pk, [])
        return questions

    # Context ---------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        from .frameworks import FrameworkPage
        from .stories import StoryPage

        context = super().get_context(request, *args, **kwargs)
        context["perspectives"] = Perspective.objects.prefetch_related("phases")
        context["stages"] = Stage.objects.all()
        context["strands"] = Strand.objects.all()
        context["categories"] = Category.objects.all()
        context["tool_count"] = self.visible_tools().count()
        context["framework_count"] = self.visible_children_of_type(FrameworkPage).count()
        context["latest_stories"] = self.visible_children_of_type(StoryPage).order_by(
            "-first_published_at"
        )[:3]
        return context

    # The site's own pages (views in ``site``, named by dotted path) ---------------------
    search_view_path = "wagtail_iitk.site.search.search_view"
    questions_view_path = "wagtail_iitk.site.questions.questions_view"
    perspectives_view_path = "wagtail_iitk.site.questions.perspectives_view"

    @path("search/", name="search")
    def search_view(self, request):
        """Search across every kind, with facets: ``search/?q=…``."""
        return import_string(self.search_view_path)(self, request)

    @path("questions/", name="questions")
    def questions_view(self, request):
        """Every question, grouped by perspective and phase."""
        return import_string(self.questions_view_path)(self, request)

    @path("perspectives/", name="perspectives")
    def perspectives_view(self, request):
        """The perspectives, each with its questions and tools."""
        return import_string(self.perspectives_view_path)(self, request)

    # Question-led route ------------------------------------------------------------------

    @path("perspectives/<slug:slug>/", name="perspective")
    def perspective_view(self, request, slug):
        """A perspective, its phases in order, each phase's questions and their tools."""
        perspective = get_object_or_404(Perspective, slug=slug)
        questions = list(
            visible_questions(Question.objects.filter(perspective=perspective)).select_related(
                "phase"
            )
        )
        self.questions_with_tools(questions)
        phases = list(perspective.phases.all())
        for phase in phases:
            phase.visible_questions = [q for q in questions if q.phase_id == phase.pk]
        unphased = [q for q in questions if q.phase_id is None]
        return self.render(
            request,
            context_overrides={
                "perspective": perspective,
                "phases": phases,
                "unphased_questions": unphased,
            },
            template="wagtail_iitk/browse/perspective.html",
        )

    @path("questions/<slug:slug>/", name="question")
    def question_view(self, request, slug):
        """One question: its help, prompts, the tools that help answer it, stories about it."""
        from .stories import StoryPage

        question = get_object_or_404(
            visible_questions(Question.objects.select_related("perspective", "phase")), slug=slug
        )
        self.questions_with_tools([question])
        stories = self.visible_children_of_type(StoryPage).filter(questions=question)
        return self.render(
            request,
            context_overrides={"question": question, "stories": stories},
            template="wagtail_iitk/browse/question.html",
        )

    # Activity-led route ------------------------------------------------------------------

    @path("browse/", name="browse")
    def browse_view(self, request):
        """The activity-led start: every stage, strand and category with its tool count."""
        return self.render(
            request,
            context_overrides={"taxonomies": self._taxonomy_summaries()},
            template="wagtail_iitk/browse/activities.html",
        )

    def _taxonomy_summaries(self):
        """Each activity taxonomy's terms with ``tool_count``: one counting query each."""
        visible = self.visible_tools()
        summaries = []
        for segment, model in ACTIVITY_TAXONOMIES.items():
            # Counting groups the query, and grouped queries drop the model's ordering:
            # ask for the editors' order (stages in process order) explicitly.
            terms = model.objects.annotate(
                tool_count=Count("tools", filter=Q(tools__in=visible), distinct=True)
            ).order_by("sort_order", "name")
            summaries.append(
                {"segment": segment, "label": model._meta.verbose_name_plural, "terms": terms}
            )
        return summaries

    # Community contributions (forms in ``community.views``) --------------------------------
    # Named by dotted path: the models import nothing from the layers above them.
    contribution_view = "wagtail_iitk.community.views.contribution_view"
    thanks_view = "wagtail_iitk.community.views.thanks_view"

    @path("share-a-story/", name="share_story")
    def share_story_view(self, request):
        """The form for sharing a story of using the toolkit."""
        return import_string(self.contribution_view)(self, request, "story")

    @re_path(r"^contribute/(?P<kind>tool|reference|tip|example)/$", name="contribute")
    def contribute_view(self, request, kind):
        """Suggest a new tool, or a reference, tip or example for one (``?tool=<slug>``)."""
        return import_string(self.contribution_view)(self, request, kind)

    @path("contribute/thank-you/", name="contribution_thanks")
    def contribution_thanks_view(self, request):
        """Thanks, with the reference the contributor can quote."""
        return import_string(self.thanks_view)(self, request)

    # Only the taxonomy segments: anything else must fall through to child pages
    # (e.g. /tools/fishbone/), which routable pages try after their own routes.
    @re_path(r"^(?P<segment>stages|strands|categories)/(?P<slug>[-\w]+)/$", name="activity")
    def activity_view(self, request, segment, slug):
        """The tools in one stage, strand or category."""
        model = ACTIVITY_TAXONOMIES.get(segment)
        if model is None:
            raise Http404
        term = get_object_or_404(model, slug=slug)
        field = "categories" if model is Category else f"{model._meta.model_name}s"
        tools = (
            self.visible_tools()
            .filter(**{field: term})
            .prefetch_related("perspectives")
            .order_by("title")
        )
        return self.render(
            request,
            context_overrides={
                "term": term,
                "term_kind": model._meta.verbose_name,
                "tools": tools,
            },
            template="wagtail_iitk/browse/activity.html",
        )
