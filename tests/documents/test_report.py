"""The programme report: its figures equal what the database says, in every format."""

import csv
import io
from datetime import timedelta

import openpyxl
import pypdf
import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import LessonCompletion, SeminarSession
from courses.progress import complete_lesson
from courses.reports import programme_figures
from mentorsite.scheduling.models import Booking
from mentorsite.users.roles import MENTOR
from supervision.models import CalibrationCoding, MitiCoding, ReferenceTranscript
from tests.conftest import at, miti_values
from tests.factories import EnrolmentFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme_data(mentor, coach, cohort, mentor_track, module, lesson, seminar, final_record, assignment):
    """Two mentors and a coach in the cohort: one mentor finished the module, one dropped out."""
    leaver = UserFactory(username="leaver", cohort=cohort, roles=[MENTOR])
    leaver.left_programme_on = timezone.localdate() - timedelta(days=5)
    leaver.leaving_reason = "Moved away"
    leaver.save()
    EnrolmentFactory(user=leaver, track=mentor_track)
    complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)
    day = SeminarSession.objects.create(seminar=seminar, cohort=cohort, day=1, starts_at=at(-3, 9), ends_at=at(-3, 16))
    Booking.objects.create(session=day, user=mentor, attendance=Booking.Attendance.PRESENT)
    # The coach is calibrated (two reference transcripts coded as the model codes them), so the coding counts.
    for title in ("First", "Second"):
        reference = ReferenceTranscript.objects.create(
            title=title, setting="s", transcript="t", rationale="r", **miti_values()
        )
        CalibrationCoding.objects.create(
            coach=coach, transcript=reference, coded_at=timezone.now() - timedelta(days=10), **miti_values()
        )
    MitiCoding.objects.create(
        coach=coach, mentor=mentor, coded_on=timezone.localdate() - timedelta(days=2), **miti_values()
    )
    return leaver


def period():
    today = timezone.localdate()
    return {"start": (today - timedelta(days=30)).isoformat(), "end": today.isoformat()}


def test_figures_match_the_database(programme_data, cohort, module):
    today = timezone.localdate()
    figures = programme_figures(cohort, today - timedelta(days=30), today)
    assert len(figures.participants) == 3  # mentor, coach, leaver
    assert [p.username for p in figures.dropouts] == ["leaver"]
    [completion] = [rate for rate in figures.module_completion if rate.label == module.title]
    assert (completion.done, completion.total) == (1, 3)  # the coach follows the coach track, which includes it
    seminar_days = figures.attendance[0]
    assert (seminar_days.done, seminar_days.total) == (1, 3)  # all three expected, one came
    rows = {(section, label): value for section, label, value in figures.rows()}
    assert rows[("Supervision", "Hours of supervision")] == 1.0
    assert rows[("MITI levels of coded conversations", "Coded conversations")] == 1
    assert rows[("MITI levels of coded conversations", "Technical: fair")] == 1


def test_the_report_in_pdf_csv_and_xlsx(manager_client, programme_data, cohort, module):
    url = reverse("courses:programme_report")
    query = {**period(), "cohort": cohort.pk}
    page = manager_client.get(url, query).content.decode()
    assert "Moved away" in page and "<svg" in page

    pdf = manager_client.get(url, {**query, "format": "pdf"})
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Programme report" in text and cohort.name in text and "1 of 3 (33%)" in text and "Moved away" in text

    rows = list(csv.reader(io.StringIO(manager_client.get(url, {**query, "format": "csv"}).content.decode())))
    assert ["Participants", "People taking part", "3"] in rows
    assert ["Module completion (%)", module.title, "33"] in rows

    book = openpyxl.load_workbook(io.BytesIO(manager_client.get(url, {**query, "format": "xlsx"}).content))
    values = list(book.active.iter_rows(values_only=True))
    assert ("Participants", "Dropouts in the period", 1) in values


def test_a_period_ending_before_it_starts_is_refused(manager_client):
    response = manager_client.get(reverse("courses:programme_report"), {"start": "2026-05-01", "end": "2026-01-01"})
    assert response.status_code == 400
    assert "cannot be before its start" in response.content.decode()


def test_the_report_runs_in_the_background_with_progress_and_downloads(
    manager_client, programme_data, cohort, django_capture_on_commit_callbacks
):
    from courses.models import DocumentRun

    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(
            reverse("courses:start_document_run"), {"kind": "programme_report", "cohort": cohort.pk, **period()}
        )
    run = DocumentRun.objects.get()
    assert response.url == reverse("courses:document_run", args=[run.pk])
    assert (run.status, run.progress, sorted(run.files)) == ("done", 100, ["csv", "pdf", "xlsx"])
    page = manager_client.get(response.url).content.decode()
    assert "Done · 100%" in page
    pdf = manager_client.get(reverse("courses:document_run_file", args=[run.pk, "pdf"]))
    assert pdf["Content-Type"] == "application/pdf" and "Moved away" in "\n".join(
        p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.content)).pages
    )
    assert manager_client.get(reverse("courses:document_run_file", args=[run.pk, "exe"])).status_code == 404


def test_a_run_with_a_bad_period_starts_nothing(manager_client):
    from courses.models import DocumentRun

    response = manager_client.post(
        reverse("courses:start_document_run"), {"kind": "programme_report", "start": "2026-05-01", "end": "2026-01-01"}
    )
    assert response.status_code == 302 and not DocumentRun.objects.exists()


def test_bulk_certificates_zip_holds_everyone_who_finished(manager_client, mentor, cohort, mentor_track, lesson,
                                                           django_capture_on_commit_callbacks):  # fmt: skip
    import zipfile

    from courses.models import DocumentRun

    complete_lesson(mentor, lesson, LessonCompletion.Method.MARKED)  # the track has no seminar: complete
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(reverse("courses:start_document_run"), {"kind": "certificates"})
    run = DocumentRun.objects.get()
    assert run.status == "done" and run.parameters["issued"] == 1
    archive = manager_client.get(reverse("courses:document_run_file", args=[run.pk, "zip"]))
    names = zipfile.ZipFile(io.BytesIO(archive.content)).namelist()
    assert len(names) == 1 and names[0].startswith("certificate-")
