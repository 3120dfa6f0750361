"""The calendar subscription address is a secret (security review, finding 11): it is replaced when the person
changes their password or asks for a new address, the old one stops working, and the token never reaches
the app servers' logs."""

import io
import logging
import runpy
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from gunicorn.config import Config

from mentorsite.scheduling.models import CalendarFeed
from tests.factories import PASSWORD
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "a-new-and-long-passphrase-42"


def feed_url(feed):
    return reverse("scheduling:feed", args=[feed.token])


def change_password(client, mentor):
    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302


def reset_password(client, mentor):
    client.logout()
    uid = urlsafe_base64_encode(force_bytes(mentor.pk))
    link = reverse("password_reset_confirm", args=[uid, default_token_generator.make_token(mentor)])
    form_url = client.get(link).url  # Django moves the token out of the address into the session
    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302 and response.url == reverse("password_reset_complete")


def set_password_elsewhere(client, mentor):
    # The Wagtail admin's user form and `manage.py changepassword` come down to this.
    mentor.set_password(NEW_PASSWORD)
    mentor.save()


def ask_for_a_new_address(client, mentor):
    assert client.post(reverse("scheduling:regenerate_feed")).status_code == 302


@pytest.mark.parametrize(
    "replace",
    [change_password, reset_password, set_password_elsewhere, ask_for_a_new_address],
    ids=lambda f: f.__name__,
)
def test_old_calendar_address_stops_working_once_replaced(client, mentor, seminar_day, replace):
    sign_in(client, mentor)
    client.get(reverse("scheduling:calendar"))
    old = CalendarFeed.objects.get(user=mentor)
    assert client.get(feed_url(old)).status_code == 200
    replace(client, mentor)
    assert client.get(feed_url(old)).status_code == 404
    new = CalendarFeed.objects.get(user=mentor)
    assert new.token != old.token
    assert client.get(feed_url(new)).status_code == 200


def test_calendar_address_stays_when_nothing_about_the_password_changes(client, mentor):
    feed = CalendarFeed.objects.create(user=mentor)
    mentor.first_name = "Renamed"
    mentor.save()
    assert mentor.check_password(PASSWORD)  # what logging in does: checking the password changes nothing
    mentor.save()
    assert CalendarFeed.objects.get(user=mentor).token == feed.token


# Logs ------------------------------------------------------------------------------------------------


def test_gunicorn_access_log_line_holds_no_feed_token(capsys):
    """The access log line gunicorn writes with the project's gunicorn.conf.py, for a real feed request."""
    token = "Zx9_-secretTOKENvalue0123456789abcdefghijklmn"
    conf = runpy.run_path(str(Path(settings.BASE_DIR) / "gunicorn.conf.py"))
    cfg = Config()
    for name in ("accesslog", "access_log_format", "logger_class"):
        cfg.set(name, conf[name])
    logger = cfg.logger_class(cfg)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/calendar/feed/{token}.ics",
        "PATH_INFO": f"/calendar/feed/{token}.ics",
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "10.0.0.1",
        "HTTP_REFERER": f"https://mentors.example.org/calendar/feed/{token}.ics",
    }

    class Response:
        status = "200 OK"
        sent = 1234
        headers = [("X-Request-ID", "req-1")]

    class Request:
        headers = [("USER-AGENT", "Calendar/1.0")]

    logger.access(Response(), Request(), environ, timedelta(milliseconds=12))
    line = capsys.readouterr().out
    assert '"GET /calendar/feed/[token].ics' in line and " 200 1234 " in line and "id=req-1" in line
    assert token not in line


def test_django_request_log_holds_no_feed_token(client):
    """Django logs the path of every 404; the handler everything is written through removes the token."""
    from mentorsite.log_redaction import RedactSecrets

    handlers = [h for h in logging.getLogger().handlers if any(isinstance(f, RedactSecrets) for f in h.filters)]
    assert handlers, "the console handler of settings.LOGGING must carry the RedactSecrets filter"
    handler = handlers[0]
    token = "Old_-token-that-no-longer-works-0123456789abc"
    written = io.StringIO()
    previous = handler.setStream(written)
    try:
        assert client.get(f"/calendar/feed/{token}.ics").status_code == 404
    finally:
        handler.setStream(previous)
    output = written.getvalue()
    assert "Not Found: /calendar/feed/[token].ics" in output
    assert token not in output


@pytest.mark.parametrize(
    ("path", "logged"),
    [
        ("/calendar/feed/Ab-_9xYz.ics", "/calendar/feed/[token].ics"),
        ("/accounts/password-reset/MQ/cz8k2c-0123abcd/", "/accounts/password-reset/MQ/[token]/"),
        ("/admin/password_reset/confirm/MQ/cz8k2c-0123abcd/", "/admin/password_reset/confirm/MQ/[token]/"),
        # No secret in these: they stay as they are.
        ("/accounts/password-reset/MQ/set-password/", None),
        ("/accounts/password-reset/complete/", None),
        ("/calendar/feed/regenerate/", None),
        ("/calendar/", None),
    ],
)
def test_secrets_in_paths_are_replaced_and_nothing_else(path, logged):
    from mentorsite.log_redaction import redact

    assert redact(f'"GET {path} HTTP/1.1" 200') == f'"GET {logged or path} HTTP/1.1" 200'
