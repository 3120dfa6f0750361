"""With translations present, the mentor's pages still read a constant number of queries as the track grows."""

import pytest
from django.urls import reverse

from courses.models import Enrolment, LessonCompletion
from courses.progress import complete_lesson
from tests.courses.test_views import _count_queries
from tests.factories import EnrolmentFactory, LessonPageFactory, ModulePageFactory, TrackPageFactory
from tests.helpers import prefer_language, translate_into_danish

pytestmark = pytest.mark.django_db


def _build_translated_modules(track, mentor, count):
    """`count` modules of two lessons; everything is translated but each module's second lesson."""
    translate_into_danish(track)
    first = None
    for number in range(count):
        module = ModulePageFactory(parent=track, title=f"Module {number}")
        lesson = LessonPageFactory(parent=module, title=f"Lesson {number}")
        LessonPageFactory(parent=module, title=f"Lesson {number}b")
        translate_into_danish(module, lesson)
        first = first or lesson
        if number % 2 == 0:
            complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    return first


def test_dashboard_module_and_lesson_queries_do_not_grow_with_translated_modules(
    mentor_client, mentor, home, programme, mentor_track
):
    prefer_language(mentor, "da")
    translate_into_danish(home, programme)
    small = _build_translated_modules(mentor_track, mentor, 3)
    big_track = TrackPageFactory(parent=programme, title="Big track")
    big = _build_translated_modules(big_track, mentor, 12)

    def counts(lesson):
        return [
            _count_queries(mentor_client, reverse("courses:dashboard")),
            _count_queries(mentor_client, lesson.url),
            _count_queries(mentor_client, lesson.get_parent().url),
        ]

    Enrolment.objects.filter(user=mentor).delete()
    EnrolmentFactory(user=mentor, track=mentor_track)
    with_small = counts(small)
    Enrolment.objects.filter(user=mentor).delete()
    EnrolmentFactory(user=mentor, track=big_track)
    assert counts(big) == with_small
