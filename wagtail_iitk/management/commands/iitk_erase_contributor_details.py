"""``manage.py iitk_erase_contributor_details``: erase contributors' contact details
``CONTRIBUTOR_RETENTION_DAYS`` after the decision on their contribution.

Names, roles, organisations and emails go; a name and organisation published as a
credit, with the contributor's consent, stay; the submission and its audit log stay
(see ``wagtail_iitk.community.retention``). Safe to run as often as you like: what is
erased stays erased and is not counted again. Run it daily (cron, a systemd timer), or
``--every 3600`` beside the task worker, as ``example_site/serve.py`` does; with
``--enqueue`` each run is a django-tasks task for the worker instead.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from ...community.retention import erase_expired, erase_expired_contributor_details


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Days after the decision "
            '(default: WAGTAIL_IITK["CONTRIBUTOR_RETENTION_DAYS"], 180 unless set).',
        )
        parser.add_argument(
            "--every",
            type=int,
            default=0,
            help="Run again every this many seconds, until stopped (default: once).",
        )
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Enqueue the erasure as a task for the task worker instead of running it.",
        )

    def handle(self, *args, days=None, every=0, enqueue=False, verbosity=1, **options):
        if days is not None and days < 1:
            raise CommandError("--days must be at least 1.")
        while True:
            try:
                if enqueue:
                    erase_expired_contributor_details.enqueue(days)
                    message = "Erasure of old contributor details queued."
                else:
                    count = erase_expired(days)
                    message = f"Erased the contact details of {count} decided submissions."
            except DatabaseError as error:
                if not every:
                    raise
                self.stderr.write(f"Erasure skipped, the database is unavailable: {error}")
            else:
                if verbosity:
                    self.stdout.write(message)
            if not every:
                return
            time.sleep(every)
