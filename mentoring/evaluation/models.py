"""The evaluation's records: questionnaires (versioned snippets), the rounds they are sent in, who was asked,
the answers, and the research exports made. Defined here, registered through mentoring/models.py."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import RevisionMixin

from mentoring.models import free_text_validators

from .blocks import QuestionsBlock

SCALE = [
    (1, _("Strongly disagree")),
    (2, _("Disagree")),
    (3, _("Neither agree nor disagree")),
    (4, _("Agree")),
    (5, _("Strongly agree")),
]


class Questionnaire(RevisionMixin, models.Model):
    """A set of questions, written by staff in the admin (Snippets > Questionnaires): the evaluation unit's
    questionnaire on mentoring experience, a seminar's feedback form. Every save is a revision, and a round
    keeps the revision it asked, so answers always belong to the questions as they were asked."""

    title = models.CharField(_("title"), max_length=150, help_text=_("As the people asked see it."))
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few lines above the questions: who asks, why, and how long it takes."),
    )
    anonymous = models.BooleanField(
        _("anonymous"),
        default=False,
        help_text=_(
            "The platform then keeps no link from the answers to the person, only that they answered (to stop "
            "reminders). The form says so. Anonymous answers are not in the research export."
        ),
    )
    questions = StreamField(QuestionsBlock(), verbose_name=_("questions"))
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="questionnaire",
        for_concrete_model=False,
    )

    panels = [FieldPanel("title"), FieldPanel("introduction"), FieldPanel("anonymous"), FieldPanel("questions")]

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")
        ordering = ["title"]

    def __str__(self):
        return self.title


class Round(models.Model):
    """One sending of a questionnaire to a group, open between two dates. The programme manager sends it from
    /evaluation/; the people asked meet it on their dashboard and in an e-mail, with reminders until they
    answer or it closes."""

    class Group(models.TextChoices):
        COHORT = "cohort", _("The mentors of a cohort")
        TRACK = "track", _("The mentors enrolled in a track")
        ENDED = "ended", _("The mentors whose relationship ended in a period")
        SEMINAR = "seminar", _("Everyone present at a seminar")

    questionnaire = models.ForeignKey(
        Questionnaire, verbose_name=_("questionnaire"), on_delete=models.PROTECT, related_name="rounds"
    )
    # The questions as asked: the questionnaire's latest revision when the round was sent.
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.PROTECT, related_name="+")
    anonymous = models.BooleanField(_("anonymous"), default=False)
    group = models.CharField(_("sent to"), max_length=10, choices=Group.choices)
    cohort = models.ForeignKey(
        "users.Cohort", verbose_name=_("cohort"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    track = models.ForeignKey(
        "courses.TrackPage",
        verbose_name=_("track"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    seminar = models.ForeignKey(
        "courses.SeminarPage",
        verbose_name=_("seminar"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    ended_from = models.DateField(_("ended from"), null=True, blank=True)
    ended_to = models.DateField(_("ended until"), null=True, blank=True)
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on"))
    remind_every_days = models.PositiveSmallIntegerField(
        _("remind every (days)"), default=7, help_text=_("Those who have not answered get a reminder this often.")
    )
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-opens_on", "-pk"]

    def __str__(self):
        return f"{self.questionnaire} ({self.opens_on:%Y-%m-%d})"

    def is_open(self, today=None):
        today = today or timezone.localdate()
        return self.opens_on <= today <= self.closes_on

    def asked_version(self):
        """The questionnaire as it stood when this round was sent."""
        return self.revision.as_object()


class Invitation(models.Model):
    """That a person was asked in a round: when they were mailed, and whether they answered. For an anonymous
    round this yes or no is all that is known of them: no time, nothing that leads to their answers."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="invitations")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    mailed_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    reminders = models.PositiveSmallIntegerField(default=0)
    answered = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["round", "person"], name="one_invitation_per_round")]

    def __str__(self):
        return f"{self.person} – {self.round}"


class Response(models.Model):
    """A person's answers to a round, keyed by question (block id). In a named round it belongs to the
    person, can be saved as a draft and is submitted once; in an anonymous round it is written once, on
    submission, with no person, no time and a random id, so nothing orders or links it to who wrote it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="responses")
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Named rounds only: the respondent's cohort when they answered, for the results' cohort filter.
    cohort = models.ForeignKey("users.Cohort", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    answers = models.JSONField(default=dict, blank=True)
    submitted = models.BooleanField(default=False)
    # Named rounds only (None in anonymous ones): when the draft was last saved and when it was submitted.
    saved_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["round", "respondent"],
                condition=models.Q(respondent__isnull=False),
                name="one_response_per_person_and_round",
            )
        ]

    def __str__(self):
        return f"{self.round} ({'submitted' if self.submitted else 'draft'})"


class ResearchExport(models.Model):
    """A research export made at /evaluation/export/: who, when, why, and what it held. The key that made
    its pseudonyms is never stored."""

    made_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    made_at = models.DateTimeField(default=timezone.now)
    purpose = models.TextField(_("purpose"), validators=free_text_validators())
    file_format = models.CharField(max_length=4)
    first_month = models.DateField()
    last_month = models.DateField()
    free_text = models.BooleanField(default=False)
    rows = models.PositiveIntegerField(default=0)
    rows_suppressed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-made_at"]

    def __str__(self):
        return f"{self.made_at:%Y-%m-%d %H:%M} {self.made_by}"
