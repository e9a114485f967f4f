"""The data sets the API tests read. Each is built once per test module (see conftest)."""

from types import SimpleNamespace

from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from wagtail_iitk.models import (
    Category,
    FrameworkIndexPage,
    FrameworkPage,
    Perspective,
    Phase,
    Question,
    QuestionTool,
    Stage,
    StoryIndexPage,
    StoryPage,
    Strand,
    ToolIndexPage,
    ToolPage,
    ToolUsage,
)

from . import builders as b

HOSTILE_RICH_TEXT = (
    '<p>Use it <script>alert("boom")</script>when the causes are unclear.</p>'
    '<p><a href="javascript:alert(1)">script link</a> <b onclick="steal()">bold</b> '
    '<a href="data:text/html;base64,PHNjcmlwdD4=">data link</a> '
    '<img src="data:image/svg+xml;base64,PHN2Zz4=" onerror="alert(2)">'
    '<svg onload="alert(3)"><circle r="1"/></svg>'
    '<a href="https://example.org/guide" onmouseover="alert(4)" style="color:red">guide</a> '
    '<a linktype="page" id="{draft}">draft link</a> '
    '<a linktype="page" id="{live}">live link</a></p>'
    "<p><i>broken <b>markup</p>"
)


def phases_value(*phases):
    """Raw StreamField data for a framework's phases: (name, [tool pks]) pairs."""
    return [
        {
            "type": "phase",
            "value": {
                "name": name,
                "purpose": f"The purpose of {name}.",
                "key_questions": [f"What happens in {name}?"],
                "typical_tools": list(tool_ids),
            },
        }
        for name, tool_ids in phases
    ]


