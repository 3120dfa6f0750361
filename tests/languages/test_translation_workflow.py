"""The facilitator's translation workflow in the admin: a change to an English lesson marks its Danish
translation out of date; syncing, translating the new text and publishing brings it to Danish readers."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail_localize.models import StringSegment, Translation

from courses.models import LessonPage
from mentorsite.translations import out_of_date_translations
from tests.helpers import prefer_language, sign_in, translate_into_danish

pytestmark = pytest.mark.django_db


@pytest.fixture
def danish_lesson(home, programme, mentor_track, module, lesson):
    return translate_into_danish(home, programme, mentor_track, module, lesson)[-1]


def publish_change(lesson, user, summary):
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.summary = summary
    lesson.save_revision(user=user).publish(user=user)


def test_a_change_to_the_english_lesson_reaches_the_danish_reader_through_the_workflow(
    facilitator, manager, mentor, lesson, danish_lesson
):
    prefer_language(facilitator, "da")
    admin = sign_in(Client(), facilitator)
    assert out_of_date_translations() == []
    assert "[da] Asking open questions" not in admin.get(reverse("translations_out_of_date")).content.decode()

    # The English change is curriculum (reviewed; the manager publishes it here); its Danish translation is
    # published by the facilitator who translates it.
    publish_change(lesson, manager, "Ask questions that invite a story.")

    # Marked out of date: in Reports, and on the translation's own edit page.
    report = admin.get(reverse("translations_out_of_date"))
    assert report.status_code == 200 and 'lang="da"' in report.content.decode()
    assert danish_lesson.title in report.content.decode()
    edit = admin.get(reverse("wagtailadmin_pages:edit", args=[danish_lesson.pk]))
    assert "Synkronisér oversatte sider" in edit.content.decode()

    # Sync: the new English sentence waits for its Danish.
    job = Translation.objects.get(source__object_id=lesson.translation_key)
    response = admin.post(reverse("wagtail_localize:update_translations", args=[job.source.pk]), {})
    assert response.status_code == 302
    assert out_of_date_translations() == []
    segment = StringSegment.objects.get(source=job.source, string__data="Ask questions that invite a story.")

    # Translate it, as the translation editor does, and publish the translation.
    response = admin.put(
        reverse("wagtail_localize:edit_string_translation", args=[job.pk, segment.pk]),
        "value=Still spørgsmål, der inviterer til en fortælling.",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)
    response = admin.post(reverse("wagtailadmin_pages:edit", args=[danish_lesson.pk]), {"action": "publish"})
    assert response.status_code == 302

    prefer_language(mentor, "da")
    reader = sign_in(Client(), mentor)
    assert "Still spørgsmål, der inviterer til en fortælling." in reader.get(lesson.url).content.decode()


def test_the_report_is_for_staff_only(mentor_client, facilitator_client, manager_client):
    url = reverse("translations_out_of_date")
    assert facilitator_client.get(url).status_code == 200
    assert manager_client.get(url).status_code == 200
    assert mentor_client.get(url).status_code in (302, 403)
