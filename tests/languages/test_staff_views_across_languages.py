"""Staff pages and documents count a page and its translations as one thing too (found in a review)."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from courses.certificates import issue
from courses.models import BriefingReminder
from tests.factories import BriefingPageFactory, TrackPageFactory
from tests.helpers import client_in_language, finish_the_track, translate_into_danish

pytestmark = pytest.mark.django_db


@pytest.fixture
def danish(home, programme, mentor_track, module, lesson, seminar):
    return translate_into_danish(home, programme, mentor_track, module, lesson, seminar)


def test_a_certificate_keeps_the_original_titles_whatever_language_issued_it(
    mentor, cohort, lesson, seminar, mentor_track, danish
):
    finish_the_track(mentor, cohort, lesson, seminar)
    with translation.override("da"):  # a background run, in the programme's default language
        certificate, _progress = issue(mentor, mentor_track)
    assert certificate.track_title == "Mentor track" and certificate.programme_title == "Mentor programme"


def test_the_progress_overview_lists_each_track_once_and_finds_people_by_a_translation(
    manager, mentor, mentor_track, danish
):
    client = client_in_language(manager, "da")
    page = client.get(reverse("courses:progress_overview")).content.decode()
    assert page.count("[da] Mentor track") == 1 and ">Mentor track<" not in page
    danish_track = danish[2]
    by_translation = client.get(reverse("courses:progress_overview"), {"track": danish_track.pk}).content.decode()
    assert mentor.full_name in by_translation


def test_reminders_sent_from_either_language_remind_nobody_twice_a_day(
    facilitator, mentor, home, briefing_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        briefing = BriefingPageFactory(parent=briefing_index, title="Travel", urgency="urgent")
        briefing.save_revision().publish()
        _home, _index, danish_briefing = translate_into_danish(home, briefing_index, briefing)
    client = client_in_language(facilitator, "da")
    mail.outbox.clear()
    client.post(reverse("courses:remind_briefing", args=[briefing.pk]))
    client.post(reverse("courses:remind_briefing", args=[danish_briefing.pk]))
    assert [m.to[0] for m in mail.outbox] == [mentor.email]
    assert set(BriefingReminder.objects.values_list("briefing_id", flat=True)) == {briefing.pk}


def test_briefings_to_review_lists_each_briefing_once(facilitator, home, briefing_index):
    briefing = BriefingPageFactory(
        parent=briefing_index,
        title="Old news",
        published_on=timezone.localdate() - timezone.timedelta(days=400),
        review_by=timezone.localdate() - timezone.timedelta(days=10),
    )
    translate_into_danish(home, briefing_index, briefing)
    page = client_in_language(facilitator, "da").get(reverse("courses:briefings_due_for_review")).content.decode()
    assert page.count("Old news") == 1 and "[da] Old news" in page


def test_the_programme_page_shows_a_track_not_yet_translated(mentor, programme, danish):
    TrackPageFactory(parent=programme, title="New track, English only")
    page = client_in_language(mentor, "da").get(programme.url).content.decode()
    assert "[da] Mentor track" in page and "New track, English only" in page


def test_a_seminar_days_calendar_file_is_titled_in_the_readers_language(mentor, seminar_day, danish):
    body = client_in_language(mentor, "da").get(reverse("scheduling:ics", args=[seminar_day.pk])).content.decode()
    assert "SUMMARY:[da] Two-day seminar 1\\, dag 1" in body or "SUMMARY:[da] Two-day seminar 1, dag 1" in body


def test_a_briefing_superseding_a_translation_supersedes_its_original(home, briefing_index):
    old = BriefingPageFactory(parent=briefing_index, title="Old")
    _home, _index, danish_old = translate_into_danish(home, briefing_index, old)
    newer = BriefingPageFactory(parent=briefing_index, title="New", supersedes=danish_old)
    newer.full_clean()
    newer.save()
    assert newer.supersedes_id == old.pk
