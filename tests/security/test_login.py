"""Logging in: the second factor for staff, throttling with django-axes, sessions and password reset."""

import time
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_tasks import default_task_backend

from mentorsite.users.middleware import IdleTimeoutSessionMiddleware
from mentorsite.users.password_reset import send_password_reset_mail
from mentorsite.users.roles import COACH
from tests.helpers import sign_in

PASSWORD = "a-long-test-password-7"


@pytest.fixture
def coach_with_password(coach):
    coach.set_password(PASSWORD)
    coach.save()
    return coach


@pytest.fixture
def mentor_with_password(mentor):
    mentor.set_password(PASSWORD)
    mentor.save()
    return mentor


def log_in(client, username, password=PASSWORD, url=None, **extra):
    return client.post(url or reverse("login"), {"username": username, "password": password}, **extra)


def code_for(device, drift=0):
    return f"{totp(device.bin_key, drift=drift):06d}"


@pytest.mark.django_db
class TestSecondFactor:
    def test_a_coach_without_a_device_is_sent_to_set_one_up_before_any_page(self, coach_with_password):
        client = Client()
        log_in(client, "coach")
        response = client.get(reverse("supervision:coach_overview"))
        assert response.status_code == 302
        assert response.url.startswith(reverse("two_factor_setup"))
        assert client.get(reverse("courses:dashboard")).status_code == 302

    def test_a_coach_sets_up_the_app_gets_recovery_codes_and_reaches_the_page(self, coach_with_password):
        client = Client()
        log_in(client, "coach")
        page = client.get(reverse("two_factor_setup"))
        assert page.status_code == 200
        assert b"<svg" in page.content  # the QR code, drawn inline
        device = TOTPDevice.objects.get(user=coach_with_password, confirmed=False)
        wrong = client.post(reverse("two_factor_setup"), {"code": "000000" if code_for(device) != "000000" else "1"})
        assert wrong.status_code == 400
        # django-otp slows guessing: after a wrong code the device waits a moment before the next.
        TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0, throttling_failure_timestamp=None)
        done = client.post(reverse("two_factor_setup"), {"code": code_for(device)})
        assert done.status_code == 200
        assert len(done.context["codes"]) == 10
        assert client.get(reverse("supervision:coach_overview")).status_code == 200

    def test_logging_in_asks_for_the_code_and_a_wrong_one_is_refused(self, coach_with_password):
        device = TOTPDevice.objects.create(user=coach_with_password, name="Phone", confirmed=True)
        client = Client()
        response = log_in(client, "coach")
        assert response.status_code == 302
        follow = client.get(response.url)
        assert follow.status_code == 302 and follow.url.startswith(reverse("two_factor_verify"))
        wrong = client.post(reverse("two_factor_verify"), {"code": "12345"})
        assert wrong.status_code == 400
        assert "not right" in wrong.content.decode()
        # Until the code is given, the header offers only "Log out": every other link would lead back here.
        assert f'href="{reverse("courses:dashboard")}"' not in wrong.content.decode()
        assert reverse("logout") in wrong.content.decode()
        assert client.get(reverse("supervision:coach_overview")).status_code == 302
        TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0, throttling_failure_timestamp=None)
        right = client.post(
            reverse("two_factor_verify") + "?next=/supervision/",
            {"code": code_for(device), "next": "/supervision/"},
        )
        assert right.status_code == 302 and right.url == "/supervision/"
        overview = client.get(reverse("supervision:coach_overview"))
        assert overview.status_code == 200 and f'href="{reverse("courses:dashboard")}"' in overview.content.decode()

    def test_the_address_to_return_to_survives_the_way_through_the_second_step(self, coach_with_password):
        TOTPDevice.objects.create(user=coach_with_password, name="Phone", confirmed=True)
        client = Client()
        log_in(client, "coach")
        wanted = "/calendar/?view=list&week=2"
        response = client.get(f"{reverse('two_factor_setup')}?{urlencode({'next': wanted})}")
        assert response.url.startswith(reverse("two_factor_verify"))
        assert parse_qs(urlsplit(response.url).query)["next"] == [wanted]

    def test_a_recovery_code_works_once(self, coach_with_password):
        TOTPDevice.objects.create(user=coach_with_password, name="Phone", confirmed=True)
        recovery = StaticDevice.objects.create(user=coach_with_password, name="Recovery codes")
        StaticToken.objects.create(device=recovery, token="abcd2345")
        first = Client()
        log_in(first, "coach")
        assert first.post(reverse("two_factor_verify"), {"code": "abcd2345"}).status_code == 302
        assert first.get(reverse("supervision:coach_overview")).status_code == 200
        second = Client()
        log_in(second, "coach")
        assert second.post(reverse("two_factor_verify"), {"code": "abcd2345"}).status_code == 400

    def test_the_wagtail_admin_also_needs_the_second_factor(self, facilitator):
        facilitator.set_password(PASSWORD)
        facilitator.save()
        TOTPDevice.objects.create(user=facilitator, name="Phone", confirmed=True)
        client = Client()
        response = client.post(reverse("wagtailadmin_login"), {"username": "facilitator", "password": PASSWORD})
        assert response.status_code == 302
        admin = client.get(reverse("wagtailadmin_home"))
        assert admin.status_code == 302 and admin.url.startswith(reverse("two_factor_verify"))

    def test_mentors_log_in_without_a_second_factor_unless_they_turned_it_on(self, mentor_with_password):
        client = Client()
        log_in(client, "mentor")
        assert client.get(reverse("courses:dashboard")).status_code == 200
        TOTPDevice.objects.create(user=mentor_with_password, name="Phone", confirmed=True)
        later = Client()
        log_in(later, "mentor")
        assert later.get(reverse("courses:dashboard")).status_code == 302


