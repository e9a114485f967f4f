"""Build a large synthetic toolkit for benchmarks: ``generate_dataset --tools 1000
--stories 10000 [--questions 50] [--restricted 200] [--seed 1]``.

The numbers are totals, not increments: run it with ``--tools 100 --stories 1000``, then
with ``--tools 1000 --stories 10000`` and the second run adds the 900 tools and 9,000
stories that are missing. Item ``n`` is the same whichever run makes it (each item has
its own seeded random generator), so a dataset grown in steps equals one made at once.

Speed: Wagtail's ``add_child`` plus ``save_revision().publish()`` costs tens of
milliseconds and a dozen queries per page. This command computes each page's tree path
itself (treebeard's materialised path: the parent's path plus a 4-character step),
inserts the ``wagtailcore_page`` rows with one ``bulk_create`` per batch and the
``ToolPage``/``StoryPage`` rows with one multi-row INSERT per batch, and indexes them for
search with the backend's ``add_bulk``. Pages are created live, published, with no
revisions (nothing reads them on the public side). Taxonomy links, tool usages,
questions and their tool links all go in with ``bulk_create``.

On PostgreSQL it runs ``ANALYZE`` at the end, as autovacuum would on a live site.

``--restricted N`` adds tool pages, each behind its own login view restriction (one
``PageViewRestriction`` per page), for the benchmark of private sections (P6).
Needs ``iitk_setup`` first (the toolkit home, its Tools and Stories pages, the taxonomy).
"""

import datetime
import random
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backends

from wagtail_iitk.cards import store as card_store
from wagtail_iitk.cards import version
from wagtail_iitk.models import (
    Category,
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
from wagtail_iitk.models.choices import (
    CareSector,
    EvidenceLevel,
    Expertise,
    Facilitation,
    Nation,
    WouldUseAgain,
)

TOOL_PREFIX = "bench-tool-"
RESTRICTED_PREFIX = "bench-restricted-"
STORY_PREFIX = "bench-story-"
QUESTION_PREFIX = "bench-question-"

BATCH = 500
EPOCH = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)

# Titles are three words from these lists, so any one word is in about a tenth of them
# (search benchmarks use "mapping": a word present in titles at every size).
ADJECTIVES = [
    "Rapid", "Structured", "Shared", "Visual", "Guided", "Simple", "Layered", "Focused",
    "Open", "Iterative",
]  # fmt: skip
SUBJECTS = [
    "process", "stakeholder", "risk", "pathway", "demand", "capacity", "journey", "failure",
    "priority", "feedback",
]  # fmt: skip
METHODS = [
    "mapping", "analysis", "review", "matrix", "workshop", "interviews", "canvas", "survey",
    "audit", "walkthrough",
]  # fmt: skip
VERBS = ["understand", "compare", "prioritise", "test", "explain", "measure", "agree on"]
OBJECTS = ["the causes", "the options", "the risks", "the needs", "the flow", "the effects"]
SETTINGS = ["a ward", "a clinic", "a care home", "a pathway", "a team", "a service"]


def seeded(seed, kind, number):
    """The random generator of one item: the same item gets the same content every run."""
    return random.Random(f"{seed}:{kind}:{number}")


def timestamp(number):
    return EPOCH + datetime.timedelta(minutes=7 * number)


