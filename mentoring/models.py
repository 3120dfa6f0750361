"""The mentoring the training prepares for: mentee cases, matches, agreements, reviews and endings.

The programme manager keeps all of it on the front end (Mentoring); mentors see their own relationships on
My mentoring, coaches those of their supervisees, read-only. Mentees are never users and never named: a case
is a pseudonymous case code with the facts the programme needs to match and to report.
"""

import re

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mentorsite.scheduling.models import Session
from mentorsite.validators import refuse_personal_identifiers


class ListEntry(models.Model):
    """An entry of a list the programme manager keeps in the admin (institutions, target groups, ending reasons).

    The entries the platform ships carry a `code` and are shown in each reader's language; entries the manager
    adds are shown as typed.
    """

    # code: label in the reader's language, for the entries the platform ships.
    BUILT_IN = {}

    name = models.CharField(_("name"), max_length=120, help_text=_("As people see it in lists and reports."))
    code = models.SlugField(max_length=40, blank=True, editable=False)
    active = models.BooleanField(_("in use"), default=True, help_text=_("Entries out of use stay on old records."))
    position = models.PositiveSmallIntegerField(_("position"), default=100, help_text=_("Lower comes first."))

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return str(self.BUILT_IN.get(self.code, self.name))


class Institution(ListEntry):
    """A prison, remand prison or probation office where mentees are. Kept by the manager (admin, Mentoring)."""

    class Kind(models.TextChoices):
        PRISON = "prison", _("Prison")
        REMAND = "remand", _("Remand prison")
        PROBATION = "probation", _("Probation office")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)

    class Meta(ListEntry.Meta):
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")