@pytest.mark.django_db
class TestThrottling:
    def test_six_wrong_passwords_lock_the_account_even_for_the_right_password(self, coach_with_password):
        client = Client()
        statuses = [log_in(client, "coach", "wrong-password").status_code for _attempt in range(5)]
        assert statuses == [200, 200, 200, 200, 429]  # the fifth failure locks
        locked = log_in(client, "coach")
        assert locked.status_code == 429
        assert "locked" in locked.content.decode()
        # Another address is locked out of this account too.
        assert log_in(Client(), "coach", REMOTE_ADDR="10.9.9.9").status_code == 429

    def test_failures_on_the_admin_login_count_with_the_front_end_login(self, coach_with_password):
        client = Client()
        for attempt in range(5):
            url = reverse("wagtailadmin_login") if attempt % 2 else reverse("login")
            log_in(client, "coach", "wrong-password", url=url)
        assert log_in(client, "coach", url=reverse("wagtailadmin_login")).status_code == 429
        assert log_in(client, "coach").status_code == 429

    def test_the_address_is_locked_for_other_accounts(self, coach_with_password, mentor_with_password):
        client = Client()
        for number in range(5):
            log_in(client, f"nobody-{number}", "wrong", REMOTE_ADDR="10.0.0.7")
        assert log_in(client, "mentor", REMOTE_ADDR="10.0.0.7").status_code == 429
        assert log_in(Client(), "mentor", REMOTE_ADDR="10.0.0.8").status_code == 302

    def test_logging_in_to_ones_own_account_does_not_forgive_failures_on_another(
        self, coach_with_password, mentor_with_password
    ):
        for _round in range(2):
            for _attempt in range(2):
                assert log_in(Client(), "coach", "wrong-password").status_code == 200
            assert log_in(Client(), "mentor").status_code == 302  # the same address, the mentor's own account
        # The fifth failure from this address locks it, and the coach's account, for all to come.
        assert log_in(Client(), "coach", "wrong-password").status_code == 429
        assert log_in(Client(), "coach", REMOTE_ADDR="10.9.9.9").status_code == 429

    def test_a_successful_login_forgets_the_accounts_own_failures(self, mentor_with_password):
        for _round in range(3):
            for _attempt in range(3):
                assert log_in(Client(), "mentor", "wrong-password").status_code == 200
            assert log_in(Client(), "mentor").status_code == 302  # nine failures in all, never five in a row

    def test_behind_a_trusted_proxy_the_forwarded_address_is_the_one_counted(self, settings, mentor_with_password):
        settings.AXES_IPWARE_PROXY_COUNT = 1
        settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
        proxy = {"REMOTE_ADDR": "10.0.0.1"}
        for number in range(5):
            log_in(Client(), f"nobody-{number}", "wrong", HTTP_X_FORWARDED_FOR="203.0.113.9, 10.0.0.1", **proxy)
        assert log_in(Client(), "mentor", HTTP_X_FORWARDED_FOR="203.0.113.9, 10.0.0.1", **proxy).status_code == 429
        # Another client behind the same proxy is not locked out.
        assert log_in(Client(), "mentor", HTTP_X_FORWARDED_FOR="198.51.100.4, 10.0.0.1", **proxy).status_code == 302

    def test_without_a_trusted_proxy_a_forged_forwarded_header_changes_nothing(self, mentor_with_password):
        for number in range(5):
            log_in(Client(), f"nobody-{number}", "wrong", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
        assert log_in(Client(), "mentor", HTTP_X_FORWARDED_FOR="192.0.2.1").status_code == 429


@pytest.mark.django_db
class TestSessions:
    def test_logging_in_gives_a_new_session_key(self, mentor_with_password):
        client = Client()
        client.get(reverse("login"))
        session = client.session
        session["before"] = True
        session.save()
        before = session.session_key
        log_in(client, "mentor")
        assert client.session.session_key != before

    def test_each_request_moves_the_idle_timeout_and_an_idle_session_ends(self, settings, mentor):
        assert settings.SESSION_COOKIE_AGE == settings.SESSION_IDLE_TIMEOUT_MINUTES * 60 == 30 * 60
        client = sign_in(Client(), mentor)
        key = client.session.session_key
        # 29 minutes later (the expiry and the note of when it last moved, as they would stand by then):
        session = client.session
        session[IdleTimeoutSessionMiddleware.MOVED_AT] = int(time.time()) - 29 * 60
        session.save()
        Session.objects.filter(session_key=key).update(expire_date=timezone.now() + timezone.timedelta(minutes=1))
        assert client.get(reverse("courses:dashboard")).status_code == 200
        moved = Session.objects.get(session_key=key).expire_date
        assert moved > timezone.now() + timezone.timedelta(minutes=29)
        Session.objects.filter(session_key=key).update(expire_date=timezone.now() - timezone.timedelta(seconds=1))
        assert client.get(reverse("courses:dashboard")).status_code == 302

    def test_a_request_within_a_minute_of_the_last_save_writes_no_session(self, mentor):
        """Saving the session on every request cost every page an UPDATE and a cache write; a minute's
        precision on a 30-minute idle timeout costs nobody anything."""
        client = sign_in(Client(), mentor)
        key = client.session.session_key
        client.get(reverse("courses:dashboard"))
        expiry = Session.objects.get(session_key=key).expire_date
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("courses:dashboard")).status_code == 200
        session_writes = [query for query in queries.captured_queries if 'UPDATE "django_session"' in query["sql"]]
        assert not session_writes
        assert Session.objects.get(session_key=key).expire_date == expiry
        # A minute after the last save, a request moves the expiry on again.
        session = client.session
        session[IdleTimeoutSessionMiddleware.MOVED_AT] = int(time.time()) - 61
        session.save()
        Session.objects.filter(session_key=key).update(expire_date=expiry)
        client.get(reverse("courses:dashboard"))
        assert Session.objects.get(session_key=key).expire_date > expiry

    def test_the_page_editors_background_pings_do_not_keep_a_session_alive(self, facilitator, lesson):
        client = sign_in(Client(), facilitator)
        key = client.session.session_key
        soon = timezone.now() + timezone.timedelta(minutes=1)
        Session.objects.filter(session_key=key).update(expire_date=soon)
        ping = reverse("wagtailadmin_editing_sessions:ping", args=["wagtailcore", "page", lesson.pk, 0])
        assert client.post(ping).status_code == 200  # the editor's "still here" ping, every few seconds
        assert Session.objects.get(session_key=key).expire_date == soon
        assert client.get(reverse("wagtailadmin_home")).status_code == 200  # a real request does count
        assert Session.objects.get(session_key=key).expire_date > soon

    def test_changing_the_password_ends_every_other_session(self, mentor_with_password):
        laptop, phone = Client(), Client()
        log_in(laptop, "mentor")
        log_in(phone, "mentor")
        response = laptop.post(
            reverse("password_change"),
            {
                "old_password": PASSWORD,
                "new_password1": "another-long-pass-99",
                "new_password2": "another-long-pass-99",
            },
        )
        assert response.status_code == 302
        assert laptop.get(reverse("courses:dashboard")).status_code == 200
        assert phone.get(reverse("courses:dashboard")).status_code == 302

    def test_session_and_csrf_cookies_are_httponly_and_samesite(self, mentor_with_password):
        client = Client()
        client.get(reverse("login"))
        log_in(client, "mentor")
        cookie = client.cookies["sessionid"]
        assert cookie["httponly"] and cookie["samesite"] == "Lax"
        assert client.cookies["csrftoken"]["samesite"] == "Lax" and client.cookies["csrftoken"]["httponly"]

    def test_removing_a_role_takes_effect_on_the_next_request(self, coach):
        client = sign_in(Client(), coach)
        assert client.get(reverse("supervision:coach_overview")).status_code == 200
        coach.groups.remove(Group.objects.get(name=COACH))
        assert client.get(reverse("supervision:coach_overview")).status_code == 403

    def test_a_deactivated_person_is_logged_out_on_the_next_request(self, mentor):
        client = sign_in(Client(), mentor)
        mentor.is_active = False
        mentor.save()
        assert client.get(reverse("courses:dashboard")).status_code == 302


