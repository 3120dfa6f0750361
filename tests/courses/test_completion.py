"""Completion rules and their edge cases."""

import json
import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from courses.models import KnowledgeCheckAttempt, LessonCompletion, LessonPage
from courses.progress import COMPLETE, IN_PROGRESS, PENDING, complete_lesson, module_lesson_states, progress_for_tracks
from tests.factories import LessonPageFactory, ModulePageFactory, TrackPageFactory, knowledge_check_block

pytestmark = pytest.mark.django_db


def complete_url(lesson):
    return reverse("courses:mark_lesson_complete", args=[lesson.pk])


def check_url(lesson):
    return reverse("courses:submit_knowledge_check", args=[lesson.pk])


def answers_for(lesson, correct=True):
    """POST data answering every question of the lesson's check, all right or all wrong."""
    data = {}
    for question in lesson.knowledge_check.value["questions"].bound_blocks:
        answers = question.value["answers"].bound_blocks
        chosen = [a.id for a in answers if bool(a.value["correct"]) == correct]
        if question.value["kind"] == "single":
            chosen = chosen[:1]
        data[f"question-{question.id}"] = chosen
    return data


def test_marking_a_lesson_done_records_one_completion(mentor_client, mentor, lesson):
    response = mentor_client.post(complete_url(lesson))
    assert response.status_code == 302
    mentor_client.post(complete_url(lesson))  # double submit
    assert LessonCompletion.objects.filter(user=mentor, lesson=lesson).count() == 1
    assert "Completed on" in mentor_client.get(lesson.url).content.decode()


def test_completion_is_idempotent_in_the_service(mentor, lesson):
    first, created = complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    second, created_again = complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    assert created and not created_again and first.pk == second.pk


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="concurrent writers need PostgreSQL")
def test_concurrent_completions_store_one_record(mentor, lesson):
    barrier = threading.Barrier(4)
    errors = []

    def complete():
        try:
            barrier.wait()
            complete_lesson(mentor, LessonPage.objects.get(pk=lesson.pk), LessonCompletion.Method.MARKED)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=complete) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert LessonCompletion.objects.filter(user=mentor, lesson=lesson).count() == 1


def test_lesson_with_a_knowledge_check_cannot_be_marked_done(mentor_client, mentor, checked_lesson):
    response = mentor_client.post(complete_url(checked_lesson))
    assert response.status_code == 400
    assert "completed by passing its knowledge check" in response.content.decode()
    assert not LessonCompletion.objects.filter(user=mentor).exists()


