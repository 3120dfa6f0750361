"""What supervision holds about a person, and what of it is theirs to download.

Every section is built from the access rules of the pages (supervision/access.py), limited to what is about
the person (records they attended, codings of their conversations) or by them (records, addenda, concerns
and codings they wrote). So a mentor's download holds the finalised records about them with their actions
and addenda, never a draft, a concern or a coach's private notes; a coach's holds what they wrote, and of the
records about them what a supervisee sees; the manager's, who may open everything, holds only what is about
them or by them.

Coaches' private notes are in no download, not even their author's: they are working notes about
supervisees, and a data protection officer decides case by case whether to release them.

On erasure the records, actions, codings and concerns stay (supervision hours and MITI levels count in the
reports), but the person's name goes from their text and from the titles of their supervision meetings.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q

from mentorsite import privacy
from mentorsite.scheduling.privacy import rename_in_sessions

from .access import codings_for, concerns_for, records_for
from .models import (
    Addendum,
    AgreedAction,
    CalibrationCoding,
    CoachAssignment,
    Concern,
    MitiCoding,
    RecordAccess,
    SupervisionRecord,
    SupervisionSession,
)

# Coaches' private notes: in no download (see above).
PRIVATE = {"private_notes"}


def _attended(person):
    return records_for(person).filter(attendees=person)


def _written(person):
    return records_for(person).filter(coach=person)


def _actions(person):
    """Actions on records they may open, that they own or agreed as the record's coach."""
    return AgreedAction.objects.filter(record__in=records_for(person)).filter(Q(owner=person) | Q(record__coach=person))


def _erase_names_in_supervision(person, former):
    """The person's name, as others typed it (a summary, a concern) or as a meeting's title carries it.

    A finalised record is otherwise never rewritten; erasure is the one exception.
    """
    theirs = SupervisionRecord.objects.filter(
        pk__in=SupervisionRecord.objects.filter(Q(attendees=person) | Q(coach=person)).values("pk")
    )
    texts = [
        (theirs, ["summary", "private_notes"]),
        (AgreedAction.objects.filter(Q(record__in=theirs) | Q(owner=person)), ["description"]),
        (Addendum.objects.filter(Q(record__in=theirs) | Q(author=person)), ["text"]),
        (Concern.objects.filter(Q(record__in=theirs) | Q(raised_by=person)), ["description"]),
        (MitiCoding.objects.filter(Q(mentor=person) | Q(coach=person)), ["notes"]),
    ]
    # Their first or last name alone is replaced too, also in what a coach wrote about others ("Gustav led the
    # meeting"): erasure must leave no copy of the name. The price, decided knowingly: a supervisee who shares
    # the coach's first name loses it in those texts to the pseudonym; the meaning of the record survives.
    changed = sum(former.scrub_fields(queryset, fields, about_them=True) for queryset, fields in texts)
    meetings = SupervisionSession.objects.filter(Q(organiser=person) | Q(bookings__user=person)).distinct()
    return {
        "supervision texts naming them": changed,
        "supervision meetings naming them": rename_in_sessions(meetings, former, about_them=True),
    }


def _expire_record_accesses(now):
    before = now - timedelta(days=settings.RETENTION_DAYS["record_accesses"])
    return {"record access log entries": RecordAccess.objects.filter(at__lt=before).delete()[0]}


def register_sections():
    rows = privacy.rows
    privacy.register(
        "coach_assignments",
        export=lambda person: rows(CoachAssignment.objects.filter(Q(mentor=person) | Q(coach=person))),
    )
    privacy.register("supervision_records_attended", export=lambda person: rows(_attended(person), exclude=PRIVATE))
    privacy.register("supervision_records_written", export=lambda person: rows(_written(person), exclude=PRIVATE))
    privacy.register("agreed_actions", export=lambda person: rows(_actions(person)))
    privacy.register(
        "addenda_to_records_attended",
        export=lambda person: rows(Addendum.objects.filter(record__in=_attended(person))),
    )
    privacy.register(
        "addenda_written",
        export=lambda person: rows(Addendum.objects.filter(record__in=records_for(person), author=person)),
    )
    privacy.register(
        "concerns_about_records_attended",
        export=lambda person: rows(concerns_for(person).filter(record__attendees=person)),
    )
    privacy.register("concerns_raised", export=lambda person: rows(concerns_for(person).filter(raised_by=person)))
    privacy.register("miti_codings", export=lambda person: rows(codings_for(person).filter(mentor=person)))
    privacy.register("miti_codings_made", export=lambda person: rows(codings_for(person).filter(coach=person)))
    privacy.register("calibration_codings", export=lambda person: rows(CalibrationCoding.objects.filter(coach=person)))
    privacy.register("names_in_supervision", erase=_erase_names_in_supervision)
    # Not exported: the access log is the manager's oversight of who read what, and it names the person only
    # by a link to their account.
    privacy.register("record_accesses", expire=_expire_record_accesses)
