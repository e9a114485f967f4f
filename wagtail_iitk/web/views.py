"""The base of every read endpoint: JSON only, no cookies, cached, conditional."""

import time

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.module_loading import import_string
from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.parsers import JSONParser
from rest_framework.views import APIView

from ..models import ContentVersion
from . import caching
from .errors import exception_handler
from .links import Links
from .partner_keys import WARNING_HEADER, partner_warning
from .rendering import CompactJSONRenderer
from .throttling import ToolkitRateThrottle


class JSONOnly(BaseContentNegotiation):
    """Always JSON: no browsable API, no ``?format=`` switch, no JSONP."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class LazySchema:
    """Hands out the API's ``ToolkitSchema`` on first access. Named by dotted path: the
    schema belongs to the API, and this module imports no surface."""

    def __get__(self, instance, owner):
        schema = import_string("wagtail_iitk.api.schema.ToolkitSchema")()
        return schema.__get__(instance, owner) if instance is not None else schema


def check_content_length(request):
    """A 400 for a Content-Length that is not a whole number of bytes.

    Django reads the header with ``int()`` when the body is first read, so a value such
    as ``abc`` or ``1e3`` would otherwise raise ValueError deep inside a view (a 500).
    """
    declared = request.META.get("CONTENT_LENGTH")
    if declared and not (declared.isascii() and declared.isdigit()):
        raise ValidationError({"Content-Length": ["Must be a whole number of bytes."]})


class ToolkitAPIView(APIView):
    """A public, read-only JSON resource.

    A GET first checks its parameters (no database), then reads the content version
    (one query): a matching If-None-Match or If-Modified-Since answers 304 at once; a
    response in the server cache is sent as stored; otherwise ``build()`` makes the data.
    """

    renderer_classes = [CompactJSONRenderer]
    parser_classes = [JSONParser]
    content_negotiation_class = JSONOnly
    authentication_classes = ()
    permission_classes = ()
    throttle_classes = (ToolkitRateThrottle,)
    # drf-spectacular describes these views whatever the site's DEFAULT_SCHEMA_CLASS says
    # (the class itself is in .schema, which reads each view's ``openapi`` dict).
    schema = LazySchema()
    #: Query parameters this endpoint understands; anything else is a 400.
    allowed_params = frozenset()
    #: Reads answer in the site's language (LANGUAGE_CODE) whatever the visitor's: the
    #: bodies are cached and ETagged without regard to language, and the stored cards'
    #: labels are in that language. A view that people read (submissions) sets False.
    in_site_language = True

    def dispatch(self, request, *args, **kwargs):
        if not self.in_site_language:
            return super().dispatch(request, *args, **kwargs)
        with translation.override(settings.LANGUAGE_CODE):
            early = self.answer_early(request)
            if early is not None:
                return early
            return super().dispatch(request, *args, **kwargs)

    def answer_early(self, request):
        """A stored answer (a 304, or a body from the server cache) sent before DRF sets
        up its request, negotiation and exception handling, which cost a cached read as
        much again as the answer itself. Anything else (a body to build, a parameter or
        header to refuse, a throttled client, a fault) returns None and takes DRF's full
        path, which answers it as before; the headers are the same either way."""
        method = request.method.lower()
        if (
            method not in ("get", "head")
            or method not in self.http_method_names
            or type(self).get is not ToolkitAPIView.get
            or self.authentication_classes
            or self.permission_classes
        ):
            return None
        try:
            check_content_length(request)
            self.check_params(request)
            current = self.current(request)
            response = self.stored_answer(request, current)
            if response is None:
                # A miss: DRF's path builds the body without looking for it again.
                self.missed = current
                return None
            # Throttled only once there is an answer (a miss is counted on DRF's path);
            # a refused client is refused again there, and a refusal is not counted.
            if not all(throttle.allow_request(request, self) for throttle in self.get_throttles()):
                return None
        except Exception:  # noqa: BLE001 (DRF's path meets it again and answers it)
            return None
        self.headers = self.default_response_headers  # what DRF's dispatch would set
        return self.finalize_response(request, response)

    def get_exception_handler(self):
        return exception_handler

    def initial(self, request, *args, **kwargs):
        check_content_length(request._request)
        super().initial(request, *args, **kwargs)

    def check_params(self, request):
        # Parameters that every client may send and that change nothing are accepted
        # anywhere: the widgets' ``partner``, a cache-buster ``_``, ``utm_*`` campaign
        # tags, and ``format=json`` (JSON is the only format). Anything else is a 400.
        given = set(request.GET) - set(self.allowed_params)
        if "format" in given and "format" not in self.allowed_params:
            if request.GET.get("format", "").strip().lower() not in ("", "json"):
                raise ValidationError({"format": ["This API answers in JSON only: format=json."]})
            given.discard("format")
        unknown = sorted(name for name in given if not caching.ignored(name))
        if unknown:
            known = ", ".join(sorted(self.allowed_params)) or "none"
            raise ValidationError(
                {name: [f"Unknown parameter. This endpoint accepts: {known}."] for name in unknown}
            )

    #: (version, ETag, Last-Modified) of a request that ``answer_early`` checked and found
    #: neither current nor in the server cache; None until then (a view serves one request).
    missed = None

    def get(self, request, *args, **kwargs):
        if self.missed is not None:
            return self.built_answer(request, self.missed, *args, **kwargs)
        self.check_params(request)
        current = self.current(request)
        return self.stored_answer(request, current) or self.built_answer(
            request, current, *args, **kwargs
        )

    def current(self, request):
        """(content version, this request's ETag, Last-Modified in epoch seconds)."""
        version, changed_at = ContentVersion.current()
        return version, caching.make_etag(version, request), int(changed_at.timestamp())

    def stored_answer(self, request, current):
        """A 304 for a copy that is still current, or the body from the server cache;
        None when the body has to be built."""
        version, etag, last_modified = current
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            return self.with_cache_headers(not_modified, etag, last_modified)
        body = caching.cache_get(caching.cache_key(version, request))
        return None if body is None else self.json_answer(request, body, current)

    def built_answer(self, request, current, *args, **kwargs):
        """Build the body, keep it in the server cache, and answer with it."""
        self.links = Links(request)
        body = CompactJSONRenderer().render(self.build(request, *args, **kwargs))
        caching.cache_set(caching.cache_key(current[0], request), body)
        return self.json_answer(request, body, current)

    def json_answer(self, request, body, current):
        version, etag, last_modified = current
        response = HttpResponse(body, content_type="application/json")
        partner = request.GET.get("partner")
        if partner is not None and (warning := partner_warning(partner, version)):
            response[WARNING_HEADER] = warning
        return self.with_cache_headers(response, etag, last_modified)

    def with_cache_headers(self, response, etag, last_modified):
        response["ETag"] = etag
        # The content version's time may run ahead of the clock after a burst of
        # publishes (each change moves it to a later second, so a copy fetched in the
        # same second is never confirmed as current). Never claim a modification in the
        # future: the header says now until the clock catches up, and conditional
        # requests are judged against the version's own time.
        response["Last-Modified"] = http_date(min(last_modified, int(time.time())))
        response["Cache-Control"] = caching.cache_control()
        # Cross-origin scripts may read these (CORS hides non-simple headers by default).
        response["Access-Control-Expose-Headers"] = f"ETag, Last-Modified, {WARNING_HEADER}"
        return response

    def build(self, request, *args, **kwargs):
        """The response data; raise Http404 or ValidationError for bad requests."""
        raise NotImplementedError
