"""The live server of the browser tests, answering one request at a time.

On SQLite the tests' database lives in memory, and Django hands its one connection to every request thread of the
live server. Each request is a transaction (ATOMIC_REQUESTS), so two requests at once, which a browser sends all
the time, met inside one transaction ("cannot start a transaction within a transaction", "database table is
locked"): a 503 and a browser test that failed now and then. Serialising the requests removes the race; the
threads stay, so an idle keep-alive connection of Chromium holds up nobody.
"""

import threading

from django.core.servers.basehttp import ThreadedWSGIServer


class OneRequestAtATimeServer(ThreadedWSGIServer):
    def set_app(self, application):
        lock = threading.Lock()

        def one_request_at_a_time(environ, start_response):
            with lock:
                response = application(environ, start_response)
                try:
                    # The body is read inside the lock too: a streamed file may still read the database.
                    return list(response)
                finally:
                    if hasattr(response, "close"):
                        response.close()

        super().set_app(one_request_at_a_time)
