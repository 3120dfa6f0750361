"""Files for Danish tools: CSV for Danish Excel, certificates, e-mails and calendars in the person's language."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from courses.models import Certificate
from mentorsite.scheduling.models import CalendarFeed
from mentorsite.scheduling.services import book
from tests.helpers import client_in_language, finish_the_track, pdf_text, prefer_language, translate_into_danish

pytestmark = pytest.mark.django_db


def test_a_danish_reader_gets_csv_with_semicolons_a_byte_order_mark_and_danish_headers(manager, mentor, mentor_track):
    response = client_in_language(manager, "da").get(
        reverse("courses:progress_overview_csv"), {"track": mentor_track.pk}
    )
    text = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert text.startswith("\ufeff")
    header = text[1:].splitlines()[0]
    assert ";" in header and "," not in header
    assert "Navn" in header or "Mentor" in header
    english = client_in_language(manager, "en").get(
        reverse("courses:progress_overview_csv"), {"track": mentor_track.pk}
    )
    english_text = b"".join(english.streaming_content).decode() if english.streaming else english.content.decode()
    assert "," in english_text.splitlines()[0]


@pytest.fixture
def finished(mentor, cohort, lesson, seminar):
    mentor.first_name, mentor.last_name = "Søs", "Ærø-Håkansson"
    mentor.save()
    return finish_the_track(mentor, cohort, lesson, seminar)


def test_the_certificate_is_in_the_holders_language_and_one_for_both_languages(
    finished, home, programme, mentor_track, module
):
    module.estimated_minutes = 90
    module.save()
    _home, _programme, danish_track = translate_into_danish(home, programme, mentor_track)
    client = client_in_language(finished, "da")
    text = pdf_text(client.get(reverse("courses:certificate", args=[danish_track.pk])).content)
    assert "Kursusbevis" in text and "Søs Ærø-Håkansson" in text
    assert "[da] Mentor track" in text and "13,5" in text
    client.get(reverse("courses:certificate", args=[mentor_track.pk]))
    assert Certificate.objects.get().track_id == mentor_track.pk  # one certificate, of the original track


def test_the_verification_page_answers_in_the_visitors_language(finished, mentor_track):
    client_in_language(finished, "en").get(reverse("courses:certificate", args=[mentor_track.pk]))
    url = reverse("certificate_verify", args=[Certificate.objects.get().code])
    assert 'lang="da"' in Client(HTTP_ACCEPT_LANGUAGE="da").get(url).content.decode()
    assert 'lang="en"' in Client(HTTP_ACCEPT_LANGUAGE="en").get(url).content.decode()


def test_a_booking_notice_and_its_calendar_entry_are_in_the_persons_language(
    mentor, networking_day, django_capture_on_commit_callbacks
):
    prefer_language(mentor, "da")
    with django_capture_on_commit_callbacks(execute=True):
        book(mentor, networking_day)
    [notice] = mail.outbox
    assert notice.subject.startswith("Tilmeldt:")
    assert "Hej" in notice.body


def test_the_calendar_feed_speaks_its_owners_language(mentor, networking_day):
    prefer_language(mentor, "da")
    book(mentor, networking_day)
    feed, _created = CalendarFeed.objects.get_or_create(user=mentor)
    body = Client(HTTP_ACCEPT_LANGUAGE="en").get(reverse("scheduling:feed", args=[feed.token])).content.decode()
    assert "X-WR-CALNAME:Mentoruddannelse" in body


def test_the_handout_of_a_translated_module_is_in_danish_and_keeps_untranslated_lessons(
    mentor, home, programme, mentor_track, module, lesson
):
    from tests.factories import LessonPageFactory

    danish_module = translate_into_danish(home, programme, mentor_track, module, lesson)[3]
    LessonPageFactory(parent=module, title="Only in English")
    client = client_in_language(mentor, "da")
    for module_id in (danish_module.pk, module.pk):
        text = pdf_text(client.get(reverse("courses:module_handout", args=[module_id])).content)
        assert "[da] Open questions" in text and "[da] Asking open questions" in text
        assert "Only in English" in text


def test_a_seminar_day_is_titled_in_the_readers_language(mentor, home, programme, mentor_track, seminar, seminar_day):
    from django.utils import translation

    from mentorsite.scheduling.services import upcoming_sessions_of

    translate_into_danish(home, programme, mentor_track, seminar)
    with translation.override("da"):
        [day] = upcoming_sessions_of(mentor)
        assert day.title.startswith("[da] Two-day seminar 1, dag ")
    with translation.override("en"):
        [day] = upcoming_sessions_of(mentor)
        assert day.title.startswith("Two-day seminar 1, day ")


def test_a_report_made_in_the_background_speaks_the_language_of_whoever_asked(manager):
    from django.core.files.storage import storages

    from courses.models import DocumentRun
    from courses.runs import build_programme_report

    prefer_language(manager, "da")
    run = DocumentRun.objects.create(
        kind=DocumentRun.Kind.PROGRAMME_REPORT,
        requested_by=manager,
        parameters={"start": "2026-01-01", "end": "2026-12-31"},
    )
    build_programme_report.call(run.pk)
    run.refresh_from_db()
    csv = storages["documents"].open(run.files["csv"]).read().decode()
    assert csv.startswith("\ufeff") and ";" in csv.splitlines()[0]
