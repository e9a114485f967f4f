"""Content builders for the API tests, with every publishing state the public must not see.

``add_page`` goes through Wagtail's own actions (revisions, publish, unpublish,
workflows), so a hidden page is hidden the way an editor would have hidden it.
``quick_live_page`` skips the revision machinery: it is for the large data sets of the
query-count tests, where only the rows the API reads matter.
"""

import contextlib
import datetime
import io
import itertools

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import PageViewRestriction, Workflow
from wagtail.signal_handlers import disable_reference_index_auto_update

from wagtail_iitk.models import (
    Category,
    ContentVersion,
    FrameworkIndexPage,
    FrameworkPage,
    Perspective,
    Phase,
    Question,
    QuestionTool,
    Stage,
    StoryIndexPage,
    StoryPage,
    Strand,
    ToolIndexPage,
    ToolkitHomePage,
    ToolPage,
    ToolUsage,
)

#: States in which a page exists but the public must not see it.
PAGE_STATES = (
    "draft",
    "unpublished",
    "scheduled",
    "expired",
    "in_moderation",
    "private",
    "private_ancestor",
)
#: The same for questions (snippets have no tree, so no private sections).
QUESTION_STATES = ("draft", "unpublished", "scheduled", "expired", "in_moderation")

_seq = itertools.count(1)

#: While true (see ``quick_publishing``), live items skip the revision machinery.
_quick = {"live": False}


def publishing_quickly():
    return _quick["live"]


@contextlib.contextmanager
def quick_publishing():
    """Make live items the quick way, and leave the reference index alone (the API does
    not read it). Hidden items still go through Wagtail's own actions."""
    _quick["live"] = True
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _quick["live"] = False


def n():
    return next(_seq)


def future():
    return timezone.now() + datetime.timedelta(days=30)


def past():
    return timezone.now() - datetime.timedelta(days=1)


