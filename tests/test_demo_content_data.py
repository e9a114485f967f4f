"""The demo content is consistent, complete and follows the toolkit's writing rules.

Plain data checks: no Django, no database. Run with ``pytest -p no:django`` if
pytest-django is not configured.
"""

import io
import re
from collections import Counter
from urllib.parse import urlsplit

import pytest

from example_site.demo import content
from example_site.demo.content.partners import DEMO_INTRANET
from example_site.demo.management.commands.load_demo_content import Command as LoadDemoContent
from example_site.demo.management.commands.load_demo_content import intranet_origins

pytestmark = []

# Taxonomy seeded by the package's setup command, plus the demo's management view.
SEEDED_PHASES = {
    "people": ["identify", "locate", "situate"],
    "systems": ["understand", "organise", "integrate"],
    "design": ["explore", "create", "evaluate"],
    "risk": ["examine", "assess", "improve"],
}
STAGES = {"initiate", "understand", "co-design", "deliver", "sustain"}
STRANDS = {
    "understand-the-system",
    "define-the-problem",
    "develop-the-solution",
    "collect-the-evidence",
    "make-the-case",
    "manage-the-plan",
}
CATEGORIES = {
    "mapping-and-modelling",
    "gathering-insight",
    "analysing-problems",
    "generating-ideas",
    "measuring-and-testing",
    "managing-risk",
    "planning-and-making-the-case",
}
EXPERTISE = {"none", "some", "specialist"}
DURATION = {"under-an-hour", "half-day", "day", "days", "weeks"}
FACILITATION = {"none", "helpful", "essential"}
DATA_NEEDS = {"qualitative", "quantitative", "mixed", "none"}
EVIDENCE = {"established", "adapted", "emerging"}
COMPLEXITY = {"clear", "complicated", "complex", "chaotic", "any"}
FRAMEWORK_SCALE = {"service", "organisation", "cross-organisation"}
STORY_SCALE = {"team", "service", "organisation", "cross-organisation"}
STORY_COMPLEXITY = {"clear", "complicated", "complex"}
CARE_SECTORS = {"acute", "primary", "community", "mental-health", "social-care", "ambulance"}
NATIONS = {"england", "scotland", "wales", "northern-ireland"}
WOULD_USE_AGAIN = {"yes", "no", "maybe"}

# Questions confirmed in the sources: (wording, perspective, phase).
CONFIRMED_QUESTIONS = {
    ("What are the needs?", "design", "explore"),
    ("How can the needs be met?", "design", "create"),
    ("How well are the needs met?", "design", "evaluate"),
    ("What is going on?", "risk", "examine"),
    ("What could go wrong?", "risk", "assess"),
    ("What can we do about it?", "risk", "improve"),
    ("What should we do next?", "risk", "improve"),
    ("Why are we doing this?", "management", "trigger"),
}
# The unverified working set, which must be labelled as adapted.
WORKING_SET_QUESTIONS = {
    "Who uses, delivers or is affected by the system?",
    "What shapes how they act?",
    "What is the system, its purpose and boundary?",
    "What are its elements and interfaces?",
    "How will the parts be integrated and checked as a whole?",
}

# The real tools and frameworks the domain brief lists.
EXPECTED_TOOLS = {
    "stakeholder-analysis", "process-map", "swimlane-diagram", "spaghetti-diagram",
    "value-stream-mapping", "rich-picture", "causal-loop-diagram", "data-flow-diagram",
    "dependency-structure-matrix", "one-to-one-interviews", "observation", "personas",
    "scenarios-and-storyboards", "delphi-study", "fishbone-diagram", "pareto-chart",
    "moscow-prioritisation", "five-whys", "brainstorming", "six-thinking-hats",
    "disney-method", "morphological-chart", "pdsa-cycle", "run-chart", "spc-chart",
    "user-trials", "expert-review", "exclusion-audit", "fmea", "fault-tree-analysis",
    "hazop", "swift", "risk-matrix", "bow-tie-analysis", "root-cause-analysis",
    "pestle-analysis", "swot-analysis", "five-ws-and-two-hs", "driver-diagram",
    "force-field-analysis", "gantt-chart", "activity-dependency-diagram",
    "project-charter", "wardley-map",
    # The tools NHS improvers use most, added after the expert review.
    "measurement-plan", "demand-and-capacity-analysis", "sipoc", "histogram",
    "scatter-diagram", "discovery-interviews", "emotional-mapping", "affinity-diagram",
    "nominal-group-technique", "impact-effort-matrix", "prototyping",
    "seips-work-system-analysis", "task-analysis", "after-action-review",
    "in-situ-simulation", "five-s", "visual-management", "standard-work",
    "sustainability-and-spread-plan",
}  # fmt: skip
EXPECTED_FRAMEWORKS = {
    "model-for-improvement", "lean", "lean-six-sigma", "engineering-better-care",
    "improving-improvement", "system-safety-assessment", "stamp", "bow-tie", "seips",
    "human-systems-dynamics", "cynefin", "productive-series",
    "virginia-mason-production-system", "experience-based-co-design", "double-diamond",
    "nes-qi-journey",
}  # fmt: skip

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Words that start a description, not an instruction.
NOT_IMPERATIVE = {
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "you", "your", "we",
    "our", "they", "their", "there", "he", "she", "i", "most", "many", "some", "each",
    "every", "if", "when", "while", "because", "as", "is", "are", "was", "were", "people",
    "staff", "patients", "teams",
}  # fmt: skip
US_SPELLINGS = re.compile(
    r"\b(organiz\w*|colors?\b|behavior\w*|analyz\w*|prioritiz\w*|centers?\b|modeling|"
    r"favor\w*|labor\b|programs?\b|optimiz\w*|utiliz\w*|standardiz\w*|minimiz\w*|"
    r"maximiz\w*|recogniz\w*|catalog\b|judgment|pediatric\w*|anemia|hemorrhag\w*|"
    r"fulfill\b|enroll\b|counseling)",
    re.IGNORECASE,
)
# Proper names that keep their own spelling.
PROPER_NAMES = ("Virginia Mason Medical Center",)
NHS_NUMBER_LIKE = re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")
UK_POSTCODE_LIKE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")

