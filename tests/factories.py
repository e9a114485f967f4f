"""Builders for test content. Each makes a valid, published item unless told otherwise."""

import itertools

from wagtail_iitk.models import (
    FrameworkIndexPage,
    FrameworkPage,
    Perspective,
    Question,
    QuestionTool,
    StoryIndexPage,
    StoryPage,
    ToolIndexPage,
    ToolkitHomePage,
    ToolPage,
    ToolUsage,
)

_seq = itertools.count(1)


def _n():
    return next(_seq)


def toolkit_home():
    return ToolkitHomePage.objects.first()


def _publish(parent, page, publish):
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    else:
        page.unpublish() if page.live else None
    page.refresh_from_db()
    return page


def make_tool(publish=True, parent=None, **fields):
    """A tool page under the toolkit's tool index."""
    n = _n()
    fields.setdefault("title", f"Tool {n}")
    fields.setdefault("slug", f"tool-{n}")
    fields.setdefault("purpose", f"Helps a team with task number {n}.")
    taxonomy = {
        key: fields.pop(key)
        for key in ("perspectives", "stages", "strands", "categories", "frameworks")
        if key in fields
    }
    page = ToolPage(**fields)
    for key, values in taxonomy.items():
        getattr(page, key).set(values)
    parent = parent or ToolIndexPage.objects.first()
    return _publish(parent, page, publish)


def make_framework(publish=True, **fields):
    n = _n()
    fields.setdefault("title", f"Framework {n}")
    fields.setdefault("slug", f"framework-{n}")
    fields.setdefault("summary", f"An approach to improvement, number {n}.")
    return _publish(FrameworkIndexPage.objects.first(), FrameworkPage(**fields), publish)


def make_story(publish=True, tools=(), **fields):
    n = _n()
    fields.setdefault("title", f"Story {n}")
    fields.setdefault("slug", f"story-{n}")
    fields.setdefault("summary", f"A fictional story of improvement, number {n}.")
    fields.setdefault("consent_to_publish", True)
    page = StoryPage(**fields)
    page.tool_usages = [
        ToolUsage(tool=tool, why_chosen="It fitted.", how_used="In a workshop.") for tool in tools
    ]
    return _publish(StoryIndexPage.objects.first(), page, publish)


def make_question(publish=True, tools=(), perspective=None, phase=None, **fields):
    n = _n()
    perspective = perspective or Perspective.objects.get(slug="design")
    fields.setdefault("wording", f"What is question {n}?")
    fields.setdefault("short_label", f"Question {n}")
    question = Question(
        perspective=perspective,
        phase=phase or perspective.phases.first(),
        live=False,
        **fields,
    )
    question.tool_links = [QuestionTool(tool=tool) for tool in tools]
    question.save()
    revision = question.save_revision()
    if publish:
        revision.publish()
    question.refresh_from_db()
    return question
