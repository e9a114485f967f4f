"""Full items for the detail endpoints: every field, rich text resolved, related cards.

StreamFields are read from their stored JSON (``raw_data``), so no block touches the
database; page and document references in them are resolved in batches.
"""

from django.utils import timezone
from wagtail.documents import get_document_model

from ..cards.builders import build_cards, builder_for, term_source
from ..cards.counts import used_count_annotation
from ..cards.reading import ReadContext
from ..cards.worksheets import worksheet_data
from ..community.credit import SOURCE_KEY, contributor_list, contributors_source
from ..models import EventPage, FrameworkPage, Question, StoryPage, ToolPage, kind_of
from ..models.visibility import visible_pages, visible_questions
from .richtext import RichTextResolver, references


def choice(instance, field):
    """A choice field as {"value", "label"}; null when empty."""
    value = getattr(instance, field)
    if not value:
        return None
    return {"value": value, "label": str(getattr(instance, f"get_{field}_display")())}


def stream(field, block_type=None):
    """The stored values of a StreamField's blocks, optionally of one block type."""
    return [
        block["value"]
        for block in field.raw_data
        if block_type is None or block["type"] == block_type
    ]


def texts(field):
    return [value for value in stream(field) if isinstance(value, str) and value.strip()]


def reference_list(field):
    return [
        {
            "title": ref.get("title", ""),
            "authors": ref.get("authors", ""),
            "year": ref.get("year"),
            "publisher": ref.get("publisher", ""),
            "url": ref.get("url") or None,
        }
        for ref in stream(field, "reference")
    ]


def dates(page):
    return {
        "published": page.first_published_at.isoformat() if page.first_published_at else None,
        "updated": page.last_published_at.isoformat() if page.last_published_at else None,
    }


def own_sources(instance):
    """The related-row sources of an item's own card (its taxonomy)."""
    builder = builder_for(kind_of(instance).name)
    return [term_source(builder.model, relation, [instance.pk]) for relation in builder.relations]


def own_card(instance, related, images, context, **row):
    """The card fields of the item itself, built from the instance (no extra query):
    ``row`` gives the values its card builder reads besides the page's own."""
    builder = builder_for(kind_of(instance).name)
    base = {
        "id": instance.pk,
        "slug": instance.slug,
        "title": instance.title,
        "url_path": instance.url_path,
        "image_id": getattr(instance, "image_id", None),
    }
    card = builder.finish(builder.card({**base, **row}, related, images), context)
    if "image" in card:
        full = images.get(getattr(instance, "image_id", None), {}).get("full")
        card["image"] = context.image(full)
    return card


class PageDetail:
    """The detail of a page kind with no builder of its own: its card, its dates."""

    def __init__(self, links):
        self.links = links

    @staticmethod
    def queryset(items):
        """The public items a detail is looked up in (a builder may annotate them)."""
        return items

    def build(self, page):
        builder = builder_for(kind_of(page).name)
        image_id = getattr(page, "image_id", None)
        _, related, images = build_cards(
            {}, extra_sources=own_sources(page), extra_image_ids={image_id}
        )
        summary = getattr(page, getattr(builder, "summary_field", "summary"), "")
        card = own_card(page, related, images, ReadContext(self.links), summary=summary)
        return {**card, **dates(page)}


