"""gunicorn settings for the app servers: `gunicorn -c gunicorn.conf.py` (see README, Running in production).

Each value can be changed through the environment without editing this file.
"""

import multiprocessing
import os

from gunicorn.glogging import Logger

wsgi_app = "mentorsite.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Two workers per core plus one is gunicorn's own rule of thumb for synchronous workers.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
# PDF rendering of a whole cohort's report runs as a task, so no request should need longer than this.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# The application is loaded once, before the workers are forked: a worker (a new one too) starts warm instead
# of spending its first request, over a second, importing it. Nothing opens a connection at import.
preload_app = True
# Restart workers now and then so a slow leak in any library cannot grow without bound; rarely, since each
# restart costs the next requests their warm caches.
max_requests = 20000
max_requests_jitter = 2000
# The load balancer sets X-Forwarded-For; Django reads it through TRUSTED_PROXY_COUNT, not gunicorn.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
# The request id set by RequestIdMiddleware, so a log line can be found in the audit trail.
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(L)ss id=%({x-request-id}o)s'


class RedactingLogger(Logger):
    """gunicorn's logger, but a calendar feed token or a password reset key in a request's address is replaced
    by a placeholder before the line is written: whoever reads the logs must not be able to use them."""

    def setup(self, cfg):
        super().setup(cfg)
        # Imported when the logger starts, once gunicorn is in the project's folder (--chdir may move it there
        # only after reading this file).
        from mentorsite.log_redaction import RedactSecrets

        for log in (self.access_log, self.error_log):  # the error log names the request that failed
            if not any(isinstance(existing, RedactSecrets) for existing in log.filters):
                log.addFilter(RedactSecrets())


logger_class = RedactingLogger
