"""The default database (SQLite, a file) under a web server's concurrent writes: no request fails with a 500.

Regression: on the README's default database the admin gave "database is locked" errors when two requests wrote
at once (a double-clicked dialog, two editors). SQLite is now configured for a web server (WAL, a busy timeout,
transactions that take the write lock when they begin). This test copies the test database into a file, serves it
with a real threaded server in another process, and has ten people write at the same moment.
"""

import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from django.db import connection

from courses.models import LessonCompletion
from mentorsite.users.roles import MENTOR
from tests.factories import PASSWORD, EnrolmentFactory, LessonPageFactory, UserFactory

BASE_DIR = Path(__file__).resolve().parents[2]
PEOPLE = 10

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite" or bool(os.environ.get("DATABASE_URL")), reason="about the SQLite default"
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def served_file_database(transactional_db, tmp_path, module, mentor_track):
    """A copy of the test database in a file, served by `runserver` (threaded) in its own process."""
    lessons = [LessonPageFactory(parent=module, title=f"Lesson {n}") for n in range(3)]
    people = []
    for n in range(PEOPLE):
        person = UserFactory(username=f"writer{n}", roles=[MENTOR])
        EnrolmentFactory(user=person, track=mentor_track)
        people.append(person.username)
    path = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(path) as copy:
        connection.connection.backup(copy)
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - fixed argument list, no shell
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=BASE_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "mentorsite.settings.test",
            "DATABASE_URL": f"sqlite:///{path}",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if requests.get(url + "/health/", timeout=2).status_code == 200:
                break
        except requests.ConnectionError:
            pass
        assert server.poll() is None and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.3)
    try:
        yield url, people, [lesson.pk for lesson in lessons], path
    finally:
        server.terminate()
        server.wait(30)


def log_in(url, username):
    browser = requests.Session()
    form = browser.get(url + "/accounts/login/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    answer = browser.post(
        url + "/accounts/login/",
        data={"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD},
        headers={"Referer": url + "/accounts/login/"},
        timeout=60,
    )
    return browser, answer.status_code


# Committed data is copied to the file, so the test writes for real; serialized_rollback restores what the
# migrations wrote (roles, the site) for the tests that run after it in the same worker.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_writes_on_the_sqlite_default_never_fail(served_file_database):
    url, people, lesson_ids, path = served_file_database
    statuses = []
    start = threading.Barrier(len(people))

    def work(username):
        start.wait()
        browser, status = log_in(url, username)  # writes the session, the login record and last_login
        statuses.append(status)
        for lesson_id in lesson_ids:
            page = browser.get(f"{url}/dashboard/", timeout=60)
            token = browser.cookies.get("csrftoken") or re.search(r'csrfmiddlewaretoken" value="([^"]+)', page.text)[1]
            answer = browser.post(
                f"{url}/learn/lessons/{lesson_id}/complete/",
                data={"csrfmiddlewaretoken": token},
                headers={"Referer": url + "/dashboard/"},
                timeout=60,
                allow_redirects=False,
            )
            statuses.append(answer.status_code)

    threads = [threading.Thread(target=work, args=(name,)) for name in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(180)

    # A "database is locked" shows as the platform's 503 page; a request stuck on a lock never answers.
    assert all(status < 500 for status in statuses), statuses
    assert len(statuses) == len(people) * (1 + len(lesson_ids)), "some requests did not answer"
    with sqlite3.connect(path) as database:
        completions = database.execute(f"SELECT COUNT(*) FROM {LessonCompletion._meta.db_table}").fetchone()[0]  # noqa: S608
    assert completions == len(people) * len(lesson_ids)
