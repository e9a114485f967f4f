"""Load the demo toolkit: questions, tools, frameworks, stories and partners.

Idempotent: an item whose slug (or name, for partners) already exists is left alone,
so running it again adds nothing and never overwrites an editor's changes.
Run ``iitk_setup`` first: the demo fills the toolkit section and taxonomy it creates.
"""

import datetime
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Site

from example_site.demo import content
from example_site.demo.activity import load_activity
from example_site.demo.content.partners import DEMO_INTRANET
from example_site.demo.discussion import load_discussion
from example_site.demo.events import load_events
from example_site.demo.statements import load_statements
from example_site.demo.worksheets import load_worksheets
from wagtail_iitk.models import (
    Category,
    FrameworkIndexPage,
    FrameworkPage,
    PartnerOrganisation,
    Perspective,
    Phase,
    Question,
    QuestionTool,
    Stage,
    StoryIndexPage,
    StoryPage,
    Strand,
    ToolIndexPage,
    ToolkitHomePage,
    ToolPage,
    ToolUsage,
)


def paragraphs(texts):
    """Rich text from plain paragraphs."""
    if isinstance(texts, str):
        texts = [texts]
    return "".join(f"<p>{escape(text)}</p>" for text in texts if text)


def steps(items):
    """Step blocks from plain steps; a step may be a (text, detail) pair."""
    blocks = []
    for item in items:
        text, detail = (item, "") if isinstance(item, str) else item
        blocks.append(("step", {"text": text, "detail": detail}))
    return blocks


def related_methods(texts):
    """Related methods that are not this tool, shown after "when not to use"."""
    return "".join(f"<p><b>Related method:</b> {escape(text)}</p>" for text in texts)


def number(value):
    return f"{value:g}"


def story_outcomes(data):
    """Outcome blocks: what changed, the measured outcomes, the data over time, hindsight."""
    blocks = []
    if data.get("what_changed"):
        blocks.append(("outcome", {"outcome": data["what_changed"], "measure": ""}))
    blocks += [
        ("outcome", {"outcome": o["outcome"], "measure": o.get("measure", "")})
        for o in data.get("outcomes", [])
    ]
    series = data.get("measure_over_time")
    if series:
        period = series["period"]
        points = ", ".join(number(v) for v in series["values"])
        changes = "; ".join(f"{period} {c['at']}: {c['label']}" for c in series["changes"])
        text = (
            f"{series['measure']}, by {period}, from {period} 1: {points}.\n"
            f"Changes made: {changes}."
        )
        statistic = series.get("statistic", "median")
        measure = (
            f"Run chart data. Baseline ({statistic}, first {series['baseline_points']} "
            f"{period}s): {number(series['before'])}. Last {series['after_points']} "
            f"{period}s: {number(series['after'])}."
        )
        blocks.append(("outcome", {"outcome": text, "measure": measure}))
    if data.get("do_differently"):
        blocks.append(
            (
                "outcome",
                {
                    "outcome": "What we would do differently: " + data["do_differently"],
                    "measure": "",
                },
            )
        )
    return blocks


