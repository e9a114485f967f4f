"""`make serve`, the Dockerfile and compose.yaml run the same commands; the supervisor
stops gunicorn and the worker together; production pages keep the site's policy."""

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml
from django.core.management import call_command
from django.test import override_settings
from django_tasks import task

from example_site import serve

REPO = Path(__file__).resolve().parent.parent


def all_commands(role):
    plan = serve.commands(role)
    every = [plan["every"]] if plan.get("every") else []
    return {tuple(argv) for argv in [*plan["before"], *plan["together"].values(), *every]}


def serve_role(argv):
    """The role a `python example_site/serve.py ROLE` command runs; None for another command."""
    if len(argv) >= 2 and argv[0] == "python" and argv[1] == "example_site/serve.py":
        return argv[2] if len(argv) > 2 else "local"
    return None


def test_the_dockerfile_and_compose_run_what_make_serve_runs():
    dockerfile = (REPO / "Dockerfile").read_text()
    cmd = json.loads(re.search(r"^CMD (\[.*\])$", dockerfile, re.M).group(1))
    # RUN instructions, with their continuation lines joined.
    runs = re.findall(r"^RUN ((?:.*\\\n)*.*)$", dockerfile, re.M)
    build_roles = [
        serve_role(shlex.split(run.replace("\\\n", " "))[-3:])
        for run in runs
        if "example_site/serve.py" in run
    ]
    compose = yaml.safe_load((REPO / "compose.yaml").read_text())
    services = compose["services"]

    assert serve_role(cmd) == "web"
    assert build_roles == ["collectstatic"]
    assert serve_role(services["web"]["command"]) == "web"
    assert serve_role(services["worker"]["command"]) == "worker"
    assert set(services) == {"web", "worker", "db", "redis"}

    # The image's roles, together, run exactly what `make serve` runs.
    docker = all_commands("collectstatic") | all_commands("web") | all_commands("worker")
    assert docker == all_commands("local")
    # And `make serve` runs that script with no role.
    makefile = (REPO / "Makefile").read_text()
    recipe = re.search(r"^serve:.*\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert recipe.strip().endswith("$(PY) example_site/serve.py")


def test_make_serve_runs_gunicorn_the_worker_and_publish_scheduled():
    plan = serve.commands("local")
    gunicorn, worker = plan["together"]["web"], plan["together"]["worker"]
    assert gunicorn[1:3] == ["-m", "gunicorn"]
    assert "example_site.wsgi:application" in gunicorn
    assert worker[2:4] == ["db_worker", "--no-reload"]
    assert plan["every"][2] == "publish_scheduled"
    assert [argv[2] for argv in plan["before"]] == ["collectstatic", "migrate"]
    # Contributions left "received" are queued again beside the worker.
    assert plan["together"]["sweeper"][2:] == ["iitk_sweep_contributions", "--every", "300"]
    # Contributors' old contact details are erased by a task queued every hour.
    assert plan["together"]["retention"][2:] == [
        "iitk_erase_contributor_details",
        "--enqueue",
        "--every",
        "3600",
    ]


def test_the_gunicorn_config_honours_port_and_host(monkeypatch):
    monkeypatch.setenv("PORT", "8765")
    monkeypatch.setenv("HOST", "0.0.0.0")
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    config = {}
    exec((REPO / "example_site" / "gunicorn.conf.py").read_text(), config)
    assert config["bind"] == ["0.0.0.0:8765"]
    assert config["workers"] >= 3


CHILD = textwrap.dedent(
    """
    import os, signal, sys, time
    log = sys.argv[1]
    def note(signum, frame):
        with open(log, "a") as f:
            f.write(f"{os.getpid()} {signal.Signals(signum).name}\\n")
        if sys.argv[2] == "graceful":
            time.sleep(0.5)  # finish the task in hand
            sys.exit(0)
    signal.signal(signal.SIGTERM, note)
    signal.signal(signal.SIGINT, note)
    with open(log, "a") as f:
        f.write(f"{os.getpid()} started\\n")
    time.sleep(float(sys.argv[3]))
    """
)


def start_supervisor(tmp_path, web_lifetime="60"):
    child = tmp_path / "child.py"
    child.write_text(CHILD)
    log = tmp_path / "signals.log"
    together = {
        "web": [sys.executable, str(child), str(log), "graceful", web_lifetime],
        "worker": [sys.executable, str(child), str(log), "graceful", "60"],
    }
    script = (
        "import sys; from example_site import serve; "
        f"sys.exit(serve.supervise({together!r}, out=sys.stdout))"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if log.exists() and log.read_text().count("started") == 2:
            break
        time.sleep(0.1)
    return process, log


def pids_alive(log):
    pids = {int(line.split()[0]) for line in log.read_text().splitlines()}
    alive = set()
    for pid in pids:
        try:
            os.kill(pid, 0)
            alive.add(pid)
        except ProcessLookupError:
            pass
    return alive


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_stopping_serve_stops_both_each_with_one_sigterm(tmp_path, signum):
    process, log = start_supervisor(tmp_path)
    process.send_signal(signum)
    assert process.wait(timeout=30) == 0
    lines = log.read_text().splitlines()
    assert sorted(line.split()[1] for line in lines) == ["SIGTERM", "SIGTERM", "started", "started"]
    assert not pids_alive(log)


def test_when_one_side_dies_serve_stops_the_other(tmp_path):
    process, log = start_supervisor(tmp_path, web_lifetime="1")
    assert process.wait(timeout=30) != 0
    assert "web exited" in process.stdout.read()
    assert not pids_alive(log)


def test_killing_serve_outright_still_stops_its_children(tmp_path):
    process, log = start_supervisor(tmp_path)
    process.kill()
    process.wait(timeout=10)
    deadline = time.monotonic() + 10
    while pids_alive(log) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not pids_alive(log)


SITE_POLICY = {"DIRECTIVES": {"default-src": ["'self'"], "frame-ancestors": ["'self'"]}}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "middleware", ["csp.middleware.CSPMiddleware", "example_site.middleware.SiteCSPMiddleware"]
)
def test_toolkit_pages_keep_the_sites_django_csp_policy(client, toolkit, settings, middleware):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, middleware]
    with override_settings(CONTENT_SECURITY_POLICY=SITE_POLICY):
        response = client.get(toolkit.url)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    # The site's policy, but toolkit pages still refuse every frame.
    assert "frame-ancestors 'none'" in policy
    assert "'unsafe-inline'" not in policy


