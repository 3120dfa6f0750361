"""Deleting pages (security review, finding 9): facilitators unpublish, only the programme manager deletes,
and what people did on a page (confirmations, completions, knowledge-check attempts, reflections) outlives it.
"""

import json

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.models import Page

from courses.models import BriefingConfirmation, KnowledgeCheckAttempt, LessonCompletion, ReflectionAnswer
from mentorsite.page_permissions import PagePermissionsMixin
from mentorsite.users.privacy import personal_data
from tests.courses.test_completion import answers_for
from tests.factories import LessonPageFactory, knowledge_check_block, paragraph_block, reflection_block

pytestmark = pytest.mark.django_db


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=[page.pk])


@pytest.fixture
def studied_lesson(module, mentor, mentor_client):
    """A lesson the mentor has studied through the front end: a reflection, a failed and a passed check."""
    lesson = LessonPageFactory(
        parent=module,
        title="Rolling with resistance",
        body=json.dumps([paragraph_block(), reflection_block(), knowledge_check_block()]),
    )
    block_id = lesson.reflection_blocks[0].id
    check_url = reverse("courses:submit_knowledge_check", args=[lesson.pk])
    mentor_client.post(reverse("courses:save_reflection", args=[lesson.pk, block_id]), {"text": "I noticed."})
    mentor_client.post(check_url, answers_for(lesson, correct=False))
    mentor_client.post(check_url, answers_for(lesson))
    assert LessonCompletion.objects.filter(user=mentor, lesson=lesson).exists()
    assert KnowledgeCheckAttempt.objects.filter(user=mentor, lesson=lesson).count() == 2
    assert ReflectionAnswer.objects.filter(user=mentor, lesson=lesson).exists()
    return lesson


@pytest.fixture
def confirmed_briefing(urgent_briefing, mentor, mentor_client):
    mentor_client.post(reverse("courses:confirm_briefing", args=[urgent_briefing.pk]))
    assert BriefingConfirmation.objects.filter(user=mentor, briefing=urgent_briefing).exists()
    return urgent_briefing


def test_facilitator_cannot_delete_a_page_but_may_unpublish_it(facilitator_client, facilitator, confirmed_briefing):
    # Even a page the facilitator created themself.
    Page.objects.filter(pk=confirmed_briefing.pk).update(owner=facilitator)
    for response in (
        facilitator_client.get(delete_url(confirmed_briefing)),
        facilitator_client.post(delete_url(confirmed_briefing)),
        facilitator_client.post(
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={confirmed_briefing.pk}"
        ),
    ):
        assert response.status_code in (302, 403)
    assert Page.objects.filter(pk=confirmed_briefing.pk).exists()
    assert BriefingConfirmation.objects.filter(briefing=confirmed_briefing).exists()
    editor = facilitator_client.get(reverse("wagtailadmin_pages:edit", args=[confirmed_briefing.pk])).content
    assert delete_url(confirmed_briefing).encode() not in editor  # no Delete in the editor's menu

    response = facilitator_client.post(reverse("wagtailadmin_pages:unpublish", args=[confirmed_briefing.pk]))
    assert response.status_code == 302
    confirmed_briefing.refresh_from_db()
    assert not confirmed_briefing.live


def test_facilitator_may_still_move_pages(facilitator, studied_lesson):
    assert studied_lesson.permissions_for_user(facilitator).can_move()
    assert not studied_lesson.permissions_for_user(facilitator).can_delete()


def test_manager_deletes_a_briefing_and_the_confirmations_stay(manager_client, mentor, confirmed_briefing):
    title = confirmed_briefing.title
    response = manager_client.post(delete_url(confirmed_briefing))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=confirmed_briefing.pk).exists()
    confirmation = BriefingConfirmation.objects.get(user=mentor)
    assert confirmation.briefing is None and confirmation.briefing_title == title
    assert f"(deleted page: {title})" in str(confirmation)
    assert personal_data(mentor)["briefing_confirmations"][0]["briefing_title"] == title


def test_manager_deletes_a_lesson_and_completions_attempts_and_reflections_stay(
    manager_client, mentor, mentor_client, studied_lesson
):
    title = studied_lesson.title
    response = manager_client.post(delete_url(studied_lesson))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=studied_lesson.pk).exists()
    records = [
        *LessonCompletion.objects.filter(user=mentor),
        *KnowledgeCheckAttempt.objects.filter(user=mentor),
        *ReflectionAnswer.objects.filter(user=mentor),
    ]
    assert len(records) == 4
    for record in records:
        assert record.lesson_id is None and record.lesson_title == title
        assert f"(deleted page: {title})" in str(record)
    data = personal_data(mentor)
    for kind in ("lesson_completions", "knowledge_check_attempts", "reflection_answers"):
        assert {row["lesson_title"] for row in data[kind]} == {title}, kind
    # The mentor's dashboard still lists the completion, marked as a deleted page.
    assert f"(deleted page: {title})" in mentor_client.get(reverse("courses:dashboard")).content.decode()


def test_every_page_model_leaves_deleting_to_the_manager():
    page_models = [m for m in apps.get_models() if issubclass(m, Page) and m is not Page]
    assert page_models
    assert [m.__name__ for m in page_models if not issubclass(m, PagePermissionsMixin)] == []


def refusal(response):
    """The message of a refused delete (Wagtail's edit page the response redirects to shows it)."""
    from django.contrib.messages import get_messages

    assert response.status_code == 302 and response["Location"].endswith("/edit/")
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def test_deleting_a_seminar_with_planned_days_is_refused_with_a_message(manager_client, seminar, seminar_day):
    """Regression: seminar days protect their seminar in the database, and Wagtail's delete view let the
    refusal through as a server error."""
    for method in (manager_client.get, manager_client.post):
        assert "cannot be deleted" in refusal(method(delete_url(seminar)))
    assert Page.objects.filter(pk=seminar.pk).exists()