def by_slug(model, slugs):
    found = {obj.slug: obj for obj in model.objects.filter(slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        raise CommandError(f"Unknown {model._meta.verbose_name} slug(s): {', '.join(missing)}")
    return [found[slug] for slug in slugs]


def references(items):
    return [
        (
            "reference",
            {
                "title": ref["title"],
                "authors": ref.get("authors") or "",
                "year": ref.get("year"),
                "publisher": ref.get("publisher") or "",
                "url": ref.get("url") or "",
            },
        )
        for ref in items
    ]


def advice(block_type, texts):
    return [(block_type, text) for text in texts]


DEFAULT_INTRANET_URL = "http://127.0.0.1:8001"


def intranet_origins(url):
    """The demo intranet's origins: as given, and by the other local host name."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CommandError(f"--intranet-url must be like {DEFAULT_INTRANET_URL}, not {url!r}.")
    port = f":{parts.port}" if parts.port else ""
    origins = [f"{parts.scheme}://{parts.hostname}{port}"]
    twin = {"127.0.0.1": "localhost", "localhost": "127.0.0.1"}.get(parts.hostname)
    if twin:
        origins.append(f"{parts.scheme}://{twin}{port}")
    return origins


class Command(BaseCommand):
    help = __doc__

    def say(self, message):
        if self.verbosity:
            self.stdout.write(message)

    def add_arguments(self, parser):
        parser.add_argument(
            "--intranet-url",
            help="Where the demo trust intranet is served (default "
            f"{DEFAULT_INTRANET_URL}): its origin may frame the toolkit's embeds.",
        )
        parser.add_argument(
            "--site-url",
            help="Where the demo is served, e.g. http://127.0.0.1:8000: the default site's "
            "host and port are set to it so absolute URLs (snippets, oEmbed) work.",
        )

    @transaction.atomic
    def handle(self, *args, verbosity=1, site_url=None, intranet_url=None, **options):
        self.verbosity = verbosity
        self.intranet_origins = intranet_origins(intranet_url or DEFAULT_INTRANET_URL)
        if site_url:
            self.point_default_site_at(site_url)
        home = ToolkitHomePage.objects.first()
        if home is None:
            raise CommandError("There is no toolkit yet: run `manage.py iitk_setup` first.")
        self.tool_index = ToolIndexPage.objects.child_of(home).first()
        self.framework_index = FrameworkIndexPage.objects.child_of(home).first()
        self.story_index = StoryIndexPage.objects.child_of(home).first()
        if not (self.tool_index and self.framework_index and self.story_index):
            raise CommandError("The toolkit needs its Tools, Frameworks and Stories pages.")
        self.today = timezone.localdate()

        counts = {
            "perspectives": self.load_perspectives(),
            "tools": self.load_tools(),
            "frameworks": self.load_frameworks(),
            "questions": self.load_questions(),
            "stories": self.load_stories(),
            "partners": self.load_partners(),
            "discussion posts": load_discussion(),
            "statements": load_statements(home),
            "events": load_events(home, self.today),
            "worksheets and templates": load_worksheets(),
        }
        load_activity(self.say, self.today)  # images, made-up engagement and submissions
        added = ", ".join(f"{n} {kind}" for kind, n in counts.items())
        self.say(f"Demo content: added {added}.")
        self.say(
            f"The toolkit now holds {ToolPage.objects.live().count()} tools, "
            f"{FrameworkPage.objects.live().count()} frameworks, "
            f"{Question.objects.filter(live=True).count()} questions and "
            f"{StoryPage.objects.live().count()} stories."
        )

    def point_default_site_at(self, url):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CommandError(f"--site-url must be like http://127.0.0.1:8000, not {url!r}.")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        Site.objects.filter(is_default_site=True).update(hostname=parts.hostname, port=port)

    # Each loader returns how many items it added. --------------------------------------

    def load_perspectives(self):
        added = 0
        start = Perspective.objects.count()
        for offset, data in enumerate(content.PERSPECTIVES_EXTRA):
            if Perspective.objects.filter(slug=data["slug"]).exists():
                continue
            perspective = Perspective.objects.create(
                slug=data["slug"],
                name=data["name"],
                description=data.get("description", ""),
                sort_order=start + offset,
            )
            for order, phase in enumerate(data["phases"]):
                Phase.objects.create(
                    perspective=perspective,
                    slug=phase["slug"],
                    name=phase["name"],
                    description=phase.get("description", ""),
                    sort_order=order,
                )
            added += 1
        return added

    def review_dates(self, index):
        """Spread review dates so the 'Due for review' report has something to show."""
        last = self.today - datetime.timedelta(days=30 + (index * 37) % 500)
        return {"last_reviewed": last, "review_due": last + datetime.timedelta(days=365)}

    def publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision(log_action=False).publish(log_action=False)
        return page

    def load_tools(self):
        added = 0
        for index, data in enumerate(content.TOOLS):
            if ToolPage.objects.filter(slug=data["slug"]).exists():
                continue
            page = ToolPage(
                title=data["title"],
                slug=data["slug"],
                other_names=", ".join(data.get("aliases", [])),
                purpose=data["purpose"],
                when_to_use=paragraphs(data.get("when_to_use", [])),
                when_not_to_use=paragraphs(data.get("when_not_to_use", []))
                + related_methods(data.get("related_methods", [])),
                steps=steps(data.get("steps", [])),
                top_tips=advice("tip", data.get("top_tips", [])),
                pitfalls=advice("pitfall", data.get("pitfalls", [])),
                inputs=data.get("inputs", ""),
                outputs=data.get("outputs", ""),
                expertise=data["expertise"],
                duration=data.get("duration", ""),
                participants_min=data.get("participants_min", 1),
                participants_max=data.get("participants_max"),
                facilitation=data["facilitation"],
                data_needs=data.get("data_needs", ""),
                evidence_level=data["evidence_level"],
                references=references(data.get("references", [])),
                templates=[
                    ("template", {"title": t["title"], "description": t["description"]})
                    for t in data.get("templates", [])
                ],
                worked_example=paragraphs(data.get("worked_example", [])),
                **self.review_dates(index),
            )
            page.perspectives.set(by_slug(Perspective, data.get("perspectives", [])))
            page.stages.set(by_slug(Stage, data.get("stages", [])))
            page.strands.set(by_slug(Strand, data.get("strands", [])))
            page.categories.set(by_slug(Category, data.get("categories", [])))
            self.publish(self.tool_index, page)
            added += 1
        return added

    def load_frameworks(self):
        added = 0
        for index, data in enumerate(content.FRAMEWORKS):
            if FrameworkPage.objects.filter(slug=data["slug"]).exists():
                continue
            phases = [
                (
                    "phase",
                    {
                        "name": phase["name"],
                        "purpose": phase["purpose"],
                        "key_questions": phase.get("key_questions", []),
                        "typical_tools": by_slug(ToolPage, phase.get("typical_tools", [])),
                    },
                )
                for phase in data.get("phases", [])
            ]
            page = FrameworkPage(
                title=data["title"],
                slug=data["slug"],
                abbreviation=data.get("abbreviation") or "",
                summary=data["summary"],
                originator=data.get("originator") or "",
                year=data.get("year"),
                organisation=data.get("organisation") or "",
                principles=[("principle", text) for text in data.get("principles", [])],
                phases=phases,
                phases_are_sequential=data.get("phases_are_sequential", True),
                suits_problem=data.get("suits_problem", ""),
                suits_complexity=data.get("suits_complexity", "any"),
                suits_scale=data.get("suits_scale", ""),
                references=references(data.get("references", [])),
                licence=data.get("licence", ""),
                attribution=data.get("attribution", ""),
                **self.review_dates(index + 3),
            )
            page.perspectives.set(by_slug(Perspective, data.get("perspectives", [])))
            self.publish(self.framework_index, page)
            added += 1
        # Tools name the frameworks they belong to; link them now both sides exist.
        for data in content.TOOLS:
            if not data.get("frameworks"):
                continue
            tool = ToolPage.objects.get(slug=data["slug"])
            if tool.frameworks.exists():
                continue
            ToolPage.frameworks.through.objects.bulk_create(
                ToolPage.frameworks.through(toolpage=tool, frameworkpage=framework)
                for framework in by_slug(FrameworkPage, data["frameworks"])
            )
        return added

    def load_questions(self):
        added = 0
        for index, data in enumerate(content.QUESTIONS):
            if Question.objects.filter(slug=data["key"]).exists():
                continue
            perspective = Perspective.objects.get(slug=data["perspective"])
            question = Question(
                slug=data["key"],
                wording=data["wording"],
                short_label=data["short_label"],
                perspective=perspective,
                phase=Phase.objects.filter(perspective=perspective, slug=data["phase"]).first(),
                help_text=data.get("help_text", ""),
                prompts=[("prompt", text) for text in data.get("prompts", [])],
                sort_order=index,
                **self.review_dates(index + 7),
            )
            question.stages.set(by_slug(Stage, data.get("stages", [])))
            question.tool_links = [
                QuestionTool(tool=tool, sort_order=order)
                for order, tool in enumerate(by_slug(ToolPage, data.get("tools", [])))
            ]
            question.save()
            question.save_revision(log_action=False).publish(log_action=False)
            added += 1
        return added

    def load_stories(self):
        added = 0
        for data in content.STORIES:
            if StoryPage.objects.filter(slug=data["slug"]).exists():
                continue
            page = StoryPage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                care_sector=data.get("care_sector", ""),
                organisation_type=data.get("organisation_type", ""),
                nation=data.get("nation", ""),
                scale=data.get("scale", ""),
                complexity=data.get("complexity", ""),
                trigger=data.get("trigger", ""),
                aim=data.get("aim", ""),
                team_and_involvement=data.get("team_and_involvement", ""),
                outcomes=story_outcomes(data),
                top_tips=advice("tip", data.get("top_tips", [])),
                pitfalls=advice("pitfall", data.get("pitfalls", [])),
                time_and_resources=data.get("time_and_resources", ""),
                author_name=data.get("author_name", ""),
                author_organisation=data.get("author_organisation", ""),
                credit_author=True,
                consent_to_publish=True,
            )
            questions = Question.objects.filter(slug__in=data.get("questions", []))
            page.questions.set(list(questions))
            page.frameworks.set(by_slug(FrameworkPage, data.get("frameworks", [])))
            page.tool_usages = [
                ToolUsage(
                    tool=ToolPage.objects.get(slug=usage["tool"]),
                    why_chosen=usage["why_chosen"],
                    how_used=usage["how_used"],
                    would_use_again=usage["would_use_again"],
                    sort_order=order,
                )
                for order, usage in enumerate(data.get("tool_usages", []))
            ]
            self.publish(self.story_index, page)
            added += 1
        return added

    def load_partners(self):
        added = 0
        for data in content.PARTNERS:
            origins = []
            for origin in data.get("allowed_origins", []):
                origins += self.intranet_origins if origin == DEMO_INTRANET else [origin]
            existing = PartnerOrganisation.objects.filter(name=data["name"]).first()
            if existing is not None:
                # Left as editors made it, except that the demo intranet's origin (its
                # port may differ from the last run) is added when it is missing.
                missing = [o for o in origins if o not in existing.allowed_origins.split()]
                if DEMO_INTRANET in data.get("allowed_origins", []) and missing:
                    existing.allowed_origins = "\n".join(
                        [*existing.allowed_origins.split(), *missing]
                    )
                    existing.save()
                continue
            partner = PartnerOrganisation(
                name=data["name"],
                ods_code=data.get("ods_code", ""),
                allowed_origins="\n".join(origins),
                theme_colour=data.get("theme_colour", "#005eb8"),
                active=data.get("active", True),
            )
            partner.full_clean()
            partner.save()
            added += 1
        return added
