"""Background work on submissions, run by django-tasks (the ``TASKS`` setting).

``receive()`` enqueues :func:`convert_submission` once the submission's row has
committed. With django-tasks' ImmediateBackend (the default, and what the tests and
the demo use) it runs at once, in the request; a production site names a backend with
workers so contributors never wait for it.

Every accepted contribution reaches review, whatever fails on the way:

- A conversion that fails (``database is locked``, a crash) is recorded on the
  submission (``conversion_attempts``, ``conversion_error``) and tried again after
  ``RETRY_DELAYS``: the task re-enqueues itself with ``run_after`` when the backend can
  defer (django-tasks has no retries of its own); otherwise the sweep tries again.
- :func:`sweep` (the ``iitk_sweep_contributions`` command; run it when the worker starts
  and every few minutes) enqueues every submission still "received" without a draft
  ``SUBMISSION_SWEEP_AFTER`` seconds after it was last touched: ones stored while no
  worker ran, ones whose enqueue failed after the commit, ones awaiting a retry.
- After ``MAX_ATTEMPTS`` tries, or at once when the submission cannot be drafted (the
  tool it is for is no longer published), it is left to a person: the error shows in the
  Submissions inbox, whose "Retry" action (``moderation.retry_conversion``) starts again.

Converting is idempotent (the row is locked, and only a "received" submission without a
draft is converted), so a retry that overlaps another run does nothing.
"""

import datetime
import logging

from django.db import DatabaseError
from django.utils import timezone
from django_tasks import task

from ..conf import iitk_settings
from ..models.submissions import Submission, SubmissionStatus

logger = logging.getLogger("wagtail_iitk.community")

#: Seconds to wait before each retry: 15 s, 1 min, 5 min, 30 min, 2 h.
RETRY_DELAYS = (15, 60, 300, 1800, 7200)
#: Tries before a submission is left to a reviewer (the first, then one per delay).
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
#: The longest error kept on a submission.
ERROR_MAX_LENGTH = 1000


@task()
def convert_submission(submission_id, attempt=1):
    """Turn a received submission into a draft for review (see ``community.conversion``).

    ``attempt`` counts the tries (1 for the first); a failure is recorded and retried.
    """
    # Imported here: conversion needs Wagtail's page machinery, which the intake (and
    # anything importing this module to enqueue) does not.
    from .conversion import NotConvertible, convert

    # Nothing is returned: a task's result must be JSON, and the submission records
    # what became of it.
    try:
        convert(submission_id, strict=True)
    except NotConvertible as reason:
        # Trying again will not help until someone changes something: say why at once.
        _record_failure(submission_id, MAX_ATTEMPTS, f"Could not be drafted: {reason}")
    except Exception as error:  # noqa: BLE001 (any failure is recorded and retried)
        logger.warning(
            "Conversion of submission %s failed (try %s of %s)",
            submission_id,
            attempt,
            MAX_ATTEMPTS,
            exc_info=True,
        )
        _record_failure(submission_id, attempt, f"{type(error).__name__}: {error}")
        if attempt < MAX_ATTEMPTS:
            _retry_later(submission_id, attempt)
        else:
            logger.error(
                "Submission %s was not drafted after %s tries; it awaits a reviewer's retry",
                submission_id,
                attempt,
            )


def _record_failure(submission_id, attempt, message):
    """Note the failed try on the submission (the inbox shows it). The database may be
    the thing that failed: then nothing is noted, and the sweep finds it."""
    try:
        Submission.objects.filter(
            pk=submission_id, status=SubmissionStatus.RECEIVED, page__isnull=True
        ).update(
            conversion_attempts=min(attempt, MAX_ATTEMPTS),
            conversion_error=message[:ERROR_MAX_LENGTH],
            updated_at=timezone.now(),
        )
    except DatabaseError:
        logger.warning("Could not record the failed conversion of %s", submission_id)


def _retry_later(submission_id, attempt):
    """Enqueue the next try after its delay, if the backend can defer a task."""
    delay = datetime.timedelta(seconds=RETRY_DELAYS[attempt - 1])
    try:
        if not convert_submission.get_backend().supports_defer:
            logger.info("Submission %s will be retried by the sweep", submission_id)
            return
        convert_submission.using(run_after=timezone.now() + delay).enqueue(
            submission_id, attempt + 1
        )
    except Exception:  # noqa: BLE001 (the sweep is the safety net)
        logger.warning("Could not queue a retry for %s; the sweep will", submission_id)


def stranded(older_than=None):
    """Submissions still "received" without a draft, untouched for ``older_than``
    seconds (``SUBMISSION_SWEEP_AFTER``), with tries left."""
    if older_than is None:
        older_than = iitk_settings.SUBMISSION_SWEEP_AFTER
    cutoff = timezone.now() - datetime.timedelta(seconds=older_than)
    return Submission.objects.filter(
        status=SubmissionStatus.RECEIVED,
        page__isnull=True,
        conversion_attempts__lt=MAX_ATTEMPTS,
        updated_at__lte=cutoff,
    )


def sweep(older_than=None):
    """Enqueue the conversion of every stranded submission; return how many.

    Each is touched as it is queued, so the next sweep leaves it alone for a while.
    """
    count = 0
    for pk, attempts in (
        stranded(older_than).order_by("pk").values_list("pk", "conversion_attempts")
    ):
        Submission.objects.filter(pk=pk).update(updated_at=timezone.now())
        convert_submission.enqueue(pk, attempts + 1)
        count += 1
    if count:
        logger.info("Queued %s stranded submissions for conversion", count)
    return count
