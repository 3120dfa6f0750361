"""Refreshers: a certificate with a validity lapses unless its holder refreshes what the track taught.

MI skills learnt in training fade within months without practice, so a track can give its certificate a
validity (TrackPage.certificate_valid_months). Before a certificate lapses its holder is assigned the track's
refresher (modules the facilitators choose, and optionally a seminar) and reminded once; completing it renews
the certificate. Every renewal is kept, and the public verification page shows issue date, expiry and status.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable

from mentorsite.translations import original_of


class TrackRefresherModule(Orderable):
    """A module a holder of the track's certificate works through again before it lapses (the track's
    refresher section in the page editor): one of the track's own modules or of a track it builds on, since
    holders study what their enrolment lets them."""

    track = ParentalKey("courses.TrackPage", on_delete=models.CASCADE, related_name="refresher_modules")
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "A module of this track (or of a track it builds on) that the refresher asks for: every lesson in it is "
            "worked through again."
        ),
    )

    panels = [PageChooserPanel("module", "courses.ModulePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("refresher module")
        verbose_name_plural = _("refresher modules")

    def clean(self):
        super().clean()
        # Holders study what their enrolment lets them: a module of the track or of a track it builds on.
        track = getattr(self, "track", None)
        if self.module_id and track is not None:
            tracks = original_of(track).track_chain() if track.pk else [track]
            module = original_of(self.module)
            if not any(module.is_descendant_of(original_of(each)) for each in tracks if each.pk):
                raise ValidationError(
                    {"module": _("Choose a module of this track, or of a track it builds on: holders study those.")}
                )


class Refresher(models.Model):
    """The refresher assigned to one certificate's holder before it lapses (courses.refreshers). The holder
    meets it on their dashboard and in the lessons it asks for; the progress overview can list those due."""

    certificate = models.ForeignKey("courses.Certificate", on_delete=models.CASCADE, related_name="refreshers")
    assigned_at = models.DateTimeField(default=timezone.now)
    # The certificate's expiry when the refresher was assigned: the date it is due by.
    due_on = models.DateField()
    reminded_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-assigned_at"]
        verbose_name = _("refresher")
        constraints = [
            # One open refresher per certificate: the daily job may run twice.
            models.UniqueConstraint(
                fields=["certificate"], condition=models.Q(completed_at=None), name="one_open_refresher"
            )
        ]

    def __str__(self):
        return f"Refresher of {self.certificate} due {self.due_on}"

    @property
    def is_open(self):
        return self.completed_at is None


class RefresherStep(models.Model):
    """One lesson worked through again for a refresher: marked done, or its knowledge check passed again."""

    refresher = models.ForeignKey(Refresher, on_delete=models.CASCADE, related_name="steps")
    lesson = models.ForeignKey("courses.LessonPage", null=True, on_delete=models.SET_NULL, related_name="+")
    done_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["refresher", "lesson"], name="one_step_per_lesson")]

    def __str__(self):
        return f"{self.lesson_id} done {self.done_at:%Y-%m-%d} for {self.refresher}"


class CertificateRenewal(models.Model):
    """A renewal of a certificate after its refresher: the certificate's history, shown on its verification
    page. The first issue is the certificate itself."""

    certificate = models.ForeignKey("courses.Certificate", on_delete=models.CASCADE, related_name="renewals")
    refresher = models.OneToOneField(Refresher, null=True, on_delete=models.SET_NULL, related_name="renewal")
    renewed_at = models.DateTimeField(default=timezone.now)
    previous_expires_on = models.DateField()
    expires_on = models.DateField()

    class Meta:
        ordering = ["renewed_at"]
        verbose_name = _("certificate renewal")

    def __str__(self):
        return f"{self.certificate} renewed until {self.expires_on}"
