"""Who may open supervision records and MITI codings, and the log of every opening.

The coach who wrote a record, the programme manager, and the mentors it concerns (finalised records only,
never the private notes). Nobody else: another person's id in the URL gives 404, and the attempt is logged.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404

from mentorsite.audit.trail import record_views
from mentorsite.request_context import client_address, write_after_transaction
from mentorsite.users.roles import COACH, MANAGER, has_role
from supervision.models import CoachAssignment, Concern, MitiCoding, RecordAccess, SupervisionRecord

# What the audit trail calls each subject of the access log.
AUDITED_SUBJECTS = {
    RecordAccess.Subject.SUPERVISION_RECORD: "supervision.SupervisionRecord",
    RecordAccess.Subject.MITI_CODING: "supervision.MitiCoding",
    RecordAccess.Subject.MITI_TREND: "users.User:miti_trend",
    RecordAccess.Subject.SUPERVISION_PAGE: "users.User:supervision_page",
    RecordAccess.Subject.CONCERN: "supervision.Concern",
}


def records_for(user):
    if has_role(user, MANAGER):
        return SupervisionRecord.objects.all()
    mine = Q(coach=user) | Q(status=SupervisionRecord.Status.FINAL, attendees=user)
    return SupervisionRecord.objects.filter(pk__in=SupervisionRecord.objects.filter(mine).values("pk"))


def may_read_private_notes(user, record):
    return record.coach_id == user.pk or has_role(user, MANAGER)


def concerns_for(user):
    """Concerns the user may see: the programme manager all (their Concerns page), a coach those on the records
    they wrote (listed on the record). Mentors see none, not even those on records about them."""
    if has_role(user, MANAGER):
        return Concern.objects.all()
    return Concern.objects.filter(record__coach=user)


def log_access(request, object_id, outcome, subject=RecordAccess.Subject.SUPERVISION_RECORD):
    """Logs one opening or refusal. A refusal is written after the request's transaction, which the 404
    that follows it rolls back."""
    access = RecordAccess(
        subject=subject,
        record_id=object_id,
        user=request.user,
        client_address=client_address(request),
        path=request.get_full_path()[:300],
        outcome=outcome,
    )
    if outcome == RecordAccess.Outcome.REFUSED:
        write_after_transaction(request, access.save)
    else:
        access.save()
        record_views(request, AUDITED_SUBJECTS[subject], [object_id])


def log_openings(request, object_ids, subject):
    """Log several objects shown on one page, one row each, in one query (and the same in the audit trail)."""
    object_ids = list(object_ids)
    record_views(request, AUDITED_SUBJECTS[subject], object_ids)
    RecordAccess.objects.bulk_create(
        [
            RecordAccess(
                subject=subject,
                record_id=object_id,
                user=request.user,
                client_address=client_address(request),
                path=request.get_full_path()[:300],
                outcome=RecordAccess.Outcome.OPENED,
            )
            for object_id in object_ids
        ]
    )


def open_record(request, record_id, queryset=None):
    """The record if the user may open it (the opening is logged); else 404, and the attempt is logged."""
    record = (queryset if queryset is not None else records_for(request.user)).filter(pk=record_id).first()
    if record is None:
        log_access(request, record_id, RecordAccess.Outcome.REFUSED)
        raise Http404
    log_access(request, record.pk, RecordAccess.Outcome.OPENED)
    return record


def supervisees_of(coach):
    return (
        get_user_model()
        .objects.filter(pk__in=CoachAssignment.objects.active().filter(coach=coach).values("mentor_id"))
        .order_by("first_name", "last_name")
    )


def may_follow_mentor(user, mentor):
    """The mentor themself, their (active) coach, or the programme manager: who sees MITI codings and trends."""
    if user.pk == mentor.pk or has_role(user, MANAGER):
        return True
    return has_role(user, COACH) and CoachAssignment.objects.active().filter(coach=user, mentor=mentor).exists()


def codings_for(user):
    if has_role(user, MANAGER):
        return MitiCoding.objects.all()
    coached = CoachAssignment.objects.active().filter(coach=user).values("mentor_id")
    return MitiCoding.objects.filter(Q(mentor=user) | Q(coach=user) | Q(mentor_id__in=coached))
