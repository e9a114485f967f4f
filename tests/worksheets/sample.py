"""A worksheet with one block of every type, and a tool that has it."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.factories import make_tool

EVERY_BLOCK = [
    {
        "type": "prompt",
        "id": "b-prompt",
        "value": {"label": "Problem statement", "help_text": "Say it with a number.", "lines": 2},
    },
    {
        "type": "list",
        "id": "b-list",
        "value": {"label": "Who is affected", "help_text": "", "items": 3},
    },
    {
        "type": "table",
        "id": "b-table",
        "value": {
            "label": "Causes",
            "help_text": "One cause a row.",
            "columns": ["Category", "Cause", "How we will test it"],
            "rows": 2,
        },
    },
    {
        "type": "grid",
        "id": "b-grid",
        "value": {
            "label": "Stakeholders",
            "help_text": "",
            "x_axis": "Interest",
            "y_axis": "Power",
            "low": "Low",
            "high": "High",
            "top_left": "Keep satisfied",
            "top_right": "Manage closely",
            "bottom_left": "",
            "bottom_right": "Keep informed",
        },
    },
    {
        "type": "tree",
        "id": "b-tree",
        "value": {
            "label": "Driver diagram",
            "help_text": "",
            "aim_label": "Aim",
            "primary_label": "Primary driver",
            "secondary_label": "Secondary driver",
            "idea_label": "Change idea",
        },
    },
]


def worksheet_tool(**fields):
    """A live tool with a worksheet of every block type."""
    fields.setdefault("worksheet_title", "Causes worksheet")
    fields.setdefault("worksheet_instructions", "Fill it in as a team.")
    fields.setdefault("worksheet", EVERY_BLOCK)
    return make_tool(**fields)


def document(title="Blank fishbone", name="fishbone.docx", body=b"PK\x03\x04 a docx body"):
    """A Wagtail document holding ``body``."""
    doc = get_document_model()(title=title)
    doc.file.save(name, ContentFile(body), save=False)
    doc.save()
    return doc
