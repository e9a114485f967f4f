"""The Submissions inbox in the admin: listing and filters, the submission's page, the
decision forms, permissions, hostile text, and two reviewers acting at once."""

import re
import threading
from html.parser import HTMLParser

import pytest
from django.contrib.messages import get_messages
from django.db import OperationalError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from wagtail.models import ModelLogEntry

from wagtail_iitk.community import moderation
from wagtail_iitk.conf import iitk_settings
from wagtail_iitk.models import Submission

from .inbox_data import HOSTILE, NHS_NUMBER, draft_story, make_submission, story_data

pytestmark = pytest.mark.django_db

INDEX = "iitk_submissions:index"


def url(name, submission):
    return reverse(f"iitk_submissions:{name}", args=[submission.pk])


@pytest.fixture
def reviewer(toolkit, make_user):
    user = make_user("rhian", iitk_settings.REVIEWERS_GROUP)
    user.first_name, user.last_name = "Rhian", "Evans"
    user.save()
    return user


@pytest.fixture
def reviewer_client(reviewer, client):
    client.force_login(reviewer)
    return client


@pytest.fixture
def editor_client(toolkit, make_user):
    client = Client()
    client.force_login(make_user("eddie", iitk_settings.EDITORS_GROUP))
    return client


@pytest.fixture
def in_review(reviewer):
    submission = make_submission()
    draft_story(submission, reviewer)
    return submission


def html_of(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def references(html):
    return set(re.findall(r"IITK-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}", html))


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


# --- the listing --------------------------------------------------------------------------


@pytest.fixture
def mixed(toolkit):
    tool = {"kind": "tool", "title": "Affinity diagram", "purpose": "Group many ideas."}
    return {
        "story": make_submission(channel="widget"),
        "clean_story": make_submission(story_data(summary="No one named."), channel="site"),
        "tool": make_submission(tool, status="in_review"),
        "spam": make_submission(story_data(title="Cheap pills"), status="spam"),
        "cleared": make_submission(pii_cleared_at="2026-01-05T10:00:00Z"),
    }


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", {"story", "clean_story", "tool", "spam", "cleared"}),
        ("kind=tool", {"tool"}),
        ("status=spam", {"spam"}),
        ("status=received", {"story", "clean_story", "cleared"}),
        ("flagged=yes", {"story", "spam"}),
        ("flagged=no", {"clean_story", "tool", "cleared"}),
        ("channel=widget", {"story"}),
        ("kind=story&flagged=yes&status=received", {"story"}),
    ],
)
def test_the_inbox_filters(reviewer_client, mixed, query, expected):
    html = html_of(reviewer_client.get(reverse(INDEX) + "?" + query))
    assert references(html) == {mixed[name].reference for name in expected}


def test_the_inbox_columns(reviewer_client, mixed):
    html = html_of(reviewer_client.get(reverse(INDEX)))
    for heading in ("Reference", "Kind", "Title", "Status", "Flags", "Received"):
        assert f">{heading}<" in html or f"{heading}\n" in html, heading
    assert "Affinity diagram" in html and "New tool suggestion" in html
    assert "Shorter waits for beds" in html
    row = html[html.index(mixed["cleared"].reference) :]
    assert "1 (cleared)" in row[: row.index("</tr>")]
    assert url("inspect", mixed["story"]) in html


def test_the_inbox_searches_by_reference(reviewer_client, mixed):
    reference = mixed["tool"].reference
    html = html_of(reviewer_client.get(reverse(INDEX), {"q": reference}))
    assert references(html) == {reference}


def test_the_inbox_query_count_does_not_grow_with_the_page(reviewer_client, toolkit):
    def count():
        reviewer_client.get(reverse(INDEX))  # warm the per-process caches
        with CaptureQueriesContext(connection) as queries:
            html_of(reviewer_client.get(reverse(INDEX)))
        return len(queries)

    for _ in range(3):
        make_submission()
    few = count()
    for _ in range(12):
        make_submission(story_data(summary="No one named."), status="in_review")
    assert count() == few


def test_received_data_cannot_be_added_changed_or_deleted(reviewer_client, in_review):
    for name in ("add", "edit", "delete", "copy", "usage"):
        with pytest.raises(NoReverseMatch):
            reverse(f"iitk_submissions:{name}", args=[] if name == "add" else [in_review.pk])
    html = html_of(reviewer_client.get(reverse(INDEX)))
    assert "/toolkit/submissions/new/" not in html
    assert "/toolkit/submissions/edit/" not in html


