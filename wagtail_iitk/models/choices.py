"""Fixed choices for tool effort, evidence, story settings and framework fit."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Expertise(models.TextChoices):
    NONE = "none", _("None: anyone can use it")
    SOME = "some", _("Some: a little training or practice helps")
    SPECIALIST = "specialist", _("Specialist: needs a trained practitioner")


class Duration(models.TextChoices):
    UNDER_AN_HOUR = "under-an-hour", _("Under an hour")
    HALF_DAY = "half-day", _("Half a day")
    DAY = "day", _("A day")
    DAYS = "days", _("Several days")
    WEEKS = "weeks", _("Weeks or longer")


class Facilitation(models.TextChoices):
    NONE = "none", _("Not needed")
    HELPFUL = "helpful", _("Helpful")
    ESSENTIAL = "essential", _("Essential")


class DataNeeds(models.TextChoices):
    NONE = "none", _("None")
    QUALITATIVE = "qualitative", _("Qualitative")
    QUANTITATIVE = "quantitative", _("Quantitative")
    MIXED = "mixed", _("Qualitative and quantitative")


class EvidenceLevel(models.TextChoices):
    ESTABLISHED = "established", _("Established in healthcare")
    ADAPTED = "adapted", _("Adapted from elsewhere")
    EMERGING = "emerging", _("Emerging")


class Complexity(models.TextChoices):
    CLEAR = "clear", _("Clear")
    COMPLICATED = "complicated", _("Complicated")
    COMPLEX = "complex", _("Complex")
    CHAOTIC = "chaotic", _("Chaotic")
    ANY = "any", _("Any")


class Scale(models.TextChoices):
    TEAM = "team", _("A team")
    SERVICE = "service", _("A service")
    ORGANISATION = "organisation", _("An organisation")
    CROSS_ORGANISATION = "cross-organisation", _("Across organisations")


class CareSector(models.TextChoices):
    ACUTE = "acute", _("Acute care")
    PRIMARY = "primary", _("Primary care")
    COMMUNITY = "community", _("Community care")
    MENTAL_HEALTH = "mental-health", _("Mental health")
    SOCIAL_CARE = "social-care", _("Social care")
    AMBULANCE = "ambulance", _("Ambulance service")
    OTHER = "other", _("Other")


class Nation(models.TextChoices):
    ENGLAND = "england", _("England")
    SCOTLAND = "scotland", _("Scotland")
    WALES = "wales", _("Wales")
    NORTHERN_IRELAND = "northern-ireland", _("Northern Ireland")


class WouldUseAgain(models.TextChoices):
    YES = "yes", _("Yes")
    MAYBE = "maybe", _("Maybe")
    NO = "no", _("No")


class GroupSize(models.TextChoices):
    """How many people a tool is used with: a filter over its fewest and most
    participants (a tool matches every size its range overlaps)."""

    ONE_OR_TWO = "1-2", _("One or two people")
    SMALL = "3-8", _("A small group (3 to 8)")
    LARGE = "9-plus", _("A large group (9 or more)")


#: Each group size's (fewest, most) people; None: no upper limit.
GROUP_SIZE_RANGES = {
    GroupSize.ONE_OR_TWO: (1, 2),
    GroupSize.SMALL: (3, 8),
    GroupSize.LARGE: (9, None),
}


def group_sizes(fewest, most):
    """The group sizes a tool for ``fewest`` to ``most`` people (None: no limit) suits."""
    fewest = fewest or 1
    return [
        size
        for size, (low, high) in GROUP_SIZE_RANGES.items()
        if (high is None or fewest <= high) and (most is None or most >= low)
    ]
