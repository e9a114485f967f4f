"""``discussions/``: the approved discussion of tools, frameworks and stories (GET), and
a new post or reply (POST).

GET lists threads, newest first, each with its approved replies, paged like every list
(``count``, ``next``, ``previous``, ``results``) and cached by the content version like
them; ``tool=``, ``framework=`` or ``story=`` (the kinds that allow discussion) limit
it to one page. Only approved posts on live, public pages are ever listed; a
contributor's email address is never part of a response.

POST takes a body in the shape of ``submissions/`` (see :mod:`.discussion_docs`) and is
answered exactly as ``submissions/`` answers: 202 with a reference, the same checks,
idempotency and errors.
"""

from django.http import Http404
from rest_framework.exceptions import ValidationError

from ..community.discussion.schema import discussion_kinds
from ..community.discussion.threads import threads, visible_page
from ..models.submissions import SubmissionKind
from ..web.throttling import SubmissionRateThrottle, ToolkitRateThrottle
from .discussion_docs import DISCUSSIONS_OPENAPI
from .pagination import ToolkitPagination
from .submissions import SubmissionsView


def _post(post, url):
    return {
        "id": post.pk,
        "body": post.body,
        "author": post.author_name or None,
        "recommended": post.recommended,
        "published": (post.published_at or post.created_at).isoformat(),
        "url": f"{url}#iitk-post-{post.pk}" if url else None,
    }


def thread_data(thread, request):
    """One thread as the API shows it (an allow-list of fields)."""
    page = thread.page
    url = page.get_full_url(request)  # a reply is about its thread's page
    data = _post(thread, url)
    data["about"] = {"kind": thread.kind, "slug": page.slug, "title": page.title, "url": url}
    data["locked"] = thread.locked
    data["replies"] = [_post(reply, url) for reply in thread.public_replies]
    return data


class DiscussionsView(SubmissionsView):
    """List approved threads (GET); receive a post or reply (POST, 202)."""

    http_method_names = ["get", "head", "post", "options"]
    throttle_classes = (ToolkitRateThrottle, SubmissionRateThrottle)
    submission_kind = SubmissionKind.DISCUSSION

    @property
    def openapi(self):
        request = getattr(self, "request", None)
        method = getattr(request, "method", "GET") if request is not None else "GET"
        return DISCUSSIONS_OPENAPI["POST" if method == "POST" else "GET"]

    @property
    def allowed_params(self):
        return frozenset({"limit", "offset", *discussion_kinds()})

    def get_throttles(self):
        if self.request.method == "POST":
            return [SubmissionRateThrottle()]
        return [ToolkitRateThrottle()]

    def finalize_response(self, request, response, *args, **kwargs):
        if request.method == "POST":
            return super().finalize_response(request, response, *args, **kwargs)
        return super(SubmissionsView, self).finalize_response(request, response, *args, **kwargs)

    def build(self, request):
        given = [name for name in discussion_kinds() if name in request.GET]
        if len(given) > 1:
            raise ValidationError(
                {name: ["Give one of: " + ", ".join(discussion_kinds()) + "."] for name in given}
            )
        page_ids = None
        if given:
            page = visible_page(given[0], request.GET[given[0]])
            if page is None:
                raise Http404(f"No published {given[0]} has this slug.")
            page_ids = [page.pk]
        queryset = threads(page_ids).select_related("page")
        paginator = ToolkitPagination()
        rows = paginator.paginate(request, queryset, queryset.count())
        return paginator.envelope([thread_data(thread, request) for thread in rows])
