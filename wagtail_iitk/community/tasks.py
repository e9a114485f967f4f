"""Background work on submissions, run by django-tasks (the ``TASKS`` setting).

``receive()`` enqueues :func:`convert_submission` once the submission's row has
committed. With django-tasks' ImmediateBackend (the default, and what the tests and
the demo use) it runs at once, in the request; a production site can name a backend
with workers so contributors never wait for it.
"""

from django_tasks import task


@task()
def convert_submission(submission_id):
    """Turn a received submission into a draft for review (see ``community.conversion``)."""
    # Imported here: conversion needs Wagtail's page machinery, which the intake (and
    # anything importing this module to enqueue) does not.
    from .conversion import convert

    # Nothing is returned: a task's result must be JSON, and the submission records
    # what became of it.
    convert(submission_id)
