#!/usr/bin/env python
"""Run the example site the production way: gunicorn, WhiteNoise and a task worker.

    python example_site/serve.py            # `make serve`: everything on this machine
    python example_site/serve.py web        # a container: migrate, then gunicorn
    python example_site/serve.py worker     # a container: the task worker and the
                                            #   scheduled-publishing loop
    python example_site/serve.py collectstatic   # an image build step

With no role (``make serve``) it serves the database that ``make demo`` made, over plain
HTTP on 127.0.0.1:PORT: it keeps a generated SECRET_KEY in a git-ignored file, collects
the static files, migrates, then runs gunicorn and the worker side by side. Stopping it
(Ctrl+C, or SIGTERM to it or to ``make``) stops both, each exactly once and gracefully, so
the worker finishes the task it is running; if either dies, the other is stopped too.

The roles share one list of commands (:func:`commands`), so the Dockerfile and
compose.yaml run exactly what ``make serve`` runs (a test checks it).
"""

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent
REPO_DIR = PROJECT_DIR.parent
SECRET_KEY_FILE = PROJECT_DIR / ".secret_key_serve"

#: Seconds between two runs of Wagtail's ``publish_scheduled`` on the worker side
#: (``PUBLISH_SCHEDULED_INTERVAL``): pages whose go-live time has come are published,
#: and expired pages leave the site.
DEFAULT_PUBLISH_INTERVAL = 60


def manage(*args):
    return [sys.executable, str(PROJECT_DIR / "manage.py"), *args]


def commands(role):
    """The commands a role runs: ``"before"`` in turn, then ``"together"`` side by side.

    ``"every"`` is a command the worker side repeats every PUBLISH_SCHEDULED_INTERVAL.
    """
    collectstatic = manage("collectstatic", "--noinput", "--verbosity", "0")
    migrate = manage("migrate", "--noinput")
    gunicorn = [
        sys.executable,
        "-m",
        "gunicorn",
        "--config",
        str(PROJECT_DIR / "gunicorn.conf.py"),
        "example_site.wsgi:application",
    ]
    # --no-reload: the worker's default follows DEBUG; a reload could cut a task short.
    worker = manage("db_worker", "--no-reload", "--interval", "1", "--queue-name", "*")
    publish_scheduled = manage("publish_scheduled", "--skip-checks")
    # Contributions left "received" (stored while no worker ran, or whose conversion could
    # not be queued) are queued again: at start, then every five minutes.
    sweeper = manage("iitk_sweep_contributions", "--every", "300")
    # Contributors' contact details are erased CONTRIBUTOR_RETENTION_DAYS after the
    # decision: a task queued for the worker at start, then every hour.
    retention = manage("iitk_erase_contributor_details", "--enqueue", "--every", "3600")
    # Registrants' personal data is erased after their event (the retention policy).
    event_retention = manage("iitk_erase_event_registrations", "--every", "3600")
    plans = {
        "collectstatic": {"before": [collectstatic], "together": {}},
        "web": {"before": [migrate], "together": {"web": gunicorn}},
        "worker": {
            "before": [],
            "together": {
                "worker": worker,
                "sweeper": sweeper,
                "retention": retention,
                "event_retention": event_retention,
            },
            "every": publish_scheduled,
        },
        "local": {
            "before": [collectstatic, migrate],
            "together": {
                "web": gunicorn,
                "worker": worker,
                "sweeper": sweeper,
                "retention": retention,
                "event_retention": event_retention,
            },
            "every": publish_scheduled,
        },
    }
    return plans[role]


def local_environment(environ):
    """Defaults for ``make serve`` on this machine; anything already set wins."""
    if not environ.get("SECRET_KEY"):
        if not SECRET_KEY_FILE.exists():
            SECRET_KEY_FILE.write_text(secrets.token_urlsafe(60))
            SECRET_KEY_FILE.chmod(0o600)
        environ["SECRET_KEY"] = SECRET_KEY_FILE.read_text().strip()
    port = environ.setdefault("PORT", "8000")
    environ.setdefault("HOST", "127.0.0.1")
    environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
    environ.setdefault("WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{port}")
    # Plain HTTP on this machine: no HTTPS redirect, HSTS or HTTPS-only cookies.
    environ.setdefault("LOCAL_HTTP", "1")


def _die_with_parent():
    """In a child: be sent SIGTERM if this supervisor dies, even by SIGKILL (Linux)."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def start(argv):
    # A session of its own: Ctrl+C in the terminal reaches only this supervisor, which
    # sends each child one SIGTERM. (A second signal makes the worker abandon its task.)
    return subprocess.Popen(argv, cwd=REPO_DIR, start_new_session=True, preexec_fn=_die_with_parent)


def supervise(together, every=None, interval=DEFAULT_PUBLISH_INTERVAL, out=sys.stderr):
    """Run ``together`` (name → argv) side by side until a signal or until one exits.

    Returns the exit status: 0 after a signal, else the status of the child that ended.
    ``every`` (an argv) is run, one at a time, every ``interval`` seconds meanwhile.
    """
    stopping = []

    def on_signal(signum, frame):
        stopping.append(signum)

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, on_signal)

    children = {name: start(argv) for name, argv in together.items()}
    periodic = None
    next_run = time.monotonic() + min(interval, 10)
    status = 0
    try:
        while not stopping:
            ended = {name: child for name, child in children.items() if child.poll() is not None}
            if ended:
                name, child = next(iter(ended.items()))
                print(f"serve: {name} exited with status {child.returncode}", file=out)
                status = child.returncode or 1
                break
            if every and periodic is None and time.monotonic() >= next_run:
                periodic = start(every)
            if periodic is not None and periodic.poll() is not None:
                if periodic.returncode:
                    print(f"serve: {every[-1]} exited with {periodic.returncode}", file=out)
                periodic = None
                next_run = time.monotonic() + interval
            time.sleep(0.2)
    finally:
        running = [c for c in [*children.values(), periodic] if c and c.poll() is None]
        for child in running:
            child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 30
        for child in running:
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
    return status


def main(args):
    role = args[0] if args else "local"
    if role not in ("local", "web", "worker", "collectstatic"):
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.production")
    if role == "local":
        local_environment(os.environ)
    plan = commands(role)
    for argv in plan["before"]:
        returncode = subprocess.run(argv, cwd=REPO_DIR).returncode
        if returncode:
            print(f"serve: {argv[2]} failed with status {returncode}", file=sys.stderr)
            return returncode
    if not plan["together"]:
        return 0
    if role == "local":
        print(
            f"serve: http://127.0.0.1:{os.environ['PORT']}/ (gunicorn and the task worker;"
            " Ctrl+C stops both)",
            file=sys.stderr,
        )
    interval = int(os.environ.get("PUBLISH_SCHEDULED_INTERVAL", DEFAULT_PUBLISH_INTERVAL))
    return supervise(plan["together"], plan.get("every"), interval)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
