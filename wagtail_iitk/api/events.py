"""``POST events/``: anonymous interaction events from widgets and the toolkit's pages.

Built to be cheap: the body is read and checked without DRF's parsers, bots and
browsers that opted out are answered at once, and a batch costs one query per kind of
item, one for the partner when there is one, and a single upsert. The answer is always
an empty 204 (or a 4xx naming the field); the sender never waits for anything else.
"""

import json

from django.http import HttpResponse
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers as drf
from rest_framework.exceptions import APIException, UnsupportedMediaType, ValidationError
from rest_framework.parsers import JSONParser

from ..conf import iitk_settings
from ..engagement.ingest import EVENT_TYPES, BatchInvalid, ingest, item_kinds, validate_batch
from ..engagement.privacy import not_counted_because, request_origin
from ..engagement.social_proof import admitted
from ..engagement.throttling import EventsRateThrottle
from ..models import PartnerOrganisation
from ..web.views import ToolkitAPIView
from . import serializers as s

#: What ``navigator.sendBeacon`` sends for a string body (no CORS preflight), and JSON.
CONTENT_TYPES = ("application/json", "text/plain")


class PayloadTooLarge(APIException):
    status_code = 413
    default_code = "payload_too_large"
    default_detail = "The request body is too large."


class BeaconParser(JSONParser):
    """JSON sent as text/plain, as sendBeacon does (declared so the schema lists it)."""

    media_type = "text/plain"


def read_batch(request):
    """The decoded JSON body: 415 for another content type, 413 when too large, 400
    (field ``body``) when it is not JSON."""
    content_type = request.META.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
    if content_type not in CONTENT_TYPES:
        raise UnsupportedMediaType(
            content_type or "none",
            detail="Send the events as JSON, with Content-Type application/json or text/plain.",
        )
    limit = iitk_settings.EVENTS_MAX_BODY_BYTES
    too_large = PayloadTooLarge(f"Send at most {limit} bytes of events at once.")
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        raise too_large  # refused before reading a byte of it
    body = request.body
    if len(body) > limit:
        raise too_large
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # bad JSON or encoding; absurd nesting
        raise ValidationError({"body": ["The body is not valid JSON."]}) from None


class EventsView(ToolkitAPIView):
    """Count a batch of events; unknown or hidden items are ignored, not errors."""

    http_method_names = ["post", "options"]
    parser_classes = [JSONParser, BeaconParser]
    throttle_classes = (EventsRateThrottle,)

    def post(self, request, *args, **kwargs):
        data = read_batch(request)
        try:
            partner_key, events = validate_batch(data)
        except BatchInvalid as invalid:
            raise ValidationError(invalid.fields) from None
        if not_counted_because(request) is None:
            # "used" and "helpful" are public figures: only from pages that may vouch,
            # and within each address's daily cap (engagement.social_proof).
            events = admitted(request, events)
            if events:
                partner = PartnerOrganisation.for_key(partner_key) if partner_key else None
                ingest(events, partner=partner, origin=request_origin(request))
        response = HttpResponse(status=204)
        del response["Content-Type"]  # no body, so no type
        return response


class EventSerializer(drf.Serializer):
    type = drf.ChoiceField(choices=EVENT_TYPES)
    kind = drf.ChoiceField(choices=item_kinds())
    item = drf.CharField(
        allow_blank=True,
        max_length=255,
        help_text='The slug; a question\'s id as a string ("12"); "" for the toolkit itself.',
    )


class EventBatchSerializer(drf.Serializer):
    partner = drf.CharField(
        required=False, help_text="The partner's public widget key, when a widget sends it."
    )
    events = drf.ListField(
        child=EventSerializer(),
        min_length=1,
        max_length=50,
        help_text='1 to 50 events (WAGTAIL_IITK["EVENTS_MAX_BATCH"]).',
    )


EventsView.openapi = {
    "operation_id": "send_events",
    "summary": "Count interaction events (anonymous; aggregated per day)",
    "request": EventBatchSerializer,
    "responses": {
        204: OpenApiResponse(description="Received. Nothing is returned."),
        400: s.ErrorSerializer,
        413: s.ErrorSerializer,
        415: s.ErrorSerializer,
        429: s.ErrorSerializer,
        503: s.ErrorSerializer,
    },
}
