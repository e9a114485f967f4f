"""The retention policy of registrants' personal data.

Once an event has been over for ``EVENT_RETENTION_DAYS`` days, the names, emails and
organisations of everyone who registered for it are erased; the rows stay (their status
and times hold no personal data), so counts of places taken survive. Run by
``manage.py iitk_erase_event_registrations`` (beside the task worker, ``--every``), or
queue :func:`erase_event_registrations`.
"""

import datetime
import logging

from django.utils import timezone
from django_tasks import task

from ..conf import iitk_settings
from ..models import EventRegistration

logger = logging.getLogger("wagtail_iitk.events")


def erase_personal_data(now=None, days=None):
    """Erase the personal data of registrations for events over ``days`` ago (by
    default ``EVENT_RETENTION_DAYS``); returns how many registrations were erased."""
    now = now or timezone.now()
    days = iitk_settings.EVENT_RETENTION_DAYS if days is None else days
    cutoff = now - datetime.timedelta(days=days)
    erased = EventRegistration.objects.filter(
        event__end__lte=cutoff, erased_at__isnull=True
    ).update(name="", email="", organisation="", erased_at=now)
    if erased:
        logger.info("Erased the personal data of %s event registrations", erased)
    return erased


@task()
def erase_event_registrations():
    """The retention policy as a task (a scheduler may queue it daily)."""
    return erase_personal_data()
