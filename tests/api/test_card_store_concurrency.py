"""Stored cards stay exact when several editors publish at once: each publish rewrites
the card of the tool its story used, and after them all the tool's card counts every
story and every story has its card.

PostgreSQL only (CI's second run): the test suite's SQLite database lives in memory,
where a second writer is refused at once ("database table is locked") instead of
waiting, so concurrent publishes cannot run there at all."""

import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection

from wagtail_iitk.models import PublicCard, StoryPage

from .. import factories
from ..embed.test_oembed_live import serve_default_site_at

THREADS = 6
STORIES_EACH = 3


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need a server database"
)
@pytest.mark.django_db(transaction=True)
def test_concurrent_publishes_leave_the_tools_story_count_exact():
    serve_default_site_at("http://localhost:80")
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    tool = factories.make_tool(slug="process-map")
    # Drafts first: creating pages under one parent takes a lock on the parent's row,
    # which would put the publishes in a queue and hide any race.
    drafts = [
        [
            factories.make_story(
                publish=False, title=f"Story {number}-{n}", slug=f"story-{number}-{n}", tools=[tool]
            )
            for n in range(STORIES_EACH)
        ]
        for number in range(THREADS)
    ]
    start = threading.Barrier(THREADS)
    failures = []

    def publish(number):
        try:
            start.wait()
            for story in drafts[number]:
                story.get_latest_revision().publish()
        except Exception as error:  # noqa: BLE001 (reported by the main thread)
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=publish, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    published = StoryPage.objects.filter(live=True, tool_usages__tool=tool).count()
    assert published == THREADS * STORIES_EACH
    card = PublicCard.objects.get(kind="tool", item_id=tool.pk)
    assert card.story_count == published
    assert card.data["story_count"] == published
    assert PublicCard.objects.filter(kind="story").count() == published
