"""A page and its translations are one thing: what a mentor does in Danish counts in English, and back."""

import json

import pytest
from django.urls import reverse

from courses.models import KnowledgeCheckAttempt, LessonCompletion, ReflectionAnswer
from courses.progress import progress_for_tracks
from tests.helpers import client_in_language, prefer_language, translate_into_danish

pytestmark = pytest.mark.django_db


@pytest.fixture
def danish_curriculum(home, programme, mentor_track, module, lesson, checked_lesson, seminar):
    return dict(
        zip(
            ["home", "programme", "track", "module", "lesson", "checked_lesson", "seminar"],
            translate_into_danish(home, programme, mentor_track, module, lesson, checked_lesson, seminar),
            strict=True,
        )
    )


def test_the_mentor_reads_the_lesson_in_danish_at_the_same_address(mentor, lesson, danish_curriculum):
    page = client_in_language(mentor, "da").get(lesson.url)
    html = page.content.decode()
    assert page.status_code == 200
    assert '<html lang="da">' in html
    assert "[da] Asking open questions" in html
    assert danish_curriculum["lesson"].url == lesson.url


def test_the_module_page_lists_its_lessons_with_danish_titles_and_summaries(mentor, module, lesson, danish_curriculum):
    """Regression: the Danish module page showed each lesson's Danish title over its English summary."""
    html = client_in_language(mentor, "da").get(module.url).content.decode()
    assert "[da] Asking open questions" in html
    assert "[da] A lesson." in html
    assert ">A lesson.<" not in html


def test_a_lesson_completed_in_danish_is_completed_in_english(mentor, lesson, danish_curriculum):
    danish_lesson = danish_curriculum["lesson"]
    client = client_in_language(mentor, "da")
    response = client.post(reverse("courses:mark_lesson_complete", args=[danish_lesson.pk]))
    assert response.status_code == 302
    assert LessonCompletion.objects.get(user=mentor).lesson_id == lesson.pk

    prefer_language(mentor, "en")
    english = client.get(lesson.url).content.decode()
    assert "Asking open questions" in english and "[da]" not in english
    assert "You completed this lesson" in english or "Completed" in english


def test_a_knowledge_check_passed_in_danish_completes_the_english_lesson(mentor, checked_lesson, danish_curriculum):
    danish_lesson = danish_curriculum["checked_lesson"]
    check = danish_lesson.knowledge_check
    answers = {}
    for question in check.value["questions"].bound_blocks:
        answers[f"question-{question.id}"] = [
            answer.id for answer in question.value["answers"].bound_blocks if answer.value["correct"]
        ]
    # The answers are the English lesson's too: a translation keeps the ids of its questions and answers.
    english_ids = {q.id for q in checked_lesson.knowledge_check.value["questions"].bound_blocks}
    assert {key.removeprefix("question-") for key in answers} == english_ids
    client = client_in_language(mentor, "da")
    response = client.post(reverse("courses:submit_knowledge_check", args=[danish_lesson.pk]), answers)
    assert response.status_code == 302
    attempt = KnowledgeCheckAttempt.objects.get(user=mentor)
    assert attempt.passed and attempt.lesson_id == checked_lesson.pk
    assert LessonCompletion.objects.filter(user=mentor, lesson=checked_lesson).exists()


def test_a_reflection_written_in_danish_is_there_in_english(mentor, module, danish_curriculum):
    from tests.factories import LessonPageFactory, reflection_block

    english = LessonPageFactory(parent=module, title="Noticing", body=json.dumps([reflection_block()]))
    [danish] = translate_into_danish(english)
    block_id = danish.reflection_blocks[0].id
    client = client_in_language(mentor, "da")
    client.post(reverse("courses:save_reflection", args=[danish.pk, block_id]), {"text": "Jeg lagde mærke til tonen."})
    assert ReflectionAnswer.objects.get(user=mentor).lesson_id == english.pk
    prefer_language(mentor, "en")
    assert "Jeg lagde mærke til tonen." in client.get(english.url).content.decode()


def test_a_translation_does_not_double_the_requirements(mentor, mentor_track, danish_curriculum):
    [english_progress] = progress_for_tracks(mentor, [mentor_track])
    [danish_progress] = progress_for_tracks(mentor, [danish_curriculum["track"]])
    assert len(danish_progress.requirements) == len(english_progress.requirements) == 2
    assert [r.requirement.page.pk for r in danish_progress.requirements] == [
        r.requirement.page.pk for r in english_progress.requirements
    ]


def test_the_dashboard_shows_danish_titles_for_the_same_progress(mentor, lesson, danish_curriculum):
    client = client_in_language(mentor, "da")
    client.post(reverse("courses:mark_lesson_complete", args=[danish_curriculum["lesson"].pk]))
    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert "[da] Mentor track" in dashboard
    assert "[da] Asking open questions" in dashboard  # recently completed
    assert "[da] Reflections" in dashboard  # continue with the next lesson


def test_an_untranslated_lesson_is_shown_in_english_and_says_so(mentor, module, danish_curriculum):
    from tests.factories import LessonPageFactory

    english_only = LessonPageFactory(parent=module, title="Only in English")
    page = client_in_language(mentor, "da").get(english_only.url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Only in English" in html
    assert 'data-testid="untranslated-notice"' in html
    assert '<main id="main" class="container" tabindex="-1" lang="en">' in html


def test_the_module_lists_every_lesson_once_in_the_readers_language(mentor, module, lesson, danish_curriculum):
    from tests.factories import LessonPageFactory

    LessonPageFactory(parent=module, title="Only in English")
    html = client_in_language(mentor, "da").get(danish_curriculum["module"].url).content.decode()
    assert html.count("Asking open questions") == 1 and "[da] Asking open questions" in html
    assert "Only in English" in html


def test_a_mentor_of_another_track_is_refused_the_danish_lesson_too(outsider, danish_curriculum):
    response = client_in_language(outsider, "da").get(danish_curriculum["lesson"].url)
    assert response.status_code == 403


def test_choosing_a_translation_in_the_admin_means_its_original(
    outsider, cohort, mentor_track, seminar, lesson, danish_curriculum
):
    from django.core.exceptions import ValidationError

    from courses.models import BriefingRelatedPage, Enrolment, SeminarSession
    from tests.conftest import at
    from tests.factories import BriefingIndexPageFactory, BriefingPageFactory

    enrolment = Enrolment.objects.create(user=outsider, track=danish_curriculum["track"])
    assert enrolment.track_id == mentor_track.pk
    with pytest.raises(ValidationError):
        Enrolment(user=outsider, track=danish_curriculum["track"]).full_clean()  # already enrolled, in English

    day = SeminarSession(
        seminar=danish_curriculum["seminar"], cohort=cohort, day=1, starts_at=at(3, 9), ends_at=at(3, 16)
    )
    day.clean()
    assert day.seminar_id == seminar.pk
    day.seminar = danish_curriculum["seminar"]
    day.save()
    assert day.seminar_id == seminar.pk

    briefing = BriefingPageFactory(parent=BriefingIndexPageFactory(parent=danish_curriculum["home"]))
    link = BriefingRelatedPage.objects.create(briefing=briefing, page=danish_curriculum["lesson"])
    assert link.page_id == lesson.pk