@pytest.mark.django_db
def test_only_the_admin_may_run_inline_script(client, settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "example_site.middleware.SiteCSPMiddleware"]
    policy = {"DIRECTIVES": {"default-src": ["'self'"], "script-src": ["'self'"]}}
    with override_settings(CONTENT_SECURITY_POLICY=policy):
        admin = client.get("/admin/login/")["Content-Security-Policy"]
        api = client.get("/api/iitk/v1/tools/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in admin
    assert "script-src 'self';" in api + ";"


def production_settings(monkeypatch, **env):
    from django.conf import Settings

    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    monkeypatch.setenv("ALLOWED_HOSTS", "toolkit.example.org")
    monkeypatch.setenv("TZ", os.environ.get("TZ", ""))  # Settings() sets it; put it back
    for name in ("EMAIL_HOST", "ADMINS", "SECURE_HSTS_PRELOAD", "LOCAL_HTTP", "REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # Both modules read the environment when imported (production changes base's dicts).
    settings_modules = ("example_site.settings.production", "example_site.settings.base")
    for module in settings_modules:
        sys.modules.pop(module, None)
    try:
        return Settings("example_site.settings.production")
    finally:
        for module in settings_modules:
            sys.modules.pop(module, None)
        time.tzset()


def mail_backend(loaded):
    mailers = getattr(loaded, "MAILERS", None)
    return mailers["default"]["BACKEND"] if mailers else loaded.EMAIL_BACKEND


def test_production_email_is_logged_unless_a_server_is_named(monkeypatch):
    assert mail_backend(production_settings(monkeypatch)).endswith("console.EmailBackend")
    smtp = production_settings(monkeypatch, EMAIL_HOST="smtp.example.nhs.uk")
    assert mail_backend(smtp).endswith("smtp.EmailBackend")


def test_production_hsts_preload_is_an_opt_in(monkeypatch):
    default = production_settings(monkeypatch)
    assert default.SECURE_HSTS_PRELOAD is False
    assert "security.W021" in default.SILENCED_SYSTEM_CHECKS
    opted_in = production_settings(monkeypatch, SECURE_HSTS_PRELOAD="1")
    assert opted_in.SECURE_HSTS_PRELOAD is True
    assert opted_in.SILENCED_SYSTEM_CHECKS == []


def test_production_logs_to_stderr_and_mails_admins(monkeypatch):
    loaded = production_settings(monkeypatch, ADMINS="ops@example.nhs.uk, dev@example.nhs.uk")
    addresses = [a if isinstance(a, str) else a[1] for a in loaded.ADMINS]
    assert addresses == ["ops@example.nhs.uk", "dev@example.nhs.uk"]
    handlers = loaded.LOGGING["handlers"]
    assert handlers["stderr"]["stream"] == "ext://sys.stderr"
    assert "mail_admins" in loaded.LOGGING["loggers"]["django"]["handlers"]


def test_production_prepares_statements_on_postgresql_unless_told_not_to(monkeypatch):
    url = "postgres://toolkit@db.example.org:5432/toolkit"
    monkeypatch.delenv("DATABASE_PREPARED_STATEMENTS", raising=False)
    prepared = production_settings(monkeypatch, DATABASE_URL=url).DATABASES["default"]
    assert prepared["OPTIONS"] == {"server_side_binding": True, "prepare_threshold": 5}
    # Behind a pooler that cannot keep them (PgBouncer in transaction mode before 1.21).
    pooled = production_settings(monkeypatch, DATABASE_URL=url, DATABASE_PREPARED_STATEMENTS="0")
    assert "server_side_binding" not in pooled.DATABASES["default"].get("OPTIONS", {})
    sqlite = production_settings(monkeypatch, DATABASE_URL="sqlite:////tmp/toolkit.sqlite3")
    assert "server_side_binding" not in sqlite.DATABASES["default"]["OPTIONS"]


def test_local_http_relaxes_https_only_for_make_serve(monkeypatch):
    deployed = production_settings(monkeypatch)
    assert deployed.SECURE_SSL_REDIRECT and deployed.SESSION_COOKIE_SECURE
    assert deployed.SECURE_HSTS_SECONDS >= 31536000
    local = production_settings(monkeypatch, LOCAL_HTTP="1")
    assert not local.SECURE_SSL_REDIRECT and not local.SESSION_COOKIE_SECURE
    assert local.SECURE_HSTS_SECONDS == 0


def test_a_process_local_cache_in_production_is_warned_about(settings):
    from example_site.demo.checks import check_shared_cache

    settings.DEBUG = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # The package's tests install the demo app too: their settings are not warned about.
    assert check_shared_cache(None) == []
    settings.ROOT_URLCONF = "example_site.urls"
    assert [w.id for w in check_shared_cache(None)] == ["iitk_demo.W001"]
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
        }
    }
    assert check_shared_cache(None) == []


@task()
def add(a, b):
    return a + b


@pytest.mark.django_db(transaction=True)  # the worker opens transactions of its own
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_the_database_worker_runs_the_backports_tasks():
    # Wagtail 8 and the package define tasks with the django-tasks backport, also on
    # Django 6 (whose own django.tasks django-tasks-db 0.13 expects): the pinned worker
    # must run them.
    result = add.enqueue(1, 2)
    call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", verbosity=0)
    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert result.return_value == 3