QUESTIONS = {q["key"]: q for q in content.QUESTIONS}
TOOLS = {t["slug"]: t for t in content.TOOLS}
FRAMEWORKS = {f["slug"]: f for f in content.FRAMEWORKS}
PHASES = {
    **SEEDED_PHASES,
    **{p["slug"]: [ph["slug"] for ph in p["phases"]] for p in content.PERSPECTIVES_EXTRA},
}


def sentences(text):
    """Count sentences by their closing punctuation."""
    return len(re.findall(r"[.!?](?:\s|$)", text.strip()))


def first_word(text):
    return re.split(r"[\s,:;]", text.strip(), maxsplit=1)[0]


def is_imperative(text):
    word = first_word(text)
    if not word[:1].isupper():
        return False
    lower = word.lower().strip("'")
    if lower in NOT_IMPERATIVE:
        return False
    return not (lower.endswith("ing") and lower not in {"bring"})


def strings_in(value, skip_keys=("references",)):
    """Every string in a nested structure, leaving out the given keys."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in skip_keys:
                yield from strings_in(item, skip_keys)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from strings_in(item, skip_keys)


def check_reference(ref):
    assert set(ref) == {"title", "authors", "year", "publisher", "url"}, ref
    assert ref["title"] and len(ref["title"]) <= 255
    assert ref["year"] is None or (isinstance(ref["year"], int) and 1800 <= ref["year"] <= 2100)
    assert ref["url"] == "" or ref["url"].startswith("https://"), ref["url"]


def ids(items, key="slug"):
    return [item[key] for item in items]


# Counts and uniqueness -------------------------------------------------------------------


def test_each_kind_has_enough_items():
    assert len(content.PERSPECTIVES_EXTRA) == 1
    assert len(content.QUESTIONS) >= 24
    assert len(content.TOOLS) >= 55
    assert len(content.FRAMEWORKS) >= 14
    assert len(content.STORIES) >= 8
    assert len(content.PARTNERS) == 2


@pytest.mark.parametrize(
    "items, key",
    [
        (content.QUESTIONS, "key"),
        (content.TOOLS, "slug"),
        (content.FRAMEWORKS, "slug"),
        (content.STORIES, "slug"),
        (content.PARTNERS, "name"),
    ],
    ids=["questions", "tools", "frameworks", "stories", "partners"],
)
def test_identifiers_are_unique(items, key):
    duplicates = [k for k, n in Counter(item[key] for item in items).items() if n > 1]
    assert not duplicates


def test_slugs_and_keys_are_slug_shaped():
    values = [*QUESTIONS, *TOOLS, *FRAMEWORKS, *(s["slug"] for s in content.STORIES)]
    assert all(SLUG.match(value) for value in values), [v for v in values if not SLUG.match(v)]
    assert all(len(key) <= 80 for key in QUESTIONS)


def test_tools_and_frameworks_cover_the_domain_lists():
    assert set(TOOLS) >= EXPECTED_TOOLS, EXPECTED_TOOLS - set(TOOLS)
    assert set(FRAMEWORKS) >= EXPECTED_FRAMEWORKS, EXPECTED_FRAMEWORKS - set(FRAMEWORKS)


# Taxonomy --------------------------------------------------------------------------------


def test_management_perspective_has_its_four_phases_in_order():
    (management,) = content.PERSPECTIVES_EXTRA
    assert management["slug"] == "management"
    assert management["name"] == "Management"
    assert management["description"]
    assert [p["slug"] for p in management["phases"]] == ["trigger", "purpose", "plan", "success"]
    assert all(p["name"] and p["description"] for p in management["phases"])
    assert management["slug"] not in SEEDED_PHASES


# Questions -------------------------------------------------------------------------------


@pytest.mark.parametrize("question", content.QUESTIONS, ids=ids(content.QUESTIONS, "key"))
def test_question_is_well_formed_and_resolves(question):
    assert question["wording"].endswith("?")
    assert 0 < len(question["short_label"]) <= 40
    assert question["phase"] in PHASES[question["perspective"]]
    assert question["stages"] and set(question["stages"]) <= STAGES
    assert 1 <= sentences(question["help_text"]) <= 2
    assert 2 <= len(question["prompts"]) <= 4
    assert all(prompt.endswith("?") for prompt in question["prompts"])
    tools = question["tools"]
    assert 2 <= len(tools) <= 5
    assert len(set(tools)) == len(tools)
    assert set(tools) <= set(TOOLS), set(tools) - set(TOOLS)
    assert isinstance(question["adapted"], bool)


def test_every_phase_of_every_perspective_has_a_question():
    covered = {(q["perspective"], q["phase"]) for q in content.QUESTIONS}
    wanted = {(p, phase) for p, phases in PHASES.items() for phase in phases}
    assert wanted <= covered, wanted - covered


def test_confirmed_questions_are_present_and_not_marked_adapted():
    found = {(q["wording"], q["perspective"], q["phase"]) for q in content.QUESTIONS}
    assert found >= CONFIRMED_QUESTIONS, CONFIRMED_QUESTIONS - found
    confirmed = {wording for wording, _, _ in CONFIRMED_QUESTIONS}
    for question in content.QUESTIONS:
        assert question["adapted"] is (question["wording"] not in confirmed), question["key"]


def test_working_set_questions_are_present_and_marked_adapted():
    adapted = {q["wording"] for q in content.QUESTIONS if q["adapted"]}
    assert adapted >= WORKING_SET_QUESTIONS, WORKING_SET_QUESTIONS - adapted


# Tools -----------------------------------------------------------------------------------

TOOL_KEYS = {
    "slug", "title", "aliases", "purpose", "when_to_use", "when_not_to_use", "steps",
    "top_tips", "pitfalls", "inputs", "outputs", "expertise", "duration",
    "participants_min", "participants_max", "facilitation", "data_needs", "evidence_level",
    "references", "templates", "worked_example", "perspectives", "stages", "strands",
    "categories", "frameworks",
}  # fmt: skip


# Optional: other methods people confuse with the tool, kept out of its aliases.
TOOL_OPTIONAL_KEYS = {"related_methods"}


def step_text(step):
    """A step is its text, or a (text, detail) pair."""
    return step if isinstance(step, str) else step[0]


def step_texts(tool):
    return [step_text(step) for step in tool["steps"]]


def step_details(tool):
    return [step[1] for step in tool["steps"] if not isinstance(step, str)]


def tool_text(tool):
    """Everything a reader sees on the tool page, as one lower-case string."""
    return "\n".join(strings_in(tool)).lower()


@pytest.mark.parametrize("tool", content.TOOLS, ids=ids(content.TOOLS))
def test_tool_has_every_field_with_allowed_values(tool):
    assert TOOL_KEYS <= set(tool) <= TOOL_KEYS | TOOL_OPTIONAL_KEYS, set(tool) ^ TOOL_KEYS
    for step in tool["steps"]:
        assert isinstance(step, str) or (len(step) == 2 and all(step)), step
    assert all(text and text.endswith(".") for text in tool.get("related_methods", []))
    assert tool["title"] and len(tool["title"]) <= 255
    assert len(", ".join(tool["aliases"])) <= 255
    assert tool["inputs"] and tool["outputs"]
    assert tool["expertise"] in EXPERTISE
    assert tool["duration"] in DURATION
    assert tool["facilitation"] in FACILITATION
    assert tool["data_needs"] in DATA_NEEDS
    assert tool["evidence_level"] in EVIDENCE
    assert 1 <= tool["participants_min"] <= tool["participants_max"]


@pytest.mark.parametrize("tool", content.TOOLS, ids=ids(content.TOOLS))
def test_tool_purpose_is_one_short_sentence(tool):
    purpose = tool["purpose"]
    assert len(purpose.split()) < 20, purpose
    assert len(purpose) <= 200 and "\n" not in purpose
    assert sentences(purpose) == 1 and purpose.endswith(".")


@pytest.mark.parametrize("tool", content.TOOLS, ids=ids(content.TOOLS))
def test_tool_advice_follows_the_conventions(tool):
    assert len(tool["top_tips"]) == 3
    assert 2 <= len(tool["pitfalls"]) <= 3
    assert 4 <= len(tool["steps"]) <= 7
    for text in step_texts(tool) + tool["top_tips"] + tool["pitfalls"]:
        assert is_imperative(text), text
        assert len(text) <= 255
    assert tool["when_to_use"] and tool["when_not_to_use"]


@pytest.mark.parametrize("tool", content.TOOLS, ids=ids(content.TOOLS))
def test_tool_references_templates_and_example(tool):
    assert tool["references"]
    for ref in tool["references"]:
        check_reference(ref)
    assert tool["templates"]
    assert all(t["title"] and t["description"] for t in tool["templates"])
    assert tool["worked_example"]
    assert "fictional" in " ".join(tool["worked_example"]).lower()


@pytest.mark.parametrize("tool", content.TOOLS, ids=ids(content.TOOLS))
def test_tool_taxonomy_references_resolve(tool):
    assert tool["perspectives"] and set(tool["perspectives"]) <= set(PHASES)
    assert tool["stages"] and set(tool["stages"]) <= STAGES
    assert tool["strands"] and set(tool["strands"]) <= STRANDS
    assert tool["categories"] and set(tool["categories"]) <= CATEGORIES
    assert set(tool["frameworks"]) <= set(FRAMEWORKS)


def test_tool_frameworks_match_framework_phases():
    """A tool names a framework exactly when one of that framework's phases names the tool."""
    expected = {slug: set() for slug in TOOLS}
    for framework in content.FRAMEWORKS:
        for phase in framework["phases"]:
            for slug in phase["typical_tools"]:
                expected[slug].add(framework["slug"])
    actual = {slug: set(tool["frameworks"]) for slug, tool in TOOLS.items()}
    assert actual == expected


