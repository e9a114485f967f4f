#!/usr/bin/env python
"""HTTP benchmark: `make serve`'s gunicorn driven by wrk, on the benchmark data (P1, P12).

    python benchmarks/http.py [--database sqlite|postgres] [--database-url URL]
                              [--redis URL] [--quick] [--seconds 8] [--rounds 3]
                              [--load-clients 200] [--load-seconds 60]

It builds a fresh database (migrate, ``iitk_setup --as-site-root``, ``generate_dataset``:
100 tools, 1,000 stories), then starts gunicorn exactly as ``make serve`` does (the
argv from ``example_site/serve.py``, its config, its worker count) on a free port with
the production settings (``benchmarks/http_settings.py`` adds only the floor's URL), and
measures with wrk, side by side in one run:

- P1 cached: ``tools/?limit=20`` answered from the server cache ÷ ``/healthz/`` (a
  hello-world through the same middleware), requests/s; budget ≥ 0.8×.
- P1 uncached: the same list with every cached body a miss (a second server,
  ``BENCH_UNCACHED=1``) ÷ the floor (``values()`` → ``JsonResponse``); budget ≥ 0.8×.
- P12 load: ``--load-clients`` connections for ``--load-seconds`` over a mix of API
  reads, pages and health checks; errors (socket errors and non-2xx/3xx) and latency
  percentiles from ``wrk --latency``; budget 0 errors.

Each pair is run in alternating order, ``--rounds`` times, and the ratio is the median of
the rounds' ratios. Needs wrk (Debian's package). On PostgreSQL a database named after
the URL's, ``<name>_http``, is made and dropped at the end; the cache keys of a run carry
a prefix of their own, so a Redis database shared with others is never flushed.
"""

import argparse
import os
import platform
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
# This file's name would hide the standard library's ``http`` package from anything run
# as a script from this folder, which Python puts first on the path: the repository's
# root takes its place before anything imports it (``urllib.request`` is imported where
# it is used, after this).
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks")]

from example_site import serve  # noqa: E402 (after the path is set)

LIST = "/api/iitk/v1/tools/?limit=20"
FLOOR = "/bench/floor/tools/?limit=20"
HEALTH = "/healthz/"
MIX_SCRIPT = Path(__file__).with_name("http_mix.lua")
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/iitk_bench"


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument(
        "--database-url",
        help=f"PostgreSQL server and base name (default: $DATABASE_URL or {DEFAULT_PG})",
    )
    parser.add_argument(
        "--redis", default=os.environ.get("REDIS_URL", ""), help="REDIS_URL (default: none)"
    )
    parser.add_argument("--tools", type=int, default=100)
    parser.add_argument("--stories", type=int, default=1000)
    # Many short runs in turn: a noisy neighbour's burst then spoils a round or two, which
    # the median leaves out, rather than a third of the figure.
    parser.add_argument("--seconds", type=int, default=2, help="Seconds per wrk run.")
    parser.add_argument(
        "--rounds", type=int, default=15, help="Alternating runs per pair (0 skips P1)."
    )
    parser.add_argument("--threads", type=int, default=2, help="wrk threads.")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (P1).")
    parser.add_argument("--load-clients", type=int, default=200)
    parser.add_argument("--load-seconds", type=int, default=60, help="0 skips the load run.")
    parser.add_argument(
        "--load-timeout",
        type=int,
        default=30,
        help="Seconds a load request may take before wrk counts it as an error "
        "(default: gunicorn's own request timeout, GUNICORN_TIMEOUT).",
    )
    parser.add_argument(
        "--quick", action="store_true", help="3 s runs, 1 round, a 15 s load: a smoke run."
    )
    parser.add_argument("--keep-db", action="store_true", help="Keep the database.")
    args = parser.parse_args()
    if args.quick:
        args.seconds, args.rounds, args.load_seconds = 3, 1, min(args.load_seconds, 15)
    return args


def say(text=""):
    print(text, flush=True)


# --- the database ------------------------------------------------------------------------


class Database:
    """A fresh database for this run: an SQLite file, or ``<name>_http`` on PostgreSQL."""

    def __init__(self, args, workdir):
        self.args = args
        if args.database == "sqlite":
            self.url = f"sqlite:///{workdir / 'http-bench.sqlite3'}"
            self.pg = None
        else:
            base = urlsplit(args.database_url or os.environ.get("DATABASE_URL") or DEFAULT_PG)
            name = base.path.lstrip("/") + "_http"
            self.url = urlunsplit(base._replace(path="/" + name))
            self.pg = (urlunsplit(base._replace(path="/postgres")), name)

    def _admin(self, sql):
        import psycopg

        with psycopg.connect(self.pg[0], autocommit=True) as connection:
            connection.execute(sql)

    def create(self):
        if self.pg:
            self._admin(f'DROP DATABASE IF EXISTS "{self.pg[1]}" WITH (FORCE)')
            self._admin(f'CREATE DATABASE "{self.pg[1]}"')

    def drop(self):
        if self.pg and not self.args.keep_db:
            self._admin(f'DROP DATABASE IF EXISTS "{self.pg[1]}" WITH (FORCE)')


