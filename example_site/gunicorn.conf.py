"""gunicorn's configuration for the example site (``gunicorn -c example_site/gunicorn.conf.py``).

Environment: HOST (default 127.0.0.1; the container image sets 0.0.0.0), PORT (default
8000), WEB_CONCURRENCY (worker processes; default two per CPU this process may use, plus
one), GUNICORN_TIMEOUT (seconds a request may take; default 30).
"""

import os


def _cpus():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


bind = [f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"]
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * _cpus() + 1)
# Synchronous workers: each process serves one request at a time and keeps its database
# connection open between requests (CONN_MAX_AGE in the production settings).
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# Recycle a worker now and then, so a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
# Load the site once, in the master, before forking the workers: a recycled or replaced
# worker is then a fork (milliseconds), not a fresh start of Django and Wagtail (seconds
# of CPU each). Without it, workers that reach max_requests together left a busy
# two-core machine with no worker for tens of seconds (benchmarks/http.py). Code
# changes need a restart (not a HUP), as in a container.
preload_app = True
# Logs to the standard streams, for the process manager or the container to collect.
accesslog = "-"
errorlog = "-"
# The heartbeat file on a RAM-backed filesystem where there is one (containers).
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# X-Forwarded-* headers are trusted from these addresses only (a proxy on this host).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proc_name = "wagtail-iitk-example"
# No control socket: its default path is shared by every gunicorn of the user.
control_socket_disable = True


def when_ready(server):
    """In the master, before the first fork: close any database connection that loading
    the site opened, so no two workers ever share one (each opens its own); then freeze
    what loading the site made (some 200,000 objects) out of the garbage collector's
    sight. Each worker then shares those pages with the master rather than copying
    them, and its full collections skip them: about 5 ms each instead of 190 ms, which
    stalled every request that worker held."""
    import gc

    from django.db import connections

    connections.close_all()
    gc.collect()
    gc.freeze()
