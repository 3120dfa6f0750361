"""The facilitator's and the manager's work in the Wagtail admin, through the admin's own views."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import LessonCompletion, LessonPage
from courses.progress import complete_lesson

pytestmark = pytest.mark.django_db


def add_lesson_url(module):
    return reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])


def lesson_form(title, slug, action):
    """The page editor's form data for a one-paragraph lesson, with the button pressed (publish or submit)."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "",
            "body": streamfield([("paragraph", rich_text(f"<p>{title}.</p>"))]),
            f"action-{action}": action,
        }
    )


def test_lesson_approved_by_a_second_reader_appears_as_new_for_the_mentor(
    facilitator_client, manager_client, mentor_client, mentor, module, lesson
):
    completion, _ = complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    LessonCompletion.objects.filter(pk=completion.pk).update(completed_at=timezone.now() - timedelta(days=3))
    assert "New" not in mentor_client.get(module.url).content.decode()

    data = lesson_form("Responding to sustain talk", "responding-to-sustain-talk", "submit")
    response = facilitator_client.post(add_lesson_url(module), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    new_lesson = LessonPage.objects.get(slug="responding-to-sustain-talk")
    assert not new_lesson.live
    task_state = new_lesson.current_workflow_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=[new_lesson.pk, "approve", task_state.pk])
    manager_client.post(approve_url, {"comment": ""})
    new_lesson.refresh_from_db()
    assert new_lesson.live

    body = mentor_client.get(module.url).content.decode()
    assert "Responding to sustain talk" in body and "New" in body
    assert mentor_client.get(new_lesson.url).status_code == 200


def test_facilitator_can_submit_a_lesson_to_the_moderation_workflow(facilitator_client, module):
    data = lesson_form("Draft lesson", "draft-lesson", "submit")
    assert facilitator_client.post(add_lesson_url(module), data).status_code == 302
    lesson = LessonPage.objects.get(slug="draft-lesson")
    assert not lesson.live
    assert lesson.workflow_in_progress


def test_invalid_knowledge_check_is_refused_in_the_editor(facilitator_client, module):
    add_url = add_lesson_url(module)
    question = {
        "question": "Which?",
        "kind": "single",
        "answers": streamfield(
            [
                ("item", {"text": "A", "correct": "on", "feedback": "f"}),
                ("item", {"text": "B", "correct": "on", "feedback": "f"}),
            ]
        ),
    }
    data = nested_form_data(
        {
            "title": "Bad check",
            "slug": "bad-check",
            "body": streamfield(
                [("knowledge_check", {"title": "C", "pass_mark": 80, "questions": streamfield([("item", question)])})]
            ),
            "action-publish": "publish",
        }
    )
    response = facilitator_client.post(add_url, data)
    assert response.status_code == 200
    assert not LessonPage.objects.filter(slug="bad-check").exists()


def test_manager_sets_a_persons_cohort_in_the_user_admin(manager_client, mentor, other_cohort):
    url = reverse("wagtailusers_users:edit", args=[mentor.pk])
    page = manager_client.get(url)
    assert page.status_code == 200 and 'name="cohort"' in page.content.decode()
    data = {
        "username": mentor.username,
        "email": mentor.email,
        "first_name": mentor.first_name,
        "last_name": mentor.last_name,
        "cohort": other_cohort.pk,
        "is_active": "on",
        "groups": list(mentor.groups.values_list("pk", flat=True)),
    }
    response = manager_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:1500]
    mentor.refresh_from_db()
    assert mentor.cohort == other_cohort


def test_manager_enrols_people_and_facilitator_cannot(manager_client, facilitator_client, outsider, mentor_track):
    add_url = reverse("enrolments:add")
    assert facilitator_client.get(add_url).status_code in (302, 403)
    response = manager_client.post(
        add_url, {"user": outsider.pk, "track": mentor_track.pk, "enrolled_on": "2026-03-02"}
    )
    assert response.status_code == 302
    assert outsider.enrolments.filter(track=mentor_track).exists()
    # Enrolling twice is refused with a message and writes nothing.
    response = manager_client.post(
        add_url, {"user": outsider.pk, "track": mentor_track.pk, "enrolled_on": "2026-03-02"}
    )
    assert response.status_code == 200
    assert outsider.enrolments.count() == 1


def test_manager_cannot_make_anyone_a_superuser(manager_client, mentor):
    assert 'name="is_superuser"' not in manager_client.get(reverse("wagtailusers_users:add")).content.decode()
    edit_url = reverse("wagtailusers_users:edit", args=[mentor.pk])
    assert 'name="is_superuser"' not in manager_client.get(edit_url).content.decode()
    data = {
        "username": mentor.username,
        "email": mentor.email,
        "first_name": mentor.first_name,
        "last_name": mentor.last_name,
        "is_active": "on",
        "is_superuser": "on",
        "groups": list(mentor.groups.values_list("pk", flat=True)),
    }
    manager_client.post(edit_url, data)
    mentor.refresh_from_db()
    assert not mentor.is_superuser
