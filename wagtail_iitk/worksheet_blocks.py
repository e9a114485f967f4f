"""StreamField blocks of a tool's worksheet: what an editor puts in front of people who
fill it in, in the browser, with nothing they type ever sent back.

Every block has a label and help text. The API reads the stored JSON of these blocks
(``cards.worksheets``), never the blocks themselves, so the JSON shape here is a
contract: see docs/api.md ("worksheet").
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class WorksheetBlock(blocks.StructBlock):
    """What every worksheet block has: a label (the question) and help for filling it."""

    label = blocks.CharBlock(max_length=200, help_text=_("The question or heading, e.g. 'Aim'."))
    help_text = blocks.TextBlock(
        required=False,
        max_length=500,
        help_text=_("How to fill it in, in one or two short sentences."),
    )


class PromptBlock(WorksheetBlock):
    """A question with a free text answer."""

    lines = blocks.IntegerBlock(
        default=3,
        min_value=1,
        max_value=20,
        help_text=_("How many lines of space the answer gets on paper."),
    )

    class Meta:
        icon = "edit"
        label = _("Prompt with a text answer")


class ListBlock(WorksheetBlock):
    """A list of short items people can add, remove and reorder."""

    items = blocks.IntegerBlock(
        default=3,
        min_value=1,
        max_value=20,
        help_text=_("How many empty items to start with (and to print)."),
    )

    class Meta:
        icon = "list-ul"
        label = _("List")


class TableBlock(WorksheetBlock):
    """A table with the editor's columns; people add and remove rows."""

    columns = blocks.ListBlock(
        blocks.CharBlock(max_length=80, label=_("Column")), min_num=1, max_num=10
    )
    rows = blocks.IntegerBlock(
        default=4,
        min_value=1,
        max_value=30,
        help_text=_("How many empty rows to start with (and to print)."),
    )

    class Meta:
        icon = "table"
        label = _("Table")


class GridBlock(WorksheetBlock):
    """A 2×2 grid on two axes (impact and effort, power and interest)."""

    x_axis = blocks.CharBlock(max_length=60, help_text=_("Across, e.g. 'Interest'."))
    y_axis = blocks.CharBlock(max_length=60, help_text=_("Up, e.g. 'Power'."))
    low = blocks.CharBlock(max_length=30, default=_("Low"))
    high = blocks.CharBlock(max_length=30, default=_("High"))
    top_left = blocks.CharBlock(max_length=80, required=False, label=_("Top left"))
    top_right = blocks.CharBlock(max_length=80, required=False, label=_("Top right"))
    bottom_left = blocks.CharBlock(max_length=80, required=False, label=_("Bottom left"))
    bottom_right = blocks.CharBlock(max_length=80, required=False, label=_("Bottom right"))

    class Meta:
        icon = "table"
        label = _("2×2 grid")


class TreeBlock(WorksheetBlock):
    """A driver tree: an aim, primary drivers, secondary drivers and change ideas."""

    aim_label = blocks.CharBlock(max_length=60, default=_("Aim"))
    primary_label = blocks.CharBlock(max_length=60, default=_("Primary driver"))
    secondary_label = blocks.CharBlock(max_length=60, default=_("Secondary driver"))
    idea_label = blocks.CharBlock(max_length=60, default=_("Change idea"))

    class Meta:
        icon = "site"
        label = _("Driver tree")


class WorksheetStreamBlock(blocks.StreamBlock):
    """The blocks a worksheet is made of, in the editor's order."""

    prompt = PromptBlock()
    list = ListBlock()
    table = TableBlock()
    grid = GridBlock()
    tree = TreeBlock()

    class Meta:
        max_num = 30
