"""The tasks behind DocumentRun: they report progress as they go and store their files privately."""

import io
import zipfile
from datetime import date

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.utils import timezone
from django_tasks import task

from courses.models import DocumentRun, Enrolment
from mentorsite.users.languages import in_language_of
from mentorsite.users.models import Cohort


def _step(run, progress, **changes):
    run.progress = progress
    for name, value in changes.items():
        setattr(run, name, value)
    run.save()


def _store(run, name, content):
    path = storages["documents"].save(f"runs/{run.pk}/{name}", ContentFile(content))
    run.files = {**run.files, name.rsplit(".", 1)[1]: path}


@task()
def build_programme_report(run_id):
    from courses.report_views import report_csv, report_pdf, report_xlsx
    from courses.reports import programme_figures

    run = DocumentRun.objects.select_related("requested_by__wagtail_userprofile").get(pk=run_id)
    _step(run, 5, status=DocumentRun.Status.RUNNING)
    try:
        params = run.parameters
        cohort = Cohort.objects.filter(pk=params.get("cohort")).first()
        # The worker has no request to say the language: the files speak the language of whoever asked.
        with in_language_of(run.requested_by):
            figures = programme_figures(cohort, date.fromisoformat(params["start"]), date.fromisoformat(params["end"]))
            _step(run, 30)
            _store(run, "report.pdf", report_pdf(figures))
            _step(run, 70)
            _store(run, "report.csv", report_csv(figures).encode())
            _store(run, "report.xlsx", report_xlsx(figures))
        _step(run, 100, status=DocumentRun.Status.DONE, finished_at=timezone.now())
    except Exception as error:
        _step(run, run.progress, status=DocumentRun.Status.FAILED, error=str(error)[:2000], finished_at=timezone.now())
        raise


@task()
def issue_all_certificates(run_id):
    """Issue (or re-render) the certificate of everyone who completed a track, as one ZIP of PDFs."""
    from courses.certificate_views import certificate_document
    from courses.certificates import TrackNotComplete, issue

    run = DocumentRun.objects.get(pk=run_id)
    _step(run, 1, status=DocumentRun.Status.RUNNING)
    try:
        enrolments = list(
            Enrolment.objects.select_related("user__wagtail_userprofile", "track").filter(user__is_active=True)
        )
        archive = io.BytesIO()
        issued = 0
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
            for number, enrolment in enumerate(enrolments, start=1):
                try:
                    # The requirements listed on each certificate in its holder's language.
                    with in_language_of(enrolment.user):
                        certificate, progress = issue(enrolment.user, enrolment.track)
                except TrackNotComplete:
                    pass
                else:
                    if not certificate.is_revoked:
                        bundle.writestr(
                            f"certificate-{certificate.code}.pdf", certificate_document(certificate, progress)
                        )
                        issued += 1
                _step(run, max(1, round(95 * number / len(enrolments))))
        _store(run, "certificates.zip", archive.getvalue())
        _step(
            run,
            100,
            status=DocumentRun.Status.DONE,
            parameters={**run.parameters, "issued": issued},
            finished_at=timezone.now(),
        )
    except Exception as error:
        _step(run, run.progress, status=DocumentRun.Status.FAILED, error=str(error)[:2000], finished_at=timezone.now())
        raise
