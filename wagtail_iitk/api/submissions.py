"""``POST submissions/``: community contributions from the widget and API clients.

Checks run cheapest first: the client's rate (429), where the post comes from (403),
its content type (415) and size (413, before a byte is read), then the JSON itself; the
rest is :func:`wagtail_iitk.community.intake.receive`, shared with the site's forms.
Every answer is JSON in the API's one error shape, and never cached.

Posts are accepted only from allowed origins: the toolkit's own, the allowed origins of
active partners and ``WAGTAIL_IITK["SUBMISSION_ALLOWED_ORIGINS"]`` (see
:func:`origin_allowed`). Any other origin gets a 403 ``origin_not_allowed`` before the
body is read; CORS grants every origin the preflight and the answer (``api.cors``), so
the page can read that 403 and tell its reader, rather than see a bare network error. A
request with no Origin header is not from a browser page, and is let through.
"""

import json

from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response

from ..community.fields import UNSTORABLE
from ..community.intake import IdempotencyKeyReused, SubmissionInvalid, receive
from ..conf import iitk_settings
from ..models import PartnerOrganisation
from ..models.submissions import SubmissionChannel
from ..web.errors import error_body
from ..web.origins import clean_source, origin_allowed
from ..web.throttling import SubmissionRateThrottle
from ..web.views import ToolkitAPIView
from .submission_docs import SUBMISSIONS_OPENAPI

#: Response headers a page on another origin may read (CORS hides them otherwise).
EXPOSED_HEADERS = "Retry-After, Idempotent-Replayed"


def _not_json(constant):
    raise ValueError(f"{constant} is not JSON")


def error(status_code, code, message, fields=None, headers=None):
    return Response(error_body(code, message, fields), status=status_code, headers=headers)


def invalid(fields):
    names = ", ".join(fields)
    return error(400, "invalid", _("Check these fields: %(names)s.") % {"names": names}, fields)


class SubmissionsView(ToolkitAPIView):
    """Receive one contribution; answer 202 with a reference the contributor can quote."""

    http_method_names = ["post", "options"]
    throttle_classes = (SubmissionRateThrottle,)
    openapi = SUBMISSIONS_OPENAPI
    #: The submission kind of every body posted here, or None when the body names it.
    submission_kind = None
    # Its messages reach contributors (the share widget shows them): their language.
    in_site_language = False

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Cache-Control"] = "no-store"
        response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        return response

    def post(self, request, *args, **kwargs):
        http = request._request
        if not origin_allowed(http):
            return error(
                403, "origin_not_allowed", _("Submissions are not accepted from this site.")
            )
        if (http.content_type or "").lower() != "application/json":
            return error(
                415, "unsupported_media_type", _("Send the submission as application/json.")
            )
        limit = iitk_settings.SUBMISSION_MAX_BODY_BYTES
        try:
            declared = int(http.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > limit or len(http.body) > limit:
            return error(
                413,
                "payload_too_large",
                _("A submission may be at most %(limit)s bytes long.") % {"limit": limit},
            )
        try:
            data = json.loads(http.body, parse_constant=_not_json)
        except (ValueError, RecursionError):  # not JSON or not UTF-8; absurd nesting
            return invalid({"body": [_("The body is not valid JSON.")]})
        if not isinstance(data, dict):
            return invalid({"body": [_("Must be a JSON object.")]})
        partner_key = data.get("partner")
        storable = isinstance(partner_key, str) and not UNSTORABLE.search(partner_key)
        partner = PartnerOrganisation.for_key(partner_key) if storable else None
        # A browser sends Origin with every fetch POST: that is the widget (on the
        # toolkit's own pages or a partner's). Scripts and services send none.
        origin = http.headers.get("Origin")
        channel = SubmissionChannel.WIDGET if origin else SubmissionChannel.API
        try:
            submission, created = receive(
                data,
                channel=channel,
                idempotency_key=http.headers.get("Idempotency-Key"),
                origin=(clean_source(origin) or "") if origin else "",
                partner=partner,
                kind=self.submission_kind,
            )
        except SubmissionInvalid as problem:
            return invalid(problem.fields)
        except IdempotencyKeyReused:
            return error(
                409,
                "idempotency_key_reused",
                _(
                    "This Idempotency-Key was sent before with a different submission. "
                    "Make a new key for each new submission."
                ),
            )
        headers = {} if created else {"Idempotent-Replayed": "true"}
        # Spam gets the same answer as anything else: the sender is never told.
        body = {"reference": submission.reference, "kind": submission.kind, "status": "received"}
        return Response(body, status=status.HTTP_202_ACCEPTED, headers=headers)
