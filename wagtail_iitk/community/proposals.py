"""Where a proposed change to a tool lives: one block in one of the tool's streams.

A reference, tip, pitfall or example becomes one block appended to the tool's
references, top_tips, pitfalls or examples. The block's id is derived from the
submission's reference, so the block can be found again in any later revision: to
convert a submission only once, to tell whether a revision being published still holds
a flagged contribution, and whether a publish took the contribution live.
"""

import uuid

from ..models.submissions import SubmissionKind

#: Fixed namespace for the block ids (uuid5 of the submission's reference).
BLOCK_ID_NAMESPACE = uuid.UUID("6f0e2f1c-5a0c-4c43-9d55-3c1d8b1e7a21")

#: The ToolPage stream field each kind of change is appended to, with its block type.
PROPOSAL_STREAMS = {
    SubmissionKind.REFERENCE: ("references", "reference"),
    SubmissionKind.EXAMPLE: ("examples", "example"),
}
TIP_STREAMS = {"tip": ("top_tips", "tip"), "pitfall": ("pitfalls", "pitfall")}


def proposal_stream(submission):
    """(field name, block type) of the tool stream the submission's block belongs in."""
    if submission.kind == SubmissionKind.TIP:
        advice = (submission.received_data or {}).get("advice")
        return TIP_STREAMS["pitfall" if advice == "pitfall" else "tip"]
    return PROPOSAL_STREAMS[submission.kind]


def proposal_block_id(submission):
    """The id of the block a submission adds to a tool: the same every time."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, submission.reference))


def holds_proposal(tool, submission):
    """True if this (specific) tool object, live or a revision's, holds the block."""
    field, _ = proposal_stream(submission)
    block_id = proposal_block_id(submission)
    return any(block.get("id") == block_id for block in getattr(tool, field).raw_data)