class ToolDetail(PageDetail):
    """A tool with its questions, frameworks and stories as cards."""

    rich_fields = ("when_to_use", "when_not_to_use", "worked_example")

    @staticmethod
    def queryset(items):
        return items.annotate(used_count=used_count_annotation())

    def build(self, tool):
        sources = [getattr(tool, name) for name in self.rich_fields]
        _, document_ids, embedded_images = references(sources)
        template_documents = {value.get("document") for value in stream(tool.templates, "document")}
        questions = visible_questions(Question.objects.filter(tool_links__tool=tool))
        frameworks = visible_pages(FrameworkPage.objects.filter(tools=tool))
        stories = visible_pages(StoryPage.objects.filter(tool_usages__tool=tool)).distinct()
        context = ReadContext(self.links)
        cards, related, images = finished(
            context,
            {
                "questions": ("question", questions.order_by("tool_links__sort_order")),
                "frameworks": ("framework", frameworks.order_by("title")),
                "stories": ("story", stories.order_by("-first_published_at")),
                "events": ("event", upcoming_events(tools=tool)),
            },
            extra_sources=[*own_sources(tool), contributors_source(tool.pk)],
            extra_image_ids={tool.image_id, *embedded_images},
        )
        documents = resolve_documents(self.links, template_documents | document_ids)
        rich = RichTextResolver(self.links, sources, images, documents)
        data = own_card(
            tool,
            related,
            images,
            context,
            summary=tool.purpose,
            evidence_level=tool.evidence_level,
            story_count=len(cards["stories"]),
            used_count=getattr(tool, "used_count", 0),
        )
        data.update(
            {
                "other_names": tool.alias_list,
                "purpose": tool.purpose,
                "when_to_use": rich.render(tool.when_to_use),
                "when_not_to_use": rich.render(tool.when_not_to_use),
                "steps": [
                    {"text": step.get("text", ""), "detail": step.get("detail", "")}
                    for step in stream(tool.steps, "step")
                ],
                "top_tips": texts(tool.top_tips),
                "pitfalls": texts(tool.pitfalls),
                "inputs": tool.inputs,
                "outputs": tool.outputs,
                "effort": {
                    "expertise": choice(tool, "expertise"),
                    "duration": choice(tool, "duration"),
                    "participants": {"min": tool.participants_min, "max": tool.participants_max},
                    "facilitation": choice(tool, "facilitation"),
                    "data_needs": choice(tool, "data_needs"),
                },
                "evidence": {
                    "level": choice(tool, "evidence_level"),
                    "references": reference_list(tool.references),
                },
                "templates": resource_list(tool.templates, documents),
                "worksheet": tool_worksheet(self.links, tool),
                "worked_example": rich.render(tool.worked_example),
                "examples": [
                    {
                        "setting": example.get("setting", ""),
                        "description": example.get("description", ""),
                        "credit": example.get("credit", ""),
                    }
                    for example in stream(tool.examples, "example")
                ],
                "contributors": contributor_list(related.get(SOURCE_KEY, {}).get(tool.pk, [])),
                "questions": cards["questions"],
                "frameworks": cards["frameworks"],
                "stories": cards["stories"],
                "events": cards["events"],
                "last_reviewed": _iso(tool.last_reviewed),
                "review_due": _iso(tool.review_due),
                **dates(tool),
            }
        )
        return data