def republish(page, user=None, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    if b.publishing_quickly():
        page.save()
    else:
        page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def small():
    """A few items of each kind, related to each other, with an image and rich text."""
    home, user = b.set_up_toolkit()
    P = {t.slug: t for t in Perspective.objects.all()}
    ST = {t.slug: t for t in Stage.objects.all()}
    SD = {t.slug: t for t in Strand.objects.all()}
    C = {t.slug: t for t in Category.objects.all()}
    PH = {t.slug: t for t in Phase.objects.all()}
    image = get_image_model().objects.create(
        title="A fishbone", file=get_test_image_file(), description="A fishbone on a whiteboard"
    )

    mfi = b.framework(
        title="Model for Improvement",
        slug="model-for-improvement",
        abbreviation="MFI",
        organisation="Institute for Healthcare Improvement",
        year=1996,
        perspectives=[P["design"]],
    )
    lean = b.framework(
        title="Lean",
        slug="lean",
        organisation="Toyota Production System",
        year=1988,
        perspectives=[P["systems"], P["risk"]],
    )
    draft = b.tool(title="Secret tool", slug="secret-tool", state="draft", user=user)
    personas = b.tool(
        title="Personas",
        slug="personas",
        perspectives=[P["people"]],
        stages=[ST["initiate"], ST["co-design"]],
        categories=[C["gathering-insight"]],
    )
    fishbone = b.tool(
        title="Fishbone diagram",
        slug="fishbone-diagram",
        other_names="Ishikawa diagram, cause and effect",
        purpose="Finds the causes of a problem.",
        perspectives=[P["systems"], P["risk"]],
        stages=[ST["understand"]],
        strands=[SD["define-the-problem"]],
        categories=[C["analysing-problems"]],
        frameworks=[lean],
        evidence_level="established",
        duration="half-day",
        image=image,
        when_to_use=HOSTILE_RICH_TEXT.format(draft=draft.pk, live=personas.pk),
        steps=([{"type": "step", "value": {"text": "Name the problem", "detail": "At the head."}}]),
        references=(
            [
                {
                    "type": "reference",
                    "value": {
                        "title": "Guide to quality control",
                        "authors": "Ishikawa",
                        "year": 1976,
                        "publisher": "APO",
                        "url": "https://example.org/ishikawa",
                    },
                }
            ]
        ),
        templates=(
            [
                {
                    "type": "link",
                    "value": {
                        "title": "Blank fishbone",
                        "url": "https://example.org/fishbone.pdf",
                        "description": "Print it.",
                    },
                }
            ]
        ),
    )
    mapping = b.tool(
        title="Process mapping",
        slug="process-mapping",
        perspectives=[P["people"], P["systems"]],
        stages=[ST["understand"], ST["co-design"]],
        categories=[C["mapping-and-modelling"]],
        frameworks=[lean, mfi],
    )
    pdsa = b.tool(
        title="PDSA cycles",
        slug="pdsa-cycles",
        perspectives=[P["design"]],
        stages=[ST["deliver"]],
        strands=[SD["collect-the-evidence"]],
        categories=[C["measuring-and-testing"]],
        frameworks=[mfi],
    )
    whys = b.tool(
        title="Five whys",
        slug="five-whys",
        perspectives=[P["risk"]],
        stages=[ST["understand"]],
        categories=[C["analysing-problems"]],
    )
    mfi = republish(
        mfi, phases=phases_value(("Plan", [pdsa.pk, draft.pk]), ("Study", [mapping.pk]))
    )
    causes = b.question(
        wording="What is causing the problem?",
        short_label="Causes",
        slug="causes",
        help_text="Look beneath the symptoms.",
        perspective=P["systems"],
        phase=PH["understand"],
        stages=[ST["understand"]],
        tools=[fishbone, whys, mapping],
        prompts=[{"type": "prompt", "value": "What happens first?"}],
    )
    who = b.question(
        wording="Who is affected?",
        short_label="Who",
        slug="who-is-affected",
        perspective=P["people"],
        phase=PH["identify"],
        stages=[ST["initiate"]],
        tools=[personas, mapping],
    )
    falls = b.story(
        title="Fewer falls on the ward",
        slug="fewer-falls",
        tools=[fishbone, mapping],
        questions=[causes],
        frameworks=[lean],
        care_sector="acute",
        nation="england",
        credit_author=True,
        author_name="Ann Smith",
        author_organisation="Leeds Teaching Hospitals",
        image=image,
    )
    clinic = b.story(
        title="Shorter clinic waits",
        slug="shorter-clinic-waits",
        tools=[pdsa],
        frameworks=[mfi],
        care_sector="primary",
        nation="wales",
        credit_author=False,
        author_name="Bob Jones",
        author_organisation="Hidden Valley Practice",
    )
    discharge = b.story(
        title="Safer discharge",
        slug="safer-discharge",
        tools=[mapping],
        questions=[who],
        care_sector="community",
        nation="scotland",
    )
    return SimpleNamespace(
        home=home,
        user=user,
        image=image,
        P=P,
        ST=ST,
        SD=SD,
        C=C,
        PH=PH,
        mfi=mfi,
        lean=lean,
        draft=draft,
        personas=personas,
        fishbone=fishbone,
        mapping=mapping,
        pdsa=pdsa,
        whys=whys,
        causes=causes,
        who=who,
        falls=falls,
        clinic=clinic,
        discharge=discharge,
        live_tools=["fishbone-diagram", "five-whys", "pdsa-cycles", "personas", "process-mapping"],
    )


# The leak matrix ------------------------------------------------------------------------

LEAK_CASES = [
    *[(kind, state) for kind in ("tools", "stories", "frameworks") for state in b.PAGE_STATES],
    *[("questions", state) for state in b.QUESTION_STATES],
]


def _word(prefix, kind, state):
    """A search word found in one item's title only, e.g. ``hiddenzqtoolsxdraft``."""
    return f"{prefix}zq{kind}x{state.replace('_', '')}"


def leak():
    """For each (kind, state): a hidden item in that state and live items around it.

    Each case has its own taxonomy terms and related items, so each filter, count and
    nested list of a case involves its hidden item and nothing from other cases.
    """
    with b.quick_publishing():
        return _leak()


def _leak():
    home, user = b.set_up_toolkit()
    private_parents = {
        "tools": b.private_index(ToolIndexPage, home, "private-tools"),
        "stories": b.private_index(StoryIndexPage, home, "private-stories"),
        "frameworks": b.private_index(FrameworkIndexPage, home, "private-frameworks"),
    }
    spare = b.terms("spare")  # terms no item has, for the comma and repeated forms
    cases = {}
    for kind, state in LEAK_CASES:
        key = f"{kind}-{state.replace('_', '-')}"
        parent = private_parents[kind] if state == "private_ancestor" else None
        case = SimpleNamespace(
            kind=kind,
            state=state,
            key=key,
            terms=b.terms(key),
            hidden_word=_word("hidden", kind, state),
            live_word=_word("live", kind, state),
            spare=spare,
        )
        builder = {
            "tools": _tool_case,
            "stories": _story_case,
            "frameworks": _framework_case,
            "questions": _question_case,
        }[kind]
        builder(case, parent, user)
        cases[(kind, state)] = case
    return SimpleNamespace(home=home, user=user, cases=cases)


def _tool_case(case, parent, user):
    t = case.terms
    case.framework = b.framework(title=f"Framework for {case.key}")
    taxonomy = {
        "perspectives": [t["perspective"]],
        "stages": [t["stage"]],
        "strands": [t["strand"]],
        "categories": [t["category"]],
        "frameworks": [case.framework],
    }
    case.live = b.tool(title=f"Live {case.live_word}", **taxonomy)
    case.hidden = b.tool(
        parent=parent, state=case.state, user=user, title=f"Hidden {case.hidden_word}", **taxonomy
    )
    case.question = b.question(
        tools=[case.hidden, case.live],
        perspective=t["perspective"],
        phase=t["phase"],
        stages=[t["stage"]],
    )
    case.story = b.story(tools=[case.hidden, case.live], questions=[case.question])
    case.framework = republish(
        case.framework, phases=phases_value(("Phase one", [case.hidden.pk, case.live.pk]))
    )
    spare = case.spare
    # Every filter of the tools list that the hidden tool would match: the live one only.
    case.filters = [
        {"perspective": t["perspective"].slug},
        {"perspective": [t["perspective"].slug, spare["perspective"].slug]},
        {"phase": t["phase"].slug},
        {"stage": f"{t['stage'].slug},{spare['stage'].slug}"},
        {"strand": t["strand"].slug},
        {"category": t["category"].slug},
        {"question": case.question.slug},
        {"framework": case.framework.slug},
        {"stage": t["stage"].slug, "category": t["category"].slug, "ordering": "-title"},
    ]


def _story_case(case, parent, user):
    t = case.terms
    case.framework = b.framework(title=f"Framework for {case.key}")
    case.question = b.question(perspective=t["perspective"], phase=t["phase"], stages=[t["stage"]])
    case.tool = b.tool(title=f"Tool for {case.key}")
    common = {
        "tools": [case.tool],
        "questions": [case.question],
        "frameworks": [case.framework],
        "care_sector": "acute",
        "nation": "wales",
        "credit_author": True,
        "author_organisation": f"Org {case.live_word} Ltd",
    }
    case.live = b.story(title=f"Live {case.live_word}", **common)
    case.hidden = b.story(
        parent=parent, state=case.state, user=user, title=f"Hidden {case.hidden_word}", **common
    )
    case.filters = [
        {"tool": case.tool.slug},
        {"framework": case.framework.slug},
        {"question": case.question.slug},
        {"perspective": t["perspective"].slug},
        {"stage": [t["stage"].slug, case.spare["stage"].slug]},
        {"organisation": f"org-{case.live_word}-ltd"},
        {"sector": "acute", "tool": case.tool.slug},
        {"nation": "wales", "tool": case.tool.slug, "ordering": "title"},
    ]


def _framework_case(case, parent, user):
    t = case.terms
    common = {"organisation": f"Org {case.live_word} Ltd", "perspectives": [t["perspective"]]}
    case.live = b.framework(title=f"Live {case.live_word}", **common)
    case.hidden = b.framework(
        parent=parent, state=case.state, user=user, title=f"Hidden {case.hidden_word}", **common
    )
    case.tool = b.tool(title=f"Tool for {case.key}", frameworks=[case.live, case.hidden])
    case.story = b.story(tools=[case.tool], frameworks=[case.live, case.hidden])
    case.filters = [
        {"perspective": t["perspective"].slug},
        {"perspective": f"{t['perspective'].slug},{case.spare['perspective'].slug}"},
        {"tool": case.tool.slug},
        {"organisation": f"org-{case.live_word}-ltd"},
    ]


def _question_case(case, parent, user):
    t = case.terms
    case.tool = b.tool(title=f"Tool for {case.key}")
    case.only_hidden_tool = b.tool(title=f"Tool of hidden {case.key}")
    place = {"perspective": t["perspective"], "phase": t["phase"], "stages": [t["stage"]]}
    case.live = b.question(wording=f"Live {case.live_word}?", tools=[case.tool], **place)
    case.hidden = b.question(
        state=case.state,
        user=user,
        wording=f"Hidden {case.hidden_word}?",
        tools=[case.tool, case.only_hidden_tool],
        **place,
    )
    case.story = b.story(tools=[case.tool], questions=[case.live, case.hidden])
    case.only_hidden_story = b.story(tools=[case.tool], questions=[case.hidden])
    case.filters = [
        {"perspective": t["perspective"].slug},
        {"phase": t["phase"].slug},
        {"stage": [t["stage"].slug, case.spare["stage"].slug]},
        {"tool": case.tool.slug},
        {"tool": case.tool.slug, "ordering": "-wording"},
    ]


# The query-count data set ---------------------------------------------------------------

BIG = 100
SEARCH_WORD = "kaleidoscope"


def big():
    """A hundred tools, frameworks, questions and stories, all related, all with an image.

    Built without revisions (``quick_live_page``): the API reads only the pages' rows.
    """
    with b.quick_publishing():
        return _big()


def _big():
    home, user = b.set_up_toolkit()
    perspectives = list(Perspective.objects.order_by("sort_order"))
    stages = list(Stage.objects.all())
    strands = list(Strand.objects.all())
    categories = list(Category.objects.all())
    image = get_image_model().objects.create(
        title="Shared picture", file=get_test_image_file(), description="A shared picture"
    )
    for spec in ("fill-640x360", "max-1200x1200"):
        image.get_rendition(spec)

    def pick(terms, i, k=2):
        return [terms[(i + j) % len(terms)] for j in range(k)]

    framework_index = b.index(FrameworkIndexPage)
    frameworks = [
        b.quick_live_page(
            framework_index,
            FrameworkPage(
                title=f"Kaleidoscope framework {i:03d}",
                slug=f"k-framework-{i:03d}",
                summary=f"Framework number {i}.",
                organisation=f"Organisation {i % 7}",
                year=1990 + i % 30,
                image=image,
            ),
            perspectives=pick(perspectives, i),
        )
        for i in range(BIG)
    ]
    tool_index = b.index(ToolIndexPage)
    tools = [
        b.quick_live_page(
            tool_index,
            ToolPage(
                title=f"Kaleidoscope tool {i:03d}",
                slug=f"k-tool-{i:03d}",
                purpose=f"Tool number {i}.",
                image=image,
            ),
            perspectives=pick(perspectives, i),
            stages=pick(stages, i),
            strands=pick(strands, i),
            categories=pick(categories, i),
            frameworks=[frameworks[i], frameworks[(i + 1) % BIG]],
        )
        for i in range(BIG)
    ]
    now = timezone.now()
    questions = []
    for i in range(BIG):
        perspective = perspectives[i % len(perspectives)]
        item = Question(
            wording=f"Kaleidoscope question {i:03d}?",
            short_label=f"Question {i}",
            slug=f"k-question-{i:03d}",
            perspective=perspective,
            phase=perspective.phases.first(),
            live=True,
            first_published_at=now,
            last_published_at=now,
        )
        item.stages.set(pick(stages, i))
        item.tool_links = [
            QuestionTool(tool=tools[i], sort_order=0),
            QuestionTool(tool=tools[(i + 1) % BIG], sort_order=1),
        ]
        item.save()
        questions.append(item)
    story_index = b.index(StoryIndexPage)
    stories = []
    for i in range(BIG):
        page = StoryPage(
            title=f"Kaleidoscope story {i:03d}",
            slug=f"k-story-{i:03d}",
            summary=f"Story number {i}.",
            consent_to_publish=True,
            care_sector="acute",
            nation="england",
            image=image,
        )
        page.tool_usages = [
            ToolUsage(tool=t, why_chosen="Fit.", how_used="Used.", sort_order=j)
            for j, t in enumerate((tools[i], tools[(i + 1) % BIG]))
        ]
        stories.append(
            b.quick_live_page(
                story_index, page, questions=[questions[i]], frameworks=[frameworks[i]]
            )
        )
    # The first framework has phases with typical tools; the first tool has rich text
    # that links to another page and a document-free template list.
    first = frameworks[0]
    first.phases = phases_value(("Plan", [tools[0].pk, tools[1].pk]), ("Do", [tools[2].pk]))
    first.save(update_fields=["phases"])
    rich = tools[0]
    rich.when_to_use = f'<p>See <a linktype="page" id="{tools[1].pk}">the next tool</a>.</p>'
    rich.save(update_fields=["when_to_use"])
    return SimpleNamespace(
        home=home,
        user=user,
        image=image,
        tools=tools,
        frameworks=frameworks,
        questions=questions,
        stories=stories,
    )
