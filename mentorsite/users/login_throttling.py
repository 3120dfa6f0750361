"""Login throttling (django-axes): how it reads the username an attempt was for, and what a success forgets."""

import logging

from axes.conf import settings
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt

log = logging.getLogger(__name__)

# The width of django-axes' username columns (AccessAttempt, AccessLog, AccessFailureLog).
AXES_USERNAME_LENGTH = 255


def attempted_username(request, credentials=None):
    """The username as django-axes reads it by default, cut to the width of its tables.

    Django's login form does not limit the username's length, so a longer one reached django-axes, whose insert
    of the failed attempt then failed on PostgreSQL: a 500 (django-axes issue #1381). No account has so long a
    name (150 characters at most), so cutting it changes no lockout.
    """
    field = settings.AXES_USERNAME_FORM_FIELD
    username = credentials.get(field) if credentials else getattr(request, "data", request.POST).get(field)
    return username[:AXES_USERNAME_LENGTH] if isinstance(username, str) else username


class AccountOnlyResetHandler(AxesDatabaseHandler):
    """django-axes' database handler, except that a successful login forgets only that account's failures.

    The stock handler forgets every failure matching any lockout parameter, the address included: someone with an
    account could try four passwords on a coach's account, log in as themself, and start again, without end.
    Here the failures against other accounts from the same address keep counting towards the address's lock.
    """

    def reset_user_attempts(self, request, credentials=None):
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(username=username).delete()
        if count:
            log.info("Login throttling: a successful login forgot %s failed attempts of its own account.", count)
        return count
