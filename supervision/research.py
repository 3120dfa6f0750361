"""Supervision's columns in the evaluation unit's research export (mentoring/evaluation/research.py): hours of
supervision and the MITI summaries per quarter, figures only (no notes, no feedback text)."""

import statistics
from collections import defaultdict

from django.utils.translation import gettext as _

from mentoring.evaluation.research import Column, period_of
from supervision.models import MitiCoding, SupervisionRecord


def supervision_columns(people, periods):
    ids = [person.pk for person in people]
    hours = Column("supervision_hours", _("Hours of supervision taken part in during the period (finalised records)"))
    minutes = defaultdict(int)
    records = SupervisionRecord.objects.filter(status=SupervisionRecord.Status.FINAL, attendees__in=ids).values_list(
        "attendees", "held_on", "duration_minutes"
    )
    for person_id, held_on, duration in records:
        number = period_of(periods, held_on)
        if number is not None:
            minutes[(person_id, number)] += duration or 0
    for person_id in ids:
        for number in range(len(periods)):
            hours.values[(person_id, number)] = round(minutes.get((person_id, number), 0) / 60, 1)

    codings = Column("miti_codings", _("Practice conversations coded with MITI 4.2.1 in the period"))
    means = {
        "technical": Column("miti_technical", _("Mean MITI technical global score (1 to 5)")),
        "relational": Column("miti_relational", _("Mean MITI relational global score (1 to 5)")),
        "percent_complex_reflections": Column(
            "miti_percent_complex_reflections", _("Mean MITI per cent complex reflections")
        ),
        "reflection_to_question": Column("miti_reflection_to_question", _("Mean MITI reflection-to-question ratio")),
    }
    summaries = defaultdict(list)
    for coding in MitiCoding.objects.filter(mentor_id__in=ids):
        number = period_of(periods, coding.coded_on)
        if number is not None:
            summaries[(coding.mentor_id, number)].append(coding.summary)
    for person_id in ids:
        for number in range(len(periods)):
            theirs = summaries.get((person_id, number), [])
            codings.values[(person_id, number)] = len(theirs)
            for name, column in means.items():
                values = [getattr(summary, name) for summary in theirs if getattr(summary, name) is not None]
                if values:
                    column.values[(person_id, number)] = round(statistics.fmean(values), 2)
    return [hours, codings, *means.values()]