@contextlib.contextmanager
def shared_data(django_db_blocker):
    """Hold a transaction open around a module's data, and roll it back at the end.

    Each test's own transaction (pytest-django's ``db``) nests inside as a savepoint, so
    tests may change the data freely: their changes are undone after each test.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        # Like the test's own transaction: the data counts as committed (see conftest).
        atomic._from_testcase = True
        atomic.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def set_up_toolkit():
    """``iitk_setup`` (taxonomy, toolkit pages, groups, workflow), a reviewer, a version."""
    from django.contrib.auth import get_user_model

    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    ContentVersion.current()  # the row exists before any measured request
    user = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    return ToolkitHomePage.objects.get(), user


def index(model):
    return model.objects.order_by("path").first()


def private_index(model, home, slug):
    """A second index page of ``model`` under ``home``, behind a login restriction."""
    page = home.add_child(instance=model(title=f"Private {slug}", slug=slug))
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def add_page(parent, page, state="live", user=None):
    """Add ``page`` under ``parent`` and bring it to ``state`` the way an editor would."""
    if state == "live" and _quick["live"]:
        return quick_live_page(parent, page)
    page.live = False
    if state == "scheduled":
        page.go_live_at = future()
    parent.add_child(instance=page)
    revision = page.save_revision(user=user)
    if state in ("live", "unpublished", "scheduled", "expired", "private", "private_ancestor"):
        revision.publish(user=user)
    page.refresh_from_db()
    if state == "unpublished":
        page.unpublish(user=user)
    elif state == "expired":
        # Past its expiry while still marked live: publish_scheduled has not run yet.
        type(page).objects.filter(pk=page.pk).update(expire_at=past())
    elif state == "in_moderation":
        Workflow.objects.get(name="Toolkit review").start(page, user)
    elif state == "private":
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
    page.refresh_from_db()
    return page


def _set_m2m(page, relations):
    for name, values in relations.items():
        getattr(page, name).set(values)


def tool(parent=None, state="live", user=None, **fields):
    i = n()
    fields.setdefault("title", f"Tool {i}")
    fields.setdefault("slug", f"tool-{i}")
    fields.setdefault("purpose", f"Helps a team with task number {i}.")
    relations = {
        key: fields.pop(key)
        for key in ("perspectives", "stages", "strands", "categories", "frameworks")
        if key in fields
    }
    page = ToolPage(**fields)
    _set_m2m(page, relations)
    return add_page(parent or index(ToolIndexPage), page, state, user)


def framework(parent=None, state="live", user=None, **fields):
    i = n()
    fields.setdefault("title", f"Framework {i}")
    fields.setdefault("slug", f"framework-{i}")
    fields.setdefault("summary", f"An approach to improvement, number {i}.")
    perspectives = fields.pop("perspectives", ())
    page = FrameworkPage(**fields)
    page.perspectives.set(perspectives)
    return add_page(parent or index(FrameworkIndexPage), page, state, user)


def story(parent=None, state="live", user=None, tools=(), **fields):
    i = n()
    fields.setdefault("title", f"Story {i}")
    fields.setdefault("slug", f"story-{i}")
    fields.setdefault("summary", f"A fictional story of improvement, number {i}.")
    fields.setdefault("consent_to_publish", True)
    relations = {key: fields.pop(key) for key in ("questions", "frameworks") if key in fields}
    page = StoryPage(**fields)
    _set_m2m(page, relations)
    page.tool_usages = [
        ToolUsage(tool=t, why_chosen="It fitted.", how_used="In a workshop.", sort_order=i)
        for i, t in enumerate(tools)
    ]
    return add_page(parent or index(StoryIndexPage), page, state, user)


def question(state="live", user=None, tools=(), perspective=None, phase=None, **fields):
    i = n()
    perspective = perspective or Perspective.objects.get(slug="design")
    fields.setdefault("wording", f"What is question {i}?")
    fields.setdefault("short_label", f"Question {i}")
    stages = fields.pop("stages", ())
    item = Question(
        perspective=perspective,
        phase=phase or perspective.phases.first(),
        live=False,
        **fields,
    )
    if state == "scheduled":
        item.go_live_at = future()
    item.tool_links = [QuestionTool(tool=t, sort_order=i) for i, t in enumerate(tools)]
    item.stages.set(stages)
    if state == "live" and _quick["live"]:
        item.live = True
        item.first_published_at = item.last_published_at = timezone.now()
        item.save()
        return item
    item.save()
    revision = item.save_revision(user=user)
    if state in ("live", "unpublished", "scheduled", "expired"):
        revision.publish(user=user)
    item.refresh_from_db()
    if state == "unpublished":
        item.unpublish(user=user)
    elif state == "expired":
        Question.objects.filter(pk=item.pk).update(expire_at=past())
    elif state == "in_moderation":
        Workflow.objects.get(name="Toolkit review").start(item, user)
    item.refresh_from_db()
    return item


def terms(key):
    """A fresh perspective (with one phase), stage, strand and category, named by ``key``."""
    perspective = Perspective.objects.create(slug=f"p-{key}", name=f"P {key}", sort_order=100)
    phase = Phase.objects.create(
        perspective=perspective, slug=f"ph-{key}", name=f"Ph {key}", sort_order=0
    )
    return {
        "perspective": perspective,
        "phase": phase,
        "stage": Stage.objects.create(slug=f"st-{key}", name=f"St {key}", sort_order=100),
        "strand": Strand.objects.create(slug=f"sd-{key}", name=f"Sd {key}", sort_order=100),
        "category": Category.objects.create(slug=f"c-{key}", name=f"C {key}", sort_order=100),
    }


def quick_live_page(parent, page, **relations):
    """A live page without revisions: add_child and the rows the API reads, nothing else."""
    now = timezone.now()
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.first_published_at or now
    page.last_published_at = page.last_published_at or now
    _set_m2m(page, relations)
    parent.add_child(instance=page)
    return page