def test_reviewers_see_the_inbox_in_the_toolkit_menu_and_editors_do_not(
    reviewer_client, editor_client
):
    home = reverse("wagtailadmin_home")
    assert reverse(INDEX) in html_of(reviewer_client.get(home))
    assert reverse(INDEX) not in html_of(editor_client.get(home))


# --- permissions --------------------------------------------------------------------------


def test_editors_without_the_permission_are_refused_everywhere(editor_client, in_review):
    redirect_or_denied = (302, 403)
    assert editor_client.get(reverse(INDEX)).status_code in redirect_or_denied
    for name in ("inspect", "history"):
        assert editor_client.get(url(name, in_review)).status_code in redirect_or_denied
    response = editor_client.post(url("reject", in_review), {"reason": "No."})
    assert response.status_code in redirect_or_denied
    editor_client.post(url("spam", in_review))
    in_review.refresh_from_db()
    assert in_review.status == "in_review"


def test_view_permission_alone_is_not_enough(toolkit, make_user, in_review):
    from django.contrib.auth.models import Permission

    user = make_user("viv", iitk_settings.EDITORS_GROUP)
    user.user_permissions.add(Permission.objects.get(codename="view_submission"))
    client = Client()
    client.force_login(user)
    assert client.get(reverse(INDEX)).status_code in (302, 403)
    user.user_permissions.add(Permission.objects.get(codename="review_submission"))
    client.force_login(user)
    assert client.get(reverse(INDEX)).status_code == 200


# --- the submission's page ----------------------------------------------------------------


def test_the_page_shows_the_received_text_with_the_nhs_number_marked(reviewer_client, in_review):
    html = html_of(reviewer_client.get(url("inspect", in_review)))
    marked = re.findall(r"<mark class=\"iitk-pii\">(.*?)</mark>", html, re.S)
    # Once as received, once in the draft (screened again as it stands).
    assert len(marked) == 2
    for mark in marked:
        assert '<span class="w-sr-only">Possible NHS number: </span>' + NHS_NUMBER in mark
    assert "We cut waits on the ward. One patient (" in html
    assert "Possible NHS number in “Summary”" in html
    assert "cannot be published until a reviewer" in html
    # The draft beside it, with the links a reviewer needs.
    page = in_review.page
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert reverse("wagtailadmin_pages:view_draft", args=[page.pk]) in html
    # The contributor, and the forms for an open, flagged submission.
    assert "Sam Carter" in html and "Northtown NHS Trust" in html
    for action in ("reject", "spam", "clear_flags"):
        assert f'action="{url(action, in_review)}"' in html
    assert url("restore", in_review) not in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_a_received_submission_without_a_draft_says_so(reviewer_client, toolkit):
    submission = make_submission(story_data(summary="No one named."))
    html = html_of(reviewer_client.get(url("inspect", submission)))
    assert "No draft yet" in html
    assert "<mark" not in html
    assert url("clear_flags", submission) not in html


def test_flags_with_offsets_that_do_not_fit_are_not_trusted(reviewer_client, toolkit):
    bad = [
        {"field": "summary", "kind": "phone", "start": 5, "end": 500, "text": "x"},
        {"field": "summary", "kind": "phone", "start": "1", "end": 3, "text": "x"},
        {"field": "title", "kind": "email", "start": 3, "end": 1, "text": "x"},
        "not a flag",
    ]
    submission = make_submission(pii_flags=bad)
    html = html_of(reviewer_client.get(url("inspect", submission)))
    assert "<mark" not in html


def test_the_spam_signals_are_shown(reviewer_client, toolkit):
    signals = [{"signal": "too_fast", "detail": "Sent 800 ms after the form was shown."}]
    submission = make_submission(status="spam", spam_signals=signals)
    html = html_of(reviewer_client.get(url("inspect", submission)))
    assert "too_fast" in html and "Sent 800 ms after the form was shown." in html
    assert f'action="{url("restore", submission)}"' in html
    assert url("reject", submission) not in html


# --- hostile text -------------------------------------------------------------------------