def test_every_tool_is_reached_from_a_question_or_a_framework():
    used = {slug for q in content.QUESTIONS for slug in q["tools"]}
    used |= {
        slug for f in content.FRAMEWORKS for phase in f["phases"] for slug in phase["typical_tools"]
    }
    assert set(TOOLS) <= used, set(TOOLS) - used


def test_every_tool_is_reached_from_a_question():
    used = {slug for q in content.QUESTIONS for slug in q["tools"]}
    assert set(TOOLS) <= used, set(TOOLS) - used


# Frameworks ------------------------------------------------------------------------------


@pytest.mark.parametrize("framework", content.FRAMEWORKS, ids=ids(content.FRAMEWORKS))
def test_framework_is_well_formed_and_resolves(framework):
    assert framework["title"]
    assert len(framework["abbreviation"]) <= 20
    assert framework["originator"] and framework["organisation"]
    assert framework["year"] is None or isinstance(framework["year"], int)
    assert 1 <= sentences(framework["summary"]) <= 2 and len(framework["summary"]) <= 600
    assert framework["principles"]
    assert framework["suits_problem"]
    assert framework["suits_complexity"] in COMPLEXITY
    assert framework["suits_scale"] in FRAMEWORK_SCALE
    assert framework["perspectives"] and set(framework["perspectives"]) <= set(PHASES)
    assert 0 < len(framework["licence"]) <= 255
    assert 0 < len(framework["attribution"]) <= 255
    assert framework["references"]
    for ref in framework["references"]:
        check_reference(ref)
    assert len(framework["phases"]) >= 3
    for phase in framework["phases"]:
        assert phase["name"] and len(phase["name"]) <= 120 and phase["purpose"]
        assert phase["key_questions"] and all(k.endswith("?") for k in phase["key_questions"])
        assert phase["typical_tools"] and set(phase["typical_tools"]) <= set(TOOLS)


