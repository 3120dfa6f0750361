"""One password reset for everyone, queued and rate-limited (security review, issue 12).

The admin's reset form (/admin/password_reset/) sent its e-mail inside the request, only for a known
address: 322 ms against 14 ms told anyone timing it which addresses have an account. It now goes the front
end's way (mentorsite/users/password_reset.py): the task worker writes and sends the mail, and the request
only queues the person's id. Requests are limited per e-mail address, per client address and per account,
and a limited request is answered exactly like any other.
"""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django_tasks import default_task_backend

from mentorsite.users.password_reset import send_password_reset_mail
from tests.factories import UserFactory

RESET_URLS = ["password_reset", "wagtailadmin_password_reset"]


@pytest.fixture
def queue_only(settings):
    """Tasks are kept, not run (the test settings run them at once, in the request)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


def ask_for_reset(url_name, email, client_address="10.0.0.1"):
    return Client().post(reverse(url_name), {"email": email}, REMOTE_ADDR=client_address)


@pytest.mark.django_db
def test_the_admin_reset_sends_no_mail_in_the_request_but_queues_the_front_ends_task(queue_only, mentor):
    queue_only.clear()  # what setting up the fixtures queued (search index updates of the pages)
    known = ask_for_reset("wagtailadmin_password_reset", mentor.email)
    unknown = ask_for_reset("wagtailadmin_password_reset", "nobody@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url == reverse("wagtailadmin_password_reset_done")
    assert mail.outbox == []
    (queued,) = queue_only.results
    assert queued.task.func is send_password_reset_mail.func  # the very task the front end queues
    assert list(queued.args) == [mentor.pk, "http", "testserver"]  # the person's id, never a link or token


@pytest.mark.django_db
def test_the_admin_reset_mail_carries_the_one_reset_link(mentor):
    # With the test settings the queued task runs at once: the mail is the front end's, with its link.
    ask_for_reset("wagtailadmin_password_reset", mentor.email)
    (message,) = mail.outbox
    assert message.to == [mentor.email]
    assert "/accounts/password-reset/" in message.body


@pytest.mark.django_db
def test_the_admin_reset_page_still_shows_its_form():
    page = Client().get(reverse("wagtailadmin_password_reset"))
    assert page.status_code == 200
    assert 'name="email"' in page.content.decode()


def answer(response):
    return response.status_code, response.get("Location"), response.content


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", RESET_URLS)
def test_the_n_plus_first_request_for_one_address_sends_no_further_mail(settings, url_name, mentor):
    limit = settings.PASSWORD_RESET_LIMIT
    # From a new client address each time: the limit for the person's address holds however it is asked.
    answers = [answer(ask_for_reset(url_name, mentor.email, f"10.0.1.{n}")) for n in range(limit)]
    assert len(mail.outbox) == limit
    limited = answer(ask_for_reset(url_name, mentor.email, "10.0.1.200"))
    assert len(mail.outbox) == limit
    assert limited == answers[0]  # the answer does not tell that the limit was reached
    # Capitals or spaces make no new address: the same inbox.
    ask_for_reset(url_name, f"  {mentor.email.upper()} ", "10.0.1.201")
    assert len(mail.outbox) == limit


@pytest.mark.django_db
def test_the_limit_is_shared_by_the_admin_and_the_front_end(settings, mentor):
    for n in range(settings.PASSWORD_RESET_LIMIT):
        ask_for_reset(RESET_URLS[n % 2], mentor.email, f"10.0.2.{n}")
    ask_for_reset("wagtailadmin_password_reset", mentor.email, "10.0.2.200")
    ask_for_reset("password_reset", mentor.email, "10.0.2.201")
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT


@pytest.mark.django_db
def test_the_n_plus_first_request_from_one_client_address_sends_no_further_mail(settings):
    limit = settings.PASSWORD_RESET_CLIENT_LIMIT
    people = [UserFactory(username=f"person-{n}") for n in range(limit + 1)]
    answers = [answer(ask_for_reset("password_reset", person.email, "10.0.3.1")) for person in people[:limit]]
    assert len(mail.outbox) == limit
    assert answer(ask_for_reset("password_reset", people[limit].email, "10.0.3.1")) == answers[0]
    assert len(mail.outbox) == limit
    ask_for_reset("password_reset", people[limit].email, "10.0.3.2")  # another client is not held up
    assert len(mail.outbox) == limit + 1


@pytest.mark.django_db
def test_the_worker_sends_one_account_no_more_than_the_limit(settings, mentor):
    # However the requests reached the queue, the worker itself keeps a person's inbox from being flooded.
    limit = settings.PASSWORD_RESET_LIMIT
    sent = [send_password_reset_mail.call(mentor.pk, "http", "testserver") for _ in range(limit + 1)]
    assert sent == [True] * limit + [False]
    assert len(mail.outbox) == limit