def environment(args, database, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.http_settings",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOCAL_HTTP": "1",
        "DATABASE_URL": database.url,
        "BENCH_CACHE_PREFIX": f"bench{os.getpid()}",
        "PYTHONPATH": str(ROOT),
        **extra,
    }
    env.pop("REDIS_URL", None)
    if args.redis:
        env["REDIS_URL"] = args.redis
    return env


def build_data(args, env):
    started = time.perf_counter()
    for command in (
        ["migrate", "--noinput", "--verbosity", "0"],
        ["iitk_setup", "--as-site-root", "--verbosity", "0"],
        ["generate_dataset", "--tools", str(args.tools), "--stories", str(args.stories)],
    ):
        done = subprocess.run(
            serve.manage(*command), cwd=ROOT, env=env, capture_output=True, text=True
        )
        if done.returncode:
            raise SystemExit(f"{command[0]} failed:\n{done.stdout}{done.stderr}")
        if command[0] == "generate_dataset":
            say("generate_dataset: " + done.stdout.strip())
    say(f"Database ready in {time.perf_counter() - started:.1f} s.")


# --- the server --------------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn as `make serve` starts it (``serve.commands("local")``), on a free port."""

    def __init__(self, env, workdir, name):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = workdir / f"gunicorn-{name}.log"
        argv = serve.commands("local")["together"]["web"]
        env = {**env, "PORT": str(self.port), "HOST": "127.0.0.1"}
        # The access log (one line per request, as `make serve` writes it) is discarded.
        with self.log.open("w") as errors:
            self.process = subprocess.Popen(
                argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=errors
            )
        try:
            self.wait_until_ready()
        except BaseException:
            self.stop()
            raise

    def get(self, path):
        import urllib.request

        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return response.status, response.read()

    def wait_until_ready(self, timeout=180):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn exited:\n{self.log.read_text()}")
            try:
                if self.get(HEALTH)[0] == 200:
                    return
            except OSError:
                time.sleep(0.3)
        raise SystemExit(f"gunicorn did not answer in {timeout} s:\n{self.log.read_text()}")

    def workers(self):
        found = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True
        )
        return len(found.stdout.split())

    def cpu_seconds(self):
        """CPU time the workers have used: the live ones', plus what the master has reaped
        from those that were recycled (``max_requests``) or replaced."""
        ticks = os.sysconf("SC_CLK_TCK")

        def stat(pid):
            with open(f"/proc/{pid}/stat") as file:
                return file.read().rpartition(")")[2].split()

        master = stat(self.process.pid)
        used = int(master[13]) + int(master[14])  # cutime, cstime (fields 16, 17)
        with open(f"/proc/{self.process.pid}/task/{self.process.pid}/children") as file:
            for pid in file.read().split():
                try:
                    fields = stat(pid)
                except FileNotFoundError:  # recycled meanwhile: counted by the master
                    continue
                used += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
        return used / ticks

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# --- wrk ---------------------------------------------------------------------------------

UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}


def milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


class Run:
    """One wrk run's figures, read from its report."""

    def __init__(self, report):
        self.report = report
        self.rps = float(re.search(r"Requests/sec:\s+([\d.]+)", report).group(1))
        self.requests = int(re.search(r"(\d+) requests in", report).group(1))
        socket_errors = re.search(
            r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", report
        )
        self.socket_errors = sum(map(int, socket_errors.groups())) if socket_errors else 0
        bad = re.search(r"Non-2xx or 3xx responses: (\d+)", report)
        self.bad_status = int(bad.group(1)) if bad else 0
        self.errors = self.socket_errors + self.bad_status
        self.latency = {
            int(p): milliseconds(value)
            for p, value in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)\s*$", report, re.M)
        }


def wrk(server, path, seconds, threads, connections):
    """One wrk run against ``path``, with the CPU the server's workers spent on it."""
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    argv.append(server.base + path)
    cpu = server.cpu_seconds()
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    run = Run(done.stdout)
    run.cpu_ms = (server.cpu_seconds() - cpu) * 1000 / max(run.requests, 1)
    return run


def side_by_side(server, paths, args):
    """{path: [Run, ...]}: each path once per round, the order rotating each round.

    First a short run of each, not counted: every worker loads what the path needs (a
    worker's first API request imports and sets up far more than its later ones)."""
    for path in paths:
        wrk(server, path, 2, args.threads, args.connections)
    runs = {path: [] for path in paths}
    for number in range(args.rounds):
        order = paths[number % len(paths) :] + paths[: number % len(paths)]
        for path in order:
            run = wrk(server, path, args.seconds, args.threads, args.connections)
            if run.errors:
                raise SystemExit(f"{path}: {run.errors} errors\n{run.report}")
            runs[path].append(run)
    return runs


def ratio(runs, top, bottom):
    """The median of the rounds' ratios of requests/s, and of CPU per request (bottom's
    over top's: how many requests of ``top`` the CPU of one of ``bottom`` pays for)."""
    pairs = list(zip(runs[top], runs[bottom], strict=True))
    return (
        statistics.median(a.rps / b.rps for a, b in pairs),
        statistics.median(b.cpu_ms / a.cpu_ms for a, b in pairs),
    )


