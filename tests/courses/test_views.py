import csv
import io

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import Enrolment, LessonCompletion, ReflectionAnswer
from courses.progress import complete_lesson
from mentorsite.users.roles import MENTOR
from tests.factories import EnrolmentFactory, LessonPageFactory, ModulePageFactory, UserFactory
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db


def test_home_sends_signed_in_people_to_their_dashboard(mentor_client, client, home):
    assert client.get("/").status_code == 200
    response = mentor_client.get("/")
    assert response.status_code == 302 and response.url == reverse("courses:dashboard")


def test_dashboard_shows_progress_next_lesson_and_recent_completions(
    mentor_client, mentor, mentor_track, module, lesson, seminar
):
    second = LessonPageFactory(parent=module, title="Affirmations")
    complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    body = mentor_client.get(reverse("courses:dashboard")).content.decode()
    assert "Mentor track" in body
    assert "1 of 3 completed (33%)" in body
    assert '<progress max="3" value="1"' in body
    assert f'href="{second.url}">Continue: Affirmations' in body
    assert "Recently completed" in body and lesson.title in body


def test_personal_pages_are_not_cached(mentor_client):
    response = mentor_client.get(reverse("courses:dashboard"))
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_module_page_shows_each_lessons_state(mentor_client, mentor, module, lesson):
    other = LessonPageFactory(parent=module, title="Summaries")
    complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    body = mentor_client.get(module.url).content.decode()
    assert "Completed" in body and "To do" in body and other.title in body


def test_lesson_page_has_previous_and_next(mentor_client, module, lesson):
    second = LessonPageFactory(parent=module, title="Second lesson")
    body = mentor_client.get(lesson.url).content.decode()
    assert f'href="{second.url}" rel="next"' in body
    assert "Mark as complete" in body
    assert f'href="{lesson.url}" rel="prev"' in mentor_client.get(second.url).content.decode()


def test_reflection_is_saved_private_and_revisitable(mentor_client, mentor, coach_client, lesson):
    block_id = lesson.reflection_blocks[0].id
    url = reverse("courses:save_reflection", args=[lesson.pk, block_id])
    response = mentor_client.post(url, {"text": "I wanted to fix things for him."})
    assert response.status_code == 302
    mentor_client.post(url, {"text": "I wanted to fix things for him. Next time I will ask first."})
    answer = ReflectionAnswer.objects.get(user=mentor, lesson=lesson, block_id=block_id)
    assert answer.text.endswith("ask first.")
    assert "Next time I will ask first." in mentor_client.get(lesson.url).content.decode()
    assert "Next time I will ask first." not in coach_client.get(lesson.url).content.decode()


def test_empty_reflection_is_refused(mentor_client, lesson):
    url = reverse("courses:save_reflection", args=[lesson.pk, lesson.reflection_blocks[0].id])
    response = mentor_client.post(url, {"text": "   "})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Write your reflection before saving it." in body and 'aria-invalid="true"' in body
    assert not ReflectionAnswer.objects.exists()


def test_reflection_for_an_unknown_prompt_is_not_found(mentor_client, lesson):
    url = reverse("courses:save_reflection", args=[lesson.pk, "no-such-block"])
    assert mentor_client.post(url, {"text": "x"}).status_code == 404
    assert not ReflectionAnswer.objects.exists()


def test_get_on_post_only_endpoints_is_405(mentor_client, lesson):
    assert mentor_client.get(reverse("courses:mark_lesson_complete", args=[lesson.pk])).status_code == 405
    assert mentor_client.get(reverse("courses:submit_knowledge_check", args=[lesson.pk])).status_code == 405


def test_missing_csrf_token_is_403(mentor, lesson):
    client = Client(enforce_csrf_checks=True)
    sign_in(client, mentor)
    assert client.post(reverse("courses:mark_lesson_complete", args=[lesson.pk])).status_code == 403
    assert not LessonCompletion.objects.exists()


def test_unknown_url_shows_the_sites_own_404(client, home):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "There is no page at this address" in response.content.decode()


