"""A known dataset for the engagement reports, with its totals worked out by hand.

March 2025: Saturday 1 March to Monday 31 March, 31 days in six weeks (from Monday):
24 Feb (2 days in March), 3, 10, 17 and 24 March (7 each), 31 March (1 day).
Rows just outside the month, about an unpublished tool, a deleted tool and the toolkit
itself must never be counted.
"""

import datetime
from dataclasses import dataclass

from wagtail_iitk.models import DailyEngagement, PartnerOrganisation

from ..factories import make_framework, make_question, make_story, make_tool

START = datetime.date(2025, 3, 1)
END = datetime.date(2025, 3, 31)
NORTH = "https://intranet.northshire.nhs.uk"
SOUTH = "https://staff.southvale.nhs.uk"
ELSEWHERE = "https://other.example.org"

#: Weeks of March 2025: (Monday, days in March).
WEEKS = [
    (datetime.date(2025, 2, 24), 2),
    (datetime.date(2025, 3, 3), 7),
    (datetime.date(2025, 3, 10), 7),
    (datetime.date(2025, 3, 17), 7),
    (datetime.date(2025, 3, 24), 7),
    (datetime.date(2025, 3, 31), 1),
]
COLUMNS = (
    "views",
    "impressions",
    "opens",
    "uses",
    "helpful",
    "downloads",
    "worksheets",
    "prints",
    "saves",
    "cards",
)


@dataclass
class World:
    fishbone: object
    mapping: object
    unpublished: object
    framework: object
    story: object
    question: object
    north: object
    south: object
    closed: object
    deleted_tool_id: int


def day(n, month=3):
    return datetime.date(2025, month, n)


def add(when, item, event, count, partner=None, origin="", kind=None):
    """One daily row; ``item`` is a page or question (or an id, with ``kind``)."""
    if kind is None:
        kind = {
            "ToolPage": "tool",
            "FrameworkPage": "framework",
            "StoryPage": "story",
            "Question": "question",
        }[type(item).__name__]
    item_id = item if isinstance(item, int) else item.pk
    return DailyEngagement.objects.create(
        day=when,
        item_kind=kind,
        item_id=item_id,
        event=event,
        partner=partner,
        origin=origin,
        count=count,
    )


def build():
    """The content and the rows. Needs the ``toolkit`` fixture (the index pages)."""
    fishbone = make_tool(title="Fishbone diagram", slug="fishbone")
    mapping = make_tool(title="Process mapping", slug="process-mapping")
    unpublished = make_tool(title="Run chart", slug="run-chart", publish=False)
    gone = make_tool(title="Gantt chart", slug="gantt-chart")
    framework = make_framework(title="Model for Improvement")
    story = make_story(title="Shorter waits in outpatients", tools=[fishbone])
    question = make_question(wording="What do the people using the service need?")
    north = PartnerOrganisation.objects.create(
        name="Northshire Hospitals NHS Trust", allowed_origins=NORTH
    )
    south = PartnerOrganisation.objects.create(name="Southvale Community Trust")
    closed = PartnerOrganisation.objects.create(name="Closed Trust", active=False)
    world = World(
        fishbone, mapping, unpublished, framework, story, question, north, south, closed, gone.pk
    )

    add(day(28, 2), fishbone, "used", 100)  # the day before: outside
    add(day(1), fishbone, "used", 2, north, NORTH)  # first day: inside
    add(day(1), fishbone, "view", 10)
    add(day(5), fishbone, "used", 3)
    add(day(5), fishbone, "used", 4, north, NORTH)
    add(day(5), fishbone, "impression", 40, north, NORTH)
    add(day(5), fishbone, "open", 6, north, NORTH)
    add(day(12), mapping, "used", 5, south, SOUTH)
    add(day(12), mapping, "impression", 20, south, SOUTH)
    add(day(12), mapping, "impression", 5, south, ELSEWHERE)
    add(day(12), mapping, "open", 1, south, SOUTH)
    add(day(5), fishbone, "worksheet_open", 8)
    add(day(5), fishbone, "worksheet_print", 3)
    add(day(5), fishbone, "worksheet_save", 2)
    add(day(12), mapping, "card_download", 1, south, SOUTH)
    add(day(20), framework, "view", 30)
    add(day(20), framework, "helpful", 3)
    add(day(25), story, "view", 12, north, NORTH)
    add(day(25), story, "download", 4)
    add(day(31), question, "view", 7)  # last day: inside
    add(day(31), question, "helpful", 1)
    add(day(1, 4), mapping, "used", 50)  # the day after: outside
    add(day(10), unpublished, "used", 99)  # not live
    add(day(10), gone.pk, "used", 77, kind="tool")  # deleted below
    add(day(10), gone.pk, "impression", 1000, south, SOUTH, kind="tool")  # deleted below
    add(day(15), 0, "share_started", 9, north, NORTH, kind="toolkit")  # not an item
    gone.delete()
    return world


#: March 2025, every partner, every kind: title -> (kind, views, impressions, opens,
#: uses, helpful, downloads, worksheets, prints, saves, cards), ranked by uses then title.
MARCH = {
    "Fishbone diagram": ("Tool", 10, 40, 6, 9, 0, 0, 8, 3, 2, 0),
    "Process mapping": ("Tool", 0, 25, 1, 5, 0, 0, 0, 0, 0, 1),
    "Model for Improvement": ("Framework", 30, 0, 0, 0, 3, 0, 0, 0, 0, 0),
    "Shorter waits in outpatients": ("Story", 12, 0, 0, 0, 0, 4, 0, 0, 0, 0),
    "What do the people using the service need?": ("Question", 7, 0, 0, 0, 1, 0, 0, 0, 0, 0),
}

#: Per week of March 2025: views, impressions, opens, uses, helpful, downloads,
#: worksheets, prints, saves, cards.
MARCH_WEEKS = [
    (10, 0, 0, 2, 0, 0, 0, 0, 0, 0),
    (0, 40, 6, 7, 0, 0, 8, 3, 2, 0),
    (0, 25, 1, 5, 0, 0, 0, 0, 0, 1),
    (30, 0, 0, 0, 3, 0, 0, 0, 0, 0),
    (12, 0, 0, 0, 0, 4, 0, 0, 0, 0),
    (7, 0, 0, 0, 1, 0, 0, 0, 0, 0),
]
MARCH_TOTALS = (59, 65, 7, 14, 4, 4, 8, 3, 2, 1)