@pytest.mark.parametrize(
    "slug, originator, year",
    [
        ("model-for-improvement", "Associates in Process Improvement", 1996),
        ("cynefin", "Dave Snowden", 1999),
        ("stamp", "Nancy Leveson", 2004),
        ("seips", "Pascale Carayon and colleagues", 2006),
        ("double-diamond", "Design Council", 2005),
        ("engineering-better-care", "Royal Academy of Engineering", 2017),
    ],
)
def test_framework_origins_match_the_record(slug, originator, year):
    assert FRAMEWORKS[slug]["originator"].startswith(originator)
    assert FRAMEWORKS[slug]["year"] == year


# Stories ---------------------------------------------------------------------------------


@pytest.mark.parametrize("story", content.STORIES, ids=ids(content.STORIES))
def test_story_is_fictional_and_says_so(story):
    assert story["fictional"] is True
    assert "fictional example" in (story["summary"] + " " + story["trigger"]).lower()
    assert story["author_name"] and story["author_organisation"]
    assert "(fictional)" in story["author_organisation"]


@pytest.mark.parametrize("story", content.STORIES, ids=ids(content.STORIES))
def test_story_setting_uses_allowed_values(story):
    assert story["care_sector"] in CARE_SECTORS
    assert story["nation"] in NATIONS
    assert story["scale"] in STORY_SCALE
    assert story["complexity"] in STORY_COMPLEXITY
    assert 0 < len(story["organisation_type"]) <= 120
    assert len(story["summary"]) <= 600


