"""The recruitment figures: on the board for the manager and, for a period, in the programme report.

Applicants by source and by stage, how many of those who reached a stage went on to the next, the time from
application to decision, why applications stopped, and beside them the mentors who dropped out of training,
so the manager sees whether recruitment keeps up. A fixed number of queries however many applicants.
"""

from dataclasses import dataclass
from statistics import median

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from .models import Applicant, ApplicantSource, StageRecord, StopReason
from .services import stages


@dataclass
class Conversion:
    stage: object
    reached: int
    went_on: int

    @property
    def percent(self):
        return round(100 * self.went_on / self.reached) if self.reached else None


@dataclass
class RecruitmentFigures:
    total: int
    by_source: list
    by_stage: list
    conversion: list
    accepted: int
    days_to_decision: int | None
    stop_reasons: list
    withdrew: int
    dropouts: int


def _names(model):
    return {entry.pk: str(entry) for entry in model.objects.all()}


def recruitment_figures(applicants=None, dropouts=None):
    """The figures for `applicants` (everyone by default); `dropouts` is how many mentors left the training
    (everyone who ever did by default)."""
    applicants = Applicant.objects.all() if applicants is None else applicants
    in_order = stages()
    sources = _names(ApplicantSource)
    reasons = _names(StopReason)
    by_source = applicants.values_list("source").annotate(n=Count("pk")).order_by("-n")
    active_by_stage = dict(
        applicants.filter(status=Applicant.Status.ACTIVE).values_list("stage").annotate(n=Count("pk"))
    )
    # Who reached each stage: the stages they have a record of, and the one they are at now.
    records = StageRecord.objects.filter(applicant__in=applicants)
    recorded = records.values_list("stage", "outcome").annotate(n=Count("applicant", distinct=True))
    finished = {}
    went_on = {}
    for stage_id, outcome, n in recorded:
        finished[stage_id] = finished.get(stage_id, 0) + n
        if outcome in (StageRecord.Outcome.CONTINUE, StageRecord.Outcome.ACCEPT):
            went_on[stage_id] = went_on.get(stage_id, 0) + n
    conversion = [
        Conversion(stage, finished.get(stage.pk, 0) + active_by_stage.get(stage.pk, 0), went_on.get(stage.pk, 0))
        for stage in in_order
    ]
    decided = applicants.exclude(decided_on=None).values_list("received_on", "decided_on")
    days = [(decided_on - received_on).days for received_on, decided_on in decided]
    stops = (
        records.filter(outcome=StageRecord.Outcome.STOP)
        .values_list("stop_reason")
        .annotate(n=Count("pk"))
        .order_by("-n")
    )
    counts = applicants.aggregate(
        total=Count("pk"),
        accepted=Count("pk", filter=Q(status=Applicant.Status.ACCEPTED)),
        withdrew=Count("pk", filter=Q(status=Applicant.Status.WITHDREW)),
    )
    if dropouts is None:
        dropouts = get_user_model().objects.filter(left_programme_on__isnull=False).count()
    return RecruitmentFigures(
        total=counts["total"],
        by_source=[(sources.get(source, "—"), n) for source, n in by_source],
        by_stage=[(stage, active_by_stage.get(stage.pk, 0)) for stage in in_order],
        conversion=conversion,
        accepted=counts["accepted"],
        days_to_decision=round(median(days)) if days else None,
        stop_reasons=[(reasons.get(reason, "—"), n) for reason, n in stops],
        withdrew=counts["withdrew"],
        dropouts=dropouts,
    )


def recruitment_section(people, start_at, end_at):
    """The programme report's recruitment section: applications received in the period, what became of them,
    and the mentors who dropped out of training in it (of the report's cohort, where one is chosen)."""
    start, end = start_at.date(), end_at.date()
    received = Applicant.objects.filter(received_on__gte=start, received_on__lt=end)
    dropouts = sum(1 for person in people if person.left_programme_on and start <= person.left_programme_on < end)
    figures = recruitment_figures(received, dropouts)
    rows = [
        (_("Applications received"), figures.total),
        *[(_("of which through: %(source)s") % {"source": source}, n) for source, n in figures.by_source],
        *[
            (
                _("Reached “%(stage)s”, went on") % {"stage": row.stage},
                f"{row.went_on} / {row.reached}" + (f" ({row.percent}%)" if row.percent is not None else ""),
            )
            for row in figures.conversion
        ],
        (_("Accepted as mentors"), figures.accepted),
        (_("Days from application to decision (median)"), figures.days_to_decision or "—"),
        *[(_("Stopped: %(reason)s") % {"reason": reason}, n) for reason, n in figures.stop_reasons],
        (_("Applicants who withdrew"), figures.withdrew),
        (_("Mentors who dropped out of training"), figures.dropouts),
    ]
    return (_("Recruitment"), rows)
