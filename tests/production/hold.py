"""A test-only app for the servers these tests start: a submission whose title begins
with "HOLD" stops its worker right after the row is inserted, inside the intake's
transaction (uncommitted), and says so by writing the worker's pid to IITK_TEST_HOLD_FILE.
The test then kills the worker there: mid-request, mid-write."""

import os
import time

from django.apps import AppConfig
from django.db.models.signals import post_save


def hold_in_the_transaction(sender, instance, created, **kwargs):
    title = (instance.received_data or {}).get("title", "")
    marker = os.environ.get("IITK_TEST_HOLD_FILE")
    if created and marker and title.startswith("HOLD"):
        with open(marker, "w") as file:
            file.write(str(os.getpid()))
        time.sleep(120)  # until the test kills this process


class HoldConfig(AppConfig):
    name = "tests.production"
    label = "iitk_test_hold"

    def ready(self):
        from wagtail_iitk.models import Submission

        post_save.connect(hold_in_the_transaction, sender=Submission)
