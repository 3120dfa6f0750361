"""Choosing the language: the browser's before login, the person's own after, the programme's by default."""

import datetime

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import formats, timezone, translation

from mentorsite.users.languages import language_of
from tests.helpers import prefer_language, sign_in

pytestmark = pytest.mark.django_db


def test_a_browser_set_to_danish_gets_the_login_page_in_danish():
    html = Client(HTTP_ACCEPT_LANGUAGE="da,en;q=0.5").get(reverse("login")).content.decode()
    assert '<html lang="da">' in html
    assert "Log ind" in html and "Brugernavn" in html and "Adgangskode" in html
    assert "Username" not in html and "Password" not in html


def test_a_browser_set_to_english_gets_english_with_a_visible_switch_to_danish():
    html = Client(HTTP_ACCEPT_LANGUAGE="en").get(reverse("login")).content.decode()
    assert '<html lang="en">' in html and "Username" in html
    assert 'data-testid="language-switch"' in html and 'value="da"' in html and ">Dansk<" in html


def test_the_switch_on_the_login_page_sets_the_language_of_this_browser():
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    response = client.post(reverse("set_language"), {"language": "da", "next": reverse("login")})
    assert response.status_code == 302 and response.url == reverse("login")
    assert "Brugernavn" in client.get(reverse("login")).content.decode()


@override_settings(LANGUAGE_CODE="da")
def test_the_programme_default_speaks_to_whoever_has_not_chosen(mentor):
    assert "Brugernavn" in Client().get(reverse("login")).content.decode()
    assert language_of(mentor) == "da"
    page = sign_in(Client(HTTP_ACCEPT_LANGUAGE="en"), mentor).get(reverse("courses:dashboard")).content.decode()
    assert '<html lang="da">' in page  # a signed-in person's language is theirs, not the browser's


def test_a_signed_in_persons_choice_wins_over_the_browser(mentor):
    prefer_language(mentor, "da")
    page = sign_in(Client(HTTP_ACCEPT_LANGUAGE="en"), mentor).get(reverse("courses:dashboard")).content.decode()
    assert '<html lang="da">' in page and "Min oversigt" in page


def test_the_account_page_changes_the_language_for_pages_and_admin(mentor_client, mentor):
    page = mentor_client.get(reverse("account"))
    assert page.status_code == 200 and 'name="language"' in page.content.decode()
    response = mentor_client.post(reverse("account_language"), {"language": "da"})
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "da"
    mentor.refresh_from_db()
    assert language_of(type(mentor).objects.get(pk=mentor.pk)) == "da"
    assert "Din konto" in mentor_client.get(reverse("account")).content.decode()
    mentor_client.post(reverse("account_language"), {"language": "en"})
    assert "Your account" in mentor_client.get(reverse("account")).content.decode()


def test_an_unknown_language_is_refused_with_a_message_and_nothing_changes(mentor_client, mentor):
    prefer_language(mentor, "en")
    response = mentor_client.post(reverse("account_language"), {"language": "xx"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert language_of(type(mentor).objects.get(pk=mentor.pk)) == "en"


def test_the_wagtail_admin_follows_the_persons_language(facilitator_client, facilitator):
    prefer_language(facilitator, "da")
    html = facilitator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'lang="da"' in html and "Sider" in html


def test_dates_and_times_are_written_as_each_language_writes_them():
    moment = timezone.make_aware(datetime.datetime(2026, 12, 1, 9, 30))
    with translation.override("da"):
        assert formats.date_format(moment, "DATE_FORMAT") == "1. december 2026"
        assert formats.date_format(moment, "TIME_FORMAT") == "09.30"
        assert formats.date_format(moment, "SHORT_DATETIME_FORMAT") == "1. dec. 2026 kl. 09.30"
        assert formats.date_format(moment, "DATETIME_FORMAT") == "tirsdag den 1. december 2026 kl. 09.30"
        assert formats.number_format(13.5, 1) == "13,5"
    with translation.override("en"):
        assert formats.date_format(moment, "DATE_FORMAT") == "1 December 2026"
        assert formats.date_format(moment, "SHORT_DATETIME_FORMAT") == "1 Dec 2026, 09:30"