class FrameworkDetail(PageDetail):
    """A framework with its phases (typical tools resolved), tools and stories."""

    def build(self, framework):
        phases = stream(framework.phases, "phase")
        for phase in phases:
            phase["typical_tools"] = list_items(phase.get("typical_tools"))
        tool_ids = {pk for phase in phases for pk in phase["typical_tools"]}
        tools = visible_pages(ToolPage.objects.filter(frameworks=framework))
        stories = visible_pages(StoryPage.objects.filter(frameworks=framework))
        typical = visible_pages(ToolPage.objects.filter(pk__in=tool_ids))
        context = ReadContext(self.links)
        cards, related, images = finished(
            context,
            {
                "tools": ("tool", tools.order_by("title")),
                "stories": ("story", stories.order_by("-first_published_at")),
                "typical": ("tool", typical),
                "events": ("event", upcoming_events(frameworks=framework)),
            },
            extra_sources=own_sources(framework),
            extra_image_ids={framework.image_id},
        )
        typical_by_id = {card["id"]: card for card in cards["typical"]}
        data = own_card(
            framework,
            related,
            images,
            context,
            summary=framework.summary,
            abbreviation=framework.abbreviation,
            tool_count=len(cards["tools"]),
            story_count=len(cards["stories"]),
        )
        data.update(
            {
                "originator": framework.originator,
                "year": framework.year,
                "organisation": framework.organisation,
                "principles": texts(framework.principles),
                "phases_are_sequential": framework.phases_are_sequential,
                "phases": [
                    {
                        "name": phase.get("name", ""),
                        "purpose": phase.get("purpose", ""),
                        "key_questions": [q for q in list_items(phase.get("key_questions")) if q],
                        "typical_tools": [
                            typical_by_id[pk]
                            for pk in phase.get("typical_tools") or []
                            if pk in typical_by_id
                        ],
                    }
                    for phase in phases
                ],
                "suits": {
                    "problem": framework.suits_problem,
                    "complexity": choice(framework, "suits_complexity"),
                    "scale": choice(framework, "suits_scale"),
                },
                "references": reference_list(framework.references),
                "licence": framework.licence,
                "attribution": framework.attribution,
                "tools": cards["tools"],
                "stories": cards["stories"],
                "events": cards["events"],
                "last_reviewed": _iso(framework.last_reviewed),
                "review_due": _iso(framework.review_due),
                **dates(framework),
            }
        )
        return data


class StoryDetail(PageDetail):
    """A story with each tool usage (its tool as a card), questions and frameworks."""

    def build(self, story):
        usages = list(story.tool_usages.all())
        tools = visible_pages(ToolPage.objects.filter(pk__in=[u.tool_id for u in usages]))
        questions = visible_questions(story.questions.all())
        frameworks = visible_pages(story.frameworks.all())
        context = ReadContext(self.links)
        cards, related, images = finished(
            context,
            {
                "tools": ("tool", tools),
                "questions": ("question", questions),
                "frameworks": ("framework", frameworks.order_by("title")),
            },
            extra_image_ids={story.image_id},
        )
        tool_cards = {card["id"]: card for card in cards["tools"]}
        data = own_card(
            story,
            related,
            images,
            context,
            summary=story.summary,
            care_sector=story.care_sector,
            nation=story.nation,
            credit_author=story.credit_author,
            author_organisation=story.author_organisation,
            first_published_at=story.first_published_at,
        )
        used = [tool_cards[u.tool_id] for u in usages if u.tool_id in tool_cards]
        data.update(
            {
                "care_sector": story.care_sector,
                "nation": story.nation,
                "organisation": story.credited_organisation,
                "tools": [card["slug"] for card in used],
                "published": dates(story)["published"],
                "setting": {
                    "care_sector": choice(story, "care_sector"),
                    "organisation_type": story.organisation_type,
                    "nation": choice(story, "nation"),
                    "scale": choice(story, "scale"),
                    "complexity": choice(story, "complexity"),
                },
                "trigger": story.trigger,
                "aim": story.aim,
                "team_and_involvement": story.team_and_involvement,
                "questions": cards["questions"],
                "frameworks": cards["frameworks"],
                "tool_usages": [
                    {
                        "tool": tool_cards[usage.tool_id],
                        "why_chosen": usage.why_chosen,
                        "how_used": usage.how_used,
                        "would_use_again": choice(usage, "would_use_again"),
                    }
                    for usage in usages
                    if usage.tool_id in tool_cards
                ],
                "outcomes": [
                    {"outcome": o.get("outcome", ""), "measure": o.get("measure", "")}
                    for o in stream(story.outcomes, "outcome")
                ],
                "top_tips": texts(story.top_tips),
                "pitfalls": texts(story.pitfalls),
                "time_and_resources": story.time_and_resources,
                "author": {
                    "name": story.credited_author,
                    "organisation": story.credited_organisation,
                },
                "updated": dates(story)["updated"],
                "labels": {
                    "care_sector": story.get_care_sector_display() if story.care_sector else "",
                    "nation": story.get_nation_display() if story.nation else "",
                    "tools": [card["title"] for card in used],
                },
            }
        )
        return data