class Tags(HTMLParser):
    """Every element and attribute, and every script's text, in a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def assert_inert(html):
    parser = Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag not in ("svg", "circle") or "alert" not in str(attrs), (tag, attrs)
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            assert not (value or "").strip().lower().startswith(("javascript:", "data:text")), (
                tag,
                value,
            )
    assert not any(tag == "iframe" for tag, _attrs in parser.tags)
    assert not any("alert" in script for script in parser.scripts)
    assert "<script>alert" not in html
    assert "<svg onload" not in html
    assert "<img src=x" not in html


@pytest.fixture
def hostile(reviewer):
    text = " ".join(HOSTILE)
    data = story_data(
        title=HOSTILE[0] + " title",
        summary=f"{HOSTILE[1]} {NHS_NUMBER} {HOSTILE[2]}",
        trigger=text,
        tool_usages=[{"tool": HOSTILE[3], "why_chosen": text, "how_used": text}],
        tips=HOSTILE,
        contributor={"name": HOSTILE[0]},
        **{HOSTILE[4]: "a hostile key"},
    )
    submission = make_submission(
        data,
        contributor_name=HOSTILE[0],
        contributor_organisation=HOSTILE[3],
        contributor_role=HOSTILE[4],
        origin=HOSTILE[2],
        spam_signals=[{"signal": HOSTILE[1], "detail": HOSTILE[3]}],
    )
    draft_story(submission, reviewer, summary=data["summary"])
    return submission


def test_hostile_text_is_inert_in_the_inbox(reviewer_client, hostile):
    index = html_of(reviewer_client.get(reverse(INDEX)))
    assert_inert(index)
    assert "&lt;script&gt;alert(&#x27;inbox&#x27;)&lt;/script&gt; title" in index

    page = html_of(reviewer_client.get(url("inspect", hostile)))
    assert_inert(page)
    assert "&lt;svg onload=alert(3)&gt;" in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    # The flagged number is still marked, between the escaped markup around it.
    assert re.search(
        r"&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt; <mark class=\"iitk-pii\">"
        r"<span class=\"w-sr-only\">Possible NHS number: </span>943 476 5919",
        page,
    )


def test_a_hostile_reason_is_inert_on_the_page_and_in_the_history(reviewer_client, hostile):
    reviewer_client.post(url("reject", hostile), {"reason": " ".join(HOSTILE)})
    hostile.refresh_from_db()
    assert hostile.status == "rejected"
    assert_inert(html_of(reviewer_client.get(url("inspect", hostile))))
    history = html_of(reviewer_client.get(url("history", hostile)))
    assert_inert(history)
    assert "Rejected: &lt;script&gt;" in history
    # The history links back to the submission; there is no edit view to link to.
    assert f'href="{url("inspect", hostile)}"' in history
    assert re.search(r">\s*Submission\s*</a>", history)
    assert not re.search(r">\s*Edit\s*</a>", history)


# --- decisions through the forms ----------------------------------------------------------


def test_reject_needs_a_reason(reviewer_client, in_review):
    response = reviewer_client.post(url("reject", in_review), {"reason": "   "})
    html = html_of(response)
    assert "This field is required." in html
    assert "could not be changed" in html
    in_review.refresh_from_db()
    assert in_review.status == "in_review"
    assert not ModelLogEntry.objects.for_instance(in_review).exists()


def test_reject_with_a_reason(reviewer_client, reviewer, in_review):
    response = reviewer_client.post(url("reject", in_review), {"reason": "Not a story of use."})
    assert response.status_code == 302
    assert response["Location"] == url("inspect", in_review)
    assert messages_of(response) == [
        f"{in_review.reference} rejected; the contributor will be told the reason."
    ]
    in_review.refresh_from_db()
    assert (in_review.status, in_review.decided_by) == ("rejected", reviewer)
    html = html_of(reviewer_client.get(url("inspect", in_review)))
    assert "Not a story of use." in html and "Rejected by Rhian Evans" in html
    assert url("reject", in_review) not in html


def test_mark_as_spam(reviewer_client, in_review):
    response = reviewer_client.post(url("spam", in_review))
    assert messages_of(response) == [f"{in_review.reference} marked as spam."]
    in_review.refresh_from_db()
    assert in_review.status == "spam"


def test_clear_flags_shows_what_remains_then_clears_when_confirmed(reviewer_client, in_review):
    response = reviewer_client.post(url("clear_flags", in_review), {})
    html = html_of(response)
    assert "still contains 1 possible piece" in html
    assert "a possible NHS number in “Summary”" in html
    in_review.refresh_from_db()
    assert in_review.is_flagged

    response = reviewer_client.post(url("clear_flags", in_review), {"confirm_remaining": "on"})
    assert messages_of(response) == [
        f"Flags cleared on {in_review.reference}: it may now be published."
    ]
    in_review.refresh_from_db()
    assert not in_review.is_flagged


def test_restore_from_spam(reviewer_client, toolkit, monkeypatch):
    from wagtail_iitk.community import moderation as module

    monkeypatch.setattr(module, "_convert_again", lambda submission_id: None)
    submission = make_submission(status="spam")
    response = reviewer_client.post(url("restore", submission))
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "received"


def test_decisions_are_posted_never_got(reviewer_client, in_review):
    for action in ("reject", "spam", "clear_flags", "restore"):
        assert reviewer_client.get(url(action, in_review)).status_code == 405
    in_review.refresh_from_db()
    assert in_review.status == "in_review"


def test_decisions_need_the_csrf_token(reviewer, in_review):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    response = client.post(url("reject", in_review), {"reason": "Off topic."})
    assert response.status_code == 403
    in_review.refresh_from_db()
    assert in_review.status == "in_review"


def test_a_second_reviewer_is_told_and_nothing_changes(
    reviewer_client, in_review, make_user, client
):
    # Both reviewers opened the submission; the other one decides first.
    other = Client()
    other.force_login(make_user("owen", iitk_settings.REVIEWERS_GROUP))
    assert url("spam", in_review) in html_of(reviewer_client.get(url("inspect", in_review)))
    other.post(url("reject", in_review), {"reason": "Off topic."})

    response = reviewer_client.post(url("spam", in_review), follow=True)
    html = html_of(response)
    assert f"owen rejected {in_review.reference} on " in html
    assert "so it was not marked as spam. Nothing was changed." in html
    in_review.refresh_from_db()
    assert (in_review.status, in_review.rejection_reason) == ("rejected", "Off topic.")
    actions = ModelLogEntry.objects.for_instance(in_review).values_list("action", flat=True)
    assert list(actions) == [moderation.REJECT]


def test_a_busy_database_is_reported_and_nothing_changes(reviewer_client, in_review, monkeypatch):
    """What SQLite says to the second of two writers at once ("database is locked")."""

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(moderation, "mark_spam", locked)
    response = reviewer_client.post(url("spam", in_review))
    assert response.status_code == 302
    assert messages_of(response) == [
        "Another change to this submission was being saved at the same moment, so nothing "
        "was changed. Look at it again, then decide."
    ]
    in_review.refresh_from_db()
    assert in_review.status == "in_review"


def test_an_unknown_submission_is_not_found(reviewer_client, toolkit):
    missing = Submission(pk=999999)
    assert reviewer_client.get(url("inspect", missing)).status_code == 404
    assert reviewer_client.post(url("reject", missing), {"reason": "x"}).status_code == 404
    assert not Submission.objects.exists()


# --- two reviewers at the same moment -----------------------------------------------------


def row_lock_waits():
    """How many database sessions are waiting for a lock (PostgreSQL), else None."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE wait_event_type = 'Lock' AND datname = current_database()"
        )
        return cursor.fetchone()[0]