@pytest.mark.django_db
class TestPasswordReset:
    def test_the_answer_does_not_reveal_whether_an_account_exists(self, mentor):
        mentor.email = "maja@example.org"
        mentor.save()
        known = Client().post(reverse("password_reset"), {"email": "maja@example.org"})
        unknown = Client().post(reverse("password_reset"), {"email": "nobody@example.org"})
        assert known.status_code == unknown.status_code == 302
        assert known.url == unknown.url == reverse("password_reset_done")
        assert [message.to for message in mail.outbox] == [["maja@example.org"]]

    def test_the_email_is_queued_with_the_persons_id_only(self, settings, mentor):
        # Sent by the worker, so a known address is answered as fast as an unknown one; no link in the queue.
        settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        mentor.email = "maja@example.org"
        mentor.save()
        Client().post(reverse("password_reset"), {"email": "maja@example.org"})
        Client().post(reverse("password_reset"), {"email": "nobody@example.org"})
        assert mail.outbox == []
        (queued,) = default_task_backend.results
        assert list(queued.args) == [mentor.pk, "http", "testserver"]
        assert send_password_reset_mail.call(*queued.args) is True
        assert mail.outbox[0].to == ["maja@example.org"] and "/accounts/password-reset/" in mail.outbox[0].body
        mentor.is_active = False
        mentor.save()
        assert send_password_reset_mail.call(*queued.args) is False  # deactivated since: nothing sent

    def test_the_emailed_link_sets_a_new_password_once(self, mentor):
        mentor.email = "maja@example.org"
        mentor.save()
        Client().post(reverse("password_reset"), {"email": "maja@example.org"})
        link = next(line for line in mail.outbox[0].body.splitlines() if "/accounts/password-reset/" in line)
        path = link.split("testserver", 1)[1]
        client = Client()
        form_page = client.get(path, follow=True)
        assert form_page.context["validlink"]
        new = {"new_password1": "a-fresh-long-pass-11", "new_password2": "a-fresh-long-pass-11"}
        assert client.post(form_page.redirect_chain[-1][0], new).status_code == 302
        mentor.refresh_from_db()
        assert mentor.check_password("a-fresh-long-pass-11")
        again = Client().get(path, follow=True)
        assert not again.context["validlink"]


@pytest.mark.django_db
def test_wagtails_page_login_sends_everyone_to_the_one_login_page():
    """Wagtail's bare login form for restricted pages would skip the second factor's step and the site's
    layout: its address leads to the site's login page, with the address to return to."""
    response = Client().get(reverse("wagtailcore_login") + "?next=/dashboard/")
    assert response.status_code == 302
    assert response["Location"] == reverse("login") + "?next=/dashboard/"
