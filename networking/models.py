from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField

from mentorsite.scheduling.models import Session


class NetworkingDay(Session):
    """A day where mentors of all cohorts meet, exchange experience and hear presentations.

    Facilitators plan them in the admin (Networking days); mentors and coaches sign up on the calendar page,
    with a waiting list when the day is full.
    """

    agenda = RichTextField(
        _("agenda"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("The programme of the day: times, talks and discussions."),
    )
    documents = models.ManyToManyField(
        "wagtaildocs.Document",
        verbose_name=_("presentations and documents"),
        blank=True,
        related_name="+",
        help_text=_("Slides and handouts for the day, from the document library."),
    )

    class Meta:
        verbose_name = _("networking day")
        verbose_name_plural = _("networking days")
        ordering = ["starts_at"]

    def save(self, *args, **kwargs):
        self.kind = Session.Kind.NETWORKING
        super().save(*args, **kwargs)
