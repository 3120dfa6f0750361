"""A person's data: the JSON copy, erasure that keeps the figures, retention, and no caching of it."""

import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from courses.models import LessonCompletion, ReflectionAnswer
from courses.reports import programme_figures
from mentorsite.users.privacy import PSEUDONYM_PREFIX
from supervision.models import RecordAccess
from tests.conftest import PRIVATE_NOTE


def summary_figures(figures):
    """The report's figures without names (those are what erasure removes)."""
    return [(str(section), str(label), value) for section, label, value in figures.rows() if section != "Dropouts"]


@pytest.fixture
def mentor_with_history(mentor, lesson, final_record):
    LessonCompletion.objects.create(user=mentor, lesson=lesson, lesson_title=lesson.title, method="marked")
    ReflectionAnswer.objects.create(user=mentor, lesson=lesson, block_id="b1", prompt="Why?", text="MY-OWN-THOUGHTS")
    return mentor


@pytest.mark.django_db
def test_a_person_downloads_everything_stored_about_them_but_not_the_coachs_private_notes(
    mentor_client, mentor_with_history
):
    response = mentor_client.get(reverse("my_data"))
    assert response["Content-Type"].startswith("application/json")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["person"]["username"] == "mentor" and "password" not in data["person"]
    assert data["reflection_answers"][0]["text"] == "MY-OWN-THOUGHTS"
    assert len(data["lesson_completions"]) == 1 and len(data["supervision_records_attended"]) == 1
    assert PRIVATE_NOTE not in response.content.decode()


@pytest.mark.django_db
def test_a_coach_download_holds_what_they_wrote_in_that_role_without_their_private_notes(
    coach_client, final_record, concern, coding
):
    response = coach_client.get(reverse("my_data"))
    data = json.loads(response.content)
    assert [row["id"] for row in data["supervision_records_written"]] == [final_record.pk]
    assert [row["id"] for row in data["concerns_raised"]] == [concern.pk]
    assert [row["id"] for row in data["miti_codings_made"]] == [coding.pk]
    assert PRIVATE_NOTE not in response.content.decode()


@pytest.mark.django_db
def test_erasure_needs_the_person_to_have_left(manager_client, mentor):
    response = manager_client.post(reverse("erase_person", args=[mentor.pk]), {"confirm": "on"})
    assert response.status_code == 400
    mentor.refresh_from_db()
    assert mentor.username == "mentor"


@pytest.mark.django_db
def test_erasure_removes_the_person_and_keeps_the_report_figures(manager_client, mentor_with_history, cohort):
    mentor = mentor_with_history
    mentor.left_programme_on = timezone.localdate()
    mentor.leaving_reason = "personal reasons"
    mentor.save()
    period = (timezone.localdate() - timedelta(days=30), timezone.localdate() + timedelta(days=1))
    before = programme_figures(cohort, *period)
    assert manager_client.post(reverse("erase_person", args=[mentor.pk]), {}).status_code == 400  # not confirmed

    response = manager_client.post(reverse("erase_person", args=[mentor.pk]), {"confirm": "on"})
    assert response.status_code == 302
    mentor.refresh_from_db()
    assert mentor.username.startswith(PSEUDONYM_PREFIX) and mentor.first_name == "" and mentor.email == ""
    assert not mentor.is_active and not mentor.has_usable_password()
    assert not ReflectionAnswer.objects.filter(user=mentor).exists()
    assert LessonCompletion.objects.filter(user=mentor).count() == 1
    after = programme_figures(cohort, *period)
    assert len(after.participants) == len(before.participants)
    assert [p.leaving_reason for p in after.dropouts] == [p.leaving_reason for p in before.dropouts]
    assert summary_figures(after) == summary_figures(before)


@pytest.mark.django_db
def test_retention_removes_what_is_old_and_logs_it(
    mentor, final_record, settings, caplog, django_capture_on_commit_callbacks
):
    old = RecordAccess.objects.create(record_id=final_record.pk, user=mentor, outcome="opened")
    RecordAccess.objects.filter(pk=old.pk).update(
        at=timezone.now() - timedelta(days=settings.RETENTION_DAYS["record_accesses"] + 1)
    )
    recent = RecordAccess.objects.create(record_id=final_record.pk, user=mentor, outcome="opened")
    mentor.left_programme_on = timezone.localdate() - timedelta(days=settings.RETENTION_DAYS["leavers"] + 1)
    mentor.save()

    with caplog.at_level("INFO", logger="mentorsite.privacy"), django_capture_on_commit_callbacks(execute=True):
        call_command("apply_retention", "--dry-run", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert RecordAccess.objects.filter(pk=old.pk).exists()
    assert "Pseudonymised" not in caplog.text  # rolled back, so not logged as done

    with caplog.at_level("INFO"), django_capture_on_commit_callbacks(execute=True):
        call_command("apply_retention", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert f"Pseudonymised person {mentor.pk}" in caplog.text
    assert not RecordAccess.objects.filter(pk=old.pk).exists()
    assert RecordAccess.objects.filter(pk=recent.pk).exists()
    mentor.refresh_from_db()
    assert mentor.username.startswith(PSEUDONYM_PREFIX)
    assert "removed 1 record access log entries" in caplog.text
    assert "removed 1 people pseudonymised after leaving" in caplog.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name",
    ["courses:dashboard", "supervision:mine", "two_factor", "my_data"],
)
def test_pages_with_personal_data_are_never_stored(mentor_client, name):
    response = mentor_client.get(reverse(name))
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
