"""Demo events: six coming up and four past, all fictional, dated from the day the demo
is loaded so the upcoming ones stay upcoming for weeks. Called by ``load_demo_content``.
"""

import datetime
import zoneinfo

from wagtail_iitk.models import (
    EventIndexPage,
    EventPage,
    EventRegistration,
    FrameworkPage,
    Perspective,
    StoryPage,
    ToolPage,
)

LONDON = zoneinfo.ZoneInfo("Europe/London")

#: (days from today, start "HH:MM" and length in minutes, London time) and the event.
EVENTS = [
    {
        "slug": "process-mapping-workshop",
        "title": "Process mapping workshop: walk it before you draw it",
        "days": 9, "at": "10:00", "minutes": 180, "format": "workshop",
        "summary": "A hands-on morning for teams about to map a pathway for the first "
        "time. Bring a process you want to understand; leave with a first map and a plan "
        "to check it with the people who do the work.",
        "place": "Learning centre, room 3, Riverside General Hospital (fictional)",
        "organiser": "The toolkit team", "audience": "Ward and clinic teams new to mapping",
        "capacity": 3, "registration": "toolkit",
        "tools": ["process-map", "swimlane-diagram"], "perspectives": ["systems"],
        "registrants": 3,
    },
    {
        "slug": "what-could-go-wrong-online",
        "title": "What could possibly go wrong? An online discussion",
        "days": 16, "at": "12:30", "minutes": 60, "format": "online-discussion",
        "summary": "An hour's conversation about looking for risk before a change goes "
        "live. Three improvers share how they ran a structured what-if session, then "
        "questions from everyone.",
        "online_url": "https://meet.example.org/iitk-risk-discussion",
        "organiser": "Risk perspective interest group (fictional)",
        "audience": "Anyone planning a change to a service", "registration": "none",
        "tools": ["swift", "fmea"], "perspectives": ["risk"],
    },
    {
        "slug": "co-design-site-visit",
        "title": "Site visit: co-designing a leg ulcer clinic",
        "days": 23, "at": "13:30", "minutes": 150, "format": "site-visit",
        "summary": "See a community clinic that patients helped redesign, and hear from "
        "the nurses and patients who did it about what they would change next time.",
        "place": "Elm Street Health Centre, Northtown (fictional)",
        "organiser": "Northtown Community Services (fictional)",
        "audience": "Community teams and patient partners", "capacity": 12,
        "registration": "toolkit", "frameworks": ["experience-based-co-design"],
        "perspectives": ["people", "design"],
    },
    {
        "slug": "pdsa-and-run-charts-training",
        "title": "Training: small tests of change with PDSA and run charts",
        "days": 37, "at": "09:30", "minutes": 390, "format": "training",
        "summary": "A day's training in planning small tests, measuring them over time and "
        "telling real change from noise. No previous training needed.",
        "place": "Education centre, Hillside Infirmary (fictional)",
        "organiser": "Regional improvement academy (fictional)",
        "audience": "Clinicians and managers starting an improvement project",
        "registration": "external", "booking_url": "https://booking.example.org/pdsa-day",
        "tools": ["pdsa-cycle", "run-chart"], "frameworks": ["model-for-improvement"],
    },
    {
        "slug": "stakeholder-mapping-clinic",
        "title": "Stakeholder mapping clinic",
        "days": 51, "at": "14:00", "minutes": 90, "format": "workshop",
        "summary": "Bring the list of people your project affects. In small groups, sort "
        "them by influence and interest and decide who to involve first.",
        "online_url": "https://meet.example.org/iitk-stakeholders",
        "organiser": "The toolkit team", "audience": "Project leads", "capacity": 20,
        "registration": "toolkit", "tools": ["stakeholder-analysis"],
        "perspectives": ["people"],
    },
    {
        "slug": "systems-thinking-for-managers",
        "title": "Systems thinking for service managers",
        "days": 72, "at": "10:00", "minutes": 240, "format": "training",
        "summary": "Four hours on seeing a service as a system: its purpose, its boundary, "
        "and the loops that keep a problem in place. With exercises from real pathways.",
        "place": "Conference suite, Riverside General Hospital (fictional)",
        "organiser": "The toolkit team", "audience": "Service and operational managers",
        "capacity": 30, "registration": "toolkit",
        "tools": ["causal-loop-diagram", "rich-picture"],
        "frameworks": ["engineering-better-care"], "perspectives": ["systems"],
    },
    {
        "slug": "discharge-medicines-workshop",
        "title": "Workshop: speeding up medicines to take home",
        "days": -12, "at": "10:00", "minutes": 180, "format": "workshop",
        "summary": "Teams mapped the wait for medicines to take home and picked the first "
        "change to test.",
        "place": "Pharmacy seminar room, Riverside General Hospital (fictional)",
        "organiser": "The toolkit team", "audience": "Pharmacy and ward teams",
        "capacity": 25, "registration": "toolkit", "tools": ["process-map", "five-whys"],
        "write_up": "faster-take-home-medicines",
    },
    {
        "slug": "handover-risk-discussion",
        "title": "Online discussion: safer handovers in a crisis",
        "days": -40, "at": "12:30", "minutes": 60, "format": "online-discussion",
        "summary": "A discussion of what a crisis team learned about handovers, and the "
        "questions other teams asked.",
        "online_url": "https://meet.example.org/iitk-handover",
        "organiser": "Risk perspective interest group (fictional)",
        "audience": "Crisis and urgent care teams", "registration": "none",
        "tools": ["swift"], "perspectives": ["risk"], "write_up": "safer-crisis-handovers",
    },
    {
        "slug": "lean-site-visit",
        "title": "Site visit: a day in a Lean pathology lab",
        "days": -75, "at": "09:30", "minutes": 240, "format": "site-visit",
        "summary": "Visitors followed samples through a laboratory that redesigned its flow.",
        "place": "Pathology department, Hillside Infirmary (fictional)",
        "organiser": "Hillside Pathology (fictional)", "audience": "Laboratory teams",
        "capacity": 10, "registration": "toolkit", "frameworks": ["lean"],
        "tools": ["value-stream-mapping", "spaghetti-diagram"],
    },
    {
        "slug": "introduction-to-the-toolkit",
        "title": "Training: an introduction to the toolkit",
        "days": -130, "at": "14:00", "minutes": 120, "format": "training",
        "summary": "How to start from a question or from an activity, and find tools that "
        "fit your project.",
        "online_url": "https://meet.example.org/iitk-intro",
        "organiser": "The toolkit team", "audience": "Anyone new to the toolkit",
        "registration": "none", "frameworks": ["improving-improvement"],
    },
]  # fmt: skip


