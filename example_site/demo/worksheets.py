"""Demo worksheets and templates: an interactive worksheet on fifteen tools, and the same
worksheet as a Word template (DOCX, made here with python-docx) in each tool's
"Templates and resources".

Written in the project's own words from an improvement expert's sketches of what each
worksheet needs. Idempotent: a tool that already has a worksheet keeps it, and a tool
that already has a document template gets no second one.
"""

import io
import uuid

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from wagtail_iitk.models import ToolPage


def prompt(label, help_text="", lines=3):
    return ("prompt", {"label": label, "help_text": help_text, "lines": lines})


def items(label, help_text="", count=3):
    return ("list", {"label": label, "help_text": help_text, "items": count})


def table(label, columns, help_text="", rows=4):
    return ("table", {"label": label, "help_text": help_text, "columns": columns, "rows": rows})


def grid(label, x_axis, y_axis, help_text="", **quarters):
    return (
        "grid",
        {
            "label": label,
            "help_text": help_text,
            "x_axis": x_axis,
            "y_axis": y_axis,
            "low": "Low",
            "high": "High",
            **quarters,
        },
    )


def tree(label, help_text="", **names):
    return (
        "tree",
        {
            "label": label,
            "help_text": help_text,
            "aim_label": names.get("aim", "Aim"),
            "primary_label": names.get("primary", "Primary driver"),
            "secondary_label": names.get("secondary", "Secondary driver"),
            "idea_label": names.get("idea", "Change idea"),
        },
    )


