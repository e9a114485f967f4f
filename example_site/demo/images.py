"""Diagrams for the demo's tools and frameworks, stored as Wagtail images with alt text.

Each family of tools gets its own diagram (``diagrams.DIAGRAMS``): a tool takes the one
its slug names in ``TOOL_DIAGRAMS``, else the one of its first category; frameworks
take the improvement cycle. Only items without an image get one, and an image is drawn
only when no image of its title exists, so a second run does nothing.

The demo's pages were published a moment earlier from a single revision each, so the
image is written to the page and to that revision (the editor opens it with the image,
and a later publish keeps it), without a fresh revision per page, which would make the
loader several times slower. The change path then rewrites the pages' cards, which
makes the renditions (``cards.images.ensure_renditions``), so pages, cards and the API
serve renditions from the first read.
"""

import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Revision

from wagtail_iitk.cards.changes import content_changed
from wagtail_iitk.models import FrameworkPage, ToolPage

from .diagrams import DIAGRAMS

#: Tools whose own diagram is not their category's.
TOOL_DIAGRAMS = {
    "pdsa-cycle": "cycle",
    "after-action-review": "cycle",
    "fishbone-diagram": "fishbone",
    "five-whys": "fishbone",
    "root-cause-analysis": "fishbone",
    "driver-diagram": "driver-diagram",
    "run-chart": "run-chart",
    "spc-chart": "run-chart",
    "impact-effort-matrix": "two-by-two",
    "moscow-prioritisation": "two-by-two",
    "swot-analysis": "two-by-two",
    "risk-matrix": "risk-grid",
    "process-map": "process-map",
    "swimlane-diagram": "process-map",
    "stakeholder-analysis": "stakeholder-map",
}

#: A tool's first category → its family's diagram.
CATEGORY_DIAGRAMS = {
    "mapping-and-modelling": "process-map",
    "gathering-insight": "stakeholder-map",
    "analysing-problems": "fishbone",
    "generating-ideas": "idea-map",
    "measuring-and-testing": "run-chart",
    "managing-risk": "risk-grid",
    "planning-and-making-the-case": "driver-diagram",
}
DEFAULT_DIAGRAM = "two-by-two"
FRAMEWORK_DIAGRAM = "cycle"


def diagram_images():
    """{diagram name: Wagtail image}, drawing and storing the ones that are missing."""
    Image = get_image_model()
    titles = {title: name for name, (_draw, title, _alt) in DIAGRAMS.items()}
    images = {titles[i.title]: i for i in Image.objects.filter(title__in=titles)}
    for name, (draw, title, alt) in DIAGRAMS.items():
        if name in images:
            continue
        buffer = io.BytesIO()
        draw().save(buffer, format="PNG")
        image = Image(title=title, description=alt)
        image.file = ImageFile(buffer, name=f"iitk-demo-{name}.png")
        image.save()
        images[name] = image
    return images


def tool_diagram(tool):
    """The diagram a tool is shown with: its own, else its first category's."""
    if tool.slug in TOOL_DIAGRAMS:
        return TOOL_DIAGRAMS[tool.slug]
    categories = sorted(tool.categories.all(), key=lambda category: category.sort_order)
    first = categories[0].slug if categories else ""
    return CATEGORY_DIAGRAMS.get(first, DEFAULT_DIAGRAM)


def _give_images(model, chosen):
    """Set ``{page: image}`` on the pages and on their one revision, in a few queries."""
    by_image = {}
    for page, image in chosen.items():
        by_image.setdefault(image.pk, []).append(page.pk)
    for image_id, ids in by_image.items():
        model.objects.filter(pk__in=ids).update(image_id=image_id)
    image_of = {str(page.pk): image.pk for page, image in chosen.items()}
    revisions = {}
    for revision in Revision.page_revisions.filter(object_id__in=image_of):
        revisions.setdefault(revision.object_id, []).append(revision)
    single = [found[0] for found in revisions.values() if len(found) == 1]
    for revision in single:
        revision.content["image"] = image_of[revision.object_id]
    Revision.objects.bulk_update(single, ["content"])


def seed_images(say=print):
    """Give every live tool and framework without an image its diagram (not community
    drafts: their contributors sent no image); returns how many."""
    tools = list(ToolPage.objects.live().filter(image__isnull=True).prefetch_related("categories"))
    frameworks = list(FrameworkPage.objects.live().filter(image__isnull=True))
    if not tools and not frameworks:
        return 0
    images = diagram_images()
    _give_images(ToolPage, {tool: images[tool_diagram(tool)] for tool in tools})
    _give_images(FrameworkPage, dict.fromkeys(frameworks, images[FRAMEWORK_DIAGRAM]))
    content_changed(
        items={
            "tool": [tool.pk for tool in tools],
            "framework": [framework.pk for framework in frameworks],
        }
    )
    families = len({tool_diagram(tool) for tool in tools})
    say(
        f"Demo images: gave {len(tools)} tools ({families} kinds of diagram) and "
        f"{len(frameworks)} frameworks a diagram drawn by the demo, with alt text."
    )
    return len(tools) + len(frameworks)