def _moment(today, days, at):
    hour, minute = (int(part) for part in at.split(":"))
    day = today + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=LONDON)


def load_events(home, today):
    """Add the demo events under the toolkit's events index; returns how many were added."""
    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        return 0
    added = 0
    for data in EVENTS:
        if EventPage.objects.filter(slug=data["slug"]).exists():
            continue
        start = _moment(today, data["days"], data["at"])
        event = EventPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            format=data["format"],
            start=start,
            end=start + datetime.timedelta(minutes=data["minutes"]),
            place=data.get("place", ""),
            online_url=data.get("online_url", ""),
            organiser=data["organiser"],
            audience=data.get("audience", ""),
            capacity=data.get("capacity"),
            registration=data["registration"],
            booking_url=data.get("booking_url", ""),
            write_up=StoryPage.objects.filter(slug=data.get("write_up", "")).first(),
        )
        event.tools.set(ToolPage.objects.filter(slug__in=data.get("tools", [])))
        event.frameworks.set(FrameworkPage.objects.filter(slug__in=data.get("frameworks", [])))
        event.perspectives.set(Perspective.objects.filter(slug__in=data.get("perspectives", [])))
        index.add_child(instance=event)
        event.save_revision(log_action=False).publish(log_action=False)
        for n in range(data.get("registrants", 0)):
            # Fictional people at the reserved example.org domain: the first event is
            # full, so the demo shows the waiting list.
            EventRegistration.objects.create(
                event=event,
                name=f"Demo registrant {n + 1}",
                email=f"registrant{n + 1}@example.org",
                organisation="Riverside General Hospital (fictional)",
                status="confirmed",
            )
        added += 1
    return added