class TargetGroup(ListEntry):
    """A target group of the programme (extremism, gang exit, other), as the programme configures them."""

    BUILT_IN = {"extremism": _("Extremism"), "gang_exit": _("Gang exit"), "other": _("Other")}

    is_primary = models.BooleanField(
        _("primary target group"),
        default=False,
        help_text=_("Counted apart in the figures, as the funders ask (the report's primary target group)."),
    )

    class Meta(ListEntry.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class EndingReason(ListEntry):
    """Why a relationship ended (mentee withdrew, transferred, goals met, ...). Kept by the manager."""

    BUILT_IN = {
        "mentee_withdrew": _("Mentee withdrew"),
        "mentee_transferred": _("Mentee transferred"),
        "contact_lost": _("Released and contact lost"),
        "mentor_left": _("Mentor left"),
        "security_concern": _("Security concern"),
        "goals_met": _("Goals met"),
        "other": _("Other"),
    }

    needs_text = models.BooleanField(
        _("asks for a description"), default=False, help_text=_("The person ending the relationship says what it was.")
    )

    class Meta(ListEntry.Meta):
        verbose_name = _("ending reason")
        verbose_name_plural = _("ending reasons")


def free_text_validators():
    return [refuse_personal_identifiers]


CASE_CODE = RegexValidator(
    # No leading zero: K-0122 and K-122 would be two codes for what people read as one.
    r"^[A-Z]{1,4}-[1-9]\d{0,4}$",
    _("A case code is one to four capital letters, a dash and a number without leading zeros, such as K-101."),
)


class CaseStatus(models.TextChoices):
    SUGGESTED = "suggested", _("Suggested")
    ASSESSING = "assessing", _("Being assessed")
    MOTIVATING = "motivating", _("Motivational work")
    MATCHED = "matched", _("Matched")
    # After a relationship ended: the case may be matched again, or closed.
    ENDED = "ended", _("Mentoring ended")
    DECLINED = "declined", _("Declined")
    NOT_IN_TARGET_GROUP = "not_in_target_group", _("Not in the target group")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class MenteeCase(models.Model):
    """A mentee as the platform knows them: a case code, never a name. The manager suggests, assesses and
    matches cases on the Mentoring pages; mentors see only the case codes of their own relationships."""

    class SuggestedBy(models.TextChoices):
        SECURITY_UNIT = "security_unit", _("Security unit")
        INSTITUTION_STAFF = "institution_staff", _("Institution staff")
        POLICE = "police", _("Police")
        MUNICIPALITY = "municipality", _("Municipality")
        OTHER = "other", _("Other")

    code = models.CharField(
        _("case code"),
        max_length=10,
        unique=True,
        validators=[CASE_CODE],
        help_text=_("Pseudonymous, such as K-101. Never initials, a name or a number from another register."),
    )
    institution = models.ForeignKey(
        Institution, verbose_name=_("institution"), on_delete=models.PROTECT, related_name="cases"
    )
    target_group = models.ForeignKey(
        TargetGroup, verbose_name=_("target group"), on_delete=models.PROTECT, related_name="cases"
    )
    suggested_by = models.CharField(_("suggested by"), max_length=20, choices=SuggestedBy.choices)
    suggested_on = models.DateField(_("suggested on"), default=timezone.localdate)
    expected_release = models.DateField(
        _("expected release"), null=True, blank=True, help_text=_("The month the mentee is expected to be released.")
    )
    family_involvement = models.BooleanField(
        _("family or network may be involved"),
        default=False,
        help_text=_("The mentee agreed that the mentor may involve their family or network."),
    )
    notes = models.TextField(
        _("notes"),
        blank=True,
        validators=free_text_validators(),
        help_text=_("What the match needs to know. Case codes only: no names, numbers or addresses."),
    )
    status = models.CharField(_("status"), max_length=30, choices=CaseStatus.choices, default=CaseStatus.SUGGESTED)
    status_changed_on = models.DateField(_("status since"), default=timezone.localdate)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("mentee case")
        verbose_name_plural = _("mentee cases")
        indexes = [models.Index(fields=["status"])]

    def __str__(self):
        return self.code

    def clean(self):
        if self.expected_release:
            self.expected_release = self.expected_release.replace(day=1)


class CaseStatusChange(models.Model):
    """One step of a case along its path (suggested → being assessed → ...): when, by whom and why."""

    case = models.ForeignKey(MenteeCase, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=30, choices=CaseStatus.choices, blank=True)
    to_status = models.CharField(max_length=30, choices=CaseStatus.choices)
    changed_on = models.DateField(_("date"), default=timezone.localdate)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(_("why"), validators=free_text_validators())
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_on", "recorded_at", "pk"]

    def __str__(self):
        return f"{self.case}: {self.from_status} → {self.to_status}"


class MentorProfile(models.Model):
    """What matching needs to know about a mentor: experience, languages, competencies and how many mentees at
    once. The manager keeps it in the admin (Mentoring > Mentor profiles); the match screen shows it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("mentor"), on_delete=models.CASCADE, related_name="mentor_profile"
    )
    experience = models.TextField(
        _("experience"), blank=True, help_text=_("Work and life experience that matters for matching.")
    )
    languages = models.CharField(_("languages"), max_length=200, blank=True, help_text=_("Comma-separated."))
    competencies = models.CharField(
        _("competencies"), max_length=300, blank=True, help_text=_("Comma-separated, as noted in the interviews.")
    )
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("How many mentees at once."),
    )
    may_be_matched_in_training = models.BooleanField(
        _("may be matched before completing the mentor track"),
        default=False,
        help_text=_("Only mentors who completed the mentor track are offered, unless this is ticked."),
    )

    class Meta:
        verbose_name = _("mentor profile")
        verbose_name_plural = _("mentor profiles")

    def __str__(self):
        return str(self.user)

    def listed(self, field):
        return [item.strip() for item in re.split(r"[,\n]", getattr(self, field)) if item.strip()]


class RelationshipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(ended_on__isnull=True)


class Relationship(models.Model):
    """A mentor matched with a case, from the match to its ending. Every relationship rests on an agreement
    (AgreementVersion) reviewed every three months (Review)."""

    class Ending(models.TextChoices):
        PLANNED = "planned", _("As planned")
        EARLY = "early", _("Early")

    case = models.ForeignKey(MenteeCase, verbose_name=_("case"), on_delete=models.PROTECT, related_name="relationships")
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("mentor"), on_delete=models.PROTECT, related_name="relationships"
    )
    matched_on = models.DateField(_("matched on"), default=timezone.localdate)
    matched_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(_("why this mentor"), validators=free_text_validators())
    fit = models.JSONField(_("what fits"), default=list, blank=True)
    over_capacity = models.BooleanField(_("matched over capacity"), default=False)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    ending = models.CharField(_("ending"), max_length=10, choices=Ending.choices, blank=True)
    ending_reason = models.ForeignKey(
        EndingReason, verbose_name=_("reason"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    ending_text = models.CharField(_("what it was"), max_length=200, blank=True, validators=free_text_validators())
    debrief = models.TextField(_("debrief"), blank=True, validators=free_text_validators())
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    objects = RelationshipQuerySet.as_manager()

    class Meta:
        ordering = ["-matched_on", "-pk"]
        verbose_name = _("mentoring relationship")
        verbose_name_plural = _("mentoring relationships")
        constraints = [
            models.UniqueConstraint(
                fields=["case"], condition=models.Q(ended_on__isnull=True), name="one_active_relationship_per_case"
            )
        ]

    def __str__(self):
        return f"{self.case} – {self.mentor}"

    @property
    def is_active(self):
        return self.ended_on is None


class AgreementArea(models.TextChoices):
    """The areas known to reduce reoffending that an agreement works on."""

    EMPLOYMENT = "employment", _("Employment")
    EDUCATION = "education", _("Education or training")
    HOUSING = "housing", _("Housing")
    NETWORKS = "networks", _("Alternative networks")
    FAMILY = "family", _("Family and network")
    LEISURE = "leisure", _("Leisure")
    OTHER = "other", _("Other")


class AgreementVersion(models.Model):
    """One version of a relationship's mentoring agreement. A revision adds a version; none is ever rewritten,
    so the history shows what changed when."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="agreement_versions")
    number = models.PositiveSmallIntegerField()
    valid_from = models.DateField(_("valid from"), default=timezone.localdate)
    institution_participants = models.CharField(
        _("who from the institution takes part"),
        max_length=300,
        validators=free_text_validators(),
        help_text=_("By role, not by name: contact officer, case worker, teacher."),
    )
    change_note = models.TextField(
        _("what changed and why"), blank=True, validators=free_text_validators(), help_text=_("For a revision.")
    )
    written_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    written_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["relationship", "number"]
        constraints = [models.UniqueConstraint(fields=["relationship", "number"], name="one_agreement_number")]

    def __str__(self):
        return f"{self.relationship.case}: {_('agreement')} {self.number}"


class AgreementGoal(models.Model):
    """One area of an agreement version: the goal in plain words and the mentor's tasks towards it."""

    version = models.ForeignKey(AgreementVersion, on_delete=models.CASCADE, related_name="goals")
    area = models.CharField(_("area"), max_length=20, choices=AgreementArea.choices)
    goal = models.CharField(_("goal"), max_length=300, validators=free_text_validators())
    tasks = models.TextField(_("the mentor's tasks"), validators=free_text_validators())
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["version", "position", "pk"]

    def __str__(self):
        return f"{self.get_area_display()}: {self.goal}"


class Review(Session):
    """A three-monthly review of a relationship's agreement: a meeting of the manager, the mentor and staff of
    the mentee's institution, in everyone's calendar; once held, its record rates each goal and may revise the
    agreement. Scheduled and recorded on the relationship's page."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="reviews")
    # Versions go only with their relationship (retention), and its reviews with them.
    agreement = models.ForeignKey(AgreementVersion, on_delete=models.CASCADE, related_name="reviews")
    institution_participants = models.CharField(
        _("institution staff taking part"),
        max_length=300,
        validators=free_text_validators(),
        help_text=_("By role, not by name: contact officer, case worker."),
    )
    held_on = models.DateField(_("held on"), null=True, blank=True)
    outcome = models.TextField(_("what was agreed"), blank=True, validators=free_text_validators())
    revised = models.BooleanField(_("the agreement is revised"), default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("agreement review")
        verbose_name_plural = _("agreement reviews")

    def save(self, *args, **kwargs):
        self.kind = Session.Kind.REVIEW
        super().save(*args, **kwargs)

    @property
    def is_recorded(self):
        return self.recorded_at is not None


class GoalRating(models.Model):
    """How one goal went by a review, on the five steps of goal attainment scaling, with a comment."""

    class Attainment(models.IntegerChoices):
        MUCH_WORSE = -2, _("Much worse than expected")
        WORSE = -1, _("Worse than expected")
        AS_EXPECTED = 0, _("As expected")
        BETTER = 1, _("Better than expected")
        MUCH_BETTER = 2, _("Much better than expected")

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="ratings")
    goal = models.ForeignKey(AgreementGoal, on_delete=models.CASCADE, related_name="ratings")
    attainment = models.SmallIntegerField(_("how it went"), choices=Attainment.choices)
    comment = models.CharField(_("comment"), max_length=300, blank=True, validators=free_text_validators())

    class Meta:
        ordering = ["goal__position", "pk"]
        constraints = [models.UniqueConstraint(fields=["review", "goal"], name="one_rating_per_goal_and_review")]

    def __str__(self):
        return f"{self.goal}: {self.get_attainment_display()}"


class ReviewReminder(models.Model):
    """That the managers were reminded of a review coming due (or overdue) for a relationship; the unique key
    makes each reminder go out once."""

    class Kind(models.TextChoices):
        COMING_DUE = "coming_due", _("Review coming due")
        OVERDUE = "overdue", _("Review overdue")

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="review_reminders")
    due_on = models.DateField()
    kind = models.CharField(max_length=20, choices=Kind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["relationship", "due_on", "kind"], name="one_review_reminder_per_due_date")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.relationship} ({self.due_on})"


# Recruitment's models live in their own module (mentoring/recruitment/); importing them here registers them
# with the app. At the end, because they stand on ListEntry above.
from mentoring.evaluation.models import (  # noqa: E402, F401
    Invitation,
    Questionnaire,
    ResearchExport,
    Response,
    Round,
)
from mentoring.recruitment.models import (  # noqa: E402, F401
    Applicant,
    ApplicantSource,
    RecruitmentStage,
    StageRecord,
    StopReason,
)
