"""Submissions for the conversion and publishing tests, stored as intake stores them.

Each builder returns a "received" Submission whose ``received_data`` follows the
contract; screening is run on it the way intake runs it, so a body with an NHS number
in it arrives flagged.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail_iitk.community.screening import pii_flags
from wagtail_iitk.models import Submission

NHS_NUMBER = "943 476 5919"

#: Hostile markup as an attacker might send it, in every text field.
SCRIPT = "<script>alert('x')</script>"
HOSTILE = (
    f'{SCRIPT}<img src=x onerror="alert(1)"><a href="javascript:alert(2)">link</a>'
    "<svg onload=alert(3)></svg>&lt;script&gt;alert(4)&lt;/script&gt;<b>broken <i>markup"
)
#: What must never appear in anything built from hostile text.
DANGEROUS = ("<script", "onerror", "javascript:", "<svg", "onload", "<img src=x", "&lt;script")


def assert_inert(text):
    lowered = str(text).lower()
    for fragment in DANGEROUS:
        assert fragment not in lowered, (fragment, text)


def contributor(credit=True, **overrides):
    data = {
        "name": "Priya Shah",
        "role": "Quality improvement lead",
        "organisation": "Northtown NHS Trust",
        "email": "priya@example.org",
        "credit": credit,
    }
    data.update(overrides)
    return data


def _texts(data, prefix=""):
    for key, value in data.items():
        if key == "contributor":
            continue
        if isinstance(value, str):
            yield f"{prefix}{key}", value
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    yield f"{prefix}{key}[{index}]", item
                elif isinstance(item, dict):
                    yield from _texts(item, prefix=f"{prefix}{key}[{index}].")


def body(kind, tool=None, credit=True, person=None, **fields):
    """A submission body of ``kind`` as the contract has it (``fields`` override)."""
    data = {"kind": kind, "consent_to_publish": True, "no_patient_data": True}
    data["contributor"] = person if person is not None else contributor(credit=credit)
    data.update(DEFAULTS[kind](tool))
    if tool is not None and kind in ("reference", "tip", "example"):
        data["tool"] = tool.slug
    data.update(fields)
    return data


def received(kind, tool=None, credit=True, person=None, **fields):
    """A received submission of ``kind`` with the contract's fields (and ``fields``)."""
    data = body(kind, tool, credit=credit, person=person, **fields)
    who = data["contributor"]
    return Submission.objects.create(
        kind=kind,
        received_data=data,
        tool=tool if kind in ("reference", "tip", "example") else None,
        contributor_name=who.get("name", ""),
        contributor_role=who.get("role", ""),
        contributor_organisation=who.get("organisation", ""),
        contributor_email=who.get("email", ""),
        credit_contributor=bool(who.get("credit")),
        consent_to_publish=True,
        no_patient_data=True,
        pii_flags=pii_flags(list(_texts(data))),
    )


DEFAULTS = {
    "story": lambda tool: {
        "title": "Fewer missed doses on the stroke ward",
        "summary": "A ward team halved missed medicine doses in twelve weeks.",
        "organisation_type": "Acute trust",
        "care_sector": "acute",
        "trigger": "An audit found one dose in ten was missed.",
        "aim": "Halve missed doses by the end of the quarter.",
        "tool_usages": [
            {
                "tool": tool.slug,
                "why_chosen": "To see where the round broke down.",
                "how_used": "We mapped a morning drug round on the ward wall.",
                "would_use_again": "yes",
            }
        ]
        if tool
        else [],
        "outcomes": "Missed doses fell from 10% to 4%.",
        "tips": ["Walk the drug round before you map it."],
        "pitfalls": ["Do not map the process from the office."],
    },
    "tool": lambda tool: {
        "title": "Go and see",
        "purpose": "Watch the work where it happens before you change it.",
        "description": "A short visit to the place where the work is done.",
        "when_to_use": "At the start, before anyone proposes a solution.",
        "how_to_use": "1. Agree who goes.\n2. Watch without helping.\n3. Write down what you saw.",
        "reference_url": "https://example.org/go-and-see",
    },
    "reference": lambda tool: {
        "title": "Mapping care pathways",
        "authors": "A. Author, B. Author",
        "year": 2019,
        "publisher": "Journal of Improvement",
        "url": "https://example.org/mapping",
        "note": "It compares three ways of mapping.",
    },
    "tip": lambda tool: {"advice": "tip", "text": "Map the process as it is, not as it should be."},
    "example": lambda tool: {
        "setting": "Outpatients, community trust",
        "text": "The clinic mapped its booking process and removed two hand-offs.",
    },
}


def reviewer_with_email(username="rhea", email="rhea@example.org"):
    """A member of the reviewers' group with an email address (the toolkit must exist)."""
    user = get_user_model().objects.create_user(username=username, email=email, password="pw")
    user.groups.add(Group.objects.get(name="Toolkit reviewers"))
    return user
