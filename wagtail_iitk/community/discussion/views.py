"""The discussion's site routes (``iitk/discussion/``): the no-JavaScript post and
reply forms, reporting a post, unsubscribing from emails, and each page's Atom feed.

The forms sit on public pages that may be cached and set no cookie, so they carry no
CSRF token; as with the feedback buttons, a post is refused unless its Origin (or
Referer) is the toolkit's own, and it is throttled per client. A post goes through the
same ``receive()`` as the API (channel "site"). A form with problems is shown again on
a page of its own, the words kept, each problem linked from a summary.
"""

from django.core import signing
from django.db import DatabaseError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from ...conf import iitk_settings
from ...models.submissions import SubmissionChannel, SubmissionKind
from ...web.errors import RETRY_AFTER_SECONDS
from ...web.origins import from_own_pages
from ...web.throttling import SubmissionRateThrottle, ToolkitRateThrottle
from ..forms import read_start_token, start_token
from ..intake import IdempotencyKeyReused, SubmissionInvalid, receive
from . import moderation, notifications
from .schema import BODY_MAX_LENGTH, discussion_kinds
from .threads import visible_page

POSTED_SALT = "wagtail_iitk.discussion.posted"
POSTED_PARAM = "iitk_posted"
REPORTED_PARAM = "iitk_reported"
ANCHOR = "iitk-discussion"
#: Form field → the body path the intake names in its errors.
FIELD_PATHS = {
    "body": "body",
    "name": "contributor.name",
    "email": "contributor.email",
    "consent_to_publish": "consent_to_publish",
    "no_patient_data": "no_patient_data",
    "parent": "parent",
}


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


class ReportRateThrottle(ToolkitRateThrottle):
    """Per-client limit on reports (``DISCUSSION_REPORT_THROTTLE_RATE``)."""

    scope = "wagtail_iitk_discussion_reports"

    def get_rate(self):
        return iitk_settings.DISCUSSION_REPORT_THROTTLE_RATE or None


def _text(status, message, **headers):
    response = HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def posted_token(reference):
    return signing.dumps(reference, salt=POSTED_SALT)


def read_posted_token(token):
    """The reference a thank-you link names, or "" when it is forged."""
    try:
        return str(signing.loads(token or "", salt=POSTED_SALT))
    except signing.BadSignature:
        return ""


def form_body(data):
    """The JSON body the form's answers make (the API's shape), and the elapsed time."""
    contributor = {name: data.get(name, "") for name in ("name", "email") if data.get(name)}
    show_name = data.get("show_name") == "on"
    if contributor or show_name:
        contributor["credit"] = show_name
    parent = data.get("parent", "")
    body = {
        "about": {"kind": data.get("about_kind", ""), "slug": data.get("about_slug", "")},
        "body": data.get("body", ""),
        "parent": int(parent) if parent.isdigit() and len(parent) < 19 else None,
        "consent_to_publish": data.get("consent_to_publish") == "on",
        "no_patient_data": data.get("no_patient_data") == "on",
    }
    if contributor:
        body["contributor"] = contributor
    if data.get("website"):
        body["website"] = data["website"]
    _key, body["elapsed_ms"] = read_start_token(data.get("started"))
    return body


def _field_errors(problems):
    """``{form field: [messages]}`` and the summary's ``[{"href", "message"}]``."""
    by_field, summary = {}, []
    paths = {path: name for name, path in FIELD_PATHS.items()}
    for path, messages in problems.items():
        name = paths.get(path, "body" if path.startswith("body") else "")
        for message in messages:
            by_field.setdefault(name or "form", []).append(message)
            summary.append({"href": f"#iitk-post-{name}" if name else "", "message": message})
    return by_field, summary


def render_form(request, page, kind, data=None, problems=None, status=200, **headers):
    """The post (or reply) form on a page of its own, with any problems."""
    data = data or {}
    errors, summary = _field_errors(problems or {})
    response = TemplateResponse(
        request,
        "wagtail_iitk/discussion/post_form.html",
        {
            "page": page,
            "about_kind": kind,
            "values": data,
            "parent": data.get("parent") or request.GET.get("parent", ""),
            "errors": errors,
            "error_summary": summary,
            "started": start_token(),
            "body_max_length": BODY_MAX_LENGTH,
        },
        status=status,
    )
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def post_view(request, kind, slug):
    """Show the post form (GET), or receive a post or reply from it (POST)."""
    page = visible_page(kind, slug)
    if page is None:
        raise Http404(_("No such page."))
    if request.method != "POST":
        return render_form(request, page, kind)
    if not from_own_pages(request):
        return _text(403, _("Post from the toolkit's own pages."))
    data = request.POST.dict()
    data.update(about_kind=kind, about_slug=slug)
    throttle = SubmissionRateThrottle()
    if not throttle.allow_request(request, None):
        wait = int(throttle.wait() or 1)
        message = _("You have sent several posts in a short time. Try again in %(n)d minutes.")
        problems = {"form": [message % {"n": max(1, round(wait / 60))}]}
        return render_form(request, page, kind, data, problems, 429, Retry_After=str(wait))
    try:
        submission, _created = receive(
            form_body(data),
            channel=SubmissionChannel.SITE,
            kind=SubmissionKind.DISCUSSION,
            origin=request.headers.get("Origin", "")[:255],
        )
    except SubmissionInvalid as problem:
        return render_form(request, page, kind, data, problem.fields, 400)
    except IdempotencyKeyReused:  # the site's form sends no key: cannot happen, but be clear
        return render_form(request, page, kind, data, {"form": [_("Send it again.")]}, 409)
    except DatabaseError:
        message = _("We could not save your post just now, and nothing was stored. Try again.")
        return render_form(
            request, page, kind, data, {"form": [message]}, 503, Retry_After=RETRY_AFTER_SECONDS
        )
    url = page.get_url(request)
    token = posted_token(submission.reference)
    return HttpResponseSeeOther(f"{url}?{POSTED_PARAM}={token}#{ANCHOR}")


@csrf_exempt
@require_POST
@never_cache
def report_view(request, post_id):
    """Report a public post (with a reason); the browser goes back to the page."""
    if not from_own_pages(request):
        return _text(403, _("Report posts from the toolkit's own pages."))
    throttle = ReportRateThrottle()
    if not throttle.allow_request(request, None):
        wait = int(throttle.wait() or 1)
        return _text(429, _("Too many reports: try again later."), Retry_After=str(wait))
    reason = request.POST.get("reason", "")
    if not reason.strip():
        return _text(400, _("reason: say why you are reporting the post."))
    if len(reason) > moderation.REASON_MAX_LENGTH:
        return _text(400, _("reason: keep it under 500 characters."))
    from ...models import DiscussionPost

    post = DiscussionPost.objects.filter(pk=post_id, kind__in=list(discussion_kinds())).first()
    page = visible_page(post.kind, post.page.slug) if post is not None else None
    if page is None or not moderation.report(post.pk, reason):
        raise Http404(_("No such post."))
    return HttpResponseSeeOther(f"{page.get_url(request)}?{REPORTED_PARAM}={post.pk}#{ANCHOR}")


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe_view(request, token):
    """Stop emails about a post: a button (GET) that posts; mail programs post at once
    (``List-Unsubscribe-Post``). The signed token is the only key."""
    post_id = notifications.read_unsubscribe_token(token)
    if post_id is None:
        raise Http404(_("This link is not valid."))
    done = False
    if request.method == "POST":
        notifications.unsubscribe(post_id)
        done = True
    return TemplateResponse(
        request,
        "wagtail_iitk/discussion/unsubscribe.html",
        {"done": done, "token": token, "page": None},
    )
