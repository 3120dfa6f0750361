from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Cohort(models.Model):
    """An intake of mentors trained together, such as "Spring 2026".

    The programme manager creates cohorts in the Wagtail admin (People > Cohorts) and puts each person
    in one; the progress overview filters by cohort.
    """

    name = models.CharField(
        _("name"), max_length=100, unique=True, help_text=_('A short name people recognise, e.g. "Spring 2026".')
    )
    starts_on = models.DateField(_("starts on"), help_text=_("The first day of the cohort's training."))
    ends_on = models.DateField(
        _("ends on"), null=True, blank=True, help_text=_("The planned last day of training; leave empty if open.")
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("Optional notes for staff, such as where the cohort meets.")
    )

    class Meta:
        ordering = ["-starts_on", "name"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self):
        return self.name

    @property
    def is_coming(self):
        """The cohort's training has not begun yet (a mentor accepted from recruitment waits for it)."""
        return self.starts_on > timezone.localdate()

    def clean(self):
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date cannot be before the start date.")})


class User(AbstractUser):
    """A person who signs in: a mentor, a mentor coach, a facilitator or the programme manager.

    Roles are Django groups (see roles.py). Mentors and coaches meet the platform on the front end only;
    facilitators and managers also use the Wagtail admin, where managers edit people under Settings > Users.
    """

    cohort = models.ForeignKey(
        Cohort,
        verbose_name=_("cohort"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
        help_text=_("The intake this person trains with. Staff usually have none."),
    )

    left_programme_on = models.DateField(
        _("left the programme on"),
        null=True,
        blank=True,
        help_text=_("For a mentor who dropped out: the day they left. Leave empty while they take part."),
    )
    leaving_reason = models.CharField(
        _("reason for leaving"),
        max_length=200,
        blank=True,
        help_text=_('A short reason for reports to funders, e.g. "personal reasons". No sensitive details.'),
    )

    class Meta:
        ordering = ["first_name", "last_name", "username"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return self.get_full_name() or self.username