@pytest.mark.parametrize("story", content.STORIES, ids=ids(content.STORIES))
def test_story_is_concrete(story):
    assert re.search(r"\d", story["trigger"]), "the problem needs a number"
    assert sentences(story["aim"]) == 1 and re.search(r"\d", story["aim"])
    assert story["team_and_involvement"] and story["time_and_resources"]
    assert story["outcomes"]
    for outcome in story["outcomes"]:
        assert outcome["outcome"] and re.search(r"\d", outcome["measure"])
        assert len(outcome["measure"]) <= 255
    assert story["top_tips"] and story["pitfalls"]
    for text in story["top_tips"] + story["pitfalls"]:
        assert is_imperative(text), text


@pytest.mark.parametrize("story", content.STORIES, ids=ids(content.STORIES))
def test_story_references_resolve(story):
    assert story["questions"] and set(story["questions"]) <= set(QUESTIONS)
    assert story["frameworks"] and set(story["frameworks"]) <= set(FRAMEWORKS)
    usages = story["tool_usages"]
    assert 2 <= len(usages) <= 4
    for usage in usages:
        assert usage["tool"] in TOOLS
        assert usage["why_chosen"] and usage["how_used"]
        assert usage["would_use_again"] in WOULD_USE_AGAIN


@pytest.mark.parametrize("story", content.STORIES, ids=ids(content.STORIES))
def test_story_holds_nothing_that_looks_patient_identifiable(story):
    text = "\n".join(strings_in(story))
    assert not NHS_NUMBER_LIKE.search(text)
    assert not UK_POSTCODE_LIKE.search(text)
    assert "date of birth" not in text.lower() and "born on" not in text.lower()


def test_stories_cover_several_sectors_and_nations():
    assert len({s["care_sector"] for s in content.STORIES}) >= 5
    assert {s["nation"] for s in content.STORIES} == NATIONS


# Partners --------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("port", [8001, 8312])
def test_the_demo_intranets_origin_follows_its_port(port):
    """``make demo`` passes INTRANET_PORT: the demo trust's embeds must allow it, on a
    first load and on a later run with another port."""
    from django.core.management import call_command

    from wagtail_iitk.models import PartnerOrganisation

    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    for url in (f"http://127.0.0.1:{port}", "http://127.0.0.1:9123"):
        command = LoadDemoContent()
        command.intranet_origins = intranet_origins(url)
        command.load_partners()
        trust = PartnerOrganisation.objects.get(name=content.PARTNERS[0]["name"])
        origins = trust.allowed_origins.split()
        assert url in origins and url.replace("127.0.0.1", "localhost") in origins
    assert f"http://127.0.0.1:{port}" in origins  # a later run adds, never drops


def test_partners_are_valid_and_distinct():
    first, second = content.PARTNERS
    assert first["allowed_origins"] == [DEMO_INTRANET]  # wherever the demo intranet runs
    assert second["allowed_origins"] == ["https://intranet.example.nhs.uk"]
    assert first["theme_colour"].lower() != second["theme_colour"].lower()
    for partner in content.PARTNERS:
        assert partner["name"] and partner["active"] is True
        assert re.fullmatch(r"[A-Z0-9]{3,5}", partner["ods_code"])
        assert re.fullmatch(r"#[0-9a-fA-F]{6}", partner["theme_colour"])
        for origin in partner["allowed_origins"]:
            if origin == DEMO_INTRANET:
                continue  # replaced by the demo intranet's origins when loaded
            parts = urlsplit(origin)
            assert parts.scheme in ("http", "https") and parts.hostname
            assert not (parts.path or parts.query or parts.fragment)


# Writing rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, items",
    [
        ("perspectives", content.PERSPECTIVES_EXTRA),
        ("questions", content.QUESTIONS),
        ("tools", content.TOOLS),
        ("frameworks", content.FRAMEWORKS),
        ("stories", content.STORIES),
    ],
)
def test_prose_uses_uk_spelling(name, items):
    found = []
    for text in strings_in(items):
        for proper in PROPER_NAMES:
            text = text.replace(proper, "")
        found += US_SPELLINGS.findall(text)
    assert not found, found


# Facts an improvement lead checks --------------------------------------------------------


def test_fmea_uses_one_scheme_with_described_scales():
    fmea = TOOLS["fmea"]
    text = tool_text(fmea)
    # Classic FMEA: occurrence, detection and severity on 1-10 scales, multiplied.
    for word in ("occurrence", "detection", "severity", "1 to 10", "risk priority number"):
        assert word in text, word
    # The healthcare variant is named as a related method, not as the same tool.
    assert not any("hfmea" in alias.lower() for alias in fmea["aliases"])
    assert "hfmea" in " ".join(fmea["related_methods"]).lower()
    # The scales carry worked descriptions, and the detection scale's direction is spelt out.
    scales = " ".join(step_details(fmea)).lower()
    for anchor in ("1:", "4:", "7:", "10:", "catastrophic"):
        assert anchor in scales, anchor
    assert "high detection score means the failure is hard to catch" in text
    # Catastrophic severity overrides the total.
    assert any("whatever its" in tip and "catastrophic" in tip.lower() for tip in fmea["top_tips"])


