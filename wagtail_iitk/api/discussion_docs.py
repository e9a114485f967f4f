"""The OpenAPI description of ``discussions/`` (GET and POST), the request body generated
from the discussion's own field descriptions, so the documented limits are enforced."""

from drf_spectacular.utils import OpenApiParameter, inline_serializer
from rest_framework import serializers as drf

from ..community.discussion import schema
from . import serializers as s
from .submission_docs import UNDOCUMENTED, _field


def _body():
    fields = {
        name: _field(item, name)
        for name, item in schema.fields().items()
        if name not in UNDOCUMENTED | {"about", "parent"}
    }
    fields["about"] = inline_serializer(
        name="DiscussionAbout",
        fields={
            "kind": drf.ChoiceField(choices=sorted(schema.discussion_kinds())),
            "slug": drf.SlugField(help_text="The slug of the published page."),
        },
    )
    fields["parent"] = drf.IntegerField(
        allow_null=True,
        required=False,
        help_text="The id of the thread's first post, to reply to it; null for a new thread.",
    )
    return inline_serializer(name="DiscussionPostBody", fields=fields)


def _post_fields():
    return {
        "id": drf.IntegerField(),
        "body": drf.CharField(help_text="Plain text."),
        "author": drf.CharField(allow_null=True, help_text="Shown only with consent."),
        "recommended": drf.BooleanField(help_text="Recommended by the editors."),
        "published": drf.DateTimeField(),
        "url": drf.URLField(allow_null=True),
    }


def _thread():
    reply = inline_serializer(name="DiscussionReply", fields=_post_fields())
    about = inline_serializer(
        name="DiscussionThreadAbout",
        fields={
            "kind": drf.CharField(),
            "slug": drf.SlugField(),
            "title": drf.CharField(),
            "url": drf.URLField(),
        },
    )
    return inline_serializer(
        name="DiscussionThread",
        fields={
            **_post_fields(),
            "about": about,
            "locked": drf.BooleanField(),
            "replies": drf.ListField(child=reply),
        },
    )


class DiscussionReceiptSerializer(drf.Serializer):
    reference = drf.CharField(help_text="Quote it when you write to the toolkit's team.")
    kind = drf.ChoiceField(choices=["discussion"])
    status = drf.ChoiceField(choices=["received"])


class _Lazy(dict):
    """Built on first use: the kinds that allow discussion come from the registry."""

    def __missing__(self, method):
        self["GET"], self["POST"] = _get(), _post()
        return self[method]


def _get():
    thread = _thread()
    page = inline_serializer(
        name="PaginatedDiscussionThreadList",
        fields={
            "count": drf.IntegerField(),
            "next": drf.URLField(allow_null=True),
            "previous": drf.URLField(allow_null=True),
            "results": drf.ListField(child=thread),
        },
    )
    parameters = [
        OpenApiParameter(name, str, description=f"The slug of a published {name}.")
        for name in sorted(schema.discussion_kinds())
    ] + [
        OpenApiParameter("limit", int, description="Threads per page (most 100)."),
        OpenApiParameter("offset", int, description="Threads to skip."),
    ]
    # Read like every other list: the same 304, errors and ``partner`` (imported here, as
    # the schema module reads this one's views).
    from .schema import ERRORS, PARTNER

    return {
        "operation_id": "list_discussions",
        "summary": "Approved discussion threads, newest first, with their replies",
        "parameters": [*parameters, PARTNER],
        "responses": {200: page, **ERRORS},
    }


def _post():
    return {
        "operation_id": "post_discussion",
        "summary": "Post a question, answer or experience on a tool, framework or story",
        "request": _body(),
        "parameters": [
            OpenApiParameter(
                "Idempotency-Key",
                str,
                location=OpenApiParameter.HEADER,
                description="As for submissions/: the same key on a retry returns the "
                "first answer; with a different body it is a 409.",
            )
        ],
        "responses": {
            202: DiscussionReceiptSerializer,
            **dict.fromkeys((400, 403, 409, 413, 415, 429, 503), s.ErrorSerializer),
        },
    }


DISCUSSIONS_OPENAPI = _Lazy()
