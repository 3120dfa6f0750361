"""MITI coder calibration: coaches code reference transcripts and see how far they agree with the model coding.

A coach's MITI codings feed the funder report, so the programme needs to know the coders agree. The rules,
with their settings (defaults in mentorsite/settings/base.py, documented in the README):

- A behaviour count agrees when it is within MITI_CALIBRATION_COUNT_TOLERANCE of the model count (20%, and
  at least one either way: 7 for a model 6 agrees, 9 does not). A global score agrees when it is exact or
  within one point.
- A coding passes when at least MITI_CALIBRATION_COUNTS_AGREEMENT of its ten counts (70%: seven) and
  MITI_CALIBRATION_GLOBALS_AGREEMENT of its four globals (75%: three) agree.
- A coach is calibrated from the moment their latest codings of MITI_CALIBRATION_TRANSCRIPTS different
  transcripts (2) all pass, for MITI_CALIBRATION_VALID_MONTHS (12); passing again within that time extends it.
  A failed coding later does not take a calibration back: it lapses with time, as a certificate does.
- Codings of supervisees by a coach who was not calibrated on the day of the conversation are marked on the
  trend chart and left out of the programme report unless MITI_REPORT_INCLUDES_UNCALIBRATED is set.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from courses.refreshers import add_months
from mentorsite.users.decorators import role_required
from mentorsite.users.roles import COACH, MANAGER
from supervision import miti
from supervision.forms import CalibrationCodingForm
from supervision.models import CalibrationCoding, ReferenceTranscript


@dataclass
class CodeAgreement:
    name: str
    label: str
    yours: int
    model: int
    agrees: bool
    exact: bool
    is_global: bool


@dataclass
class Agreement:
    codes: list

    @property
    def counts(self):
        return [code for code in self.codes if not code.is_global]

    @property
    def globals(self):
        return [code for code in self.codes if code.is_global]

    @property
    def counts_share(self):
        return sum(code.agrees for code in self.counts) / len(self.counts)

    @property
    def globals_share(self):
        return sum(code.agrees for code in self.globals) / len(self.globals)

    @property
    def passes(self):
        return (
            self.counts_share >= settings.MITI_CALIBRATION_COUNTS_AGREEMENT
            and self.globals_share >= settings.MITI_CALIBRATION_GLOBALS_AGREEMENT
        )


def count_tolerance(model_count):
    return max(1, round(model_count * settings.MITI_CALIBRATION_COUNT_TOLERANCE))


def agreement(coding, transcript):
    """Code by code: the coach's value beside the model's, and whether they agree."""
    # The fourteen fields come from MitiScores: the same names and labels on every model that has them.
    labels = {
        name: CalibrationCoding._meta.get_field(name).verbose_name
        for name in (*miti.GLOBAL_SCORES, *miti.BEHAVIOUR_COUNTS)
    }
    codes = []
    for name in (*miti.GLOBAL_SCORES, *miti.BEHAVIOUR_COUNTS):
        yours, model = getattr(coding, name), getattr(transcript, name)
        is_global = name in miti.GLOBAL_SCORES
        within = 1 if is_global else count_tolerance(model)
        codes.append(
            CodeAgreement(name, labels[name], yours, model, abs(yours - model) <= within, yours == model, is_global)
        )
    return Agreement(codes)


@dataclass
class Period:
    since: object  # datetime
    until: object  # date

    def covers(self, moment):
        day = timezone.localtime(moment).date() if hasattr(moment, "hour") else moment
        return timezone.localtime(self.since).date() <= day < self.until


def calibration_periods(codings):
    """The periods a coach was calibrated, from their calibration codings (with transcripts), oldest first."""
    needed = settings.MITI_CALIBRATION_TRANSCRIPTS
    months = settings.MITI_CALIBRATION_VALID_MONTHS
    # {transcript id: when its latest coding passed, or None if the latest coding failed}
    latest_pass = {}
    periods = []
    for coding in sorted(codings, key=lambda c: (c.coded_at, c.pk)):
        passes = agreement(coding, coding.transcript).passes
        latest_pass[coding.transcript_id] = coding.coded_at if passes else None
        if not passes:
            continue  # a failed coding neither starts nor extends a calibration
        day = timezone.localtime(coding.coded_at).date()
        # Only passes that are still valid count towards the transcripts needed: a pass lapses like the rest.
        current = [
            at
            for at in latest_pass.values()
            if at is not None and add_months(timezone.localtime(at).date(), months) > day
        ]
        if len(current) < needed:
            continue
        until = add_months(day, months)
        if periods and periods[-1].covers(coding.coded_at):
            periods[-1].until = max(periods[-1].until, until)
        else:
            periods.append(Period(coding.coded_at, until))
    return periods


def codings_by_coach(coach_ids):
    """{coach id: [their calibration codings, with transcripts]}, in one query whatever their number."""
    by_coach = {coach_id: [] for coach_id in coach_ids}
    for coding in CalibrationCoding.objects.filter(coach_id__in=list(coach_ids)).select_related("transcript"):
        by_coach[coding.coach_id].append(coding)
    return by_coach


def periods_by_coach(coach_ids):
    """{coach id: [Period]} for these coaches, in one query whatever their number."""
    return {coach_id: calibration_periods(codings) for coach_id, codings in codings_by_coach(coach_ids).items()}


def calibrated_on(periods, day):
    return any(period.covers(day) for period in periods)


def uncalibrated_codings(codings):
    """The pks of these MITI codings made by a coach who was not calibrated on the day of the conversation."""
    codings = list(codings)
    periods = periods_by_coach({coding.coach_id for coding in codings})
    return {coding.pk for coding in codings if not calibrated_on(periods[coding.coach_id], coding.coded_on)}


def current_period(periods, today=None):
    today = today or timezone.localdate()
    return next((period for period in periods if period.covers(today)), None)


def _offered_transcripts():
    """Live transcripts, those in the reader's language first."""
    language = (get_language() or "en").split("-")[0]
    transcripts = list(ReferenceTranscript.objects.filter(live=True))
    return sorted(transcripts, key=lambda transcript: (transcript.language != language, transcript.title))