DECISIONS = {
    "reject": lambda pk, user: moderation.reject(pk, user, "Off topic."),
    "spam": lambda pk, user: moderation.mark_spam(pk, user),
}


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "first, second", [("reject", "spam"), ("spam", "reject"), ("reject", "reject")]
)
def test_two_reviewers_deciding_at_once_end_with_one_state(make_user, monkeypatch, first, second):
    """The first reviewer's decision is held open inside its transaction (after it has
    locked and changed the row) while the second's starts. On PostgreSQL the second
    waits on the row lock (seen in pg_stat_activity), then finds the state changed. SQLite
    has no row locks: there the second is refused by the database ("locked") instead. On
    both, exactly one decision is written and logged, and the second is told."""
    submission = make_submission()
    users = [make_user("first"), make_user("second")]
    held, release = threading.Event(), threading.Event()
    log = moderation.log

    def log_then_hold(*args, **kwargs):
        entry = log(*args, **kwargs)
        if threading.current_thread().name == "first":
            held.set()
            assert release.wait(60), "the test never released the first decision"
        return entry

    monkeypatch.setattr(moderation, "log", log_then_hold)
    outcomes = {}

    def decide(name, action, user):
        try:
            DECISIONS[action](submission.pk, user)
            outcomes[name] = "decided"
        except (moderation.SubmissionStateChanged, OperationalError) as error:
            outcomes[name] = error
        finally:
            connection.close()

    threads = {
        name: threading.Thread(target=decide, args=(name, action, user), name=name)
        for name, action, user in (("first", first, users[0]), ("second", second, users[1]))
    }
    threads["first"].start()
    assert held.wait(60), "the first decision never got going"
    threads["second"].start()
    waited = False
    for _ in range(6000):
        if row_lock_waits():
            waited = True
            break
        if not threads["second"].is_alive():
            break
        threading.Event().wait(0.01)
    release.set()
    for thread in threads.values():
        thread.join(60)

    assert outcomes["first"] == "decided"
    submission.refresh_from_db()
    assert submission.status == {"reject": "rejected", "spam": "spam"}[first]
    assert submission.decided_by == users[0]
    entries = ModelLogEntry.objects.for_instance(submission)
    assert [e.action for e in entries] == [
        {"reject": moderation.REJECT, "spam": moderation.SPAM}[first]
    ]
    if connection.vendor == "postgresql":
        assert waited, "the second decision did not wait for the row lock"
        assert isinstance(outcomes["second"], moderation.SubmissionStateChanged)
        assert f"first {DONE[first]} {submission.reference}" in str(outcomes["second"])
    else:
        assert isinstance(outcomes["second"], moderation.SubmissionStateChanged | OperationalError)


