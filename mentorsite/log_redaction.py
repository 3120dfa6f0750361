"""Secrets that travel in URLs never reach a log: they are replaced by a placeholder before a line is written.

Calendar clients cannot log in, so a person's calendar subscription address carries its own key
(/calendar/feed/<token>.ics); anyone who reads it in a log could follow that person's sessions. A password
reset link carries a key too, until Django moves it into the session. `RedactSecrets` is a logging filter:
settings.LOGGING puts it on the handler that every log line of the platform goes through (Django logs the
path of every 404, a wrong or old feed address included), and gunicorn.conf.py on the app servers' access
log.
"""

import logging
import re

_SECRETS_IN_PATHS = [
    # The calendar feed token (mentorsite/scheduling/urls.py).
    # With or without ".ics": a link cut short still carries the real token.
    (re.compile(r"(/calendar/feed/)(?!regenerate/)[^/?#\s\".]+"), r"\1[token]"),
    # The password reset key, on the front end (mentorsite/urls.py) and in the admin (Wagtail's
    # password_reset/confirm/); the encoded person id stays, so a line can still be followed.
    (re.compile(r"(/password[-_]reset/(?:confirm/)?[^/?#\s\"]+/)(?!set-password/)[^/?#\s\"]+(/)"), r"\1[token]\2"),
]


def redact(text):
    for pattern, placeholder in _SECRETS_IN_PATHS:
        text = pattern.sub(placeholder, text)
    return text


class RedactSecrets(logging.Filter):
    """Rewrites the finished message of a log record without the secrets in it. Never drops a record."""

    def filter(self, record):
        try:
            message = record.getMessage()
        except Exception:  # a malformed logging call is for the handler to report, not a crash of the caller
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
