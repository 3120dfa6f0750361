"""Fault tests: two gunicorn app servers in production configuration on a private PostgreSQL and Redis.

The module starts everything itself, on free ports, in a temporary folder (nothing else on the machine is
touched): a PostgreSQL cluster, a redis-server without persistence, the demo programme (migrate and seed_demo
under the dev settings), the static files (collectstatic) and two gunicorn app servers with two workers each,
sharing one random SECRET_KEY. Then it breaks things the way production breaks them:

a. a login on one app server is valid on the other (sessions live in the shared database and cache);
b. failed logins are counted across both app servers, and the lock holds on either;
c. Redis stops: pages, sessions, new logins and /health/ keep working; Redis comes back;
d. PostgreSQL stops mid-use: a plain 503 page (never a traceback), /health/ 503, writes sent meanwhile leave
   nothing behind; PostgreSQL comes back and the same app servers recover by themselves.

Runs in the SQLite pass of CI only: the PostgreSQL pass sets DATABASE_URL, and these tests bring their own.
"""

import contextlib
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
import requests

from tests.figures import count
from tests.helpers import DEMO_MARKED_LESSON

BASE_DIR = Path(__file__).resolve().parents[2]
PASSWORD = "mentoring-demo"
# Demo mentors: neither needs a second factor.
MENTOR = "mentor"
OTHER_MENTOR = "amir.haddad"
LOGIN_FAILURE_LIMIT = 5


def _postgres_bin():
    """The folder with the newest PostgreSQL server binaries (Debian keeps them out of PATH)."""
    needed = ("initdb", "pg_ctl", "postgres", "createdb")
    found = []
    for folder in Path("/usr/lib/postgresql").glob("*/bin"):
        if all((folder / name).exists() for name in needed):
            with contextlib.suppress(ValueError):
                found.append((float(folder.parent.name), folder))
    if found:
        return max(found)[1]
    on_path = [shutil.which(name) for name in needed]
    return Path(on_path[0]).parent if all(on_path) else None


PG_BIN = _postgres_bin()
REDIS_SERVER = shutil.which("redis-server")
AS_ROOT = os.geteuid() == 0
# initdb and postgres refuse to run as root: as root, they run as the postgres user.
RUNUSER = shutil.which("runuser")

pytestmark = [
    pytest.mark.skipif(
        bool(os.environ.get("DATABASE_URL")),
        reason="fault tests start their own PostgreSQL; they run in the SQLite pass",
    ),
    pytest.mark.skipif(
        PG_BIN is None,
        reason="the PostgreSQL server binaries (initdb, pg_ctl, postgres) are not installed "
        "(looked in /usr/lib/postgresql/*/bin and PATH)",
    ),
    pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server is not installed"),
    pytest.mark.skipif(
        AS_ROOT and RUNUSER is None, reason="running as root, and runuser is missing to start PostgreSQL as postgres"
    ),
]

# Only these variables of the test process reach the servers; everything else is set explicitly below.
PASSED_ENVIRONMENT = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TZ")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(command, env=None, timeout=600):
    """Runs one of our own fixed commands (never through a shell) and fails loudly with its output."""
    result = subprocess.run(  # noqa: S603 - fixed argument lists built here, no shell, no outside input
        [str(part) for part in command],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{shlex.join(map(str, command))} failed with {result.returncode}:\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result


def stop_process_groups(processes, stop_signal=signal.SIGTERM, timeout=15):
    """Ends processes we started, each in its own session, with all their children (gunicorn's workers).

    The signal goes to the leader only: gunicorn's master then stops its workers itself. All are signalled
    first and then awaited, so they shut down side by side; a group still running after the timeout is killed.
    """
    running = [process for process in processes if process is not None and process.poll() is None]
    for process in running:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, stop_signal)
    for process in running:
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            # The leader still runs, so the group is still ours: end all of it.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout)


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while True:
        try:
            if condition():
                return
        except (requests.RequestException, OSError):
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout}s waiting for {what}")
        time.sleep(0.2)