#: slug → the worksheet: title, instructions, whether it prints in landscape, blocks.
WORKSHEETS = {
    "fishbone-diagram": {
        "title": "Fishbone diagram worksheet",
        "instructions": (
            "Agree the problem first, then sort every possible cause under a heading. "
            "Pick the causes that matter most and plan how you will check them with data. "
            "Allow about an hour with the team."
        ),
        "blocks": [
            prompt(
                "The problem (the fish's head)",
                "Say what goes wrong, where and how often, with a number: 'In March, 9 of 40 "
                "discharges waited over 4 hours for medicines'.",
                2,
            ),
            table(
                "Possible causes, by heading",
                ["Heading (people, methods, equipment, place, ...)", "Possible cause"],
                "One cause a row. Write what happens, not who is to blame.",
                6,
            ),
            items(
                "Causes the team voted to look into",
                "Three is plenty. Ask 'why?' of each until you reach something you can change.",
                3,
            ),
            table(
                "How we will test each cause with data",
                ["Cause", "Data we will collect", "Who", "By when"],
                rows=3,
            ),
        ],
    },
    "driver-diagram": {
        "title": "Driver diagram worksheet",
        "instructions": (
            "Start from the aim and work right: what must be true to reach it, what affects "
            "that, and what you could try. Keep it on one page and revisit it as you learn."
        ),
        "blocks": [
            prompt(
                "Aim",
                "How much, by when, for whom. Check it has a number and a date, and no "
                "solution written into it.",
                2,
            ),
            tree(
                "Drivers and change ideas",
                "Primary drivers are the few big things that decide the aim; secondary "
                "drivers are what you can act on; change ideas are what you will test.",
            ),
            table(
                "Measures",
                ["Measure", "Outcome, process or balancing", "How often"],
                rows=3,
            ),
            items("PDSA cycles linked to the change ideas", count=2),
        ],
    },
    "stakeholder-analysis": {
        "title": "Stakeholder analysis worksheet",
        "instructions": (
            "List everyone with a stake, rate their influence and interest, then place them "
            "on the grid and decide how you will involve each group. Review it as the work "
            "moves on."
        ),
        "blocks": [
            items(
                "Who has a stake?",
                "Think of patients and carers, every staff group, managers, partners, "
                "commissioners, and whoever could stop the work.",
                6,
            ),
            grid(
                "Influence and interest",
                "Interest",
                "Influence",
                "Write each stakeholder in the quarter their ratings put them in.",
                top_left="Keep satisfied",
                top_right="Work with closely",
                bottom_left="Keep an eye on",
                bottom_right="Keep informed",
            ),
            table(
                "Engagement plan",
                ["Stakeholder", "What we will do", "Owner", "When"],
                rows=4,
            ),
            prompt("Date we will review this", lines=1),
        ],
    },
    "pdsa-cycle": {
        "title": "PDSA cycle worksheet",
        "instructions": (
            "One sheet for each cycle. Write the prediction before you test, keep the test "
            "small, and let what you learn decide the next cycle."
        ),
        "blocks": [
            prompt("What question will this cycle answer?", lines=2),
            prompt("What do we predict will happen, and why?", lines=2),
            table("Plan", ["Who", "Where", "When", "What data we will collect"], rows=2),
            prompt("Do: what happened, including surprises", lines=3),
            prompt("Study: how did the results compare with the prediction?", lines=3),
            prompt(
                "Act: adopt, adapt or abandon, and what the next cycle will test",
                lines=2,
            ),
        ],
    },
    "five-whys": {
        "title": "Five whys worksheet",
        "instructions": (
            "Write the problem, then ask 'why?' of each answer until you reach a cause you "
            "can act on. It may take fewer than five, or more."
        ),
        "blocks": [
            prompt("The problem", "What happened, where and when, in one or two sentences.", 2),
            items("Why? (one answer a line, each explaining the one before)", count=5),
            prompt("The cause we will act on", lines=2),
            prompt("What we will do, who will do it, and by when", lines=2),
        ],
    },
    "process-map": {
        "title": "Process map worksheet",
        "instructions": (
            "Walk the process before you map it. Record each step as it really happens, "
            "with the waits between steps, then flag problems and ideas."
        ),
        "landscape": True,
        "blocks": [
            prompt("Where the process starts and ends", lines=2),
            table(
                "Steps",
                ["Step", "Who does it", "Time it takes", "Wait before the next step", "Problem?"],
                "Include the patient's own steps. Mark decisions with a question mark.",
                8,
            ),
            prompt("How many handovers did you count?", lines=1),
            items("Ideas to try", count=3),
        ],
    },
    "fmea": {
        "title": "Failure modes and effects analysis (FMEA) worksheet",
        "instructions": (
            "Take each step of the process in turn and ask how it could fail. Score each "
            "failure from 1 (low) to 10 (high). A severe failure needs action even when its "
            "total is low."
        ),
        "landscape": True,
        "blocks": [
            table(
                "Failure modes",
                [
                    "Step",
                    "How it could fail",
                    "Effect",
                    "Cause",
                    "Controls now",
                    "Severity",
                    "Likelihood",
                    "Detection",
                    "Priority",
                ],
                "Priority is severity × likelihood × detection.",
                5,
            ),
            table(
                "Actions",
                ["Failure mode", "Action", "Owner", "Due", "New score"],
                rows=3,
            ),
        ],
    },
    "risk-matrix": {
        "title": "Risk matrix worksheet",
        "instructions": (
            "Rate each risk on your organisation's own scales for likelihood and "
            "consequence, then decide what to do about the highest."
        ),
        "blocks": [
            prompt("What is in scope", lines=2),
            table(
                "Risks",
                ["Risk", "Likelihood (1–5)", "Consequence (1–5)", "Score", "Action"],
                rows=5,
            ),
            grid(
                "Where the risks sit",
                "Likelihood",
                "Consequence",
                top_left="Plan for it",
                top_right="Act now",
                bottom_left="Accept and watch",
                bottom_right="Reduce the likelihood",
            ),
        ],
    },
    "force-field-analysis": {
        "title": "Force-field analysis worksheet",
        "instructions": (
            "Write the change at the top. List what pushes towards it and what holds it "
            "back, score each force, then plan how to shift the balance."
        ),
        "blocks": [
            prompt("The change we want", lines=2),
            table("Forces for the change", ["Force", "Strength (1–5)"], rows=4),
            table("Forces against the change", ["Force", "Strength (1–5)"], rows=4),
            items("How we will strengthen the forces for, or weaken those against", count=3),
        ],
    },
    "swot-analysis": {
        "title": "SWOT analysis worksheet",
        "instructions": (
            "Look inside the service for strengths and weaknesses, and outside it for "
            "opportunities and threats. Then decide what to do with what you found."
        ),
        "blocks": [
            prompt("What are we assessing, and for what decision?", lines=2),
            grid(
                "SWOT",
                "Outside the service",
                "Helps the aim",
                "Across: inside the service (left) or outside it (right). Up: harms the aim "
                "(low) or helps it (high).",
                top_left="Strengths",
                top_right="Opportunities",
                bottom_left="Weaknesses",
                bottom_right="Threats",
            ),
            items("What we will do next", count=3),
        ],
    },
    "project-charter": {
        "title": "Project charter worksheet",
        "instructions": (
            "Agree this with the team and sponsor before you start. Keep the aim free of "
            "solutions: they come later."
        ),
        "blocks": [
            prompt("Why are we doing this?", "The trigger and the problem, with a number.", 2),
            prompt("Aim", "How much, by when, for whom.", 2),
            prompt("In scope and out of scope", lines=2),
            table("Team", ["Name or role", "Part they play"], rows=4),
            items("Measures", count=3),
            table("Risks and key dates", ["Risk or milestone", "Date", "Owner"], rows=3),
            prompt("Agreed by (sponsor) and date", lines=1),
        ],
    },
    "impact-effort-matrix": {
        "title": "Impact and effort worksheet",
        "instructions": "List your ideas, then place each one by its likely impact and effort.",
        "blocks": [
            items("Ideas", count=6),
            grid(
                "Impact and effort",
                "Effort",
                "Impact",
                top_left="Quick wins",
                top_right="Major projects",
                bottom_left="Fill-ins",
                bottom_right="Think again",
            ),
        ],
    },
    "swift": {
        "title": "Structured what-if (SWIFT) worksheet",
        "instructions": (
            "Use the prompt words (timing, people, equipment, information, place) to ask "
            "'what if...?' of each part of the system, and log every answer."
        ),
        "landscape": True,
        "blocks": [
            prompt("Scope of the study", lines=2),
            items("Prompt words we will use", count=5),
            table(
                "What-if log",
                ["What if...?", "What would happen", "Safeguards now", "Risk rating", "Action"],
                rows=6,
            ),
        ],
    },
    "pareto-chart": {
        "title": "Pareto worksheet",
        "instructions": (
            "Count how often each category happened over one period. Make sure the "
            "categories do not overlap, then pick the few that account for most."
        ),
        "blocks": [
            prompt("What was counted, and over what period?", lines=2),
            table("Counts", ["Category", "Count", "How severe (low, medium, high)"], rows=6),
            items("The few categories we will tackle", count=3),
        ],
    },
    "bow-tie-analysis": {
        "title": "Bow-tie worksheet",
        "instructions": (
            "Put the event you fear in the middle. On the left, what could cause it and "
            "what stops it; on the right, what follows and what limits the harm."
        ),
        "landscape": True,
        "blocks": [
            prompt("The top event", lines=1),
            table(
                "Threats and prevention barriers",
                ["Threat", "Barrier that prevents it", "What weakens the barrier", "Owner"],
                rows=3,
            ),
            table(
                "Consequences and recovery barriers",
                ["Consequence", "Barrier that limits it", "What weakens the barrier", "Owner"],
                rows=3,
            ),
            prompt(
                "Does each barrier work at night, at weekends and when staff are short?",
                lines=2,
            ),
        ],
    },
}