def test_failed_attempt_shows_wrong_answers_and_is_kept(mentor_client, mentor, checked_lesson):
    response = mentor_client.post(check_url(checked_lesson), answers_for(checked_lesson, correct=False))
    assert response.status_code == 302  # post/redirect/get: a reload cannot submit again
    response = mentor_client.get(response.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Not correct yet" in body and "Wrong choice:" in body and "Try again" in body
    assert "Feedback on Why did you do that?" in body  # the chosen wrong answer's feedback
    assert not LessonCompletion.objects.filter(user=mentor).exists()

    response = mentor_client.post(check_url(checked_lesson), answers_for(checked_lesson, correct=True), follow=True)
    assert "Passed with 100%" in response.content.decode()
    attempts = KnowledgeCheckAttempt.objects.filter(user=mentor, lesson=checked_lesson).order_by("submitted_at")
    assert [a.passed for a in attempts] == [False, True]
    completion = LessonCompletion.objects.get(user=mentor, lesson=checked_lesson)
    assert completion.method == LessonCompletion.Method.KNOWLEDGE_CHECK


def test_pass_mark_allows_some_wrong_answers(mentor_client, mentor, module):
    lesson = LessonPageFactory(parent=module, body=json.dumps([knowledge_check_block(pass_mark=50)]))
    data = answers_for(lesson, correct=True)
    first_question = next(iter(data))
    data[first_question] = answers_for(lesson, correct=False)[first_question]
    mentor_client.post(check_url(lesson), data)
    attempt = KnowledgeCheckAttempt.objects.get(user=mentor, lesson=lesson)
    assert attempt.score == 50 and attempt.passed


@pytest.mark.parametrize(
    "mangle",
    [
        lambda data: {},  # empty
        lambda data: {key: [] for key in data},  # nothing ticked
        lambda data: dict(list(data.items())[:1]),  # one question unanswered
        lambda data: {key: ["not-an-answer"] for key in data},  # unknown answer ids
        lambda data: {key: ["x", "y"] for key in data},  # garbage, several per question
    ],
)
def test_malformed_submission_rerenders_with_a_message_and_writes_nothing(
    mentor_client, mentor, checked_lesson, mangle
):
    response = mentor_client.post(check_url(checked_lesson), mangle(answers_for(checked_lesson)))
    assert response.status_code == 400
    body = response.content.decode()
    assert "Answer every question" in body or "do not belong" in body
    assert not KnowledgeCheckAttempt.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_two_answers_to_a_single_choice_question_are_refused(mentor_client, checked_lesson):
    data = answers_for(checked_lesson)
    single = checked_lesson.knowledge_check.value["questions"].bound_blocks[0]
    data[f"question-{single.id}"] = [a.id for a in single.value["answers"].bound_blocks]
    response = mentor_client.post(check_url(checked_lesson), data)
    assert response.status_code == 400
    assert "one answer only" in response.content.decode()
    assert not KnowledgeCheckAttempt.objects.exists()


def test_lesson_outside_enrolment_is_refused_and_nothing_written(outsider_client, lesson, checked_lesson):
    assert outsider_client.post(complete_url(lesson)).status_code == 403
    assert outsider_client.post(check_url(checked_lesson), answers_for(checked_lesson)).status_code == 403
    url = reverse("courses:save_reflection", args=[lesson.pk, lesson.reflection_blocks[0].id])
    assert outsider_client.post(url, {"text": "mine"}).status_code == 403
    assert outsider_client.get(lesson.url).status_code == 403
    assert not LessonCompletion.objects.exists()
    assert not KnowledgeCheckAttempt.objects.exists()


def test_unpublished_lesson_cannot_be_completed(mentor_client, lesson):
    lesson.unpublish()
    assert mentor_client.post(complete_url(lesson)).status_code == 404
    assert not LessonCompletion.objects.exists()


def test_module_and_track_completion(mentor, mentor_track, module, lesson, seminar):
    second = LessonPageFactory(parent=module)
    [progress] = progress_for_tracks(mentor, [mentor_track])
    assert (progress.done_units, progress.total_units) == (0, 3)
    assert progress.next_lesson.pk == lesson.pk

    complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    [progress] = progress_for_tracks(mentor, [mentor_track])
    assert progress.requirements[0].state == IN_PROGRESS
    assert progress.next_lesson.pk == second.pk

    complete_lesson(mentor, second, LessonCompletion.Method.MARKED)
    [progress] = progress_for_tracks(mentor, [mentor_track])
    module_progress, seminar_progress = progress.requirements
    assert module_progress.state == COMPLETE and module_progress.completed_on is not None
    assert seminar_progress.state == PENDING  # attendance arrives with scheduling
    assert (progress.done_units, progress.total_units, progress.percent) == (2, 3, 67)
    assert not progress.is_complete and progress.next_lesson is None


def test_a_track_without_seminars_completes_with_its_modules(mentor, programme, mentor_track):
    track = TrackPageFactory(parent=programme)
    only_lesson = LessonPageFactory(parent=ModulePageFactory(parent=track))
    complete_lesson(mentor, only_lesson, LessonCompletion.Method.MARKED)
    [progress] = progress_for_tracks(mentor, [track])
    assert progress.is_complete and progress.percent == 100 and progress.completed_on is not None


def test_new_lesson_puts_a_finished_module_back_in_progress(mentor, mentor_track, module, lesson):
    completion, _ = complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    LessonCompletion.objects.filter(pk=completion.pk).update(completed_at=timezone.now() - timedelta(days=7))
    [progress] = progress_for_tracks(mentor, [mentor_track])
    assert progress.requirements[0].state == COMPLETE

    added = LessonPageFactory(parent=module, title="A new lesson")
    [progress] = progress_for_tracks(mentor, [mentor_track])
    assert progress.requirements[0].state == IN_PROGRESS
    assert progress.next_lesson.pk == added.pk
    states = {state.lesson.pk: state for state in module_lesson_states(mentor, module)}
    assert states[added.pk].is_new and not states[lesson.pk].is_new
    assert LessonCompletion.objects.filter(user=mentor, lesson=lesson).exists()


def test_nothing_is_new_for_someone_who_has_not_started(mentor, module, lesson):
    LessonPageFactory(parent=module)
    assert not any(state.is_new for state in module_lesson_states(mentor, module))


def test_unpublished_and_deleted_lessons_never_block_completion(mentor, mentor_track, module, lesson):
    complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    draft = LessonPageFactory(parent=module)
    draft.unpublish()
    doomed = LessonPageFactory(parent=module)
    complete_lesson(mentor, doomed, LessonCompletion.Method.MARKED)
    doomed.delete()
    [progress] = progress_for_tracks(mentor, [mentor_track])
    assert progress.requirements[0].state == COMPLETE
    # The deleted lesson's completion is kept, with its title.
    kept = LessonCompletion.objects.get(user=mentor, lesson__isnull=True)
    assert kept.lesson_title == doomed.title


def test_module_without_live_lessons_is_not_a_requirement(mentor, mentor_track, module, lesson):
    ModulePageFactory(parent=mentor_track)
    [progress] = progress_for_tracks(mentor, [mentor_track])
    assert [r.page.pk for r in progress.requirements] == [module.pk]


def test_coach_track_requires_the_mentor_track_without_copies(
    coach, mentor_track, coach_track, module, lesson, seminar
):
    coach_module = ModulePageFactory(parent=coach_track, title="Supervising")
    coach_lesson = LessonPageFactory(parent=coach_module)
    [progress] = progress_for_tracks(coach, [coach_track])
    assert [r.page.pk for r in progress.requirements] == [module.pk, seminar.pk, coach_module.pk]
    complete_lesson(coach, lesson, LessonCompletion.Method.MARKED)
    [progress] = progress_for_tracks(coach, [coach_track])
    assert progress.requirements[0].state == COMPLETE
    assert progress.next_lesson.pk == coach_lesson.pk


def test_coach_enrolled_in_the_coach_track_may_study_mentor_lessons(coach_client, coach, lesson):
    assert coach_client.get(lesson.url).status_code == 200
    assert coach_client.post(complete_url(lesson)).status_code == 302
    assert LessonCompletion.objects.filter(user=coach, lesson=lesson).exists()


def test_reloading_the_result_stores_no_new_attempt(mentor_client, mentor, checked_lesson):
    response = mentor_client.post(check_url(checked_lesson), answers_for(checked_lesson, correct=False))
    for _reload in range(3):
        assert "Not correct yet" in mentor_client.get(response.url).content.decode()
    assert KnowledgeCheckAttempt.objects.filter(user=mentor).count() == 1


def test_someone_elses_attempt_is_never_shown(mentor_client, coach_client, checked_lesson):
    response = mentor_client.post(check_url(checked_lesson), answers_for(checked_lesson, correct=False))
    body = coach_client.get(response.url).content.decode()
    assert "Not correct yet" not in body and "Wrong choice" not in body


def test_incomplete_submission_keeps_the_ticked_answers(mentor_client, checked_lesson):
    data = answers_for(checked_lesson)
    first_key = next(iter(data))
    ticked = data[first_key][0]
    response = mentor_client.post(check_url(checked_lesson), {first_key: [ticked]})
    assert response.status_code == 400
    assert f'value="{ticked}" id="answer-{ticked}" checked' in response.content.decode()
