"""`make bench`: the platform's pages under load, beside a bare template view and a stock Wagtail page served by
the same server in the same run.

It makes a database of its own on the PostgreSQL at BENCH_POSTGRES (default postgres://postgres@127.0.0.1:5432),
uses Redis database 15 of BENCH_REDIS (default redis://127.0.0.1:6379), migrates, writes the demo programme and
the larger one (mentorsite/bench/management/commands/bench_prepare.py), collects static files and starts
gunicorn with the production settings (gunicorn.conf.py) and two sync workers. Then, for every page, ROUNDS
rounds (the order of pages reversed every other round) of a warm-up second and MEASURE_SECONDS at CONCURRENCY
connections; it prints the median of the rounds. The database is dropped at the end.

Environment: BENCH_ROUNDS (3), BENCH_SECONDS (5), BENCH_CONCURRENCY (20), BENCH_MENTORS (1000),
BENCH_WORKERS (2), BENCH_PROFILE=1 (print the top of a profile of the slowest mentor page).

The load comes from threads in this process (the machine has no wrk or ab); each request opens its own
connection, as gunicorn's sync workers close every connection after its response.
"""

import http.client
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
MEASURE_SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))
WARM_UP_SECONDS = 1.0
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "20"))
MENTORS = int(os.environ.get("BENCH_MENTORS", "1000"))
WORKERS = os.environ.get("BENCH_WORKERS", "2")
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432").rstrip("/")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379").rstrip("/")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(folder, database_url, port):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mentorsite.settings.bench",
        "DATABASE_URL": database_url,
        "REDIS_URL": f"{REDIS}/15",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "DEFAULT_FROM_EMAIL": "bench@example.org",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "TRUSTED_PROXY_COUNT": "0",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(folder / "static"),
        "BENCH_FILES": str(folder),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": WORKERS,
        "GUNICORN_THREADS": "1",
    }


def manage(env, *arguments, log=None):
    """Runs a management command of the benchmark's site; its output goes to `log`, or here when there is none."""
    print(f"== manage.py {' '.join(arguments)}", flush=True)
    with open(log or os.devnull, "ab") as out:
        done = subprocess.run(  # noqa: S603 - fixed argument list, no shell
            [PYTHON, "manage.py", *arguments],
            cwd=BASE_DIR,
            env=env,
            stdout=out if log else None,
            stderr=subprocess.STDOUT if log else None,
        )
    if done.returncode:
        sys.exit(f"manage.py {arguments[0]} failed; see {log}")


def database(action, name):
    """Drops the benchmark's database (left over from an interrupted run too) and, for "create", makes it anew."""
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if action == "create":
            admin.execute(f'CREATE DATABASE "{name}"')


# Load ---------------------------------------------------------------------------------------------------


def request(port, page):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Host": "127.0.0.1", "Accept-Language": "en"}
    if page["cookie"]:
        headers["Cookie"] = page["cookie"]
    started = time.perf_counter()
    connection.request("GET", page["path"], headers=headers)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status, time.perf_counter() - started


def load(port, page, seconds, concurrency):
    """(requests per second, latencies, statuses other than 200) of `seconds` at `concurrency` connections."""
    stop_at = time.perf_counter() + seconds
    latencies, failures, lock = [], [], threading.Lock()

    def connection_loop():
        while time.perf_counter() < stop_at:
            try:
                status, took = request(port, page)
            except OSError as error:
                status, took = str(error), 0.0
            with lock:
                if status == 200:
                    latencies.append(took)
                else:
                    failures.append(status)

    started = time.perf_counter()
    threads = [threading.Thread(target=connection_loop) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies) / (time.perf_counter() - started), latencies, failures


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def measure(port, pages):
    results = {page["name"]: [] for page in pages}
    for number in range(ROUNDS):
        order = pages if number % 2 == 0 else list(reversed(pages))
        print(f"== round {number + 1} of {ROUNDS}", flush=True)
        for page in order:
            load(port, page, WARM_UP_SECONDS, CONCURRENCY)
            rate, latencies, failures = load(port, page, MEASURE_SECONDS, CONCURRENCY)
            if failures:
                sys.exit(f"{page['name']}: {len(failures)} answers were not 200 (first: {failures[0]})")
            results[page["name"]].append(
                (rate, percentile(latencies, 0.50), percentile(latencies, 0.95), percentile(latencies, 0.99))
            )
    return {
        name: tuple(statistics.median(run[column] for run in runs) for column in range(4))
        for name, runs in results.items()
    }


def timed(port, page, times=3):
    """Median seconds of `times` requests one after another (for bulk jobs, not measured under load)."""
    took = []
    for _ in range(times):
        status, seconds = request(port, page)
        if status != 200:
            sys.exit(f"{page['name']}: answered {status}")
        took.append(seconds)
    return statistics.median(took)


