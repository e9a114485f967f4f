"""StreamField blocks for the toolkit's sequences: steps, tips, references, resources,
framework phases and outcomes.

Each block's ``api_representation`` is the documented JSON shape (see docs/content-model.md).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class StepBlock(blocks.StructBlock):
    """One numbered step of a tool: a short instruction that starts with a verb."""

    text = blocks.CharBlock(
        max_length=255, help_text=_("Start with a verb, e.g. 'Walk the process'.")
    )
    detail = blocks.TextBlock(required=False, help_text=_("Optional: more on how to do this step."))

    class Meta:
        icon = "list-ol"
        label = _("Step")


class AdviceBlock(blocks.TextBlock):
    """A top tip or a pitfall: one imperative sentence or two."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 500)
        super().__init__(**kwargs)

    class Meta:
        icon = "help"


class ReferenceBlock(blocks.StructBlock):
    """A published source: evidence for a tool or a framework."""

    title = blocks.CharBlock(max_length=255)
    authors = blocks.CharBlock(max_length=255, required=False)
    year = blocks.IntegerBlock(required=False, min_value=1800, max_value=2100)
    publisher = blocks.CharBlock(max_length=255, required=False)
    url = blocks.URLBlock(required=False, label=_("Web address"))

    class Meta:
        icon = "link"
        label = _("Reference")


class LinkResourceBlock(blocks.StructBlock):
    """A template or resource held elsewhere on the web."""

    title = blocks.CharBlock(max_length=255)
    url = blocks.URLBlock(label=_("Web address"))
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "link-external"
        label = _("Link")


class DocumentResourceBlock(blocks.StructBlock):
    """A downloadable template held in the Wagtail document library."""

    title = blocks.CharBlock(max_length=255)
    document = DocumentChooserBlock()
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")


class TemplateDescriptionBlock(blocks.StructBlock):
    """A template described in words, for when there is no file yet."""

    title = blocks.CharBlock(max_length=255)
    description = blocks.TextBlock()

    class Meta:
        icon = "form"
        label = _("Template description")


class ResourceStreamBlock(blocks.StreamBlock):
    """Templates and resources: files, links or descriptions."""

    document = DocumentResourceBlock()
    link = LinkResourceBlock()
    template = TemplateDescriptionBlock()


class FrameworkPhaseBlock(blocks.StructBlock):
    """One ordered phase of a framework, with the tools typically used in it."""

    name = blocks.CharBlock(max_length=120)
    purpose = blocks.TextBlock()
    key_questions = blocks.ListBlock(blocks.CharBlock(max_length=255), required=False)
    typical_tools = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="wagtail_iitk.ToolPage"), required=False
    )

    class Meta:
        icon = "order"
        label = _("Phase")


class OutcomeBlock(blocks.StructBlock):
    """What changed, and how it was measured."""

    outcome = blocks.TextBlock()
    measure = blocks.CharBlock(max_length=255, required=False)

    class Meta:
        icon = "success"
        label = _("Outcome")


class ExampleBlock(blocks.StructBlock):
    """An example of a tool in use: where, and what the team did with it."""

    setting = blocks.CharBlock(
        max_length=255, required=False, help_text=_("e.g. Emergency department, acute trust")
    )
    description = blocks.TextBlock()
    credit = blocks.CharBlock(
        max_length=255, required=False, help_text=_("Who gave the example, with their consent.")
    )

    class Meta:
        icon = "openquote"
        label = _("Example of use")


def step_stream():
    return [("step", StepBlock())]


def tip_stream():
    return [("tip", AdviceBlock(label=_("Top tip")))]


def pitfall_stream():
    return [("pitfall", AdviceBlock(label=_("Pitfall")))]


def example_stream():
    return [("example", ExampleBlock())]


def reference_stream():
    return [("reference", ReferenceBlock())]


def prompt_stream():
    return [("prompt", blocks.CharBlock(max_length=255, label=_("Prompt")))]


def principle_stream():
    return [("principle", blocks.TextBlock(label=_("Principle")))]


def phase_stream():
    return [("phase", FrameworkPhaseBlock())]


def outcome_stream():
    return [("outcome", OutcomeBlock())]
