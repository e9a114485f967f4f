"""``receive()``: the one way a contribution comes in (API, widget and site forms).

A contribution is validated, screened and stored in one transaction, exactly as it was
received; only after that commits is its conversion to a draft queued. Nothing is
stored for a body that fails validation, and a database fault stores nothing at all.

Repeats never make a second submission:

- With an ``Idempotency-Key`` (the widget always sends one, the site forms make one per
  form shown), the key is stored in a unique column. A repeat finds it and gets the
  first answer; two posts racing with the same key both try to insert it, the database's
  unique constraint lets one in, and the other (on PostgreSQL it waits for the first
  transaction, on SQLite writers take turns) finds the row the winner stored. The same
  key with a different body is refused (:class:`IdempotencyKeyReused`).
- Without a key, the key is made from the body's fingerprint (``"auto <sha256>"``; it
  has a space, which a client's key cannot), so identical posts race for one unique
  value in the same way. After ``SUBMISSION_DUPLICATE_WINDOW`` seconds the old row gives
  the key up (it is set to NULL) and an identical body is stored as new.

Both work on any database with unique constraints, with no locks of our own.
"""

import datetime
import hashlib
import json
import logging
import re

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..conf import iitk_settings
from ..models.submissions import Submission, SubmissionKind, SubmissionStatus
from . import screening
from .fields import check_storable
from .sanitising import without_direction_controls
from .schema import SubmissionInvalid, validate

logger = logging.getLogger("wagtail_iitk.community")

#: An Idempotency-Key is 8 to 255 visible ASCII characters.
IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{8,255}$")
IMPLICIT_KEY_PREFIX = "auto "
#: Fields left out of the fingerprint: they differ between a first try and its retry.
VOLATILE = frozenset({"elapsed_ms"})
#: Inserts tried before giving up (a reference collision, or a stale implicit key).
ATTEMPTS = 3

__all__ = ["IdempotencyKeyReused", "SubmissionInvalid", "fingerprint", "receive"]


class IdempotencyKeyReused(Exception):
    """The Idempotency-Key was used before with a different body."""

    def __init__(self, submission):
        self.submission = submission
        super().__init__("This Idempotency-Key was used for a different submission.")


