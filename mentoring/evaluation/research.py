"""The research export: one row per mentor per quarter, with nobody's name in it.

- People are keyed pseudonyms: an HMAC of their id under a key the evaluation unit types each time. The same
  key gives the same pseudonyms (two exports join); without the key they lead to nobody. The key is never
  stored.
- Dates are months ("2026-03"); periods are calendar quarters within the months asked for.
- Free-text answers are left out unless asked for, and case codes in them are replaced; names, usernames,
  e-mail addresses and case codes never appear (only counts, ratings and the programme's own list entries,
  such as ending reasons).
- Rows of a cohort, track and role that fewer than SMALLEST_GROUP people share are suppressed, so nobody is
  singled out by the combination.

Apps above mentoring add their columns with `register_research_columns` (supervision: supervision hours and
MITI summaries), so this module never imports them.
"""

import hashlib
import hmac
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Enrolment, LessonCompletion
from mentorsite.scheduling.models import Booking
from mentorsite.users.roles import COACH, MENTOR

from .models import Response
from .questions import questions_of
from .results import SMALLEST_GROUP


@dataclass
class Period:
    label: str
    start: date
    end: date  # the last day

    def holds(self, day):
        return day is not None and self.start <= day <= self.end


@dataclass
class Column:
    """One column of the export: its heading, what it means (the data dictionary), and its values by
    (person id, period number); a missing value is an empty cell."""

    key: str
    meaning: str
    values: dict = field(default_factory=dict)


_providers = []
# What a case code looks like (mentoring.models.CASE_CODE): mentors are asked to write case codes rather than
# names, so a free-text answer may hold one; the export replaces it.
CASE_CODES = re.compile(r"\b[A-Z]{1,4}-[1-9]\d{0,4}\b")


def register_research_columns(provider):
    """`provider(people, periods)` returns a list of Column for those people (users) and periods."""
    _providers.append(provider)
    return provider


def month(day):
    return f"{day:%Y-%m}" if day else ""


def _month_end(day):
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def quarters(first_month, last_month):
    """The calendar quarters from `first_month` to `last_month`, cut to those months."""
    start, end = first_month.replace(day=1), _month_end(last_month)
    periods = []
    cursor = start
    while cursor <= end:
        quarter = (cursor.month - 1) // 3
        quarter_end = _month_end(date(cursor.year, quarter * 3 + 3, 1))
        periods.append(Period(f"{cursor.year}-Q{quarter + 1}", cursor, min(quarter_end, end)))
        cursor = quarter_end + timedelta(days=1)
    return periods


def period_of(periods, day):
    for number, period in enumerate(periods):
        if period.holds(day):
            return number
    return None


def pseudonym(key, person_id):
    digest = hmac.new(key.encode(), f"person:{person_id}".encode(), hashlib.sha256).hexdigest()
    return "P-" + digest[:12]


# The built-in columns ---------------------------------------------------------------------------------


def _day(moment):
    return timezone.localdate(moment) if moment else None


@register_research_columns
def training_columns(people, periods):
    ids = [person.pk for person in people]
    in_period, by_end = (
        Column("lessons_completed", _("Lessons completed in the period")),
        Column("lessons_completed_to_date", _("Lessons completed from the start to the end of the period")),
    )
    completed = defaultdict(list)
    for user_id, moment in LessonCompletion.objects.filter(user_id__in=ids).values_list("user_id", "completed_at"):
        completed[user_id].append(_day(moment))
    for person_id in ids:
        for number, period in enumerate(periods):
            days = completed.get(person_id, [])
            in_period.values[(person_id, number)] = sum(1 for day in days if period.holds(day))
            by_end.values[(person_id, number)] = sum(1 for day in days if day <= period.end)
    seminar_days = Column("seminar_days_attended", _("Seminar days attended in the period"))
    attended = Booking.objects.filter(
        user_id__in=ids, attendance=Booking.Attendance.PRESENT, session__seminarsession__isnull=False
    ).values_list("user_id", "session__starts_at")
    for user_id, starts_at in attended:
        number = period_of(periods, _day(starts_at))
        if number is not None:
            seminar_days.values[(user_id, number)] = seminar_days.values.get((user_id, number), 0) + 1
    for person_id in ids:
        for number in range(len(periods)):
            seminar_days.values.setdefault((person_id, number), 0)
    return [in_period, by_end, seminar_days]


