"""Demo discussion: ten threads on tools and stories, in every moderation state.

Every post goes in through the real intake (``receive``) and is decided through the real
moderation functions, so the demo shows what a reviewer would see. The people are made
up and give no email address. Idempotent: each post has its own Idempotency-Key, and a
post already stored is left as it is.
"""

from wagtail_iitk.community.discussion import moderation
from wagtail_iitk.community.intake import receive
from wagtail_iitk.models import DiscussionPost, DiscussionStatus

#: (key, about, text, name, what happens to it, replies as (key, text, name, what)).
#: What happens: "approve", "pending", "hide", "spam", "report", "hide-by-reports",
#: "lock", "open", "recommend" (approve and recommend).
THREADS = [
    (
        "demo-discussion-01",
        ("tool", "process-map"),
        "Has anyone mapped a medicines round at night? Our night team works so "
        "differently from days that one map for both felt wrong.",
        "Ruth (ward manager)",
        "approve",
        [
            (
                "demo-discussion-01a",
                "We drew two maps and laid them side by side. The differences were the "
                "most useful part: they showed where the night staff were covering gaps.",
                "Imran, practice development nurse",
                "recommend",
            ),
            (
                "demo-discussion-01b",
                "Walk the round with the night team before you draw anything. We missed "
                "two steps when we mapped it from memory in a meeting room.",
                "",
                "approve",
            ),
        ],
    ),
    (
        "demo-discussion-02",
        ("tool", "process-map"),
        "How much detail do you put in a first map? Ours ran to three walls and "
        "nobody could read it.",
        "Chloe",
        "approve",
        [],
    ),
    (
        "demo-discussion-03",
        ("tool", "swimlane-diagram"),
        "We are mapping discharge across the ward, pharmacy and transport. Does "
        "anyone give the patient their own lane?",
        "Tom, improvement advisor",
        "approve",
        [
            (
                "demo-discussion-03a",
                "Yes, and it changed the conversation: the patient's lane was mostly "
                "waiting. Seeing that on the wall did more than any audit figure.",
                "Priya",
                "approve",
            ),
            (
                "demo-discussion-03b",
                "We tried it too. Add a lane for the family if they collect medicines.",
                "",
                "pending",
            ),
        ],
    ),
    (
        "demo-discussion-04",
        ("tool", "stakeholder-analysis"),
        "Where do you put patients and carers on the grid when they have little "
        "formal power but a lot at stake?",
        "Jo",
        "pending",
        [],
    ),
    (
        "demo-discussion-05",
        ("story", "safer-crisis-handovers"),
        "Did the handover checklist survive once the project team stepped back?",
        "Sam",
        "lock",
        [
            (
                "demo-discussion-05a",
                "It did, because the ward owned it from the start. We reviewed it at "
                "three and six months and cut it from twelve items to eight.",
                "Story team (fictional)",
                "recommend",
            ),
        ],
    ),
    (
        "demo-discussion-06",
        ("story", "faster-take-home-medicines"),
        "This is the best thing since sliced bread, everyone should copy it exactly.",
        "",
        "report",
        [],
    ),
    (
        "demo-discussion-07",
        ("story", "no-lost-blood-results"),
        "Our practice manager would never agree to this, so it is a waste of time.",
        "",
        "hide",
        [],
    ),
    (
        "demo-discussion-08",
        ("tool", "observation"),
        "Cheap watches and bags, visit our website for the best deals today.",
        "Best Deals",
        "spam",
        [],
    ),
    (
        "demo-discussion-09",
        ("tool", "personas"),
        "Happy to share our personas from the memory clinic: call me on 07700 900123 "
        "and I will send them over.",
        "Dev",
        "pending",
        [],
    ),
    (
        "demo-discussion-10",
        ("story", "leg-ulcer-clinic-co-design"),
        "We are starting a co-design project with a community nursing team. What would "
        "you do differently next time?",
        "Alex",
        "open",
        [
            (
                "demo-discussion-10a",
                "Book the patient workshops first and fit the staff ones around them: "
                "we did it the other way and lost two patients to clashing clinics.",
                "Leg ulcer clinic team (fictional)",
                "approve",
            ),
        ],
    ),
]


def _receive(key, about, text, name, parent=None, spam=False):
    kind, slug = about
    body = {
        "about": {"kind": kind, "slug": slug},
        "body": text,
        "parent": parent,
        "consent_to_publish": True,
        "no_patient_data": True,
        "elapsed_ms": 120000,
    }
    if name:
        body["contributor"] = {"name": name, "credit": True}
    if spam:
        body["website"] = "http://deals.example"  # the honeypot a bot fills in
    submission, created = receive(body, channel="site", idempotency_key=key, kind="discussion")
    return DiscussionPost.objects.get(submission=submission), created


def _settle(post, what):
    """Take a just-received post to the state the demo wants."""
    if what in ("pending", "spam"):
        return
    if what == "hide":
        moderation.decide(post.pk, None, "hide")
        return
    moderation.decide(post.pk, None, "approve")
    if what == "recommend":
        moderation.switch(post.pk, None, "recommend")
    elif what in ("lock", "open"):
        moderation.switch(post.pk, None, what)
    elif what == "report":
        moderation.report(post.pk, "Not a question or an experience: an advert for itself.")


def load_discussion():
    """Store the demo threads that are not there yet; return how many posts were added."""
    added = 0
    for key, about, text, name, what, replies in THREADS:
        thread, created = _receive(key, about, text, name, spam=what == "spam")
        if created:
            added += 1
            if what != "lock":
                _settle(thread, what)
            else:
                moderation.decide(thread.pk, None, "approve")
        for reply_key, reply_text, reply_name, reply_what in replies:
            if thread.status != DiscussionStatus.APPROVED and not created:
                continue
            reply, reply_created = _receive(reply_key, about, reply_text, reply_name, thread.pk)
            if reply_created:
                added += 1
                _settle(reply, reply_what)
        if created and what == "lock":
            moderation.switch(thread.pk, None, "lock")  # after its replies came in
    return added
