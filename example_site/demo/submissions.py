"""A handful of made-up community submissions in every state the inbox shows.

Each goes through the real pipeline: ``intake.receive`` stores and screens it (so the
flags and spam signals are screening's own), ``conversion.convert`` drafts it into the
"Community review" workflow, and a decision is the moderation service's or the
workflow's approval (which publishes, and marks the submission published). So the
inbox's counts, the drafts and the public pages agree.

Each carries an idempotency key of its own: a second run finds it stored and does
nothing more with it. Contributors and their words are invented; none gives an email
address, so no demo email is sent.
"""

import datetime
from collections import Counter

from django.utils import timezone
from wagtail.models import Page

from wagtail_iitk.community import moderation
from wagtail_iitk.community.conversion import convert
from wagtail_iitk.community.intake import receive
from wagtail_iitk.models import PartnerOrganisation, Question, Submission

KEY_PREFIX = "iitk-demo-submission-"

# A made-up NHS number with a valid check digit, so screening flags it as real ones.
FAKE_NHS_NUMBER = "943 476 5919"


def _common(**fields):
    return {"consent_to_publish": True, "no_patient_data": True, "elapsed_ms": 240000, **fields}


def _story(title, summary, tool, why, how, **fields):
    usage = {"tool": tool, "why_chosen": why, "how_used": how, "would_use_again": "yes"}
    return _common(kind="story", title=title, summary=summary, tool_usages=[usage], **fields)


#: (name, what happens to it, days ago it arrived, channel, partner ODS code, body).
SUBMISSIONS = [
    (
        "story-handover",
        "new",
        1,
        "site",
        "",
        _story(
            "A calmer evening handover on a surgical ward",
            "Nurses mapped the evening handover, found three places where information was "
            "written twice, and cut the handover from forty minutes to twenty-five.",
            "process-map",
            "We wanted everyone to see the whole handover, not just their part.",
            "Two sessions with sticky notes on the ward's meeting-room wall.",
            care_sector="acute",
            questions=["people-journey"],
            contributor={"name": "Priya Natarajan", "role": "Ward sister", "credit": True},
        ),
    ),
    (
        "story-pharmacy",
        "new",
        2,
        "widget",
        "ZZN01",
        _story(
            "Fewer missed doses of time-critical medicines",
            "A pharmacy team used a run chart to follow missed doses of Parkinson's "
            "medicines week by week while they tried three small changes.",
            "run-chart",
            "It showed us quickly whether a change made a difference.",
            "Weekly counts from the electronic prescribing record, plotted by hand.",
            care_sector="acute",
            contributor={"name": "Tom Okafor", "role": "Pharmacist"},
        ),
    ),
    (
        "story-flagged",
        "flagged",
        1,
        "widget",
        "ZZN01",
        _story(
            "Speeding up discharge letters",
            "We followed one patient's discharge (NHS number "
            f"{FAKE_NHS_NUMBER}) from decision to letter and found the letter waited on "
            "a single consultant's sign-off.",
            "five-whys",
            "The delay looked simple but kept coming back.",
            "Asked why five times with the discharge coordinator and two junior doctors.",
            care_sector="acute",
        ),
    ),
    (
        "tip-flagged",
        "flagged",
        3,
        "api",
        "ZZE02",
        _common(
            kind="tip",
            tool="fishbone-diagram",
            advice="tip",
            text="Invite someone from outside the team; call me on 07700 900123 to hear how.",
        ),
    ),
    (
        "tool-suggestion",
        "converted",
        4,
        "site",
        "",
        _common(
            kind="tool",
            title="Lotus blossom",
            purpose="Grows one central idea into many related ones, in rings.",
            when_to_use="When a team has a theme but few concrete ideas yet.",
            how_to_use="Write the theme in the centre square, eight ideas around it, then "
            "make each of those the centre of a new square.",
            contributor={"name": "Grace Lindqvist", "organisation": "Eastvale Community Health"},
        ),
    ),
    (
        "reference",
        "converted",
        5,
        "api",
        "ZZE02",
        _common(
            kind="reference",
            tool="driver-diagram",
            title="Using driver diagrams to plan a ward improvement project (demo reference)",
            authors="A. Example",
            year=2024,
            note="A made-up reference for the demo.",
        ),
    ),
    (
        "example",
        "converted",
        6,
        "widget",
        "ZZN01",
        _common(
            kind="example",
            tool="swot-analysis",
            setting="A community nursing team",
            text="We ran a SWOT before bidding for a new wound-care clinic; the threats "
            "column changed which weekdays we offered.",
        ),
    ),
    (
        "story-published",
        "published",
        12,
        "site",
        "",
        _story(
            "Clearer clinic letters, written with patients",
            "An outpatient team tested three versions of its appointment letter with "
            "patients and kept the one that halved phone calls asking what to bring.",
            "user-trials",
            "We could not agree which letter was clearer, so we asked the readers.",
            "Patients in the waiting room read each version and told us what they would do.",
            care_sector="community",
            contributor={"name": "Hannah Dale", "organisation": "Northshire Hospitals"},
        ),
    ),
    (
        "tip-published",
        "published",
        9,
        "widget",
        "ZZN01",
        _common(
            kind="tip",
            tool="pdsa-cycle",
            advice="pitfall",
            text="Do not test three changes in one cycle: you will not know which one worked.",
        ),
    ),
    (
        "story-declined",
        "declined",
        15,
        "site",
        "",
        _story(
            "Our new rota",
            "We changed the rota.",
            "gantt-chart",
            "It was there.",
            "We used it.",
        ),
        "Thank you for writing. There is not yet enough about what changed and how you "
        "knew for others to learn from it: please send it again with more detail.",
    ),
    (
        "tool-declined",
        "declined",
        20,
        "api",
        "",
        _common(
            kind="tool",
            title="Ishikawa chart",
            purpose="Sorts the causes of a problem into branches.",
        ),
        "The toolkit already has this tool as the fishbone diagram; we have added "
        "'Ishikawa chart' to its other names.",
    ),
    (
        "spam-honeypot",
        "spam",
        2,
        "api",
        "",
        _common(
            kind="tool",
            title="Cheap watches",
            purpose="Best prices online today only.",
            website="http://spam.example",
        ),
    ),
    (
        "spam-fast",
        "spam",
        8,
        "widget",
        "ZZE02",
        _common(
            kind="example", tool="run-chart", text="Great post, visit my site.", elapsed_ms=600
        ),
    ),
]


