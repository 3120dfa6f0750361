"""The programme report for funders and the evaluation unit: figures for a cohort (or all) and a date range.

Apps above courses add their own sections (supervision hours, MITI levels) with `register_report_section`,
so this module never imports them. The same figures feed the PDF, the CSV and the XLSX file.
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Enrolment, TrackPage
from courses.progress import MODULE, completion_dates, load_structures
from mentorsite.scheduling.models import Booking, Session
from mentorsite.scheduling.services import participants
from mentorsite.users.roles import COACH, MENTOR

_sections = []


def register_report_section(function):
    """`function(people, start, end)` returns (title, [(label, value), ...]) or None."""
    _sections.append(function)
    return function


@dataclass
class Rate:
    label: str
    done: int
    total: int

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0


@dataclass
class ProgrammeFigures:
    cohort: object
    start: object
    end: object
    participants: list
    dropouts: list
    module_completion: list = field(default_factory=list)
    attendance: list = field(default_factory=list)
    sections: list = field(default_factory=list)

    def rows(self):
        """Every figure as (section, measure, value): the CSV and the spreadsheet."""
        rows = [
            (_("Participants"), _("People taking part"), len(self.participants)),
            (_("Participants"), _("Dropouts in the period"), len(self.dropouts)),
        ]
        rows += [(_("Dropouts"), person.full_name, person.leaving_reason) for person in self.dropouts]
        rows += [(_("Module completion (%)"), rate.label, rate.percent) for rate in self.module_completion]
        rows += [(_("Attendance (%)"), rate.label, rate.percent) for rate in self.attendance]
        rows += [(title, label, value) for title, section_rows in self.sections for label, value in section_rows]
        return rows


def _end_of(day):
    return timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


def programme_figures(cohort, start, end):
    people = (
        get_user_model()
        .objects.filter(groups__name__in=[MENTOR, COACH], enrolments__isnull=False)
        .distinct()
        .order_by("first_name", "last_name")
    )
    if cohort is not None:
        people = people.filter(cohort=cohort)
    people = list(people)
    start_at, end_at = _end_of(start - timedelta(days=1)), _end_of(end)
    dropouts = [p for p in people if p.left_programme_on and start <= p.left_programme_on <= end]
    figures = ProgrammeFigures(cohort, start, end, people, dropouts)

    # Module completion: share of the people following a track who had finished each module by the end date.
    tracks = list(TrackPage.objects.live().order_by("path"))
    enrolled = {track.pk: set() for track in tracks}
    for person_id, track_id in Enrolment.objects.filter(user__in=people).values_list("user_id", "track_id"):
        enrolled.setdefault(track_id, set()).add(person_id)
    structures = load_structures(tracks)
    lessons = [lesson for structure in structures for lesson in structure.lessons]
    dates = completion_dates([p.pk for p in people], lessons)
    # A module's learners are the people enrolled in any track that requires it (the coach track includes
    # the mentor track's modules).
    modules, learners = {}, {}
    for structure in structures:
        for requirement in structure.requirements:
            if requirement.kind == MODULE:
                modules.setdefault(requirement.page.pk, requirement)
                learners.setdefault(requirement.page.pk, set()).update(enrolled.get(structure.track.pk, set()))
    for module_id, requirement in modules.items():
        if not learners[module_id]:
            continue
        finished = sum(
            1
            for person_id in learners[module_id]
            if all(
                (person_id, lesson.pk) in dates and dates[(person_id, lesson.pk)] < end_at
                for lesson in requirement.lessons
            )
        )
        figures.module_completion.append(Rate(requirement.page.title, finished, len(learners[module_id])))

    # Attendance of sessions held in the period.
    people_ids = {p.pk for p in people}
    for kind, label in ((Session.Kind.SEMINAR, _("Seminar days")), (Session.Kind.NETWORKING, _("Networking days"))):
        # Only sessions already held: a future day has no attendance yet.
        sessions = Session.objects.filter(
            kind=kind,
            status=Session.Status.SCHEDULED,
            starts_at__gte=start_at,
            starts_at__lt=end_at,
            ends_at__lte=timezone.now(),
        )
        if cohort is not None and kind == Session.Kind.SEMINAR:
            sessions = sessions.filter(cohort=cohort)
        sessions = list(sessions)
        # Every booking of these sessions in one query, instead of two per session.
        booked, attended = {}, {}
        for session_id, user_id, status, attendance in Booking.objects.filter(session__in=sessions).values_list(
            "session_id", "user_id", "status", "attendance"
        ):
            if status not in (Booking.Status.CANCELLED, Booking.Status.DECLINED):
                booked.setdefault(session_id, set()).add(user_id)
            if attendance == Booking.Attendance.PRESENT:
                attended.setdefault(session_id, set()).add(user_id)
        expected = present = 0
        for session in sessions:
            came = attended.get(session.pk, set())
            if kind == Session.Kind.SEMINAR:
                # A cohort is expected at its seminar days without booking; the policy knows who.
                expected_ids = set(participants(session).values_list("pk", flat=True))
            else:
                expected_ids = booked.get(session.pk, set())
            expected += len((expected_ids | came) & people_ids)
            present += len(came & people_ids)
        figures.attendance.append(Rate(label, present, expected))

    for function in _sections:
        section = function(people, start_at, end_at)
        if section:
            figures.sections.append(section)
    return figures
