"""The live server the browser tests talk to answers requests that arrive together.

A browser sends several requests at once (a page, its images, the logout of a page whose chart is still loading).
On SQLite the tests' database is in memory and every request thread shares its one connection; each request is a
transaction (ATOMIC_REQUESTS), so two at once met in one transaction and the second answered 503. The browser
journeys then failed now and then (tests/live_server.py now serialises them).
"""

import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_requests_that_arrive_together_are_all_answered(live_server):
    def status_of_login_page(_attempt):
        with urllib.request.urlopen(f"{live_server.url}/accounts/login/", timeout=30) as response:  # noqa: S310 (http to the test server)
            return response.status

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(status_of_login_page, range(64)))
    assert statuses == [200] * 64
