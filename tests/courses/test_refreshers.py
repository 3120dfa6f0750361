"""Certificate validity, refreshers and renewal: the issue's walk (a certificate lapses, its holder is reminded
once, completes the refresher and holds a renewed certificate) and the rules' edge cases."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from courses.certificates import issue
from courses.models import (
    Certificate,
    CertificateRenewal,
    LessonCompletion,
    Refresher,
    TrackPage,
    TrackRefresherModule,
)
from courses.progress import complete_lesson
from courses.refreshers import add_months, assign_refreshers, refresher_state
from mentorsite.scheduling.models import Booking
from tests.courses.test_completion import answers_for, check_url
from tests.factories import LessonPageFactory, ModulePageFactory, TrackPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 3, 1), 24, date(2028, 3, 1)),
    ],
)
def test_months_are_added_as_a_calendar_reads(day, months, expected):
    assert add_months(day, months) == expected


@pytest.fixture
def refresher_track(mentor_track, module):
    """The mentor track: certificates valid a year; the refresher asks for the module again."""
    TrackPage.objects.filter(pk=mentor_track.pk).update(certificate_valid_months=12)
    track = TrackPage.objects.get(pk=mentor_track.pk)
    track.refresher_modules = [TrackRefresherModule(module=module)]
    track.save()
    return track


def certificate_of(person, track, expires_in_days):
    return Certificate.objects.create(
        user=person,
        track=track,
        full_name=person.full_name,
        track_title=track.title,
        programme_title="Mentor programme",
        completed_on=timezone.localdate() - timedelta(days=365 - expires_in_days),
        expires_on=timezone.localdate() + timedelta(days=expires_in_days),
    )


def test_a_certificate_lapses_a_validity_after_the_track_was_completed(mentor, programme):
    track = TrackPageFactory(parent=programme, certificate_valid_months=24)
    complete_lesson(mentor, LessonPageFactory(parent=ModulePageFactory(parent=track)), LessonCompletion.Method.MARKED)
    certificate, _progress = issue(mentor, track)
    assert certificate.expires_on == add_months(certificate.completed_on, 24)

    lasting = TrackPageFactory(parent=programme)
    complete_lesson(mentor, LessonPageFactory(parent=ModulePageFactory(parent=lasting)), LessonCompletion.Method.MARKED)
    assert issue(mentor, lasting)[0].expires_on is None


def test_the_walk_lapse_remind_once_refresh_renew(
    client, mentor, mentor_client, refresher_track, lesson, checked_lesson
):
    # Completed long ago, before the refresher: those completions do not count for it.
    complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    certificate = certificate_of(mentor, refresher_track, expires_in_days=-3)  # lapsed three days ago
    verification = reverse("certificate_verify", args=[certificate.code])
    page = client.get(verification).content.decode()
    assert "Expired" in page and certificate.expires_on.strftime("%Y") in page

    assert assign_refreshers() == (1, 0)
    assert assign_refreshers() == (0, 0)  # the daily job runs again: nothing new, no second reminder
    assert len(mail.outbox) == 1 and "needs a refresher" in mail.outbox[0].subject
    assert "Open questions" in mail.outbox[0].body
    refresher = Refresher.objects.get(certificate=certificate)
    assert refresher_state(refresher).lessons_left == 2

    dashboard = mentor_client.get(reverse("courses:dashboard")).content.decode()
    assert 'data-testid="refresher-panel"' in dashboard and "Your certificate lapsed on" in dashboard

    # The lesson without a check: "Done for my refresher"; the one with a check: pass it again.
    lesson_page = mentor_client.get(lesson.url).content.decode()
    assert "Done for my refresher" in lesson_page
    mentor_client.post(reverse("courses:refresh_lesson", args=[lesson.pk]))
    assert not CertificateRenewal.objects.exists()
    response = mentor_client.post(check_url(checked_lesson), answers_for(checked_lesson), follow=True)
    assert "Refresher complete: your certificate is renewed until" in response.content.decode()

    certificate.refresh_from_db()
    renewal = CertificateRenewal.objects.get(certificate=certificate)
    # Renewed after it lapsed: a year from today, not from the old expiry.
    assert certificate.expires_on == renewal.expires_on == add_months(timezone.localdate(), 12)
    assert Refresher.objects.get(pk=refresher.pk).completed_at is not None
    page = client.get(verification).content.decode()
    assert "Valid" in page and "Expired" not in page and "after a refresher: valid until" in page
    assert 'data-testid="refresher-panel"' not in mentor_client.get(reverse("courses:dashboard")).content.decode()


def test_renewed_before_it_lapses_the_validity_runs_on_from_the_old_expiry(
    mentor, mentor_client, refresher_track, lesson, checked_lesson
):
    certificate = certificate_of(mentor, refresher_track, expires_in_days=40)
    old_expiry = certificate.expires_on
    assign_refreshers()
    mentor_client.post(reverse("courses:refresh_lesson", args=[lesson.pk]))
    mentor_client.post(check_url(checked_lesson), answers_for(checked_lesson))
    certificate.refresh_from_db()
    assert certificate.expires_on == add_months(old_expiry, 12)


@pytest.mark.parametrize("case", ["far off", "revoked", "no refresher content"])
def test_no_refresher_is_assigned_too_early_to_a_revoked_certificate_or_without_content(mentor, refresher_track, case):
    certificate = certificate_of(mentor, refresher_track, expires_in_days=200 if case == "far off" else 10)
    if case == "revoked":
        Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now(), revocation_reason="x")
    if case == "no refresher content":
        TrackRefresherModule.objects.all().delete()
    assert assign_refreshers() == (0, 0)
    assert not Refresher.objects.exists() and not mail.outbox


def test_marking_a_lesson_for_the_refresher_refuses_what_does_not_belong(
    mentor, mentor_client, outsider_client, refresher_track, lesson, checked_lesson
):
    url = reverse("courses:refresh_lesson", args=[lesson.pk])
    response = mentor_client.post(url)  # no refresher yet
    assert response.status_code == 400 and "No refresher of yours" in response.content.decode()
    certificate_of(mentor, refresher_track, expires_in_days=10)
    assign_refreshers()
    response = mentor_client.post(reverse("courses:refresh_lesson", args=[checked_lesson.pk]))
    assert response.status_code == 400 and "pass this lesson&#x27;s knowledge check again" in response.content.decode()
    assert outsider_client.post(url).status_code == 403
    assert not Refresher.objects.get().steps.exists()


def test_a_refresher_seminar_counts_a_day_attended_after_the_refresher_was_assigned(
    mentor, mentor_client, refresher_track, lesson, checked_lesson, seminar, seminar_day
):
    TrackPage.objects.filter(pk=refresher_track.pk).update(refresher_seminar=seminar)
    TrackRefresherModule.objects.all().delete()
    certificate_of(mentor, refresher_track, expires_in_days=10)
    assign_refreshers()
    refresher = Refresher.objects.get()
    assert not refresher_state(refresher).is_complete
    Booking.objects.create(session=seminar_day, user=mentor, attendance=Booking.Attendance.PRESENT)
    Refresher.objects.filter(pk=refresher.pk).update(assigned_at=seminar_day.starts_at - timedelta(days=1))
    assert assign_refreshers() == (0, 1)  # the daily job renews refreshers completed by a seminar day


def test_the_progress_overview_lists_those_due_for_a_refresher(facilitator_client, mentor, coach, refresher_track):
    certificate_of(mentor, refresher_track, expires_in_days=30)
    certificate_of(coach, refresher_track, expires_in_days=300)
    url = reverse("courses:progress_overview")
    everyone = facilitator_client.get(url, {"track": refresher_track.pk}).content.decode()
    due = facilitator_client.get(url, {"track": refresher_track.pk, "show": "refresher_due"}).content.decode()
    assert "Maja" in everyone and "Rasmus" in everyone
    assert "Maja" in due and "Rasmus" not in due
    refused = facilitator_client.get(url, {"track": refresher_track.pk, "show": "everyone-ish"})
    assert "Select a valid choice" in refused.content.decode()


def test_a_refresher_whose_modules_were_emptied_renews_nothing(mentor, refresher_track, lesson, checked_lesson):
    certificate = certificate_of(mentor, refresher_track, expires_in_days=10)
    assign_refreshers()
    lesson.unpublish()
    checked_lesson.unpublish()
    assert assign_refreshers() == (0, 0)
    certificate.refresh_from_db()
    assert not CertificateRenewal.objects.exists() and certificate.expires_on == timezone.localdate() + timedelta(10)


def test_a_refresher_module_must_be_one_holders_can_study(programme, refresher_track, module):
    from django.core.exceptions import ValidationError

    elsewhere = ModulePageFactory(parent=TrackPageFactory(parent=programme, title="Another track"))
    with pytest.raises(ValidationError):
        TrackRefresherModule(track=refresher_track, module=elsewhere).clean()
    TrackRefresherModule(track=refresher_track, module=module).clean()  # its own module is fine


def test_certificates_issued_before_the_track_had_a_validity_are_dated_by_the_job(mentor, refresher_track):
    certificate = certificate_of(mentor, refresher_track, expires_in_days=10)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=None)
    assign_refreshers()
    certificate.refresh_from_db()
    assert certificate.expires_on == add_months(certificate.completed_on, 12)