def test_run_chart_gives_all_four_rules_and_starts_from_the_first_point():
    run = TOOLS["run-chart"]
    text = tool_text(run)
    assert "first data point" in " ".join(run["when_to_use"]).lower()
    assert "about 10 points" in text
    rules = " ".join(step_details(run)).lower()
    for rule in ("shift", "trend", "too few or too many runs", "astronomical"):
        assert rule in rules, rule
    assert "6 or more points" in rules and "5 or more points" in rules
    assert "on the median" in rules
    assert "fewer than about 10 data points" not in text  # the old contradiction


def test_spc_chart_defaults_to_xmr_and_follows_making_data_count():
    spc = TOOLS["spc-chart"]
    text = tool_text(spc)
    details = " ".join(step_details(spc)).lower()
    for chart in ("xmr", "p chart", "u chart", "c chart"):
        assert chart in details, chart
    assert "xmr chart unless" in step_text(spc["steps"][0]).lower()
    for rule in ("outside the limits", "7 or more points", "two out of three"):
        assert rule in details, rule
    assert "this toolkit follows the rules in nhs england's making data count" in text
    assert any(
        ref["title"] == "Making Data Count" and ref["url"].startswith("https://www.england.nhs.uk/")
        for ref in spc["references"]
    )


def test_incident_tool_is_systems_based_and_names_psirf_and_its_responses():
    tool = TOOLS["root-cause-analysis"]
    assert tool["title"] == "Systems-based incident investigation"
    assert "RCA" not in tool["aliases"]
    text = tool_text(tool)
    for term in (
        "patient safety incident response framework",
        "patient safety incident investigation",
        "after-action review",
        "swarm huddle",
        "thematic review",
        "seips",
        "scotland",
        "wales",
        "northern ireland",
    ):
        assert term in text, term
    assert any(r["title"].lower() == "patient safety incident response framework"
               for r in tool["references"])  # fmt: skip


@pytest.mark.parametrize("framework", content.FRAMEWORKS, ids=ids(content.FRAMEWORKS))
def test_framework_phases_are_either_ordered_or_marked_as_lenses(framework):
    assert isinstance(framework["phases_are_sequential"], bool)


def test_ebc_perspectives_and_cynefin_domains_are_lenses_not_steps():
    ebc, cynefin = FRAMEWORKS["engineering-better-care"], FRAMEWORKS["cynefin"]
    assert ebc["phases_are_sequential"] is False
    assert [p["name"].split()[0] for p in ebc["phases"]] == ["People", "Systems", "Design", "Risk"]
    assert cynefin["phases_are_sequential"] is False
    names = [p["name"].lower() for p in cynefin["phases"]]
    for domain, response in [
        ("clear", "sense, categorise, respond"),
        ("complicated", "sense, analyse, respond"),
        ("complex", "probe, sense, respond"),
        ("chaotic", "act, sense, respond"),
    ]:
        assert f"{domain}: {response}" in names, domain
    assert any(name.startswith("confused") for name in names)
    chaotic = next(p for p in cynefin["phases"] if p["name"].startswith("Chaotic"))
    assert "root-cause-analysis" not in chaotic["typical_tools"]


def test_system_safety_assessment_is_attributed_and_its_questions_agree():
    ssa = FRAMEWORKS["system-safety-assessment"]
    assert "Engineering Design Centre" in ssa["originator"]
    assert "CLAHRC East of England" in ssa["originator"]
    assert "Annex 4" in ssa["attribution"]
    phases = {p["name"]: p["key_questions"] for p in ssa["phases"]}
    assert phases["Examine"] == ["What is going on?"]
    assert "What could go wrong?" in phases["Assess"]
    assert phases["Improve"] == ["What can we do about it?"]
    assert phases["Manage"] == ["What should we do next?"]
    # The taxonomy has no manage phase: the question sits with improve, and both say so.
    assert "improve" in " ".join(p["purpose"] for p in ssa["phases"] if p["name"] == "Manage")
    assert "manage" in QUESTIONS["risk-next-steps"]["help_text"]


def test_risk_phase_descriptions_match_the_questions_under_them():
    from wagtail_iitk.taxonomy_defaults import PERSPECTIVES

    risk = next(p for p in PERSPECTIVES if p["slug"] == "risk")
    described = {slug: text.lower() for slug, _, text in risk["phases"]}
    assert "could go wrong" not in described["examine"]
    assert "could go wrong" in described["assess"]
    assert "next" in described["improve"]


@pytest.mark.parametrize("framework", content.FRAMEWORKS, ids=ids(content.FRAMEWORKS))
def test_framework_licence_sends_readers_to_the_owner(framework):
    licence = framework["licence"].lower()
    assert "open to use" not in licence and "no licence needed" not in licence
    assert "check" in licence


def test_pdsa_is_a_series_of_cycles_with_a_ramp():
    pdsa = TOOLS["pdsa-cycle"]
    assert pdsa["duration"] == "weeks"
    assert "ramp" in tool_text(pdsa)
    assert any("ramp" in t["title"].lower() for t in pdsa["templates"])


