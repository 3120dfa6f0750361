"""A person's rights over their data: a copy of everything stored about them, and erasure when they leave.

Export (JSON) is for the person themself and for the programme manager acting on their request. Erasure
pseudonymises: the person's name, contact details, login and free text go; what the programme's reports
count (enrolments, completions, attendance, supervision hours, MITI levels, the reason for leaving) stays,
attached to a "former participant" with no name, so past figures do not change.
"""

import logging

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger("mentorsite.privacy")

# Coaches' private notes are their working notes about supervision, not the mentor's data: a data
# protection officer decides case by case whether to release them, so the export leaves them out.
NOT_EXPORTED = {"password", "private_notes", "key", "token", "bin_key", "throttling_failure_timestamp"}


def _rows(queryset):
    model = queryset.model
    fields = [f for f in model._meta.concrete_fields if f.attname not in NOT_EXPORTED and f.name not in NOT_EXPORTED]
    return [{field.attname: getattr(obj, field.attname) for field in fields} for obj in queryset.order_by("pk")]


def personal_data(person):
    """Everything stored about `person`, as JSON-ready data (used for the download)."""
    from courses.models import (
        BriefingConfirmation,
        BriefingNotice,
        Certificate,
        Enrolment,
        KnowledgeCheckAttempt,
        LessonCompletion,
        ReflectionAnswer,
    )
    from mentorsite.scheduling.models import Booking, Notice
    from supervision.models import Addendum, AgreedAction, CoachAssignment, Concern, MitiCoding, SupervisionRecord

    records = SupervisionRecord.objects.filter(attendees=person, status=SupervisionRecord.Status.FINAL)
    return {
        "exported_at": timezone.now(),
        "person": {
            **_rows(get_user_model().objects.filter(pk=person.pk))[0],
            "roles": sorted(person.groups.values_list("name", flat=True)),
            "cohort": str(person.cohort) if person.cohort else None,
        },
        "enrolments": _rows(Enrolment.objects.filter(user=person)),
        "lesson_completions": _rows(LessonCompletion.objects.filter(user=person)),
        "knowledge_check_attempts": _rows(KnowledgeCheckAttempt.objects.filter(user=person)),
        "reflection_answers": _rows(ReflectionAnswer.objects.filter(user=person)),
        "briefing_confirmations": _rows(BriefingConfirmation.objects.filter(user=person)),
        "bookings": _rows(Booking.objects.filter(user=person)),
        "certificates": _rows(Certificate.objects.filter(user=person)),
        "coach_assignments": _rows(
            CoachAssignment.objects.filter(mentor=person) | CoachAssignment.objects.filter(coach=person)
        ),
        "supervision_records_attended": _rows(records),
        "agreed_actions": _rows(AgreedAction.objects.filter(owner=person)),
        "miti_codings": _rows(MitiCoding.objects.filter(mentor=person)),
        "addenda_to_records_attended": _rows(Addendum.objects.filter(record__in=records)),
        "concerns_about_records_attended": _rows(Concern.objects.filter(record__in=records)),
        "session_notices": _rows(Notice.objects.filter(user=person)),
        "briefing_notices": _rows(BriefingNotice.objects.filter(user=person)),
        # What a coach or a manager wrote in that role is also data about them (private notes excepted).
        "supervision_records_written": _rows(SupervisionRecord.objects.filter(coach=person)),
        "addenda_written": _rows(Addendum.objects.filter(author=person)),
        "miti_codings_made": _rows(MitiCoding.objects.filter(coach=person)),
        "concerns_raised": _rows(Concern.objects.filter(raised_by=person)),
    }


class JSONEncoder(DjangoJSONEncoder):
    pass


class NotLeft(ValueError):
    """Erasure is for people who have left the programme: set "left the programme on" first."""


PSEUDONYM_PREFIX = "former-participant-"


def pseudonym(person):
    return f"{PSEUDONYM_PREFIX}{person.pk}"


@transaction.atomic
def erase(person):
    """Pseudonymises a person who left the programme; returns what was removed, by kind, for the log."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from courses.models import BriefingNotice, Certificate, ReflectionAnswer
    from mentorsite.scheduling.models import CalendarFeed, Notice

    if person.left_programme_on is None:
        raise NotLeft(person.pk)
    old_username = person.username
    removed = {
        "reflection answers": ReflectionAnswer.objects.filter(user=person).delete()[0],
        "calendar feeds": CalendarFeed.objects.filter(user=person).delete()[0],
        "notices": Notice.objects.filter(user=person).delete()[0]
        + BriefingNotice.objects.filter(user=person).delete()[0],
        "second-factor devices": TOTPDevice.objects.filter(user=person).delete()[0]
        + StaticDevice.objects.filter(user=person).delete()[0],
        "login records": AccessAttempt.objects.filter(username=old_username).delete()[0]
        + AccessLog.objects.filter(username=old_username).delete()[0]
        + AccessFailureLog.objects.filter(username=old_username).delete()[0],
    }
    name = pseudonym(person)
    for certificate in Certificate.objects.filter(user=person):  # one by one, so the audit trail sees each
        certificate.full_name = name
        certificate.save(update_fields=["full_name"])
    person.username = name
    person.first_name = ""
    person.last_name = name
    person.email = ""
    person.is_active = False
    person.set_unusable_password()  # also ends every session: they carry a hash of the password
    person.save()
    # Logged once it is for good: a dry run of apply_retention rolls the erasure back.
    transaction.on_commit(lambda: logger.info("Pseudonymised person %s: removed %s", person.pk, removed))
    return removed
