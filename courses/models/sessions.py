"""Seminar days on the calendar: a seminar is held for a cohort as one dated session per day."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from mentorsite.scheduling.models import Session
from mentorsite.translations import original_of


class SeminarSession(Session):
    """One day of a seminar held for one cohort. Facilitators plan these in the admin (Seminar days) and
    record attendance on the register; attending every day of a seminar meets its track requirement.
    """

    seminar = models.ForeignKey(
        "courses.SeminarPage",
        verbose_name=_("seminar"),
        on_delete=models.PROTECT,
        related_name="sessions",
        help_text=_("The seminar this day belongs to."),
    )
    day = models.PositiveSmallIntegerField(
        _("day"), default=1, help_text=_("Which day of the seminar this is (1 for the first day).")
    )

    class Meta:
        verbose_name = _("seminar day")
        verbose_name_plural = _("seminar days")
        ordering = ["starts_at"]

    def clean(self):
        if self.seminar_id:
            # A day of a translated seminar is a day of the seminar (before the checks for clashing days).
            self.seminar = original_of(self.seminar)
        super().clean()
        errors = {}
        if not self.cohort_id:
            errors["cohort"] = _("Choose the cohort the seminar is held for.")
        if self.seminar_id and self.day and not 1 <= self.day <= self.seminar.days:
            errors["day"] = _("This seminar has %(days)s day(s); choose a day between 1 and %(days)s.") % {
                "days": self.seminar.days
            }
        if not errors and self.seminar_id and self.starts_at and self.ends_at:
            # Cancelled days never block their replacement.
            same_cohort = SeminarSession.objects.filter(
                seminar_id=self.seminar_id, cohort_id=self.cohort_id, status=Session.Status.SCHEDULED
            ).exclude(pk=self.pk)
            if same_cohort.filter(day=self.day).exists():
                errors["day"] = _("This cohort already has day %(day)s of this seminar.") % {"day": self.day}
            elif same_cohort.filter(starts_at__lt=self.ends_at, ends_at__gt=self.starts_at).exists():
                errors["starts_at"] = _("This overlaps another day of the same seminar for this cohort.")
        if errors:
            raise ValidationError(errors)

    def title_for(self, seminar_title):
        """ "Two-day seminar 1, day 2 (Spring 2026)", in the active language."""
        title = str(_("%(seminar)s, day %(day)s") % {"seminar": seminar_title, "day": self.day})
        return f"{title} ({self.cohort.name})" if self.cohort_id else title

    def save(self, *args, **kwargs):
        self.kind = Session.Kind.SEMINAR
        if self.seminar_id:
            # A day of a translated seminar is a day of the seminar: attendance counts for its original.
            self.seminar = original_of(self.seminar)
            self.title = self.title_for(self.seminar.title)
        super().save(*args, **kwargs)