def test_stakeholder_grid_has_one_pair_of_axes_named_quadrants_and_mendelow():
    tool = TOOLS["stakeholder-analysis"]
    grid = " ".join(step_details(tool)).lower()
    assert "influence" in grid and "interest" in grid
    for quadrant in ("manage closely", "keep satisfied", "keep informed", "monitor"):
        assert quadrant in grid, quadrant
    assert "affects them" not in tool_text(tool)  # a second, different axis
    assert any(ref["authors"].startswith("Mendelow") for ref in tool["references"])


@pytest.mark.parametrize(
    "slug, other_method",
    [
        ("rich-picture", "soft systems methodology"),
        ("bow-tie-analysis", "barrier analysis"),
        ("activity-dependency-diagram", "pert"),
        ("project-charter", "project initiation document"),
        ("fmea", "hfmea"),
        ("root-cause-analysis", "root cause analysis"),
    ],
)
def test_other_methods_are_related_methods_not_aliases(slug, other_method):
    tool = TOOLS[slug]
    assert not any(other_method in alias.lower() for alias in tool["aliases"])
    assert other_method in " ".join(tool["related_methods"]).lower()


def test_lean_has_pull_and_is_not_abbreviated_tps():
    lean = FRAMEWORKS["lean"]
    assert lean["abbreviation"] != "TPS"
    assert any("pull" in phase["name"].lower() for phase in lean["phases"])


def test_dmaic_control_phase_has_a_control_plan():
    control = FRAMEWORKS["lean-six-sigma"]["phases"][-1]
    assert control["name"] == "Control"
    assert "control plan" in control["purpose"]


def test_fishbone_steps_and_template_agree_on_the_bones():
    fishbone = TOOLS["fishbone-diagram"]
    steps = " ".join(step_texts(fishbone)).lower()
    template = fishbone["templates"][0]["description"].lower()
    assert "six" in steps and "six" in template
    for bone in ("people", "methods", "equipment", "materials", "environment", "measurement"):
        assert bone in steps and bone in template, bone


@pytest.mark.parametrize(
    "slug, term",
    [
        ("value-stream-mapping", "cycle time is"),
        ("value-stream-mapping", "lead time is"),
        ("spc-chart", "control limits"),
        ("activity-dependency-diagram", "critical path sets"),
        ("bow-tie-analysis", "top event is"),
        ("fault-tree-analysis", "top event is"),
        ("pareto-chart", "vital few:"),
        ("causal-loop-diagram", "leverage point is"),
    ],
)
def test_jargon_is_explained_on_the_page(slug, term):
    assert term in tool_text(TOOLS[slug])


def test_systems_integrate_has_several_questions_and_an_end_to_end_test():
    integrate = [
        q for q in content.QUESTIONS if (q["perspective"], q["phase"]) == ("systems", "integrate")
    ]
    assert len(integrate) >= 2
    assert any("in-situ-simulation" in q["tools"] for q in integrate)


def test_control_phase_of_dmaic_names_sipoc_and_standard_work():
    control = FRAMEWORKS["lean-six-sigma"]["phases"][-1]
    assert {"sipoc", "standard-work"} <= set(control["typical_tools"])


def test_new_measurement_tools_define_their_terms():
    plan = tool_text(TOOLS["measurement-plan"])
    for term in ("outcome", "process", "balancing", "operational definition"):
        assert term in plan, term
    demand = tool_text(TOOLS["demand-and-capacity-analysis"])
    for term in ("demand is", "capacity is", "backlog is", "activity"):
        assert term in demand, term


# References ------------------------------------------------------------------------------


def all_references():
    for items in (content.TOOLS, content.FRAMEWORKS):
        for item in items:
            yield from item["references"]


def test_references_the_review_asked_for_are_present_and_linked():
    by_title = {ref["title"]: ref for ref in all_references()}
    for title, host in [
        ("Making Data Count", "https://www.england.nhs.uk/"),
        ("The problem with '5 whys'", "https://doi.org/10.1136/bmjqs-2016-005849"),
        ("SEIPS 101 and seven simple SEIPS tools", "https://doi.org/10.1136/bmjqs-2020-012538"),
        ("Experience-based co-design (EBCD) toolkit", "https://www.pointofcarefoundation.org.uk/"),
        ("Patient Safety Incident Response Framework", "https://www.england.nhs.uk/"),
    ]:
        assert by_title[title]["url"].startswith(host), title
    assert "A risk matrix for risk managers" in by_title
    assert any(t.startswith("IEC 62366-1") for t in by_title)
    assert TOOLS["user-trials"]["evidence_level"] == "established"
    learning_to_see = next(t for t in by_title if t.startswith("Learning to See"))
    assert by_title[learning_to_see]["year"] == 1998
    assert by_title["Field Theory in Social Science"]["publisher"] == "Harper & Brothers"