def fingerprint(data):
    """A SHA-256 of the body in a canonical form (keys sorted), volatile fields left out."""
    stable = {key: value for key, value in data.items() if key not in VOLATILE}
    canonical = json.dumps(stable, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def check_idempotency_key(key):
    """Raise SubmissionInvalid unless ``key`` is None or 8 to 255 visible ASCII characters."""
    if key is not None and not IDEMPOTENCY_KEY.match(key):
        raise SubmissionInvalid(
            {"Idempotency-Key": [_("Must be 8 to 255 visible ASCII characters, such as a UUID.")]}
        )


def _stored(key):
    """The submission stored with this idempotency key, or None."""
    return Submission.objects.filter(idempotency_key=key).first()


def _replay(existing, print_, explicit_key):
    if explicit_key and existing.fingerprint != print_:
        raise IdempotencyKeyReused(existing)
    return existing, False


def _enqueue_conversion(submission_id):
    from .tasks import convert_submission

    convert_submission.enqueue(submission_id)


def _build(data, cleaned, *, channel, key, print_, origin, partner):
    values = cleaned.values
    elapsed = values.get("elapsed_ms")
    signals = screening.spam_signals(
        honeypot=data.get("website"),
        elapsed_ms=elapsed,
        texts=cleaned.texts,
        min_seconds=iitk_settings.SUBMISSION_MIN_SECONDS,
        max_links=iitk_settings.SUBMISSION_MAX_LINKS,
    )
    contributor = cleaned.contributor
    return Submission(
        kind=cleaned.kind,
        status=SubmissionStatus.SPAM if signals else SubmissionStatus.RECEIVED,
        channel=channel,
        received_data=data,
        tool=cleaned.tool,
        contributor_name=contributor.get("name") or "",
        contributor_role=contributor.get("role") or "",
        contributor_organisation=contributor.get("organisation") or "",
        contributor_email=contributor.get("email") or "",
        credit_contributor=bool(contributor.get("credit")),
        consent_to_publish=True,
        no_patient_data=True,
        partner=partner,
        origin=(origin or "")[:255],
        idempotency_key=key,
        fingerprint=print_,
        pii_flags=screening.pii_flags(cleaned.texts),
        spam_signals=signals,
    )


def _validator(kind):
    """How a body of ``kind`` is checked: the submission kinds are told apart by the
    body's own ``kind``; a discussion post is posted to its own endpoint, without one."""
    if kind == SubmissionKind.DISCUSSION:
        from .discussion.schema import validate_post

        return validate_post
    return validate


def _store_kind_rows(submission, cleaned):
    """Rows a kind keeps beside its submission, in the same transaction."""
    if cleaned.kind == SubmissionKind.DISCUSSION:
        from .discussion.posting import store_post

        store_post(submission, cleaned)


def receive(data, *, channel, idempotency_key=None, origin="", partner=None, kind=None):
    """Validate, screen and store one contribution; return ``(submission, created)``.

    ``data`` is the body as received (the contract's JSON object); it is stored as it
    is, less any Unicode direction controls (``sanitising.without_direction_controls``).
    ``channel`` is "api", "widget" or "site"; ``origin`` the sending page's origin;
    ``partner`` a PartnerOrganisation or None. ``created`` is False for a repeat, which
    returns the submission first stored. ``kind`` is given for a body that does not
    name its own (a discussion post, from ``discussions/``).

    Raises SubmissionInvalid (with ``fields``) for a bad body or key,
    IdempotencyKeyReused for a key used with another body, and DatabaseError when the
    database fails (then nothing is stored).
    """
    check_idempotency_key(idempotency_key)
    if not isinstance(data, dict):
        raise SubmissionInvalid({"body": [_("Must be a JSON object.")]})
    # Direction overrides could make a title read differently in the inbox: they are
    # removed before anything else sees the body, and never stored.
    data = without_direction_controls(data)
    check_storable(data)  # before anything encodes the body
    print_ = fingerprint(data)
    if idempotency_key:
        existing = _stored(idempotency_key)
        if existing is not None:
            return _replay(existing, print_, explicit_key=True)
    cleaned = _validator(kind)(data)
    key = idempotency_key or IMPLICIT_KEY_PREFIX + print_
    window = datetime.timedelta(seconds=iitk_settings.SUBMISSION_DUPLICATE_WINDOW)
    for _attempt in range(ATTEMPTS):
        submission = _build(
            data, cleaned, channel=channel, key=key, print_=print_, origin=origin, partner=partner
        )
        try:
            with transaction.atomic():
                submission.save()
                _store_kind_rows(submission, cleaned)
                if submission.status == SubmissionStatus.RECEIVED:
                    transaction.on_commit(
                        lambda pk=submission.pk: _enqueue_conversion(pk), robust=True
                    )
        except IntegrityError:
            # Another post with this key got in first (it may have committed after the
            # look-up above): answer as it was answered.
            existing = _stored(key)
            if existing is None:
                continue  # the reference was taken: try again with a new one
            if idempotency_key or existing.received_at >= timezone.now() - window:
                return _replay(existing, print_, explicit_key=bool(idempotency_key))
            # An identical body from long ago: it gives up the implicit key.
            Submission.objects.filter(pk=existing.pk, idempotency_key=key).update(
                idempotency_key=None
            )
            continue
        logger.info(
            "Received submission %s (%s, %s, %s)",
            submission.reference,
            submission.kind,
            channel,
            submission.status,
        )
        return submission, True
    raise IntegrityError("Could not store the submission after several attempts.")
