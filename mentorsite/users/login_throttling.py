"""How django-axes (login throttling) reads the username a login attempt was for."""

from axes.conf import settings

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