class Stack:
    """One private PostgreSQL, one private Redis and two gunicorn app servers, all in one temporary folder."""

    def __init__(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="mentorsite-faults-"))
        ports = []
        while len(ports) < 4:
            port = free_port()
            if port not in ports:
                ports.append(port)
        self.pg_port, self.redis_port, *self.app_ports = ports
        self.app_urls = [f"http://127.0.0.1:{port}" for port in self.app_ports]
        self.pgdata = self.tmp / "pgdata"
        self.static_root = self.tmp / "static"
        self.database_url = f"postgres://postgres@127.0.0.1:{self.pg_port}/mentorsite"
        self.secret_key = secrets.token_urlsafe(50)
        self.redis = None
        self.apps = []

    # The pieces

    def _as_postgres(self, command):
        return [RUNUSER, "-u", "postgres", "--", *command] if AS_ROOT else command

    def init_postgres(self):
        if AS_ROOT:
            shutil.chown(self.tmp, "postgres", "postgres")
        run(
            self._as_postgres(
                [PG_BIN / "initdb", "-D", self.pgdata, "-A", "trust", "-U", "postgres", "-E", "UTF8"]
                + ["--locale=C", "--no-sync"]
            )
        )

    def start_postgres(self):
        # Only on 127.0.0.1 and a socket in our folder; fsync off because this cluster is thrown away.
        options = (
            f"-p {self.pg_port} -k {shlex.quote(str(self.tmp))} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        log = self.tmp / "postgres.log"
        run(
            self._as_postgres(
                [PG_BIN / "pg_ctl", "-D", self.pgdata, "-l", log, "-o", options, "-w", "-t", "60"] + ["start"]
            )
        )

    def stop_postgres(self, mode="fast"):
        run(self._as_postgres([PG_BIN / "pg_ctl", "-D", self.pgdata, "-m", mode, "-w", "-t", "60", "stop"]))

    def postgres_running(self):
        status = subprocess.run(  # noqa: S603 - fixed argument list, no shell
            [str(part) for part in self._as_postgres([PG_BIN / "pg_ctl", "-D", self.pgdata, "status"])],
            capture_output=True,
            check=False,
        )
        return status.returncode == 0

    def start_redis(self):
        with open(self.tmp / "redis.log", "ab") as log:
            self.redis = subprocess.Popen(  # noqa: S603 - fixed argument list, no shell
                [REDIS_SERVER, "--port", str(self.redis_port), "--bind", "127.0.0.1", "--save", ""]
                + ["--appendonly", "no", "--dir", str(self.tmp)],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

        def accepts():
            assert self.redis.poll() is None, self.log_tail("redis.log")
            with socket.create_connection(("127.0.0.1", self.redis_port), timeout=1):
                return True

        wait_until(accepts, 15, "redis-server to accept connections")

    def stop_redis(self):
        stop_process_groups([self.redis])
        self.redis = None

    def redis_running(self):
        return self.redis is not None and self.redis.poll() is None

    def env(self, settings, **extra):
        env = {name: os.environ[name] for name in PASSED_ENVIRONMENT if name in os.environ}
        env.update(
            DJANGO_SETTINGS_MODULE=f"mentorsite.settings.{settings}",
            DATABASE_URL=self.database_url,
            PYTHONUNBUFFERED="1",
            # The checks read the English messages; the Danish default is tested in tests/languages/.
            PROGRAMME_LANGUAGE="en",
        )
        if settings == "production":
            env.update(
                SECRET_KEY=self.secret_key,
                ALLOWED_HOSTS="127.0.0.1,localhost",
                REDIS_URL=f"redis://127.0.0.1:{self.redis_port}/0",
                WAGTAILADMIN_BASE_URL=self.app_urls[0],
                TRUSTED_PROXY_COUNT="0",
                DEFAULT_FROM_EMAIL="mentor-training@example.org",
                EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
                # Plain HTTP on 127.0.0.1: no redirect to https (the cookies stay Secure).
                SECURE_SSL_REDIRECT="false",
                STATIC_ROOT=str(self.static_root),
            )
        env.update(extra)
        return env

    def manage(self, *args, settings="dev"):
        return run([sys.executable, "manage.py", *args], env=self.env(settings))

    def start_apps(self):
        """Starts both app servers; wait_for_apps() waits until they answer."""
        for port in self.app_ports:
            run_dir = self.tmp / f"run-{port}"
            run_dir.mkdir()
            with open(self.tmp / f"gunicorn-{port}.log", "ab") as log:
                self.apps.append(
                    subprocess.Popen(  # noqa: S603 - fixed argument list, no shell
                        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
                        cwd=BASE_DIR,
                        env=self.env(
                            "production",
                            GUNICORN_BIND=f"127.0.0.1:{port}",
                            GUNICORN_WORKERS="2",
                            # gunicorn's control socket goes there, one per app server (not into $HOME).
                            XDG_RUNTIME_DIR=str(run_dir),
                        ),
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                    )
                )

    def wait_for_apps(self):
        for app, url in zip(self.apps, self.app_urls, strict=True):

            def ready(app=app, url=url):
                assert app.poll() is None, f"gunicorn at {url} exited:\n{self.app_logs()}"
                return requests.get(url + "/health/", timeout=5).status_code == 200

            wait_until(ready, 60, f"the app server at {url}")

    def start(self):
        self.init_postgres()
        self.start_postgres()
        run([PG_BIN / "createdb", "-h", "127.0.0.1", "-p", self.pg_port, "-U", "postgres", "mentorsite"])
        self.start_redis()
        # collectstatic (production settings: WhiteNoise's manifest) needs no database: run it meanwhile.
        with open(self.tmp / "collectstatic.log", "ab") as log:
            collect = subprocess.Popen(  # noqa: S603 - fixed argument list, no shell
                [sys.executable, "manage.py", "collectstatic", "--noinput"],
                cwd=BASE_DIR,
                env=self.env("production"),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            self.manage("migrate", "--noinput")
        finally:
            collect.wait(600)
        assert collect.returncode == 0, self.log_tail("collectstatic.log")
        # The app servers load while the demo programme is written (nothing asks them for a page before).
        self.start_apps()
        # seed_demo refuses production settings; the dev settings read the same DATABASE_URL. The scenarios
        # need the people and pages, not their Danish translations (three quarters of the command's time).
        self.manage("seed_demo", "--without-translations")
        self.wait_for_apps()

    def ensure_running(self):
        """Before each scenario: whatever an earlier failed scenario left stopped is started again."""
        if not self.postgres_running():
            self.start_postgres()
        if not self.redis_running():
            self.start_redis()

    def close(self):
        # gunicorn's graceful stop: its quick one (INT, QUIT) now and then leaves a worker hanging.
        stop_process_groups(self.apps)
        stop_process_groups([self.redis])
        if (self.pgdata / "postmaster.pid").exists():
            try:
                self.stop_postgres("immediate")
            except (RuntimeError, subprocess.TimeoutExpired):
                with contextlib.suppress(OSError, ValueError, IndexError):
                    pid = int((self.pgdata / "postmaster.pid").read_text().split()[0])
                    os.kill(pid, signal.SIGKILL)
        shutil.rmtree(self.tmp, ignore_errors=True)

    # Looking inside

    def log_tail(self, name, lines=40):
        path = self.tmp / name
        if not path.exists():
            return f"({name}: no log)"
        return f"--- {name}\n" + "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def app_logs(self):
        return "\n".join(self.log_tail(f"gunicorn-{port}.log") for port in self.app_ports)

    def explain(self, response):
        """For assertion messages: what was asked, what came back, and what the app servers logged."""
        return (
            f"{response.request.method} {response.url} answered {response.status_code}\n"
            f"{response.text[:1500]}\n{self.app_logs()}"
        )

    def query(self, sql, *params):
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.pg_port, user="postgres", dbname="mentorsite") as db:
            return db.execute(sql, params).fetchall()

    def written(self, username, lesson_id):
        """What the database holds for this person and lesson: (completions, reflection texts)."""
        completions = self.query(
            "SELECT count(*) FROM courses_lessoncompletion c JOIN users_user u ON u.id = c.user_id "
            "WHERE u.username = %s AND c.lesson_id = %s",
            username,
            lesson_id,
        )[0][0]
        reflections = self.query(
            "SELECT r.text FROM courses_reflectionanswer r JOIN users_user u ON u.id = r.user_id "
            "WHERE u.username = %s AND r.lesson_id = %s ORDER BY r.id",
            username,
            lesson_id,
        )
        return completions, [text for (text,) in reflections]


class Browser:
    """One person's browser. It keeps the cookies itself: the session and CSRF cookies are Secure, and these
    app servers speak plain HTTP, so an ordinary cookie jar would never send them back."""

    def __init__(self, cookies=None):
        self.cookies = dict(cookies or {})

    def request(self, method, url, **kwargs):
        headers = kwargs.pop("headers", {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = requests.request(method, url, headers=headers, allow_redirects=False, timeout=20, **kwargs)
        for header in response.raw.headers.getlist("Set-Cookie"):
            jar = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                if morsel.value == "" or morsel["max-age"] == "0":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, **kwargs):
        return self.request("POST", url, **kwargs)


def csrf_token(response):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
    assert match, f"no CSRF token on {response.url}"
    return match.group(1)


def log_in(browser, base_url, username, password=PASSWORD):
    form = browser.get(base_url + "/accounts/login/")
    assert form.status_code == 200, f"login form at {base_url}: {form.status_code}"
    return browser.post(
        base_url + "/accounts/login/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": csrf_token(form)},
    )


def logged_in(stack, browser, base_url, username):
    response = log_in(browser, base_url, username)
    assert response.status_code == 302, stack.explain(response)
    assert response.headers["Location"] == "/dashboard/", stack.explain(response)
    assert "sessionid" in browser.cookies
    return browser


def signed_in_page(response):
    """A page shown to a signed-in person (it offers to log out)."""
    return response.status_code == 200 and 'action="/accounts/logout/"' in response.text


def sent_to_login(response):
    return response.status_code == 302 and response.headers["Location"].startswith("/accounts/login/")


def continue_link(dashboard):
    """The dashboard's "Continue" button: the mentor's next lesson."""
    match = re.search(r'<a class="button" href="([^"]+)">\s*Continue:', dashboard.text)
    assert match, "the dashboard has no Continue button"
    return match.group(1)


def health(base_url):
    response = requests.get(base_url + "/health/", timeout=10)
    return response.status_code, response.json()


def assert_unavailable(stack, response):
    """The plain page for a database outage: 503, no traceback, no error class, a hint to retry."""
    assert response.status_code == 503, stack.explain(response)
    assert "Temporarily unavailable" in response.text, stack.explain(response)
    for leak in ("Traceback", "OperationalError", "psycopg", "Server Error"):
        assert leak not in response.text, stack.explain(response)
    assert response.headers.get("Retry-After") == "30"


@pytest.fixture(scope="module")
def running_stack():
    stack = Stack()
    try:
        stack.start()
        yield stack
    finally:
        stack.close()


@pytest.fixture
def stack(running_stack):
    running_stack.ensure_running()
    return running_stack


def test_a_login_on_one_app_server_is_valid_on_the_other(stack):
    one, two = stack.app_urls
    browser = logged_in(stack, Browser(), one, MENTOR)

    # Several requests, so both workers of the other app server answer.
    for _ in range(4):
        response = browser.get(two + "/dashboard/")
        assert signed_in_page(response), stack.explain(response)
        assert "Continue:" in response.text

    # Logging out on the second app server ends the session on the first as well.
    session_cookies = dict(browser.cookies)
    dashboard = browser.get(two + "/dashboard/")
    response = browser.post(two + "/accounts/logout/", data={"csrfmiddlewaretoken": csrf_token(dashboard)})
    assert response.status_code == 302, stack.explain(response)
    assert "sessionid" not in browser.cookies
    for base in (one, two):
        response = Browser(session_cookies).get(base + "/dashboard/")
        assert sent_to_login(response), stack.explain(response)
    count("fault_scenarios")


def test_b_failed_logins_are_counted_across_app_servers(stack):
    servers = stack.app_urls
    try:
        # Wrong passwords, alternating: neither app server alone sees five, together they do.
        for attempt in range(1, LOGIN_FAILURE_LIMIT + 1):
            browser = Browser()
            response = log_in(browser, servers[attempt % 2], OTHER_MENTOR, f"wrong-password-{attempt}")
            # The failure that reaches the limit is already answered with the lock.
            expected = 429 if attempt == LOGIN_FAILURE_LIMIT else 200
            assert response.status_code == expected, f"attempt {attempt}: {stack.explain(response)}"
            assert "sessionid" not in browser.cookies

        # Now even the right password is refused, on either app server.
        for base in servers:
            browser = Browser()
            response = log_in(browser, base, OTHER_MENTOR, PASSWORD)
            assert response.status_code == 429, stack.explain(response)
            assert "Login locked" in response.text
            assert "sessionid" not in browser.cookies
    finally:
        # The lock covers the address too (127.0.0.1): lift it for the other scenarios.
        stack.manage("axes_reset")

    # Lifted, the right password works again: the 429 was the lock and nothing else.
    logged_in(stack, Browser(), servers[0], OTHER_MENTOR)
    count("fault_scenarios")


def test_c_everything_works_while_redis_is_down(stack):
    one, two = stack.app_urls
    mentor = logged_in(stack, Browser(), one, MENTOR)
    lesson_url = continue_link(mentor.get(two + "/dashboard/"))

    stack.stop_redis()
    try:
        for base in (one, two, one, two):
            for path in ("/dashboard/", lesson_url):
                response = mentor.get(base + path)
                assert signed_in_page(response), stack.explain(response)
            status, answer = health(base)
            assert (status, answer) == (200, {"status": "ok", "checks": {"database": "ok", "cache": "failing"}})
            assert requests.get(base + "/static/css/site.css", timeout=10).status_code == 200

        # A new login works without Redis, and its session is valid on both app servers.
        newcomer = logged_in(stack, Browser(), two, OTHER_MENTOR)
        for base in (one, two):
            assert signed_in_page(newcomer.get(base + "/dashboard/"))
    finally:
        stack.start_redis()

    # Redis is back (empty): the health check sees it again and nobody was logged out.
    wait_until(
        lambda: all(health(base)[1]["checks"]["cache"] == "ok" for base in (one, two, one, two)),
        15,
        "the app servers to reach Redis again",
    )
    for base in (one, two):
        for person in (mentor, newcomer):
            response = person.get(base + "/dashboard/")
            assert signed_in_page(response), stack.explain(response)
    count("fault_scenarios")


def test_d_database_outage_answers_503_writes_nothing_and_recovers(stack):
    one, two = stack.app_urls
    mentor = logged_in(stack, Browser(), one, MENTOR)
    # Several requests on both app servers, so their workers hold open database connections (CONN_MAX_AGE)
    # when the database goes away.
    for base in (one, two, one, two):
        dashboard = mentor.get(base + "/dashboard/")
        assert signed_in_page(dashboard), stack.explain(dashboard)
    lesson_url = DEMO_MARKED_LESSON
    lesson = mentor.get(one + lesson_url)
    complete = re.search(r'action="(/learn/lessons/(\d+)/complete/)"', lesson.text)
    reflect = re.search(r'action="(/learn/lessons/\d+/reflections/[^"/]+/)"', lesson.text)
    assert complete and reflect, f"{lesson_url} has no 'Mark as complete' or reflection form"
    lesson_id = int(complete.group(2))
    token = csrf_token(lesson)
    before = stack.written(MENTOR, lesson_id)
    assert before[0] == 0, f"the demo mentor has completed {lesson_url} already"

    # A second visitor keeps using the site while the database goes away and comes back: every answer is a
    # page or the plain 503, never a 500 or a dropped connection.
    answers = []
    stop_traffic = threading.Event()
    bystander = Browser(mentor.cookies)

    def traffic():
        while not stop_traffic.is_set():
            for base in (one, two):
                try:
                    response = bystander.get(base + "/dashboard/")
                except requests.RequestException as error:
                    answers.append(f"no answer: {error}")
                    continue
                if signed_in_page(response):
                    answers.append("page")
                elif response.status_code == 503 and "Temporarily unavailable" in response.text:
                    answers.append("503")
                else:
                    answers.append(f"{response.status_code}: {response.text[:300]}")

    traffic_thread = threading.Thread(target=traffic, daemon=True)
    traffic_thread.start()
    time.sleep(0.5)

    stack.stop_postgres("immediate")
    try:
        for base in (one, two, one, two):
            for path in ("/dashboard/", lesson_url, "/"):
                assert_unavailable(stack, mentor.get(base + path))
            status, answer = health(base)
            assert (status, answer) == (503, {"status": "failing", "checks": {"database": "failing", "cache": "ok"}})
            # Static files need no database.
            assert requests.get(base + "/static/css/site.css", timeout=10).status_code == 200
        # Writes sent while the database is down: refused with the same page.
        for base in (one, two):
            assert_unavailable(stack, mentor.post(base + complete.group(1), data={"csrfmiddlewaretoken": token}))
            written = {"csrfmiddlewaretoken": token, "text": "Written while the database was down."}
            assert_unavailable(stack, mentor.post(base + reflect.group(1), data=written))
    finally:
        stack.start_postgres()

    # The same gunicorn processes recover by themselves: no restart, no new login.
    wait_until(
        lambda: all(health(base)[0] == 200 for base in (one, two, one, two)),
        20,
        "the app servers to reach PostgreSQL again",
    )
    time.sleep(0.5)
    stop_traffic.set()
    traffic_thread.join(30)
    assert all(app.poll() is None for app in stack.apps), stack.app_logs()
    for base in (one, two, one, two, one, two):
        response = mentor.get(base + "/dashboard/")
        assert signed_in_page(response), stack.explain(response)
    assert set(answers) == {"page", "503"}, f"answers to the second visitor: {sorted(set(answers))}"
    assert answers[-2:] == ["page", "page"]

    # Nothing sent during the outage reached the database ...
    assert stack.written(MENTOR, lesson_id) == before
    # ... and the very same forms work now, so only the outage stopped them.
    response = mentor.post(two + reflect.group(1), data={"csrfmiddlewaretoken": token, "text": "Written after."})
    assert response.status_code == 302, stack.explain(response)
    response = mentor.post(one + complete.group(1), data={"csrfmiddlewaretoken": token})
    assert response.status_code == 302, stack.explain(response)
    completions, reflections = stack.written(MENTOR, lesson_id)
    assert completions == 1
    assert "Written after." in reflections
    assert not any("database was down" in text for text in reflections)
    count("fault_scenarios")