class PageBulkCreator:
    """Appends live, published pages of one specific type under one parent, in batches."""

    def __init__(self, parent, model):
        self.parent = parent
        self.model = model
        self.content_type = ContentType.objects.get_for_model(model)
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        self.next_step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        self.base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        self.child_fields = model._meta.local_concrete_fields
        self.created = 0

    def prepare(self, page, number, rng):
        """Fill in the tree and publishing fields of an unsaved specific page."""
        published = timestamp(number)
        page.path = Page._get_path(self.parent.path, self.parent.depth + 1, self.next_step)
        self.next_step += 1
        page.depth = self.parent.depth + 1
        page.numchild = 0
        page.url_path = f"{self.parent.url_path}{page.slug}/"
        page.content_type = self.content_type
        page.locale_id = self.parent.locale_id
        page.translation_key = uuid.UUID(int=rng.getrandbits(128), version=4)
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = published
        page.last_published_at = published
        return page

    def insert(self, pages):
        """Insert ``pages`` (prepared specific instances); sets their primary keys."""
        for start in range(0, len(pages), BATCH):
            batch = pages[start : start + BATCH]
            bases = [
                Page(**{f.attname: getattr(page, f.attname) for f in self.base_fields})
                for page in batch
            ]
            Page.objects.bulk_create(bases)
            for page, base in zip(batch, bases, strict=True):
                page.pk = page.id = page.page_ptr_id = base.pk
            # Django's bulk_create refuses multi-table models; insert the child rows as
            # Model.save() does for the child table, one multi-row INSERT per chunk.
            size = connection.ops.bulk_batch_size(self.child_fields, batch) or len(batch)
            for chunk_start in range(0, len(batch), size):
                self.model._base_manager._insert(
                    batch[chunk_start : chunk_start + size], fields=self.child_fields
                )
        Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + len(pages))
        self.parent.numchild += len(pages)
        self.created += len(pages)


