"""The recruitment's records: the lists the manager keeps (stages, sources, reasons for stopping), applicants
and the record of each stage they went through. Defined here, registered through mentoring/models.py."""

from django.conf import settings
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from mentoring.models import ListEntry


class RecruitmentStage(ListEntry):
    """A step every applicant goes through, in the order of `position`. The last stage in use is the decision:
    accepting there makes the applicant a mentor. Kept by the manager (admin, Mentoring > Recruitment stages)."""

    BUILT_IN = {
        "application": _("Application"),
        "phone_interview": _("Phone interview"),
        "assessment": _("Assessment"),
        "security_vetting": _("Security vetting"),
        "decision": _("Decision"),
    }

    # What the shipped stages say (migration 0004), in the reader's language while nobody has changed it.
    BUILT_IN_DESCRIPTIONS = {
        "application": _("The application arrives and is read."),
        "phone_interview": _("With the project manager: the project, the training, the terms."),
        "assessment": _("Psychological test and interview, usually by an outside consultancy."),
        "security_vetting": _("The prison service's vetting for work with inmates."),
        "decision": _("Accept as a mentor, or stop."),
    }

    description = models.CharField(
        _("what happens"),
        max_length=200,
        blank=True,
        help_text=_('Shown on the board, e.g. "Psychological test and interview by the consultancy".'),
    )

    @property
    def shown_description(self):
        shipped = self.BUILT_IN_DESCRIPTIONS.get(self.code)
        if shipped is not None:
            with translation.override("en"):
                unchanged = self.description == str(shipped)
            if unchanged:
                return shipped
        return self.description

    class Meta(ListEntry.Meta):
        verbose_name = _("recruitment stage")
        verbose_name_plural = _("recruitment stages")


class ApplicantSource(ListEntry):
    """How an applicant heard of the programme (another mentor scheme, the police, ...). Kept by the manager."""

    BUILT_IN = {
        "prison_mentor_scheme": _("The prison service's mentor scheme"),
        "prevention_project": _("Another prevention project"),
        "police": _("Through work with the police"),
        "social_services": _("Through work with social services"),
        "prison_service": _("Through work with the prison service"),
        "other": _("Other"),
    }

    class Meta(ListEntry.Meta):
        verbose_name = _("applicant source")
        verbose_name_plural = _("applicant sources")


class StopReason(ListEntry):
    """Why the programme stopped an application (not suited, no security clearance, ...). Kept by the manager;
    the recruitment figures count them."""

    BUILT_IN = {
        "motivation": _("Motivation or expectations did not fit"),
        "suitability": _("Not suited after the assessment"),
        "vetting": _("No security clearance"),
        "terms": _("Could not accept the terms of employment"),
        "capacity": _("No place in the coming cohorts"),
        "other": _("Other"),
    }

    class Meta(ListEntry.Meta):
        verbose_name = _("reason for stopping an application")
        verbose_name_plural = _("reasons for stopping an application")


class Applicant(models.Model):
    """Someone who wants to become a mentor, from their application to the decision. The manager (and the
    interviewers named for them) meet them on the recruitment board and the applicant's page."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("In progress")
        ACCEPTED = "accepted", _("Accepted")
        STOPPED = "stopped", _("Stopped")
        WITHDREW = "withdrew", _("Withdrew")

    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    source = models.ForeignKey(
        ApplicantSource, verbose_name=_("heard of the programme through"), on_delete=models.PROTECT, related_name="+"
    )
    source_detail = models.CharField(
        _("more about how"), max_length=200, blank=True, help_text=_("Which project, office or person, if you like.")
    )
    motivation = models.TextField(_("why you want to be a mentor"), max_length=2000)
    experience = models.TextField(
        _("your experience"),
        max_length=2000,
        help_text=_("Work and life experience with people in prison, on probation or in the milieus."),
    )
    languages = models.CharField(
        _("languages you speak"), max_length=200, blank=True, help_text=_("Comma-separated, e.g. Danish, Arabic.")
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        help_text=_("The language they applied in; the invitation and the new account use it."),
    )
    received_on = models.DateField(_("received on"), default=timezone.localdate)
    received_at = models.DateTimeField(default=timezone.now, editable=False)
    consented_at = models.DateTimeField(
        _("consented at"), null=True, blank=True, help_text=_("When they agreed to the privacy notice on /apply/.")
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty for applications sent on the public page."),
    )
    stage = models.ForeignKey(
        RecruitmentStage, verbose_name=_("stage"), on_delete=models.PROTECT, related_name="applicants"
    )
    stage_since = models.DateField(_("at this stage since"), default=timezone.localdate)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    interviewers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("interviewers"),
        blank=True,
        related_name="applicants_to_interview",
        help_text=_("Staff who may see this applicant and record their stages."),
    )
    account = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="application",
        help_text=_("The mentor account made when the applicant was accepted."),
    )

    class Meta:
        ordering = ["received_at"]
        verbose_name = _("applicant")
        verbose_name_plural = _("applicants")
        indexes = [models.Index(fields=["status", "stage"]), models.Index(fields=["email"])]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def days_waiting(self):
        return (timezone.localdate() - self.stage_since).days


class StageRecord(models.Model):
    """What happened at one stage of one applicant: when, who did it, notes and the outcome. Written from the
    board or the applicant's page; the applicant's page lists them in order."""

    class Outcome(models.TextChoices):
        CONTINUE = "continue", _("Continue to the next stage")
        ACCEPT = "accept", _("Accept as a mentor")
        STOP = "stop", _("Stop")
        WITHDREW = "withdrew", _("The applicant withdrew")

    applicant = models.ForeignKey(Applicant, on_delete=models.CASCADE, related_name="stage_records")
    stage = models.ForeignKey(RecruitmentStage, verbose_name=_("stage"), on_delete=models.PROTECT, related_name="+")
    held_on = models.DateField(_("date"), default=timezone.localdate)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("done by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    done_by_others = models.CharField(
        _("done by others"),
        max_length=200,
        blank=True,
        help_text=_("An outside party, such as the consultancy that ran the assessment."),
    )
    notes = models.TextField(_("notes"), blank=True, max_length=4000)
    competencies = models.CharField(
        _("competencies noted"),
        max_length=300,
        blank=True,
        help_text=_("Comma-separated; they go into the mentor profile when the applicant is accepted."),
    )
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    stop_reason = models.ForeignKey(
        StopReason, verbose_name=_("reason"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["recorded_at", "pk"]
        verbose_name = _("stage record")
        verbose_name_plural = _("stage records")

    def __str__(self):
        return f"{self.applicant} – {self.stage}"
