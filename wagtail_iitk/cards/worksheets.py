"""A tool's worksheet as data any front end can render: read from the stored JSON of
its blocks (no block, no query), in the documented shape (docs/api.md, "worksheet").
"""

#: The fields each block type sends besides ``id``, ``type``, ``label`` and ``help_text``,
#: with the default a block saved before the field existed gets.
BLOCK_FIELDS = {
    "prompt": {"lines": 3},
    "list": {"items": 3},
    "table": {"columns": [], "rows": 4},
    "grid": {
        "x_axis": "",
        "y_axis": "",
        "low": "",
        "high": "",
        "top_left": "",
        "top_right": "",
        "bottom_left": "",
        "bottom_right": "",
    },
    "tree": {"aim_label": "", "primary_label": "", "secondary_label": "", "idea_label": ""},
}


def _list_values(raw):
    """The values of a stored ListBlock, in either of Wagtail's storage formats."""
    return [
        item["value"] if isinstance(item, dict) and "value" in item else item for item in raw or []
    ]


def worksheet_block(block):
    """One stored worksheet block as {"id", "type", "label", "help_text", ...}."""
    value = block.get("value") or {}
    data = {
        "id": block.get("id") or "",
        "type": block["type"],
        "label": value.get("label", ""),
        "help_text": value.get("help_text", ""),
    }
    for name, default in BLOCK_FIELDS.get(block["type"], {}).items():
        found = value.get(name, default)
        data[name] = _list_values(found) if name == "columns" else found
    return data


def worksheet_data(tool):
    """The tool's worksheet: {"title", "instructions", "revision", "landscape",
    "blocks"}, or None when it has none."""
    if not tool.has_worksheet:
        return None
    return {
        "title": tool.worksheet_heading,
        "instructions": tool.worksheet_instructions,
        "revision": tool.worksheet_revision,
        "landscape": tool.worksheet_landscape,
        "blocks": [
            worksheet_block(block)
            for block in tool.worksheet.raw_data
            if block["type"] in BLOCK_FIELDS
        ],
    }
