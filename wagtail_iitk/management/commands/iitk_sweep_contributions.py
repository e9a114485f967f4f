"""``manage.py iitk_sweep_contributions``: queue the conversion of every contribution
left "received" without a draft.

A contribution stays "received" when it was stored while no task worker ran, when its
conversion could not be queued after the commit, or while it awaits a retry. Run this
when the task worker starts and every few minutes (cron, a systemd timer, or
``--every 300`` beside the worker). Those untouched for ``SUBMISSION_SWEEP_AFTER``
seconds (``--older-than``) are queued; ones that failed every try are left to a
reviewer's "Retry" in the Submissions inbox.
"""

import time

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from ...community.tasks import sweep


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=None,
            help="Seconds untouched before a contribution is queued again "
            '(default: WAGTAIL_IITK["SUBMISSION_SWEEP_AFTER"]).',
        )
        parser.add_argument(
            "--every",
            type=int,
            default=0,
            help="Sweep again every this many seconds, until stopped (default: once).",
        )

    def handle(self, *args, older_than=None, every=0, verbosity=1, **options):
        while True:
            try:
                count = sweep(older_than)
            except DatabaseError as error:
                if not every:
                    raise
                self.stderr.write(f"Sweep skipped, the database is unavailable: {error}")
            except Exception as error:  # noqa: BLE001 (a sweeper beside the worker keeps going)
                if not every:
                    raise
                self.stderr.write(f"Sweep failed: {error}")
            else:
                if verbosity:
                    self.stdout.write(f"{count} contributions queued for conversion.")
            if not every:
                return
            time.sleep(every)