def print_pair(runs, top, bottom, label, budget=0.8):
    for path in (bottom, top):
        rps = ", ".join(f"{run.rps:,.0f}" for run in runs[path])
        cpu = ", ".join(f"{run.cpu_ms:.2f}" for run in runs[path])
        say(f"  {path:<30} req/s {rps:<22} worker CPU ms/request {cpu}")
    value, cpu = ratio(runs, top, bottom)
    verdict = "within budget" if value >= budget else "UNDER BUDGET"
    say(f"{label} = {value:.2f}x (by worker CPU: {cpu:.2f}x)   budget >= {budget}x: {verdict}")
    return value


# --- the run -----------------------------------------------------------------------------


def describe(args):
    import django

    database = "SQLite" if args.database == "sqlite" else "PostgreSQL"
    cache = "Redis" if args.redis else "local-memory cache"
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout
    return (
        f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC  {platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}, Django "
        f"{django.get_version()}, {database}, {cache}, {wrk_version.split(' [')[0].strip()}"
    )


def load_mix_paths(server):
    """The load run's paths: lists, details, taxonomy, a tool page, the home page, health."""
    import json

    tools = json.loads(server.get("/api/iitk/v1/tools/?limit=5")[1])["results"]
    pages = [urlsplit(tool["url"]).path for tool in tools]
    details = [urlsplit(tool["api_url"]).path for tool in tools]
    return [
        LIST,
        "/api/iitk/v1/tools/?limit=20&offset=20",
        "/api/iitk/v1/stories/?limit=20",
        "/api/iitk/v1/questions/",
        "/api/iitk/v1/taxonomy/",
        *details,
        pages[0],
        "/",
        HEALTH,
    ]


def load(server, args):
    paths = load_mix_paths(server)
    for path in paths:  # each answers, and the server cache is warm, as on a live site
        status, _ = server.get(path)
        assert status == 200, (path, status)
    env_paths = ",".join(paths)
    argv = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.load_clients}",
        f"-d{args.load_seconds}s",
        "--timeout",
        f"{args.load_timeout}s",
        "--latency",
        "-s",
        str(MIX_SCRIPT),
        server.base,
    ]
    done = subprocess.run(
        argv, capture_output=True, text=True, check=True, env={**os.environ, "PATHS": env_paths}
    )
    run = Run(done.stdout)
    say("wrk's report:\n" + done.stdout.rstrip())
    if set(run.latency) != {50, 75, 90, 99}:
        raise SystemExit("wrk printed no latency distribution")
    say(
        f"P12 load: {args.load_clients} clients, {args.load_seconds} s, "
        f"{len(paths)} paths in turn (lists, details, taxonomy, a tool page, home, /healthz/)"
    )
    say(
        f"  {run.requests:,} requests, {run.rps:,.0f} req/s; latency p50 {run.latency[50]:.1f} ms,"
        f" p75 {run.latency[75]:.1f} ms, p90 {run.latency[90]:.1f} ms,"
        f" p99 {run.latency[99]:.1f} ms"
    )
    verdict = "within budget" if run.errors == 0 else "OVER BUDGET"
    say(
        f"P12 errors = {run.errors} (socket {run.socket_errors}, non-2xx/3xx "
        f"{run.bad_status})   budget 0: {verdict}"
    )
    return run


def p1(cached, args, database, workdir, servers):
    say("\nP1 cached list over HTTP")
    runs = side_by_side(cached, [HEALTH, LIST], args)
    print_pair(runs, LIST, HEALTH, "P1 cached list / healthz")

    uncached = Server(environment(args, database, BENCH_UNCACHED="1"), workdir, "uncached")
    servers.append(uncached)
    say("\nP1 uncached list over HTTP (every cached body a miss; version and taxonomy warm)")
    runs = side_by_side(uncached, [FLOOR, LIST], args)
    print_pair(runs, LIST, FLOOR, "P1 uncached list / floor")
    uncached.stop()
    servers.remove(uncached)


def main():
    args = arguments()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.dev")
    say(describe(args))
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="iitk-http-bench-"))
    database = Database(args, workdir)
    database.create()
    servers = []
    try:
        build_data(args, environment(args, database))
        cached = Server(environment(args, database), workdir, "cached")
        servers.append(cached)
        say(
            f"gunicorn: {cached.workers()} sync workers (make serve's config); wrk "
            f"-t{args.threads} -c{args.connections}, {args.seconds} s runs, {args.rounds} rounds"
        )
        for path in (HEALTH, LIST, FLOOR):
            cached.get(path)  # the server cache and every worker's imports warm
        if args.rounds:
            p1(cached, args, database, workdir, servers)

        if args.load_seconds and args.load_clients:
            say()
            load(cached, args)
    finally:
        for server in servers:
            server.stop()
        database.drop()
        shutil.rmtree(workdir, ignore_errors=True)
    say(f"\nTotal time {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    main()
