from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mentorsite.scheduling.models import Session


class ActiveAssignmentQuerySet(models.QuerySet):
    def active(self):
        today = timezone.localdate()
        return self.filter(models.Q(ended_on__isnull=True) | models.Q(ended_on__gt=today), starts_on__lte=today)


class CoachAssignment(models.Model):
    """A mentor supervised by a coach. The programme manager assigns them in the admin (Coach assignments);
    a coach sees and books only their own supervisees. A coach may also be another coach's supervisee.
    """

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coach"),
        on_delete=models.CASCADE,
        related_name="supervisee_assignments",
        limit_choices_to={"groups__name": "Mentor coach"},
        help_text=_("The mentor coach who supervises."),
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("supervisee"),
        on_delete=models.CASCADE,
        related_name="coach_assignments",
        help_text=_("The mentor (or coach) being supervised."),
    )
    starts_on = models.DateField(_("starts on"), default=timezone.localdate, help_text=_("First day of supervision."))
    ended_on = models.DateField(
        _("ended on"), null=True, blank=True, help_text=_("Set when the supervision ends; leave empty while it runs.")
    )

    objects = ActiveAssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("coach assignment")
        verbose_name_plural = _("coach assignments")
        ordering = ["coach__first_name", "mentor__first_name"]
        constraints = [models.UniqueConstraint(fields=["coach", "mentor"], name="one_assignment_per_pair")]

    def __str__(self):
        return f"{self.coach} → {self.mentor}"

    def clean(self):
        if self.coach_id and self.coach_id == self.mentor_id:
            raise ValidationError({"mentor": _("A coach cannot supervise themself.")})
        if self.ended_on and self.starts_on and self.ended_on < self.starts_on:
            raise ValidationError({"ended_on": _("The end cannot be before the start.")})


class SupervisionSession(Session):
    """A supervision meeting led by a coach: a slot supervisees book, or a meeting the coach booked directly."""

    class Format(models.TextChoices):
        ONE_TO_ONE = "one_to_one", _("One-to-one")
        GROUP = "group", _("Group")

    format = models.CharField(
        _("format"), max_length=20, choices=Format.choices, default=Format.ONE_TO_ONE, help_text=_("Who meets.")
    )
    open_for_booking = models.BooleanField(
        _("open for booking"), default=True, help_text=_("Supervisees may book a place themselves.")
    )

    class Meta:
        verbose_name = _("supervision session")
        verbose_name_plural = _("supervision sessions")
        ordering = ["starts_at"]

    def save(self, *args, **kwargs):
        self.kind = Session.Kind.SUPERVISION
        if self.format == self.Format.ONE_TO_ONE:
            self.capacity = 1
        super().save(*args, **kwargs)
