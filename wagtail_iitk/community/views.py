"""The toolkit site's contribution pages, routed by the toolkit home page:
``share-a-story/``, ``contribute/<kind>/`` and ``contribute/thank-you/``.

A form that is sent goes through the same ``receive()`` as the API, as channel "site",
so the same rules, screening and idempotency apply. The forms are CSRF-protected (they
are Wagtail pages, served through Django's middleware), never cached, and a sent form
redirects to a thank-you page (so reloading it sends nothing twice).
"""

from django.core import signing
from django.db import DatabaseError
from django.http import Http404, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import Question
from ..models.submissions import SubmissionChannel, SubmissionKind
from ..models.visibility import visible_questions
from ..web.errors import RETRY_AFTER_SECONDS
from ..web.throttling import SubmissionRateThrottle
from .forms import ExampleForm, ReferenceForm, TipForm, ToolSuggestionForm, start_token
from .intake import IdempotencyKeyReused, SubmissionInvalid, receive
from .story_form import StoryForm

THANKS_SALT = "wagtail_iitk.community.thanks"
FORMS = {
    SubmissionKind.STORY: StoryForm,
    SubmissionKind.TOOL: ToolSuggestionForm,
    SubmissionKind.REFERENCE: ReferenceForm,
    SubmissionKind.TIP: TipForm,
    SubmissionKind.EXAMPLE: ExampleForm,
}
TEMPLATES = {
    SubmissionKind.STORY: "wagtail_iitk/community/share_story.html",
    SubmissionKind.TOOL: "wagtail_iitk/community/suggest_tool.html",
    SubmissionKind.REFERENCE: "wagtail_iitk/community/tool_change.html",
    SubmissionKind.TIP: "wagtail_iitk/community/tool_change.html",
    SubmissionKind.EXAMPLE: "wagtail_iitk/community/tool_change.html",
}
HEADINGS = {
    SubmissionKind.STORY: _("Share your story"),
    SubmissionKind.TOOL: _("Suggest a new tool"),
    SubmissionKind.REFERENCE: _("Suggest a reference for a tool"),
    SubmissionKind.TIP: _("Suggest a tip or pitfall for a tool"),
    SubmissionKind.EXAMPLE: _("Give an example of using a tool"),
}
#: Widgets whose choices are a group of inputs: an error links to the first of them.
GROUPED = ("RadioSelect", "CheckboxSelectMultiple")


def error_summary(form):
    """``[{"href", "message"}]`` for the error summary: one link per error, in form order,
    each naming its field ("Title: enter a title")."""
    items = [{"href": "", "message": message} for message in form.non_field_errors()]
    for bound in form:
        if bound.errors:
            grouped = type(bound.field.widget).__name__ in GROUPED and bound.subwidgets
            href = "#" + (bound.subwidgets[0].id_for_label if grouped else bound.auto_id)
            label = str(getattr(bound.field, "summary_label", None) or bound.label)
            items += [
                {"href": href, "message": f"{label.rstrip('?')}: {_lower_first(message)}"}
                for message in bound.errors
            ]
    return items


def _lower_first(message):
    """ "Enter a title" → "enter a title"; "NHS numbers …" stays as it is."""
    message = str(message)
    if len(message) > 1 and message[0].isupper() and message[1].islower():
        return message[0].lower() + message[1:]
    return message


def _render(page, request, kind, form, tool, status=200, retry_after=None):
    form.in_page_order()
    response = page.render(
        request,
        template=TEMPLATES[kind],
        context_overrides={
            "form": form,
            "kind": kind,
            "heading": HEADINGS[kind],
            "tool": tool,
            "errors": error_summary(form) if form.is_bound else [],
        },
    )
    response.status_code = status
    if retry_after:
        response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


def _fresh_start(form):
    """A form shown again after its key was used gets a new key (and start time)."""
    data = form.data.copy()
    data["started"] = start_token()
    form.data = data


def contribution_view(page, request, kind):
    """Show a contribution form of ``kind``; receive it when it is sent."""
    tools = list(page.visible_tools().order_by("title").only("pk", "title", "slug"))
    options = {"tools": tools}
    if kind == SubmissionKind.STORY:
        questions = visible_questions(Question.objects.all()).order_by(
            "perspective__sort_order", "sort_order", "pk"
        )
        questions = questions.select_related("perspective")
        options["questions"] = list(questions.only("pk", "wording", "perspective__name"))
    chosen = request.GET.get("tool") or request.POST.get("tool") or ""
    tool = next((t for t in tools if t.slug == chosen), None)
    form_class = FORMS[kind]
    if request.method != "POST":
        initial = {"tool": tool.slug} if tool else {}
        return _render(page, request, kind, form_class(initial=initial, **options), tool)

    form = form_class(request.POST, **options)
    if not form.is_valid():
        return _render(page, request, kind, form, tool)
    # Only a form that would be stored counts against the client's allowance, so
    # someone correcting their answers is not held up.
    throttle = SubmissionRateThrottle()
    if not throttle.allow_request(request, None):
        wait = int(throttle.wait() or 1)
        minutes = max(1, round(wait / 60))
        form.add_error(
            None,
            ngettext(
                "You have sent several contributions in a short time. Please try again "
                "in %(minutes)d minute. Your words are still here.",
                "You have sent several contributions in a short time. Please try again "
                "in %(minutes)d minutes. Your words are still here.",
                minutes,
            )
            % {"minutes": minutes},
        )
        return _render(page, request, kind, form, tool, status=429, retry_after=wait)
    body, key = form.submission_data()
    try:
        submission, _created = receive(
            body,
            channel=SubmissionChannel.SITE,
            idempotency_key=key,
            origin=request.headers.get("Origin", "")[:255],
        )
    except SubmissionInvalid as problem:
        form.add_intake_errors(problem.fields)
        return _render(page, request, kind, form, tool)
    except IdempotencyKeyReused as reused:
        _fresh_start(form)
        form.add_error(
            None,
            _(
                "This form was sent already, with different words (reference "
                "%(reference)s). Send it again to make a new contribution."
            )
            % {"reference": reused.submission.reference},
        )
        return _render(page, request, kind, form, tool)
    except DatabaseError:
        form.add_error(
            None,
            _(
                "We could not save your contribution just now, and nothing was stored. "
                "Please try again in a few minutes."
            ),
        )
        return _render(page, request, kind, form, tool, 503, retry_after=RETRY_AFTER_SECONDS)
    token = signing.dumps(
        {"reference": submission.reference, "kind": kind, "tool": tool.slug if tool else ""},
        salt=THANKS_SALT,
    )
    url = page.get_url(request=request) + page.reverse_subpage("contribution_thanks")
    return HttpResponseRedirect(f"{url}?sent={token}")


def thanks_view(page, request):
    """The thank-you page, with the reference the contributor can quote."""
    try:
        sent = signing.loads(request.GET.get("sent", ""), salt=THANKS_SALT)
    except signing.BadSignature:
        raise Http404 from None
    tool = page.visible_tools().filter(slug=sent.get("tool") or "").first()
    response = page.render(
        request,
        template="wagtail_iitk/community/thanks.html",
        context_overrides={"reference": sent["reference"], "kind": sent["kind"], "tool": tool},
    )
    add_never_cache_headers(response)
    return response
