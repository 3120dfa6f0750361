"""Supervision's sections of the programme report: supervision hours and the spread of MITI levels."""

from collections import Counter

from django.conf import settings
from django.utils.translation import gettext as _

from supervision import miti
from supervision.calibration import uncalibrated_codings
from supervision.models import MitiCoding, SupervisionRecord

SCORE_LABELS = {
    "technical": _("Technical"),
    "relational": _("Relational"),
    "percent_complex_reflections": _("Complex reflections, per cent"),
    "reflection_to_question": _("Reflections per question"),
}


def supervision_section(people, start_at, end_at):
    records = SupervisionRecord.objects.filter(
        status=SupervisionRecord.Status.FINAL,
        held_on__gte=start_at.date(),
        held_on__lt=end_at.date(),
        attendees__in=people,
    ).distinct()
    minutes = sum(records.values_list("duration_minutes", flat=True))
    return (
        _("Supervision"),
        [(_("Finalised supervision sessions"), records.count()), (_("Hours of supervision"), round(minutes / 60, 1))],
    )


def miti_section(people, start_at, end_at):
    """MITI levels of the period's coded conversations, without those by coaches not calibrated on the day
    (unless MITI_REPORT_INCLUDES_UNCALIBRATED): funders read these figures as the programme's quality."""
    codings = list(
        MitiCoding.objects.filter(mentor__in=people, coded_on__gte=start_at.date(), coded_on__lt=end_at.date())
    )
    left_out = set() if settings.MITI_REPORT_INCLUDES_UNCALIBRATED else uncalibrated_codings(codings)
    codings = [coding for coding in codings if coding.pk not in left_out]
    counts = Counter()
    for coding in codings:
        for score, level in coding.summary.levels.items():
            counts[(score, level or _("not applicable"))] += 1
    rows = [
        (f"{SCORE_LABELS[score]}: {miti.level_label(level)}", counts[(score, level)])
        for score in miti.THRESHOLDS
        for level in (miti.GOOD, miti.FAIR, miti.BELOW_FAIR, _("not applicable"))
        if counts[(score, level)]
    ]
    left_out_row = [(_("Left out: coded by a coach not calibrated on the day"), len(left_out))] if left_out else []
    return (_("MITI levels of coded conversations"), [(_("Coded conversations"), len(codings)), *left_out_row, *rows])