# Report -------------------------------------------------------------------------------------------------


def table(plan, results, cold_handout, bulk):
    bare = results["bare template view"][0]
    stock_rate, _, stock_p95, _ = results["stock Wagtail page, anonymous"]
    lines = [
        "| page | req/s (median) | vs bare template | vs stock Wagtail page | p50 / p95 / p99 at "
        f"{CONCURRENCY} connections | queries |",
        "|---|---|---|---|---|---|",
    ]
    for page in plan:
        if page["name"] not in results:
            continue
        rate, p50, p95, p99 = results[page["name"]]
        versus_stock = "" if page["name"] == "bare template view" else f"{rate / stock_rate:.2f}x"
        lines.append(
            f"| {page['name']} | {rate:,.0f} | {rate / bare:.1%} | {versus_stock} | "
            f"{p50 * 1000:,.0f} / {p95 * 1000:,.0f} / {p99 * 1000:,.0f} ms | {page['queries']} |"
        )
    checks = []
    pages = [page for page in plan if page["kind"] == "page"]
    for page in pages:
        rate, _p50, p95, _p99 = results[page["name"]]
        checks.append((f"{page['name']}: at least 1.5x the stock page's req/s", rate >= 1.5 * stock_rate))
        checks.append((f"{page['name']}: p95 at most 2/3 of the stock page's", p95 <= stock_p95 * 2 / 3))
        checks.append((f"{page['name']}: at most 10 queries", page["queries"] <= 10))
    certificate = results.get("certificate from its stored copy")
    if certificate:
        checks.append(
            ("certificate from its stored copy: at most twice a stock page", certificate[0] >= stock_rate / 2)
        )
    checks.append((f"module handout, first render: {cold_handout:.2f} s, under a second", cold_handout < 1))
    for name, (seconds, sql_seconds) in bulk.items():
        checks.append(
            (
                f"{name}: {seconds:.2f} s, {seconds / sql_seconds:.1f} times its database reads ({sql_seconds:.2f} s); "
                "at most twice",
                seconds <= 2 * sql_seconds,
            )
        )
    lines.append("")
    lines += [f"- [{'x' if met else ' '}] {label}" for label, met in checks]
    met = sum(1 for _label, ok in checks if ok)
    lines.append(f"\n{met} of {len(checks)} targets met.")
    return "\n".join(lines)


def main():
    folder = Path(tempfile.mkdtemp(prefix="mentorsite-bench-"))
    name = f"mentorsite_bench_{os.getpid()}"
    port = free_port()
    env = environment(folder, f"{POSTGRES}/{name}", port)
    log = folder / "bench.log"
    database("create", name)
    server = None
    try:
        manage(env, "migrate", "--noinput", log=log)
        manage(env, "seed_demo", log=log)
        manage(env, "collectstatic", "--noinput", log=log)  # pages name their hashed static files
        plan_file = folder / "plan.json"
        manage(env, "bench_prepare", f"--mentors={MENTORS}", f"--plan={plan_file}", log=log)
        plan = json.loads(plan_file.read_text())
        print(f"== gunicorn on 127.0.0.1:{port}, {WORKERS} sync workers", flush=True)
        server = subprocess.Popen(  # noqa: S603 - fixed argument list, no shell
            [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--access-logfile", str(folder / "access.log")],
            cwd=BASE_DIR,
            env=env,
            stdout=open(folder / "gunicorn.log", "ab"),  # noqa: SIM115 - open while the server runs
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        for _ in range(120):
            try:
                if request(port, {"path": "/health/", "cookie": ""})[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        else:
            sys.exit(f"gunicorn did not start; see {folder / 'gunicorn.log'}")
        # The first request for the handout, in bench_prepare, rendered it; later ones serve the stored copy.
        cold_handout = next(page for page in plan if page["name"] == "module handout (PDF)")["first_seconds"]
        loaded = [page for page in plan if page["kind"] in {"reference", "page", "file"}]
        results = measure(port, loaded)
        bulk = {page["name"]: (timed(port, page), page["sql_seconds"]) for page in plan if page["kind"] == "bulk"}
        print()
        print(table(plan, results, cold_handout, bulk))
        if os.environ.get("BENCH_PROFILE"):
            mentor_pages = [page for page in loaded if page["kind"] == "page"]
            slowest = min(mentor_pages, key=lambda page: results[page["name"]][0])
            manage(env, "bench_prepare", f"--plan={folder / 'plan2.json'}", f"--profile={slowest['name']}")
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(60)
        database("drop", name)


if __name__ == "__main__":
    main()