def _body(entry):
    body = dict(entry[5])
    slugs = body.pop("questions", None)
    if slugs:
        ids = dict(Question.objects.filter(slug__in=slugs).values_list("slug", "pk"))
        body["questions"] = [ids[slug] for slug in slugs if slug in ids]
    return body


def _approve(submission):
    """Approve the draft's workflow task, as a reviewer would: it publishes the draft."""
    page = Page.objects.get(pk=submission.page_id).specific
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, None, "approve")


def _decide(submission, outcome, reason):
    if outcome == "declined":
        moderation.reject(submission.pk, None, reason)
    elif outcome == "published":
        if submission.is_flagged:
            moderation.clear_flags(submission.pk, None, confirm_remaining=True)
        _approve(submission)


def seed_submissions(now=None, say=print):
    """Store the demo submissions that are missing; returns how many were added."""
    now = now or timezone.now()
    partners = {p.ods_code: p for p in PartnerOrganisation.objects.exclude(ods_code="")}
    added = 0
    for entry in SUBMISSIONS:
        name, outcome, days_ago, channel, ods_code = entry[:5]
        reason = entry[6] if len(entry) > 6 else ""
        submission, created = receive(
            _body(entry),
            channel=channel,
            idempotency_key=KEY_PREFIX + name,
            partner=partners.get(ods_code),
        )
        if not created:
            continue
        if submission.status == "received":
            convert(submission.pk)
            submission.refresh_from_db()
        _decide(submission, outcome, reason)
        received_at = now - datetime.timedelta(days=days_ago, hours=days_ago * 3 % 7)
        Submission.objects.filter(pk=submission.pk).update(received_at=received_at)
        added += 1
    statuses = Counter(
        Submission.objects.filter(idempotency_key__startswith=KEY_PREFIX).values_list(
            "status", flat=True
        )
    )
    states = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))
    say(f"Demo submissions: added {added} made-up ones ({states}).")
    return added