@register_research_columns
def mentoring_columns(people, periods):
    from mentoring.models import Relationship

    ids = [person.pk for person in people]
    active = Column("relationships_active", _("Mentoring relationships active at some time in the period"))
    started = Column("relationships_started", _("Relationships matched in the period"))
    ended = Column("relationships_ended", _("Relationships ended in the period"))
    early = Column("relationships_ended_early", _("Of those, ended early"))
    months = Column("months_of_ended", _("Mean length in months of the relationships ended in the period"))
    reasons = Column("ending_reasons", _("Reasons given for the relationships ended in the period"))
    relationships = defaultdict(list)
    for relationship in Relationship.objects.filter(mentor_id__in=ids).select_related("ending_reason"):
        relationships[relationship.mentor_id].append(relationship)
    for person_id in ids:
        for number, period in enumerate(periods):
            theirs = relationships.get(person_id, [])
            key = (person_id, number)
            active.values[key] = sum(
                1 for r in theirs if r.matched_on <= period.end and (r.ended_on is None or r.ended_on >= period.start)
            )
            started.values[key] = sum(1 for r in theirs if period.holds(r.matched_on))
            ending = [r for r in theirs if period.holds(r.ended_on)]
            ended.values[key] = len(ending)
            early.values[key] = sum(1 for r in ending if r.ending == Relationship.Ending.EARLY)
            if ending:
                months.values[key] = round(
                    statistics.fmean((r.ended_on - r.matched_on).days / 30.44 for r in ending), 1
                )
                reasons.values[key] = "; ".join(sorted({str(r.ending_reason) for r in ending if r.ending_reason}))
    return [active, started, ended, early, months, reasons]


def questionnaire_columns(people, periods, free_text):
    """The answers of named rounds, each question a column, in the row of the quarter it was handed in."""
    ids = {person.pk for person in people}
    responses = (
        Response.objects.filter(submitted=True, round__anonymous=False, respondent_id__in=ids)
        .select_related("round__revision", "round__questionnaire")
        .order_by("round__questionnaire_id", "round__opens_on")
    )
    columns = {}
    asked = {}  # revision id: its questions, read once however many answered it
    for response in responses:
        number = period_of(periods, _day(response.submitted_at))
        if number is None:
            continue
        questionnaire = response.round.questionnaire
        if response.round.revision_id not in asked:
            asked[response.round.revision_id] = questions_of(response.round.asked_version())
        numbered = [question for question in asked[response.round.revision_id] if question.asks]
        for position, question in enumerate(numbered, start=1):
            if question.id not in response.answers:
                continue
            if question.kind == "text" and not free_text:
                continue
            key = f"q{questionnaire.pk}_{question.id[:8]}"
            if key not in columns:
                meaning = _("%(questionnaire)s, question %(number)s: %(question)s") % {
                    "questionnaire": questionnaire.title,
                    "number": position,
                    "question": question.text,
                }
                columns[key] = Column(key, meaning)
            value = response.answers[question.id]
            if question.kind == "text":
                value = CASE_CODES.sub(_("[case code]"), str(value))
            columns[key].values[(response.respondent_id, number)] = value
    return list(columns.values())


# The table ----------------------------------------------------------------------------------------


@dataclass
class ResearchTable:
    headings: list
    rows: list
    dictionary: list  # (heading, meaning)
    suppressed: int


def _in_programme(person, period):
    joined = person.cohort.starts_on if person.cohort_id else _day(person.date_joined)
    left = person.left_programme_on
    return period.end >= joined and (left is None or period.start <= left)


def research_table(first_month, last_month, key, free_text=False):
    periods = quarters(first_month, last_month)
    people = list(
        get_user_model()
        .objects.filter(groups__name__in=[MENTOR, COACH])
        .distinct()
        .select_related("cohort")
        .prefetch_related(
            "groups", Prefetch("enrolments", queryset=Enrolment.objects.select_related("track").order_by("track_id"))
        )
        .order_by("pk")
    )
    columns = [column for provider in _providers for column in provider(people, periods)]
    columns += questionnaire_columns(people, periods, free_text)
    base = [
        ("person", _("Pseudonym of the person: the same under the same key, unlinkable without it")),
        ("cohort", _("The person's cohort")),
        ("track", _("The track(s) the person is enrolled in")),
        ("role", _("mentor, or coach (a mentor who also supervises)")),
        ("period", _("Calendar quarter, cut to the months asked for")),
        ("cohort_started", _("Month the person's cohort started")),
        ("left_programme", _("Month the person left the programme, if they did")),
    ]
    rows_by_group = defaultdict(list)
    for person in people:
        cohort = person.cohort.name if person.cohort_id else ""
        track = "; ".join(enrolment.track.title for enrolment in person.enrolments.all())
        role = "coach" if any(group.name == COACH for group in person.groups.all()) else "mentor"
        for number, period in enumerate(periods):
            if not _in_programme(person, period):
                continue
            row = [
                pseudonym(key, person.pk),
                cohort,
                track,
                role,
                period.label,
                month(person.cohort.starts_on if person.cohort_id else None),
                month(person.left_programme_on),
            ]
            row += [column.values.get((person.pk, number), "") for column in columns]
            rows_by_group[(cohort, track, role)].append((person.pk, row))
    rows, suppressed = [], 0
    for group_rows in rows_by_group.values():
        if len({person_id for person_id, _row in group_rows}) < SMALLEST_GROUP:
            suppressed += len(group_rows)
            continue
        rows += [row for _person_id, row in group_rows]
    rows.sort(key=lambda row: (row[0], row[4]))
    dictionary = base + [(column.key, column.meaning) for column in columns]
    return ResearchTable([heading for heading, _meaning in dictionary], rows, dictionary, suppressed)
