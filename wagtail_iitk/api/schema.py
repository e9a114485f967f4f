"""The OpenAPI 3 schema (drf-spectacular) and the human-readable reference (Redoc, from
drf-spectacular-sidecar, served by ``api.reference``: nothing from a CDN)."""

from functools import cache

import django_filters
from django.urls import reverse
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.renderers import (
    OpenApiJsonRenderer,
    OpenApiJsonRenderer2,
    OpenApiYamlRenderer,
    OpenApiYamlRenderer2,
)
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    OpenApiTypes,
    PolymorphicProxySerializer,
)
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView
from rest_framework import serializers as drf
from rest_framework.permissions import AllowAny

from ..headers import CSP
from ..models import get_kind, get_kinds
from ..web.caching import API_VERSION
from ..web.throttling import ToolkitRateThrottle
from ..web.views import ToolkitAPIView
from . import contract, views
from . import serializers as s
from .filters import ChoicesFilter, OrganisationFilter, filterset_for
from .reference import reference_policy

API_PREFIX = "/api/iitk/v1/"


def _error(description):
    return OpenApiResponse(response=s.ErrorSerializer, description=description)


#: What every read can answer besides 200, in the package's one error shape.
ERRORS = {
    304: OpenApiResponse(
        description="Not Modified: the ETag (If-None-Match) or the time "
        "(If-Modified-Since) you sent is still current. No body."
    ),
    400: _error("A parameter is unknown or its value is wrong; `fields` names each one."),
    404: _error("Nothing public at this address."),
    405: _error("Only GET, HEAD and OPTIONS are allowed here."),
    429: _error("Too many requests from this address (only when the site sets a rate)."),
    503: _error("The toolkit is briefly unavailable; try again after Retry-After seconds."),
}
#: The parameter any read accepts and that never changes the response.
PARTNER = OpenApiParameter(
    "partner",
    str,
    description="A partner organisation's widget key: attributes use to the partner "
    "(the widgets send it). It never changes the response; an unknown key gets an "
    "IITK-Warning header.",
)

PAGING = [
    OpenApiParameter("limit", int, description="Items per page: 1 to 100 (default 20)."),
    OpenApiParameter("offset", int, description="Items to skip (default 0)."),
]


def only_toolkit_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: keep the toolkit's own endpoints only."""
    return [
        (path, path_regex, method, callback)
        for path, path_regex, method, callback in endpoints
        if path.startswith(API_PREFIX)
        and getattr(callback, "cls", None) is not None
        and issubclass(callback.cls, ToolkitAPIView)
    ]


def filter_parameters(filterset_class):
    """One parameter per filter, described as the filter behaves."""
    parameters = []
    for name, filter_ in filterset_class.base_filters.items():
        if isinstance(filter_, OrganisationFilter):
            parameters.append(
                OpenApiParameter(
                    name, str, description="Organisation name, or its slug (hyphens for spaces)."
                )
            )
            continue
        if isinstance(filter_, django_filters.DateFilter):
            help_text = filter_.extra.get("help_text") or "A date: YYYY-MM-DD."
            parameters.append(OpenApiParameter(name, OpenApiTypes.DATE, description=help_text))
            continue
        what = "value" if isinstance(filter_, ChoicesFilter) else "slug"
        parameters.append(
            OpenApiParameter(
                name,
                str,
                many=True,
                explode=True,
                description=f"Filter by {name} {what}; repeat or comma-separate for any of.",
            )
        )
    return parameters


class ToolkitSchema(AutoSchema):
    """Reads each view's ``openapi`` dict (summary, response, parameters), set below."""

    def _openapi(self):
        return openapi_for(self.view)

    def get_summary(self):
        return self._openapi().get("summary") or super().get_summary()

    def get_override_parameters(self):
        parameters = list(self._openapi().get("parameters", []))
        if self.method == "GET":
            parameters.append(PARTNER)
        return parameters

    def get_request_serializer(self):
        return self._openapi().get("request") or super().get_request_serializer()

    def get_response_serializers(self):
        if "responses" in self._openapi():  # a write endpoint lists every status itself
            return self._openapi()["responses"]
        response = self._openapi().get("response")
        if response is None:
            return super().get_response_serializers()
        statuses = {200: response, **ERRORS}
        if self._openapi().get("not_implemented"):  # oEmbed: format=xml
            statuses[501] = _error("Only JSON is offered (format=json).")
        return statuses

    def get_tags(self):
        return ["toolkit"]

    def get_operation_id(self):
        return self._openapi().get("operation_id") or super().get_operation_id()


@cache
def list_openapi(kind_name):
    kind = get_kind(kind_name)
    view = kind.resolve("list_view")
    ordering = ", ".join(f"{name} (or -{name})" for name in kind.ordering)
    search = OpenApiParameter("q", str, description="Search text (at most 200 characters).")
    return {
        "operation_id": f"list_{kind.plural}",
        "summary": f"List {kind.label_plural.lower()}",
        "response": contract.list_serializer(kind.name),
        "parameters": [
            *filter_parameters(filterset_for(kind.name)),
            # A kind's own list view may take more parameters, or no text search.
            *getattr(view, "openapi_parameters", ()),
            *([search] if getattr(view, "searchable", True) else []),
            OpenApiParameter("ordering", str, description=f"Order by: {ordering}."),
            *PAGING,
        ],
    }


