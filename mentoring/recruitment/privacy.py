"""What recruitment holds about people, and how long.

Applicants are no users (most never become one): the manager downloads or erases an applicant's data from
the applicant's page when they ask. Once accepted, the application belongs to the new mentor's own download
and goes with their erasure. Applicants who were not accepted are deleted RETENTION_DAYS["applicants"] after
the decision, with their stage records; the figures of earlier reports stand in those reports.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from mentorsite import privacy

from .models import Applicant, StageRecord


def applicant_data(applicant):
    """An applicant's data, as their download would hold it."""
    rows = privacy.rows
    return {
        "application": rows(Applicant.objects.filter(pk=applicant.pk)),
        "interviewers": [str(person) for person in applicant.interviewers.all()],
        "stages": rows(StageRecord.objects.filter(applicant=applicant)),
    }


def erase_applicant(applicant):
    """The application and its stage records go; nothing of the person is kept (the audit trail holds only
    the applicant's number)."""
    return applicant.delete()


def _erase_with_account(person, former):
    # Names typed in notes about other applicants stay theirs to read; the erased person's name goes from them.
    scrubbed = former.scrub_fields(StageRecord.objects.filter(done_by=person), ["notes"], about_them=False)
    deleted = Applicant.objects.filter(account=person).delete()[1].get("mentoring.Applicant", 0)
    return {"applications": deleted, "stage notes naming them": scrubbed}


def _expire_applicants(now):
    before = timezone.localdate(now - timedelta(days=settings.RETENTION_DAYS["applicants"]))
    old = Applicant.objects.filter(
        status__in=[Applicant.Status.STOPPED, Applicant.Status.WITHDREW], decided_on__lt=before
    )
    deleted = old.delete()[1]
    return {
        "applicants not accepted": deleted.get("mentoring.Applicant", 0),
        "their stage records": deleted.get("mentoring.StageRecord", 0),
    }


def register_sections():
    rows = privacy.rows
    privacy.register("application", export=lambda person: rows(Applicant.objects.filter(account=person)))
    privacy.register(
        "application_stages",
        export=lambda person: rows(StageRecord.objects.filter(applicant__account=person)),
    )
    privacy.register(
        "recruitment_stages_recorded", export=lambda person: rows(StageRecord.objects.filter(done_by=person))
    )
    privacy.register("application_erased", erase=_erase_with_account)
    privacy.register("applicants_not_accepted", expire=_expire_applicants)