@role_required(COACH)
def calibration(request):
    """The coach's page: their calibration, and each reference transcript with their latest agreement."""
    codings = list(CalibrationCoding.objects.filter(coach=request.user).select_related("transcript"))
    latest = {}
    for coding in codings:
        latest[coding.transcript_id] = coding
    rows = [
        (
            transcript,
            latest.get(transcript.pk),
            agreement(latest[transcript.pk], transcript) if transcript.pk in latest else None,
        )
        for transcript in _offered_transcripts()
    ]
    periods = calibration_periods(codings)
    return render(
        request,
        "supervision/calibration.html",
        {
            "rows": rows,
            "period": current_period(periods),
            "periods": periods,
            "needed": settings.MITI_CALIBRATION_TRANSCRIPTS,
        },
    )


@role_required(COACH)
def code_transcript(request, transcript_id):
    """A reference transcript beside the MITI form; saved, the coach sees their agreement code by code."""
    transcript = get_object_or_404(ReferenceTranscript, pk=transcript_id, live=True)
    form = CalibrationCodingForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if form.is_valid():
            coding = form.save(commit=False)
            coding.coach, coding.transcript = request.user, transcript
            coding.save()
            return redirect("supervision:calibration_result", coding_id=coding.pk)
        messages.error(request, _("The coding was not saved. See the messages by the fields."))
    return render(
        request,
        "supervision/calibration_code.html",
        {"transcript": transcript, "form": form},
        status=400 if form.errors else 200,
    )


@role_required(COACH)
def calibration_result(request, coding_id):
    coding = get_object_or_404(CalibrationCoding.objects.select_related("transcript"), pk=coding_id, coach=request.user)
    result = agreement(coding, coding.transcript)
    return render(
        request,
        "supervision/calibration_result.html",
        {
            "coding": coding,
            "transcript": coding.transcript,
            "agreement": result,
            "counts_needed": settings.MITI_CALIBRATION_COUNTS_AGREEMENT,
            "globals_needed": settings.MITI_CALIBRATION_GLOBALS_AGREEMENT,
        },
    )


@role_required(MANAGER)
def coach_calibration(request):
    """The manager's list: every coach, calibrated or not, since when and until when."""
    coaches = list(
        get_user_model().objects.filter(groups__name=COACH, is_active=True).order_by("first_name", "last_name")
    )
    codings = codings_by_coach([coach.pk for coach in coaches])
    rows = []
    for coach in coaches:
        periods = calibration_periods(codings[coach.pk])
        rows.append(
            {
                "coach": coach,
                "period": current_period(periods),
                "last": periods[-1] if periods else None,
                "transcripts": len({coding.transcript_id for coding in codings[coach.pk]}),
            }
        )
    return render(request, "supervision/coach_calibration.html", {"rows": rows})