DONE = {"reject": "rejected", "spam": "marked as spam"}


# --- from the contributor to the decision -------------------------------------------------


def test_from_intake_to_a_rejection_the_contributor_hears_of(
    reviewer_client, toolkit, django_capture_on_commit_callbacks, mailoutbox
):
    """The whole way through, with the real intake, conversion and notifications."""
    from wagtail_iitk.community.intake import receive

    from ..factories import make_tool

    make_tool(title="Process map", slug="process-map")
    data = story_data(elapsed_ms=90_000)
    data["contributor"]["email"] = "sam.carter@example.org"
    with django_capture_on_commit_callbacks(execute=True):
        submission, created = receive(data, channel="widget")
    submission.refresh_from_db()
    assert created and submission.status == "in_review" and submission.page_id
    assert [flag["field"] for flag in submission.pii_flags] == ["summary"]

    html = html_of(reviewer_client.get(url("inspect", submission)))
    # Marked as received; the draft holds "[removed: NHS number]" instead.
    assert html.count('<mark class="iitk-pii">') == 1
    assert "[removed: NHS number]" in html

    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_client.post(url("reject", submission), {"reason": "Please retell it."})
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "rejected"
    [email] = mailoutbox
    assert email.to == ["sam.carter@example.org"]
    assert "Please retell it." in email.body


def test_the_inbox_exports_without_the_contributors_words(reviewer_client, mixed):
    response = reviewer_client.get(reverse(INDEX), {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    header, *rows = body.strip().splitlines()
    assert header.split(",")[:3] == ["Reference", "Kind", "Status"]
    assert len(rows) == len(mixed)
    assert "Sam Carter" not in body and "nine hours" not in body


def test_the_permissions_can_be_given_to_a_group(toolkit, make_user, client):
    from django.contrib.auth.models import Group, Permission

    client.force_login(make_user("root", superuser=True))
    reviewers = Group.objects.get(name=iitk_settings.REVIEWERS_GROUP)
    html = html_of(client.get(reverse("wagtailusers_groups:edit", args=[reviewers.pk])))

    def checkbox(codename):
        pk = Permission.objects.get(codename=codename).pk
        return re.findall(rf'<input type="checkbox" name="permissions" value="{pk}"[^>]*>', html)

    for codename in ("view_submission", "review_submission"):
        [box] = checkbox(codename)
        assert " checked" in box, codename
    assert "Can review community submissions" in html
    # Adding, changing and deleting mean nothing here, so they are not offered.
    for codename in ("add_submission", "change_submission", "delete_submission"):
        assert checkbox(codename) == [], codename