class Command(BaseCommand):
    help = __doc__.split("\n\n")[0]

    def add_arguments(self, parser):
        parser.add_argument("--tools", type=int, default=1000, help="Total bench tools.")
        parser.add_argument("--stories", type=int, default=10000, help="Total bench stories.")
        parser.add_argument("--questions", type=int, default=50, help="Total bench questions.")
        parser.add_argument(
            "--restricted",
            type=int,
            default=0,
            help="Total view-restricted tool pages (each with its own restriction).",
        )
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, tools, stories, questions, restricted, seed, verbosity=1, **options):
        started = time.perf_counter()
        self.seed = seed
        home = ToolkitHomePage.objects.first()
        if home is None:
            raise CommandError("There is no toolkit yet: run `manage.py iitk_setup` first.")
        self.tool_index = ToolIndexPage.objects.child_of(home).first()
        self.story_index = StoryIndexPage.objects.child_of(home).first()
        if not (self.tool_index and self.story_index):
            raise CommandError("The toolkit needs its Tools and Stories pages.")
        self.load_taxonomy()
        self.backends = list(get_search_backends())

        with transaction.atomic():
            made = {
                "tools": self.make_tools(tools),
                "restricted tools": self.make_restricted(restricted),
                "questions": self.make_questions(questions),
                "stories": self.make_stories(stories),
            }
        if any(made.values()):
            # Pages made here send no publish signals: rebuild the API's stored cards and
            # move its content version ourselves, so no card, ETag or cached response
            # outlives the new content.
            card_store.refresh_all()
            version.bump()
            if connection.vendor == "postgresql":
                # Fresh planner statistics, as autovacuum would give a live database
                # (right after a bulk load PostgreSQL still plans for tiny tables).
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
        elapsed = time.perf_counter() - started
        if verbosity:
            added = ", ".join(f"{n} {kind}" for kind, n in made.items())
            totals = (
                f"{ToolPage.objects.filter(slug__startswith=TOOL_PREFIX).count()} tools, "
                f"{ToolPage.objects.filter(slug__startswith=RESTRICTED_PREFIX).count()} "
                f"restricted tools, "
                f"{StoryPage.objects.filter(slug__startswith=STORY_PREFIX).count()} stories, "
                f"{Question.objects.filter(slug__startswith=QUESTION_PREFIX).count()} "
                f"questions, {ToolUsage.objects.count()} tool usages"
            )
            self.stdout.write(f"Added {added} in {elapsed:.1f} s. Bench data now: {totals}.")

    # --- helpers --------------------------------------------------------------------

    def load_taxonomy(self):
        self.perspectives = list(Perspective.objects.order_by("sort_order", "pk"))
        self.phases = {}
        for phase in Phase.objects.order_by("sort_order", "pk"):
            self.phases.setdefault(phase.perspective_id, []).append(phase)
        self.stages = list(Stage.objects.order_by("sort_order", "pk"))
        self.strands = list(Strand.objects.order_by("sort_order", "pk"))
        self.categories = list(Category.objects.order_by("sort_order", "pk"))
        if not (self.perspectives and self.stages and self.strands and self.categories):
            raise CommandError("The taxonomy is empty: run `manage.py iitk_setup` first.")

    def existing_numbers(self, model, prefix):
        slugs = model.objects.filter(slug__startswith=prefix).values_list("slug", flat=True)
        return {int(slug[len(prefix) :]) for slug in slugs}

    def index(self, model, objs):
        for start in range(0, len(objs), BATCH):
            for backend in self.backends:
                backend.add_bulk(model, objs[start : start + BATCH])

    def tool_ids(self):
        """{number: pk} of the public bench tools."""
        rows = ToolPage.objects.filter(slug__startswith=TOOL_PREFIX).values_list("slug", "pk")
        return {int(slug[len(TOOL_PREFIX) :]): pk for slug, pk in rows}

    # --- tools ----------------------------------------------------------------------

    def tool_page(self, creator, prefix, number, rng, suffix=""):
        title = (
            f"{rng.choice(ADJECTIVES)} {rng.choice(SUBJECTS)} {rng.choice(METHODS)} "
            f"{number:04d}{suffix}"
        )
        page = ToolPage(
            title=title,
            slug=f"{prefix}{number:04d}",
            purpose=(
                f"Helps a team {rng.choice(VERBS)} {rng.choice(OBJECTS)} in {rng.choice(SETTINGS)}."
            ),
            other_names=f"{rng.choice(SUBJECTS)} {rng.choice(METHODS)}",
            inputs="A team and an hour.",
            outputs="A shared picture of the problem.",
            expertise=rng.choice(Expertise.values),
            facilitation=rng.choice(Facilitation.values),
            evidence_level=rng.choice(EvidenceLevel.values),
            participants_min=rng.randint(1, 4),
            last_reviewed=(EPOCH + datetime.timedelta(days=number % 365)).date(),
        )
        page.review_due = page.last_reviewed + datetime.timedelta(days=365)
        return creator.prepare(page, number, rng)

    def link_taxonomy(self, tools_and_rngs):
        through = {
            "perspectives": (ToolPage.perspectives.through, "perspective", self.perspectives, 2),
            "stages": (ToolPage.stages.through, "stage", self.stages, 2),
            "strands": (ToolPage.strands.through, "strand", self.strands, 1),
            "categories": (ToolPage.categories.through, "category", self.categories, 2),
        }
        rows = {name: [] for name in through}
        for tool, rng in tools_and_rngs:
            for name, (model, field, terms, most) in through.items():
                for term in rng.sample(terms, rng.randint(1, most)):
                    rows[name].append(model(toolpage_id=tool.pk, **{f"{field}_id": term.pk}))
        for name, (model, *_rest) in through.items():
            model.objects.bulk_create(rows[name], batch_size=BATCH)

    def make_tool_pages(self, prefix, wanted, suffix=""):
        have = self.existing_numbers(ToolPage, prefix)
        numbers = [n for n in range(1, wanted + 1) if n not in have]
        if not numbers:
            return []
        creator = PageBulkCreator(self.tool_index, ToolPage)
        made = []
        for number in numbers:
            rng = seeded(self.seed, prefix, number)
            made.append((self.tool_page(creator, prefix, number, rng, suffix), rng))
        pages = [page for page, _ in made]
        creator.insert(pages)
        self.link_taxonomy(made)
        self.index(ToolPage, pages)
        return pages

    def make_tools(self, wanted):
        return len(self.make_tool_pages(TOOL_PREFIX, wanted))

    def make_restricted(self, wanted):
        pages = self.make_tool_pages(RESTRICTED_PREFIX, wanted, suffix=" (restricted)")
        PageViewRestriction.objects.bulk_create(
            [
                PageViewRestriction(page_id=page.pk, restriction_type=PageViewRestriction.LOGIN)
                for page in pages
            ],
            batch_size=BATCH,
        )
        return len(pages)

    # --- questions ------------------------------------------------------------------

    def make_questions(self, wanted):
        have = self.existing_numbers(Question, QUESTION_PREFIX)
        numbers = [n for n in range(1, wanted + 1) if n not in have]
        tool_ids = self.tool_ids()
        if not numbers:
            return 0
        if not tool_ids:
            raise CommandError("Make some tools first (--tools).")
        tool_numbers = sorted(tool_ids)
        made = []
        for number in numbers:
            rng = seeded(self.seed, "question", number)
            perspective = self.perspectives[number % len(self.perspectives)]
            phases = self.phases.get(perspective.pk) or [None]
            published = timestamp(number)
            subject = rng.choice(SUBJECTS)
            made.append(
                (
                    Question(
                        slug=f"{QUESTION_PREFIX}{number:02d}",
                        wording=f"How do we {rng.choice(VERBS)} the {subject} ({number})?",
                        short_label=f"{subject.capitalize()} {number}",
                        perspective=perspective,
                        phase=rng.choice(phases),
                        help_text="Start with what the team already knows.",
                        sort_order=1000 + number,
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                    ),
                    rng,
                )
            )
        questions = Question.objects.bulk_create([q for q, _ in made], batch_size=BATCH)
        links, stages = [], []
        for question, rng in made:
            picked = rng.sample(tool_numbers, min(len(tool_numbers), rng.randint(3, 8)))
            links += [
                QuestionTool(question_id=question.pk, tool_id=tool_ids[n], sort_order=order)
                for order, n in enumerate(picked)
            ]
            stages += [
                Question.stages.through(question_id=question.pk, stage_id=stage.pk)
                for stage in rng.sample(self.stages, rng.randint(1, 2))
            ]
        QuestionTool.objects.bulk_create(links, batch_size=BATCH)
        Question.stages.through.objects.bulk_create(stages, batch_size=BATCH)
        self.index(Question, questions)
        return len(questions)

    # --- stories --------------------------------------------------------------------

    def make_stories(self, wanted):
        have = self.existing_numbers(StoryPage, STORY_PREFIX)
        numbers = [n for n in range(1, wanted + 1) if n not in have]
        if not numbers:
            return 0
        tool_ids = self.tool_ids()
        if not tool_ids:
            raise CommandError("Make some tools first (--tools).")
        tool_numbers = sorted(tool_ids)
        question_ids = list(
            Question.objects.filter(slug__startswith=QUESTION_PREFIX)
            .order_by("slug")
            .values_list("pk", flat=True)
        )
        creator = PageBulkCreator(self.story_index, StoryPage)
        made = []
        for number in numbers:
            rng = seeded(self.seed, "story", number)
            subject = rng.choice(SUBJECTS)
            page = StoryPage(
                title=f"{rng.choice(ADJECTIVES)} {subject} work in {rng.choice(SETTINGS)} "
                f"{number:05d}",
                slug=f"{STORY_PREFIX}{number:05d}",
                summary=f"A team used the toolkit to {rng.choice(VERBS)} {rng.choice(OBJECTS)}.",
                care_sector=rng.choice(CareSector.values),
                nation=rng.choice(Nation.values),
                aim=f"Improve the {subject} of care.",
                author_name=f"Author {number}",
                author_organisation=f"Trust {number % 97}",
                credit_author=rng.random() < 0.5,
                consent_to_publish=True,
            )
            made.append((creator.prepare(page, number, rng), rng))
        pages = [page for page, _ in made]
        creator.insert(pages)
        usages, asked = [], []
        for page, rng in made:
            picked = rng.sample(tool_numbers, min(len(tool_numbers), rng.randint(1, 3)))
            usages += [
                ToolUsage(
                    story_id=page.pk,
                    tool_id=tool_ids[n],
                    sort_order=order,
                    why_chosen="It fitted the problem.",
                    how_used="In two workshops.",
                    would_use_again=rng.choice(WouldUseAgain.values),
                )
                for order, n in enumerate(picked)
            ]
            if question_ids:
                asked += [
                    StoryPage.questions.through(storypage_id=page.pk, question_id=pk)
                    for pk in rng.sample(question_ids, rng.randint(0, 2))
                ]
        ToolUsage.objects.bulk_create(usages, batch_size=BATCH)
        StoryPage.questions.through.objects.bulk_create(asked, batch_size=BATCH)
        self.index(StoryPage, pages)
        return len(pages)
