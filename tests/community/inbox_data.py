"""Submissions for the moderation and inbox tests, made directly (not through intake),
with drafts made the way conversion makes them: a draft page in the "Community review"
workflow, or one block proposed in a draft of a live tool."""

from wagtail.models import Workflow

from wagtail_iitk.community.proposals import proposal_block_id
from wagtail_iitk.community.screening import pii_flags
from wagtail_iitk.conf import iitk_settings
from wagtail_iitk.models import StoryIndexPage, StoryPage, Submission

NHS_NUMBER = "943 476 5919"
SUMMARY = f"We cut waits on the ward. One patient ({NHS_NUMBER}) waited nine hours."

#: Hostile text, as an attacker might send it in any field.
HOSTILE = [
    "<script>alert('inbox')</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(2)">click me</a>',
    "<svg onload=alert(3)><circle r=5></circle></svg>",
    '<div><b>broken <i>markup</b></div <p title="unclosed',
    '<iframe src="data:text/html,<script>alert(4)</script>"></iframe>',
]


def story_data(**overrides):
    data = {
        "kind": "story",
        "consent_to_publish": True,
        "no_patient_data": True,
        "title": "Shorter waits for beds",
        "summary": SUMMARY,
        "trigger": "Long waits in the emergency department.",
        "tool_usages": [
            {"tool": "process-map", "why_chosen": "To see the flow.", "how_used": "On a wall."}
        ],
        "tips": ["Walk the process first."],
        "contributor": {"name": "Sam Carter", "organisation": "Northtown NHS Trust"},
    }
    data.update(overrides)
    return data


def received_texts(data):
    """(path, text) for the string fields of received data, as screening names them."""
    texts = []
    for key, value in data.items():
        if key == "contributor":
            continue
        if isinstance(value, str):
            texts.append((key, value))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    texts.append((f"{key}[{index}]", item))
                elif isinstance(item, dict):
                    texts += [
                        (f"{key}[{index}].{name}", text)
                        for name, text in item.items()
                        if isinstance(text, str)
                    ]
    return texts


def make_submission(data=None, **fields):
    """A submission as intake would store it: screened, status "received"."""
    data = data if data is not None else story_data()
    fields.setdefault("kind", data.get("kind", "story"))
    fields.setdefault("pii_flags", pii_flags(received_texts(data)))
    contributor = data.get("contributor", {})
    fields.setdefault("contributor_name", contributor.get("name", ""))
    fields.setdefault("contributor_organisation", contributor.get("organisation", ""))
    fields.setdefault("consent_to_publish", True)
    fields.setdefault("no_patient_data", True)
    return Submission.objects.create(received_data=data, **fields)


def community_workflow():
    return Workflow.objects.get(name=iitk_settings.COMMUNITY_WORKFLOW_NAME)


def draft_story(submission, user, summary=None):
    """A new draft story from the submission, in review (as conversion leaves it)."""
    data = submission.received_data
    page = StoryPage(
        title=data["title"],
        slug=f"story-{submission.reference.lower()}",
        summary=summary if summary is not None else data["summary"],
        trigger=data.get("trigger", ""),
        consent_to_publish=True,
        live=False,
    )
    StoryIndexPage.objects.first().add_child(instance=page)
    revision = page.save_revision(user=user)
    community_workflow().start(page, user)
    submission.page, submission.revision, submission.status = page, revision, "in_review"
    submission.save()
    return page


def propose_example(submission, tool, user, description):
    """A draft of a live tool with one example block proposed by the submission."""
    draft = tool.get_latest_revision_as_object()
    example = {"setting": "Outpatients", "description": description, "credit": ""}
    draft.examples.append(("example", example, proposal_block_id(submission)))
    revision = draft.save_revision(user=user)
    community_workflow().start(tool, user)
    submission.page_id, submission.revision, submission.status = tool.pk, revision, "in_review"
    submission.tool = tool
    submission.save()
    return revision
