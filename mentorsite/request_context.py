"""The request being served, for code that has no request argument (the audit trail's model signals).

Set by RequestIdMiddleware; None in management commands, tasks and tests that call models directly.
"""

import logging
from contextvars import ContextVar

logger = logging.getLogger(__name__)

current_request = ContextVar("current_request", default=None)


def client_address(request):
    """The client's address, read through exactly as many trusted proxies as TRUSTED_PROXY_COUNT says.

    The same answer django-axes uses for login throttling, so the audit trail and the lockouts agree.
    """
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or None


def write_after_transaction(request, write):
    """Runs `write` once the request's own transaction has ended, committed or rolled back.

    For records of refusals: a view that refuses raises Http404, which rolls its transaction back
    (ATOMIC_REQUESTS), and the log of the refused attempt must not go with it.
    """
    if hasattr(request, "writes_after_transaction"):
        request.writes_after_transaction.append(write)
    else:  # called outside a request served by RequestIdMiddleware (a test calling a view directly)
        write()


def run_writes_after_transaction(request):
    from django.db import DatabaseError, transaction

    for write in request.writes_after_transaction:
        try:
            with transaction.atomic():
                write()
        except DatabaseError:
            logger.exception("A write after the request %s could not be stored", request.request_id)
