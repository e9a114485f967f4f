"""A gunicorn worker killed mid-request (SIGKILL, inside the intake's transaction, right
after the submission's row was inserted) leaves nothing half-written; gunicorn's master
starts a new worker and the service keeps answering and storing submissions."""

import io
import json
import os
import signal
import threading

import pytest
from django.core.management import call_command

from ..community.intake_payloads import URL, story
from ..embed.test_oembed_live import serve_default_site_at
from ..factories import make_tool
from .servers import Server, shared_database_url, shared_rows

JSON = {"Content-Type": "application/json"}


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_submission_is_replaced_and_nothing_is_half_written(tmp_path):
    serve_default_site_at("http://127.0.0.1:80")
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    tool = make_tool(title="Process map", slug="process-map")
    database = shared_database_url(tmp_path)
    held = tmp_path / "held"
    toolkit = {"SUBMISSION_MIN_SECONDS": 0}

    with Server(tmp_path, database, toolkit=toolkit, IITK_TEST_HOLD_FILE=str(held)) as server:
        (first_worker,) = server.workers()
        answers = []

        def post_and_be_cut_off():
            body = json.dumps(story(tool, title="HOLD: the worker dies here"))
            try:
                answers.append(server.request("POST", URL, body, JSON))
            except OSError as error:  # the connection dropped with its worker
                answers.append(error)

        poster = threading.Thread(target=post_and_be_cut_off)
        poster.start()
        server.wait_for(held.exists, "hold the submission mid-write")
        assert int(held.read_text()) == first_worker
        os.kill(first_worker, signal.SIGKILL)
        poster.join(timeout=30)

        # No answer reached the client, and the master put a new worker in its place.
        assert len(answers) == 1 and isinstance(answers[0], OSError), answers
        server.wait_for(lambda: server.workers() - {first_worker}, "start a new worker")
        assert first_worker not in server.workers()
        assert server.request("GET", "/healthz/")[0] == 200
        body = json.dumps(story(tool, title="Fewer missed doses after the restart"))
        status, _headers, content = server.request("POST", URL, body, JSON)
        assert status in (201, 202), content

    titles = [
        json.loads(data)["title"] if isinstance(data, str) else data["title"]
        for (data,) in shared_rows(database, "SELECT received_data FROM wagtail_iitk_submission")
    ]
    assert titles == ["Fewer missed doses after the restart"]
