"""``manage.py iitk_erase_event_registrations``: erase the names, emails and
organisations of people who registered for events that ended more than
``EVENT_RETENTION_DAYS`` days ago (``--days``). Run it daily (cron, a systemd timer),
or beside the task worker with ``--every 3600``."""

import time

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from ...events.retention import erase_personal_data


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help='Days after an event ends (default: WAGTAIL_IITK["EVENT_RETENTION_DAYS"]).',
        )
        parser.add_argument(
            "--every",
            type=int,
            default=0,
            help="Run again every this many seconds, until stopped (default: once).",
        )

    def handle(self, *args, days=None, every=0, verbosity=1, **options):
        while True:
            try:
                count = erase_personal_data(days=days)
            except DatabaseError as error:
                if not every:
                    raise
                self.stderr.write(f"Skipped, the database is unavailable: {error}")
            else:
                if verbosity:
                    self.stdout.write(f"Erased the personal data of {count} registrations.")
            if not every:
                return
            time.sleep(every)