@cache
def detail_openapi(kind_name):
    kind = get_kind(kind_name)
    return {
        "operation_id": f"get_{kind.name}",
        "summary": f"A {kind.label.lower()} in full",
        "response": contract.detail_serializer(kind.name),
    }


@cache
def search_openapi():
    result = PolymorphicProxySerializer(
        component_name="SearchResult",
        serializers={kind.name: contract.card_serializer(kind.name) for kind in get_kinds()},
        resource_type_field_name="type",
        many=True,
    )
    results = type(
        "SearchResults",
        (drf.Serializer,),
        {
            "count": drf.IntegerField(),
            "next": drf.URLField(allow_null=True),
            "previous": drf.URLField(allow_null=True),
            "results": result,
        },
    )
    plurals = ", ".join(kind.plural for kind in get_kinds())
    return {
        "operation_id": "search",
        "summary": "Search everything",
        "response": results,
        "parameters": [
            OpenApiParameter("q", str, required=True, description="Search text."),
            OpenApiParameter("type", str, description=f"Limit to some kinds: {plurals}."),
            *PAGING,
        ],
    }


def openapi_for(view):
    """The ``openapi`` description of a view; the views of every kind are described
    from the registry."""
    if isinstance(view, views.CardListView):
        return list_openapi(view.kind.name)
    if isinstance(view, views.DetailView):
        return detail_openapi(view.kind.name)
    if isinstance(view, views.SearchView):
        return search_openapi()
    if isinstance(view, views.APIRootView):
        return {
            "operation_id": "get_root",
            "summary": "Where each resource lives",
            "response": contract.root_serializer(),
        }
    if isinstance(view, views.CardsView):
        return {
            "operation_id": "get_cards",
            "summary": "Cards for many items at once (for widgets)",
            "response": contract.cards_serializer(),
            "parameters": [
                OpenApiParameter(
                    kind.plural, str, description=f"Comma-separated {kind.name} slugs."
                )
                for kind in get_kinds()
            ],
        }
    return getattr(view, "openapi", {})


views.TaxonomyView.openapi = {
    "operation_id": "get_taxonomy",
    "summary": "Every taxonomy",
    "response": s.TaxonomySerializer,
}

DESCRIPTION = """The Improving Improvement Toolkit's public JSON API.

Everything here is published, public content. Lists are paged with `limit` and `offset`
and filtered by slug. Responses carry `ETag` and `Last-Modified`; send them back as
`If-None-Match` / `If-Modified-Since` to get `304 Not Modified`. Errors are JSON:
`{"error": {"code", "message", "fields"}}`."""


class SchemaView(SpectacularAPIView):
    """``schema/``: the OpenAPI 3 document, JSON by default (``?format=yaml`` for YAML)."""

    # JSON by default; YAML with ?format=yaml; both also by their plain media types
    # (application/json, application/yaml), which generic clients send.
    renderer_classes = [
        OpenApiJsonRenderer,
        OpenApiJsonRenderer2,
        OpenApiYamlRenderer,
        OpenApiYamlRenderer2,
    ]
    authentication_classes = ()
    permission_classes = (AllowAny,)
    throttle_classes = (ToolkitRateThrottle,)
    custom_settings = {
        "TITLE": "Improving Improvement Toolkit API",
        "DESCRIPTION": DESCRIPTION,
        "VERSION": API_VERSION,
        "PREPROCESSING_HOOKS": ["wagtail_iitk.api.schema.only_toolkit_api"],
        "COMPONENT_SPLIT_REQUEST": True,
        # The one-value enum of each default-shaped kind's ``type`` (see api.contract).
        "ENUM_NAME_OVERRIDES": {
            f"{kind.name.title()}TypeEnum": [kind.name]
            for kind in get_kinds()
            if kind.card_serializer.endswith(".ImageCardSerializer")
            or isinstance(
                kind.resolve("card_serializer")._declared_fields.get("type"), drf.ChoiceField
            )
        },
        # OpenAPI 3.1: a nullable field is "one of the shape, or null", which strict
        # client generators read right (3.0's allOf + nullable left them guessing).
        "OAS_VERSION": "3.1.0",
    }


class ReferenceView(SpectacularRedocView):
    """``docs/``: the API reference, rendered by Redoc (``docs/redoc.js``, the sidecar's
    bundle without its one off-site address), under a policy that lets it load nothing
    from another host (see ``api.reference``)."""

    template_name = "wagtail_iitk/api/reference.html"
    url_name = "wagtail_iitk_api:schema"
    title = "Improving Improvement Toolkit API"
    authentication_classes = ()
    permission_classes = (AllowAny,)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response[CSP] = reference_policy()
        return response

    @staticmethod
    def _redoc_standalone():
        return reverse("wagtail_iitk_api:docs-script")


__all__ = ["OpenApiTypes", "ReferenceView", "SchemaView", "only_toolkit_api"]
