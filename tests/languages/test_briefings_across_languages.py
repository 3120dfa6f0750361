"""Briefings in two languages: one confirmation, one notice, one entry in the list, each in the reader's language."""

import pytest
from django.core import mail
from django.urls import reverse

from courses.briefings import remind
from courses.models import BriefingConfirmation, BriefingNotice
from tests.factories import BriefingPageFactory
from tests.helpers import client_in_language, prefer_language, translate_into_danish

pytestmark = pytest.mark.django_db


@pytest.fixture
def urgent(home, briefing_index, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        briefing = BriefingPageFactory(parent=briefing_index, title="Travel to conflict zones", urgency="urgent")
        briefing.save_revision().publish()
    return briefing


@pytest.fixture
def danish(home, briefing_index, urgent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _home, _index, briefing = translate_into_danish(home, briefing_index, urgent)
    return briefing


def test_publishing_the_danish_translation_sends_no_second_notice(mentor, urgent, danish):
    assert BriefingNotice.objects.filter(briefing=danish).count() == 0
    assert BriefingNotice.objects.filter(user=mentor).count() == 1


def test_confirming_in_danish_confirms_the_briefing(mentor, urgent, danish):
    client = client_in_language(mentor, "da")
    client.post(reverse("courses:confirm_briefing", args=[danish.pk]))
    assert BriefingConfirmation.objects.get(user=mentor).briefing_id == urgent.pk
    prefer_language(mentor, "en")
    english = client.get(urgent.url).content.decode()
    assert "Travel to conflict zones" in english and "[da]" not in english
    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert "Travel to conflict zones" not in dashboard  # nothing left to confirm


def test_the_briefings_list_shows_each_briefing_once_in_the_readers_language(mentor, briefing_index, danish):
    BriefingPageFactory(parent=briefing_index, title="Only in English")
    html = client_in_language(mentor, "da").get(briefing_index.url).content.decode()
    assert html.count("Travel to conflict zones") == 1 and "[da] Travel to conflict zones" in html
    assert "Only in English" in html


def test_a_reminder_reads_in_each_persons_language(mentor, coach, urgent, danish, django_capture_on_commit_callbacks):
    prefer_language(mentor, "da")
    prefer_language(coach, "en")
    mail.outbox.clear()
    remind(urgent, [mentor, coach])
    by_person = {message.to[0]: message for message in mail.outbox}
    assert "[da] Travel to conflict zones" in by_person[mentor.email].body
    assert "Hej" in by_person[mentor.email].body
    assert "[da]" not in by_person[coach.email].body and "Travel to conflict zones" in by_person[coach.email].body


def test_search_finds_a_briefing_once_in_the_readers_language(mentor, urgent, danish):
    html = client_in_language(mentor, "da").get(reverse("search"), {"q": "conflict"}).content.decode()
    assert html.count("Travel to conflict zones") == 1 and "[da] Travel to conflict zones" in html


def test_a_lesson_names_a_briefing_that_updates_it_once_in_each_language(
    mentor, home, programme, mentor_track, module, lesson, briefing_index, django_capture_on_commit_callbacks
):
    from courses.models import BriefingRelatedPage

    briefing = BriefingPageFactory(parent=briefing_index, title="Gangs and extremism overlap")
    BriefingRelatedPage.objects.create(briefing=briefing, page=lesson)
    BriefingRelatedPage.objects.create(briefing=briefing, page=module)
    with django_capture_on_commit_callbacks(execute=True):
        translate_into_danish(home, briefing_index, briefing, programme, mentor_track, module, lesson)
    english = client_in_language(mentor, "en").get(lesson.url).content.decode()
    assert english.count("see the latest briefing: Gangs and extremism overlap") == 1
    danish = client_in_language(mentor, "da").get(lesson.url).content.decode()
    assert danish.count("[da] Gangs and extremism overlap") == 1 and "see the latest" not in danish


def test_a_briefing_only_in_english_names_the_danish_list_in_its_breadcrumb(mentor, briefing_index, danish):
    """Regression: the breadcrumb of an untranslated briefing named the English list for a Danish reader."""
    english_only = BriefingPageFactory(parent=briefing_index, title="Only in English")
    html = client_in_language(mentor, "da").get(english_only.url).content.decode()
    breadcrumb = html.split('class="breadcrumb"', 1)[1].split("</nav>", 1)[0]
    assert f"[da] {briefing_index.title}" in breadcrumb