def test_server_error_shows_the_sites_own_500_without_details(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong" in body and "Traceback" not in body


def test_mentors_and_coaches_are_refused_the_admin(mentor_client, coach_client, facilitator_client):
    for client in (mentor_client, coach_client):
        response = client.get("/admin/")
        assert response.status_code == 302 and "/admin/login/" in response.url
    assert facilitator_client.get("/admin/").status_code == 200


def test_progress_overview_shows_the_matrix(facilitator_client, mentor, coach, mentor_track, module, lesson, seminar):
    complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    body = facilitator_client.get(reverse("courses:progress_overview"), {"track": mentor_track.pk}).content.decode()
    assert module.title in body and seminar.title in body
    # The coach is enrolled in the coach track, which builds on the mentor track: they study it too.
    assert mentor.full_name in body and coach.full_name in body
    assert "Completed" in body and "Not attended" in body


def test_progress_overview_filters_by_cohort(manager_client, mentor, mentor_track, other_cohort, lesson):
    other = UserFactory(first_name="Otto", cohort=other_cohort, roles=[MENTOR])
    EnrolmentFactory(user=other, track=mentor_track)
    url = reverse("courses:progress_overview")
    body = manager_client.get(url, {"track": mentor_track.pk, "cohort": other_cohort.pk}).content.decode()
    assert "Otto" in body and mentor.full_name not in body


def test_progress_overview_refuses_a_bad_filter_with_a_message(manager_client, mentor_track, lesson):
    response = manager_client.get(reverse("courses:progress_overview"), {"track": "abc", "cohort": "999999"})
    assert response.status_code == 400
    assert "That filter is not valid" in response.content.decode()


def test_progress_overview_is_paginated(manager_client, mentor_track, cohort, lesson, settings):
    settings.PROGRESS_OVERVIEW_PAGE_SIZE = 3
    for number in range(7):
        EnrolmentFactory(user=UserFactory(first_name=f"M{number}", cohort=cohort, roles=[MENTOR]), track=mentor_track)
    response = manager_client.get(reverse("courses:progress_overview"), {"track": mentor_track.pk, "page": 3})
    assert len(response.context["rows"]) == 1
    assert "Page 3 of 3" in response.content.decode()


def test_csv_export_holds_the_real_state(manager_client, mentor, cohort, mentor_track, module, lesson, seminar):
    LessonPageFactory(parent=module, title="Second")
    complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    module.title = "=HYPERLINK(evil)"
    module.save()
    late = UserFactory(username="late", first_name="=cmd|calc", last_name="", cohort=cohort, roles=[MENTOR])
    EnrolmentFactory(user=late, track=mentor_track)
    response = manager_client.get(reverse("courses:progress_overview_csv"), {"track": mentor_track.pk})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))  # after the byte-order mark
    header, *people = rows
    assert header[:5] == ["Name", "Username", "Cohort", "'=HYPERLINK(evil)", seminar.title]
    by_username = {row[1]: row for row in people}
    maja = by_username["mentor"]
    assert maja[3] == "1 of 2 lessons" and maja[4] == "Not attended"
    assert maja[5:8] == ["1", "3", "33"] and maja[9] == "Second"
    assert by_username["late"][0] == "'=cmd|calc"  # spreadsheet formulas are neutralised
    assert by_username["late"][3] == "Not started"


def test_csv_export_with_a_bad_filter_writes_no_file(manager_client, lesson):
    response = manager_client.get(reverse("courses:progress_overview_csv"), {"track": "nope"})
    assert response.status_code == 302


# Query counts must not grow with the data ------------------------------------------------------


def _count_queries(client, url):
    client.get(url)  # warm the caches (site root paths); measure the steady state
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _build_modules(track, mentor, count):
    first_lesson = None
    for number in range(count):
        module = ModulePageFactory(parent=track, title=f"Module {number}")
        lesson = LessonPageFactory(parent=module, title=f"Lesson {number}")
        LessonPageFactory(parent=module, title=f"Lesson {number}b")
        first_lesson = first_lesson or lesson
        if number % 2 == 0:
            complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    return first_lesson


def test_dashboard_and_lesson_queries_do_not_grow_with_modules(mentor_client, mentor, programme, mentor_track):
    from tests.factories import TrackPageFactory

    small = _build_modules(mentor_track, mentor, 5)
    big_track = TrackPageFactory(parent=programme, title="Big track")
    big = _build_modules(big_track, mentor, 50)

    Enrolment.objects.filter(user=mentor).delete()
    EnrolmentFactory(user=mentor, track=mentor_track)
    dashboard_small = _count_queries(mentor_client, reverse("courses:dashboard"))
    lesson_small = _count_queries(mentor_client, small.url)
    module_small = _count_queries(mentor_client, small.get_parent().url)

    Enrolment.objects.filter(user=mentor).delete()
    EnrolmentFactory(user=mentor, track=big_track)
    assert _count_queries(mentor_client, reverse("courses:dashboard")) == dashboard_small
    assert _count_queries(mentor_client, big.url) == lesson_small
    assert _count_queries(mentor_client, big.get_parent().url) == module_small


def test_progress_overview_queries_do_not_grow_with_people(
    manager_client, cohort, mentor_track, module, lesson, settings
):
    settings.PROGRESS_OVERVIEW_PAGE_SIZE = 200

    def add_mentors(count):
        for _ in range(count):
            person = UserFactory(cohort=cohort, roles=[MENTOR])
            EnrolmentFactory(user=person, track=mentor_track)
            complete_lesson(person, lesson, LessonCompletion.Method.MARKED)

    url = f"{reverse('courses:progress_overview')}?track={mentor_track.pk}"
    csv_url = f"{reverse('courses:progress_overview_csv')}?track={mentor_track.pk}"
    add_mentors(10)
    with_ten, csv_ten = _count_queries(manager_client, url), _count_queries(manager_client, csv_url)
    add_mentors(90)
    assert _count_queries(manager_client, url) == with_ten
    assert _count_queries(manager_client, csv_url) == csv_ten


def test_dashboard_and_lesson_queries_do_not_grow_with_the_cohort(
    mentor_client, mentor, cohort, mentor_track, module, lesson
):
    second = LessonPageFactory(parent=module)

    def add_mentors(count):
        for _ in range(count):
            person = UserFactory(cohort=cohort, roles=[MENTOR])
            EnrolmentFactory(user=person, track=mentor_track)
            complete_lesson(person, lesson, LessonCompletion.Method.MARKED)

    add_mentors(10)
    counts = [_count_queries(mentor_client, url) for url in (reverse("courses:dashboard"), second.url)]
    add_mentors(90)
    assert [_count_queries(mentor_client, url) for url in (reverse("courses:dashboard"), second.url)] == counts
