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
    attended = SupervisionRecord.objects.filter(pk__in=SupervisionRecord.objects.filter(attendees=person).values("pk"))
    coached = SupervisionRecord.objects.filter(coach=person).exclude(pk__in=attended.values("pk"))
    # What is about them (their own supervision, their MITI codings): their first or last name alone names them.
    about_them = [
        (attended, ["summary", "private_notes"]),
        (AgreedAction.objects.filter(Q(record__in=attended) | Q(owner=person)), ["description"]),
        (Addendum.objects.filter(record__in=attended), ["text"]),
        (Concern.objects.filter(record__in=attended), ["description"]),
        (MitiCoding.objects.filter(mentor=person), ["notes"]),
    ]
    # What they wrote as a coach is about others: a first name there may be a supervisee's, so only their full
    # name and e-mail address are replaced.
    by_them = [
        (coached, ["summary", "private_notes"]),
        (AgreedAction.objects.filter(record__in=coached).exclude(owner=person), ["description"]),
        (Addendum.objects.filter(author=person).exclude(record__in=attended), ["text"]),
        (Concern.objects.filter(raised_by=person).exclude(record__in=attended), ["description"]),
        (MitiCoding.objects.filter(coach=person).exclude(mentor=person), ["notes"]),
    ]
    changed = sum(former.scrub_fields(queryset, fields, about_them=True) for queryset, fields in about_them)
    changed += sum(former.scrub_fields(queryset, fields, about_them=False) for queryset, fields in by_them)
    booked = SupervisionSession.objects.filter(bookings__user=person).distinct()
    led = SupervisionSession.objects.filter(organiser=person).exclude(pk__in=booked.values("pk"))
    return {
        "supervision texts naming them": changed,
        "supervision meetings naming them": rename_in_sessions(booked, former, about_them=True)
        + rename_in_sessions(led, former, about_them=False),
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
    privacy.register("names_in_supervision", erase=_erase_names_in_supervision)
    # Not exported: the access log is the manager's oversight of who read what, and it names the person only
    # by a link to their account.
    privacy.register("record_accesses", expire=_expire_record_accesses)
