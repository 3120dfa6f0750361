"""Certificates: only for completed tracks, verifiable by code and QR, revocable once, rate-limited."""

import pytest
from django.urls import reverse

from courses.models import Certificate
from tests.helpers import finish_the_track, pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished(mentor, cohort, lesson, seminar):
    """The mentor completed the lesson and attended both days of the seminar."""
    mentor.first_name, mentor.last_name = "Søs", "Ærø-Håkansson"
    mentor.save()
    return finish_the_track(mentor, cohort, lesson, seminar)


def test_certificate_of_a_finished_track(mentor_client, finished, mentor_track, module, seminar, settings):
    settings.SEMINAR_DAY_HOURS = 6
    module.estimated_minutes = 90
    module.save()
    response = mentor_client.get(reverse("courses:certificate", args=[mentor_track.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    certificate = Certificate.objects.get()
    assert "Søs Ærø-Håkansson" in text and mentor_track.title in text
    assert module.title in text and seminar.title in text
    assert "13.5 hours of training in total" in text  # 1.5 h of study + two 6-hour seminar days
    # pypdf sometimes reads a gap between two glyphs of the code as a space ("S7MR-CTUP-Y J5J"): compare
    # without spaces, which a code never holds.
    unspaced = "".join(text.split())
    assert certificate.code in unspaced and f"/verify/{certificate.code}/" in unspaced
    mentor_client.get(reverse("courses:certificate", args=[mentor_track.pk]))
    assert Certificate.objects.count() == 1  # downloading again issues nothing new


def test_unfinished_track_gets_a_message_and_no_pdf(mentor_client, mentor_track, lesson, seminar):
    response = mentor_client.get(reverse("courses:certificate", args=[mentor_track.pk]))
    assert response.status_code == 400 and response["Content-Type"].startswith("text/html")
    assert "every module is complete and every seminar attended" in response.content.decode()
    assert not Certificate.objects.exists()


def test_a_track_one_does_not_follow_is_404(outsider_client, mentor_track):
    assert outsider_client.get(reverse("courses:certificate", args=[mentor_track.pk])).status_code == 404


def test_verification_valid_revoked_and_unknown(client, mentor_client, manager_client, finished, mentor_track):
    mentor_client.get(reverse("courses:certificate", args=[mentor_track.pk]))
    certificate = Certificate.objects.get()
    url = reverse("certificate_verify", args=[certificate.code])
    page = client.get(url).content.decode()
    assert "Valid" in page and "Søs Ærø-Håkansson" in page and mentor_track.title in page
    assert finished.email not in page and finished.username not in page  # only name, track, date

    revoke = reverse("courses:revoke_certificate", args=[certificate.pk])
    assert manager_client.post(revoke, {"reason": ""}).status_code == 302
    certificate.refresh_from_db()
    assert not certificate.is_revoked  # no reason, nothing changed
    refused = manager_client.post(revoke, {"reason": "Issued\x00 by mistake"}, follow=True)
    assert "Null characters are not allowed" in refused.content.decode()  # PostgreSQL could not store it
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    manager_client.post(revoke, {"reason": "Issued by mistake"})
    manager_client.post(revoke, {"reason": "Second time"})
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "Issued by mistake"
    assert "Revoked" in client.get(url).content.decode()

    unknown = client.get(reverse("certificate_verify", args=["AAAA-BBBB-CCCC"]))
    assert unknown.status_code == 404
    assert "Not found." in unknown.content.decode() and "Søs" not in unknown.content.decode()
    for not_a_code in ("AAAA%00BBBB", "%3Cscript%3E", "A" * 41):  # never looked up (PostgreSQL refuses NUL)
        assert client.get(f"/verify/{not_a_code}/").status_code == 404


def test_verification_is_rate_limited(client, settings):
    settings.CERTIFICATE_VERIFY_RATE = 3
    statuses = [client.get(reverse("certificate_verify", args=["AAAA-BBBB-CCCC"])).status_code for _ in range(5)]
    assert statuses == [404, 404, 404, 429, 429]


def test_the_certificate_is_one_a4_page_with_its_qr_code(mentor_client, finished, mentor, mentor_track):
    """Even for a track as long as the demo's (fifteen requirements, long titles): the demo's ran onto a second
    page with the QR code alone on it."""
    import io

    import pypdf

    from courses.models import LessonCompletion
    from courses.progress import complete_lesson
    from tests.factories import LessonPageFactory, ModulePageFactory

    for number in range(14):
        module = ModulePageFactory(
            parent=mentor_track, title=f"Core skills {number}: open questions, affirmations, reflections and summaries"
        )
        complete_lesson(mentor, LessonPageFactory(parent=module), LessonCompletion.Method.MARKED)
    response = mentor_client.get(reverse("courses:certificate", args=[mentor_track.pk]))
    [page] = pypdf.PdfReader(io.BytesIO(response.content)).pages
    assert "/verify/" in page.extract_text()
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_a_revoked_certificate_is_not_offered_and_cannot_be_downloaded(
    mentor_client, manager_client, finished, mentor_track
):
    url = reverse("courses:certificate", args=[mentor_track.pk])
    mentor_client.get(url)
    certificate = Certificate.objects.get()
    manager_client.post(
        reverse("courses:revoke_certificate", args=[certificate.pk]), {"reason": "Attendance was recorded wrongly"}
    )
    response = mentor_client.get(url)
    assert response.status_code == 410 and response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert "was revoked" in page and "Attendance was recorded wrongly" not in page
    dashboard = mentor_client.get(reverse("courses:dashboard")).content.decode()
    assert "was revoked" in dashboard and url not in dashboard

    # The manager may choose to tell the holder why.
    Certificate.objects.filter(pk=certificate.pk).update(reason_shown_to_holder=True)
    assert "Attendance was recorded wrongly" in mentor_client.get(url).content.decode()