def stream(blocks):
    """Worksheet blocks as stored stream data, each with a fresh id."""
    return [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]


def docx_template(tool_title, sheet):
    """The worksheet as a Word document to print or fill in (bytes)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if sheet.get("landscape"):
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(sheet["title"], level=1)
    document.add_paragraph(sheet["instructions"])
    for kind, value in sheet["blocks"]:
        document.add_heading(value["label"], level=2)
        if value.get("help_text"):
            document.add_paragraph().add_run(value["help_text"]).italic = True
        if kind == "prompt":
            for _ in range(value.get("lines", 3)):
                document.add_paragraph("_" * 90 if not sheet.get("landscape") else "_" * 130)
        elif kind == "list":
            for _ in range(value.get("items", 3)):
                document.add_paragraph("", style="List Number")
        elif kind == "table":
            grid_table = document.add_table(rows=value["rows"] + 1, cols=len(value["columns"]))
            grid_table.style = "Table Grid"
            for cell, heading in zip(grid_table.rows[0].cells, value["columns"], strict=True):
                cell.text = heading
        elif kind == "grid":
            quarters = document.add_table(rows=2, cols=2)
            quarters.style = "Table Grid"
            names = ["top_left", "top_right", "bottom_left", "bottom_right"]
            for cell, key in zip(
                [c for row in quarters.rows for c in row.cells], names, strict=True
            ):
                cell.text = value.get(key) or ""
                for _ in range(5):
                    cell.add_paragraph("")
            document.add_paragraph(f"Across: {value['x_axis']}. Up: {value['y_axis']}.")
        elif kind == "tree":
            levels = [value["aim_label"], value["primary_label"], value["secondary_label"]]
            columns = [*levels, value["idea_label"]]
            drivers = document.add_table(rows=7, cols=4)
            drivers.style = "Table Grid"
            for cell, heading in zip(drivers.rows[0].cells, columns, strict=True):
                cell.text = heading
    document.add_paragraph(f"From the Improving Improvement Toolkit's page on {tool_title}.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def add_template_file(tool, sheet):
    """Store the DOCX template as a Wagtail document; return its template block."""
    body = docx_template(tool.title, sheet)
    document = get_document_model()(title=f"{sheet['title']} (Word)")
    document.file.save(f"{tool.slug}-worksheet.docx", ContentFile(body), save=False)
    document.file_size = len(body)
    document.save()
    return {
        "type": "document",
        "value": {
            "title": f"{sheet['title']} (Word template)",
            "document": document.pk,
            "description": "The worksheet as a Word document, to print or fill in on a computer.",
        },
        "id": str(uuid.uuid4()),
    }


def load_worksheets():
    """Give each demo tool its worksheet and Word template; how many tools changed."""
    changed = 0
    for slug, sheet in WORKSHEETS.items():
        tool = ToolPage.objects.filter(slug=slug).first()
        if tool is None:
            continue
        tool = tool.get_latest_revision_as_object()
        needs_sheet = not tool.worksheet.raw_data
        needs_file = not any(b["type"] == "document" for b in tool.templates.raw_data)
        if not (needs_sheet or needs_file):
            continue
        if needs_sheet:
            tool.worksheet_title = sheet["title"]
            tool.worksheet_instructions = sheet["instructions"]
            tool.worksheet_landscape = sheet.get("landscape", False)
            tool.worksheet = stream(sheet["blocks"])
        if needs_file:
            tool.templates = [*tool.templates.raw_data, add_template_file(tool, sheet)]
        tool.save_revision(log_action=False).publish(log_action=False)
        changed += 1
    return changed