def test_links_are_doi_or_https_and_most_references_have_one():
    unique = {(ref["title"], ref["year"]): ref for ref in all_references()}
    linked = [ref for ref in unique.values() if ref["url"]]
    assert all(ref["url"].startswith("https://") for ref in linked)
    # At least 80 % of references carry a DOI or a stable page: the publisher's, the UK
    # Government Web Archive's copy of a retired NHS page, or an Internet Archive scan of an
    # older book. The rest have no such page we could verify; add one only with evidence.
    assert len(linked) / len(unique) >= 0.8, f"{len(linked)} of {len(unique)}"


# Stories that teach ----------------------------------------------------------------------


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def has_shift(values, centre, length=6):
    """Six or more points in a row on one side of the centre; points on it are skipped."""
    run, side = 0, 0
    for value in values:
        if value == centre:
            continue
        this = 1 if value > centre else -1
        run = run + 1 if this == side else 1
        side = this
        if run >= length:
            return True
    return False


@pytest.mark.parametrize("story", content.STORIES, ids=ids(content.STORIES))
def test_story_says_what_changed_and_what_the_team_would_do_differently(story):
    assert sentences(story["what_changed"]) >= 1
    assert sentences(story["do_differently"]) >= 1
    assert story["do_differently"].startswith("We would")


@pytest.mark.parametrize("story", content.STORIES, ids=ids(content.STORIES))
def test_story_shows_its_before_and_after_claim_as_data_over_time(story):
    series = story["measure_over_time"]
    values, baseline = series["values"], series["baseline_points"]
    after = values[-series["after_points"] :]
    assert baseline >= 8 and len(values) >= baseline + 6
    assert series["changes"] and all(baseline < c["at"] <= len(values) for c in series["changes"])
    summarise = sum if series.get("statistic") == "total" else median
    for claimed, points in ((series["before"], values[:baseline]), (series["after"], after)):
        assert abs(summarise(points) - claimed) <= 0.1 * claimed, (claimed, summarise(points))
    # The claimed change passes the run chart's own shift rule.
    assert has_shift(values[baseline:], median(values[:baseline]))


def test_some_tool_usages_are_an_honest_would_not_use_again():
    honest = [
        u
        for s in content.STORIES
        for u in s["tool_usages"]
        if u["would_use_again"] == "no" and "would not use it again" in u["how_used"]
    ]
    assert len(honest) >= 2


@pytest.mark.parametrize("story", content.STORIES, ids=ids(content.STORIES))
def test_story_uses_data_before_opinion(story):
    order = [u["tool"] for u in story["tool_usages"]]
    if "pareto-chart" in order and "five-whys" in order:
        assert order.index("pareto-chart") < order.index("five-whys")


def test_stories_are_plausible():
    stories = {s["slug"]: s for s in content.STORIES}
    home_care = stories["home-care-after-discharge"]
    assert "council" not in (home_care["summary"] + home_care["team_and_involvement"]).lower()
    assert "Health and Social Care trust" in home_care["summary"]
    pump = "\n".join(strings_in(stories["infusion-pump-screen-testing"])).lower()
    assert "drug library" in pump and "enlarge" not in pump
    ambulance = "\n".join(strings_in(stories["ambulance-vehicle-checks"])).lower()
    assert "controlled drug" in ambulance
    ulcer = stories["leg-ulcer-clinic-co-design"]["team_and_involvement"].lower()
    assert "research and development office" in ulcer and "service evaluation" in ulcer


def test_tool_pitfalls_are_not_all_cut_to_one_pattern():
    def pattern(tool):
        return sorted(
            "Do not" if p.startswith("Do not") else p.split()[0] for p in tool["pitfalls"]
        )

    same = [t["slug"] for t in content.TOOLS if pattern(t) == ["Avoid", "Do not"]]
    assert len(same) <= len(content.TOOLS) // 2, len(same)


@pytest.mark.parametrize(
    "slug, sections",
    [
        ("project-charter", ["problem with a number", "no solution", "sign-off"]),
        ("stakeholder-analysis", ["prompted list", "quadrants", "owner", "review date"]),
        ("process-map", ["patient", "handover count", "problems and ideas"]),
        ("fishbone-diagram", ["'why?' ladder", "vote", "tested with data"]),
        ("pareto-chart", ["overlap", "cumulative percentage", "severity"]),
        ("driver-diagram", ["number and a date", "measure", "pdsa"]),
        ("pdsa-cycle", ["prediction", "adopt, adapt or abandon", "ramp"]),
        ("run-chart", ["baseline", "median", "four rules"]),
        ("spc-chart", ["chart type", "rules", "recalculations"]),
        ("fmea", ["occurrence, detection, severity", "owner", "after the change"]),
        ("swift", ["prompt words", "5 by 5", "risk register"]),
        ("bow-tie-analysis", ["top event", "owner", "at night"]),
    ],
)
def test_templates_follow_the_worksheet_plans(slug, sections):
    text = " ".join(t["description"] for t in TOOLS[slug]["templates"]).lower()
    for section in sections:
        assert section in text, section