class QuestionDetail(PageDetail):
    """A question with its prompts, its tools (in the editors' order) and its stories."""

    def build(self, question):
        tools = visible_pages(ToolPage.objects.filter(question_links__question=question))
        stories = visible_pages(StoryPage.objects.filter(questions=question))
        cards, _, _ = finished(
            ReadContext(self.links),
            {
                "self": ("question", Question.objects.filter(pk=question.pk)),
                "tools": ("tool", tools.order_by("question_links__sort_order")),
                "stories": ("story", stories.order_by("-first_published_at")),
            },
        )
        data = cards["self"][0]
        data.update(
            {
                "wording": question.wording,
                "help_text": question.help_text,
                "prompts": texts(question.prompts),
                "tools": cards["tools"],
                "stories": cards["stories"],
                "last_reviewed": _iso(question.last_reviewed),
                "review_due": _iso(question.review_due),
            }
        )
        return data


def upcoming_events(**covering):
    """Public events that have not ended and cover an item (``tools=tool``), soonest
    first (the content version moves when one ends)."""
    events = visible_pages(EventPage.objects.filter(**covering))
    return events.filter(end__gt=timezone.now()).order_by("start", "pk")


class DocumentLink(str):
    """A document's absolute URL (a ``str``, as rich text wants it) that also knows the
    file's type and size, for the templates list."""

    file_type = ""
    file_size = None


def resolve_documents(links, ids):
    """{document_id: absolute URL} in one query (none when there are no ids); each URL
    carries ``file_type`` (the extension, e.g. "docx") and ``file_size`` (bytes)."""
    ids = {pk for pk in ids if pk}
    if not ids:
        return {}
    found = {}
    for document in get_document_model().objects.filter(pk__in=ids):
        link = DocumentLink(links.absolute(document.url))
        link.file_type = document.file_extension.lower()
        link.file_size = _file_size(document)
        found[document.pk] = link
    return found


def _file_size(document):
    """The size Wagtail stored on upload; else the storage's (a stat, never a write:
    documents added in code have none stored); None when the file is gone."""
    if document.file_size is not None:
        return document.file_size
    try:
        return document.file.size
    except (OSError, ValueError):
        return None


def tool_worksheet(links, tool):
    """The tool's worksheet with the absolute URL of its page, or None."""
    data = worksheet_data(tool)
    if data is None:
        return None
    page_url = links.page_url(tool.url_path)
    data["url"] = f"{page_url}worksheet/" if page_url else None
    return data


def resource_list(field, documents):
    """Templates and resources: documents with their URLs, file type and size, links,
    and descriptions."""
    resources = []
    for block in field.raw_data:
        value = block["value"]
        url = None
        file_type, file_size = "", None
        if block["type"] == "document":
            url = documents.get(value.get("document"))
            if url is None:
                continue  # the document was deleted
            file_type, file_size = url.file_type, url.file_size
            url = str(url)
        elif block["type"] == "link":
            url = value.get("url") or None
        resources.append(
            {
                "type": block["type"],
                "title": value.get("title", ""),
                "description": value.get("description", ""),
                "url": url,
                "file_type": file_type,
                "file_size": file_size,
            }
        )
    return resources


def list_items(raw):
    """The values of a stored ListBlock, in either of Wagtail's storage formats
    (plain values, or ``{"type": "item", "value": ..., "id": ...}`` dicts)."""
    return [
        item["value"] if isinstance(item, dict) and "value" in item else item for item in raw or []
    ]


def _iso(value):
    return value.isoformat() if value else None


def finished(context, requests, **kwargs):
    """``build_cards``, then every card finished for this request."""
    cards, related, images = build_cards(requests, **kwargs)
    done = {name: context.finish(requests[name][0], found) for name, found in cards.items()}
    return done, related, images
