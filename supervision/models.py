from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from mentorsite.scheduling.models import Booking, Session
from supervision import miti


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


class SupervisionTopic(TaggedItemBase):
    """A topic tag on a supervision record (django-taggit through model)."""

    content_object = models.ForeignKey(
        "supervision.SupervisionRecord", on_delete=models.CASCADE, related_name="tagged_topics"
    )


class MiSkill(models.TextChoices):
    """The MI skills a supervision can focus on."""

    SPIRIT = "spirit", _("The spirit of MI")
    OPEN_QUESTIONS = "open_questions", _("Open questions")
    AFFIRMATIONS = "affirmations", _("Affirmations")
    REFLECTIONS = "reflections", _("Reflections")
    SUMMARIES = "summaries", _("Summaries")
    CHANGE_TALK = "change_talk", _("Evoking and responding to change talk")
    SUSTAIN_TALK = "sustain_talk", _("Softening sustain talk")
    DISCORD = "discord", _("Responding to discord")
    PLANNING = "planning", _("Planning and commitment")


class SupervisionRecord(models.Model):
    """What a coach writes about one supervision: a draft until finalised, then locked (addenda correct it).

    Coaches write records on the front end (Supervision > Records). The mentors it concerns read the summary,
    actions and addenda, never the private notes; the programme manager reads everything. Every opening is
    logged in RecordAccess.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        FINAL = "final", _("Finalised")

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="supervision_records_written"
    )
    session = models.OneToOneField(
        SupervisionSession, null=True, blank=True, on_delete=models.SET_NULL, related_name="record"
    )
    held_on = models.DateField(_("date"), help_text=_("The day the supervision took place."))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), validators=[MinValueValidator(5), MaxValueValidator(600)], help_text=_("5 to 600.")
    )
    format = models.CharField(_("format"), max_length=20, choices=SupervisionSession.Format.choices)
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attendees"),
        related_name="supervision_records",
        help_text=_("The supervisees who took part."),
    )
    topics = TaggableManager(
        through=SupervisionTopic, blank=True, verbose_name=_("topics"), help_text=_("Comma-separated topics.")
    )
    mi_skills = models.JSONField(_("MI skills in focus"), default=list, blank=True)
    summary = models.TextField(
        _("summary for the mentor"),
        help_text=_("What the mentor(s) will read. Refer to mentees by case code only, never by name or number."),
    )
    private_notes = models.TextField(
        _("private coach notes"),
        blank=True,
        help_text=_("Only you and the programme manager can read these. Case codes only."),
    )
    next_meeting = models.DateField(_("next meeting"), null=True, blank=True, help_text=_("If agreed."))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    finalised_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("supervision record")
        verbose_name_plural = _("supervision records")

    def __str__(self):
        return f"{_('Supervision record')} {self.held_on}"

    @property
    def is_final(self):
        return self.status == self.Status.FINAL

    def mi_skill_labels(self):
        labels = dict(MiSkill.choices)
        return [labels.get(skill, skill) for skill in self.mi_skills]


class AgreedAction(models.Model):
    """Something agreed in supervision, with an owner and a due date. Owners mark it done on their page."""

    record = models.ForeignKey(SupervisionRecord, on_delete=models.CASCADE, related_name="actions")
    description = models.CharField(_("action"), max_length=300, help_text=_("What will be done. Case codes only."))
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), on_delete=models.PROTECT, related_name="supervision_actions"
    )
    due_on = models.DateField(_("due on"), null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self):
        return self.description

    @property
    def is_overdue(self):
        """Not done, and its due date has passed (flagged on the mentor's and the coach's pages)."""
        return self.done_at is None and self.due_on is not None and self.due_on < timezone.localdate()


class SlotNotice(models.Model):
    """An e-mail telling a coach that a supervisee booked, cancelled or joined the waiting list of one of their
    supervision slots: one row per change, sent once (supervision/notifications.py)."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=20, choices=Booking.Status.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.booking}: {self.status}"


class Addendum(models.Model):
    """A dated correction or addition to a finalised record; the record itself is never rewritten."""

    record = models.ForeignKey(SupervisionRecord, on_delete=models.CASCADE, related_name="addenda")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        verbose_name_plural = _("addenda")

    def __str__(self):
        return f"Addendum of {self.created_at:%Y-%m-%d}"


class RecordAccess(models.Model):
    """Who opened (or tried to open) sensitive supervision data, when and from where. The manager reviews these.

    Covers supervision records, MITI codings and trends, a mentor's supervision page and concerns.
    """

    class Outcome(models.TextChoices):
        OPENED = "opened", _("Opened")
        REFUSED = "refused", _("Refused (not theirs)")

    class Subject(models.TextChoices):
        SUPERVISION_RECORD = "record", _("Supervision record")
        MITI_CODING = "miti", _("MITI coding")
        MITI_TREND = "miti_trend", _("MITI trend of a mentor")
        SUPERVISION_PAGE = "supervision_page", _("Supervision page of a mentor")
        CONCERN = "concern", _("Concern")

    subject = models.CharField(max_length=20, choices=Subject.choices, default=Subject.SUPERVISION_RECORD)
    # A plain id, not a foreign key: refused attempts may name things that do not exist. For a mentor's
    # page and trend it is the mentor's user id.
    record_id = models.PositiveBigIntegerField(db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="record_accesses")
    at = models.DateTimeField(default=timezone.now)
    client_address = models.GenericIPAddressField(null=True, blank=True)
    path = models.CharField(max_length=300)
    outcome = models.CharField(max_length=10, choices=Outcome.choices)

    class Meta:
        ordering = ["-at"]
        indexes = [models.Index(fields=["user", "-at"])]

    def __str__(self):
        return f"{self.user} {self.outcome} record {self.record_id}"


class Concern(models.Model):
    """A concern a coach raises from a record; the programme manager must acknowledge it (their dashboard)."""

    class Category(models.TextChoices):
        SECURITY = "security", _("Security")
        SAFEGUARDING = "safeguarding", _("Safeguarding")
        WELLBEING = "wellbeing", _("Mentor wellbeing")

    record = models.ForeignKey(SupervisionRecord, on_delete=models.PROTECT, related_name="concerns")
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="concerns_raised")
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    description = models.TextField(_("what concerns you"), help_text=_("Facts and what you observed. Case codes only."))
    raised_at = models.DateTimeField(default=timezone.now)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # Waiting concerns first on every database (PostgreSQL sorts NULL last unless told).
        ordering = [models.F("acknowledged_at").asc(nulls_first=True), "-raised_at"]

    def __str__(self):
        return f"{self.get_category_display()} concern of {self.raised_at:%Y-%m-%d}"


class MitiScores(models.Model):
    """The four MITI 4.2.1 global scores (1 to 5) and ten behaviour counts: of a coded practice conversation,
    of a reference transcript's model coding, and of a coach's calibration coding of one."""

    # Global scores, 1 to 5.
    cultivating_change_talk = models.PositiveSmallIntegerField(
        _("cultivating change talk"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    softening_sustain_talk = models.PositiveSmallIntegerField(
        _("softening sustain talk"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    partnership = models.PositiveSmallIntegerField(
        _("partnership"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    empathy = models.PositiveSmallIntegerField(_("empathy"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    # Behaviour counts.
    giving_information = models.PositiveSmallIntegerField(_("giving information"))
    persuade = models.PositiveSmallIntegerField(_("persuade"))
    persuade_with_permission = models.PositiveSmallIntegerField(_("persuade with permission"))
    question = models.PositiveSmallIntegerField(_("question"))
    simple_reflection = models.PositiveSmallIntegerField(_("simple reflection"))
    complex_reflection = models.PositiveSmallIntegerField(_("complex reflection"))
    affirm = models.PositiveSmallIntegerField(_("affirm"))
    seeking_collaboration = models.PositiveSmallIntegerField(_("seeking collaboration"))
    emphasizing_autonomy = models.PositiveSmallIntegerField(_("emphasizing autonomy"))
    confront = models.PositiveSmallIntegerField(_("confront"))

    class Meta:
        abstract = True

    @property
    def scores(self):
        """{field name: value} of the fourteen MITI fields."""
        return {name: getattr(self, name) for name in (*miti.GLOBAL_SCORES, *miti.BEHAVIOUR_COUNTS)}


class MitiCoding(MitiScores):
    """A coach's MITI 4.2.1 coding of one practice conversation of a supervisee, with its summary scores.

    Coaches code on the front end; the mentor, their coach and the manager see the levels and the trend.
    """

    class Context(models.TextChoices):
        ROLE_PLAY = "role_play", _("Role-play at a seminar")
        RECORDING = "recording", _("Recorded practice session")

    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="miti_codings_made")
    mentor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="miti_codings")
    coded_on = models.DateField(_("date of the conversation"), default=timezone.localdate)
    context = models.CharField(_("conversation"), max_length=20, choices=Context.choices, default=Context.ROLE_PLAY)
    minutes_coded = models.PositiveSmallIntegerField(
        _("minutes coded"), default=20, validators=[MinValueValidator(1), MaxValueValidator(120)]
    )
    notes = models.TextField(_("feedback for the mentor"), blank=True, help_text=_("Case codes only."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["coded_on", "pk"]
        verbose_name = _("MITI coding")

    def __str__(self):
        return f"MITI {self.coded_on} {self.mentor}"

    @property
    def summary(self):
        return miti.summarize(
            {name: getattr(self, name) for name in miti.GLOBAL_SCORES},
            {name: getattr(self, name) for name in miti.BEHAVIOUR_COUNTS},
        )


class ReferenceTranscript(MitiScores):
    """A practice conversation written for coder training, with its model coding (the MITI fields) and why.

    Facilitators keep them in the admin (Snippets > Reference transcripts); coaches code them on their
    Calibration page and see their agreement with the model coding (supervision.calibration). A transcript is
    written in one language; coaches are offered those in their language first.
    """

    title = models.CharField(_("title"), max_length=200)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="en")
    setting = models.CharField(
        _("setting"), max_length=300, help_text=_("Where the conversation takes place and who the mentee is.")
    )
    transcript = models.TextField(
        _("transcript"), help_text=_("The conversation, one turn per paragraph: “Mentor: …” and “Mentee: …”.")
    )
    rationale = models.TextField(
        _("why the model coding is what it is"),
        help_text=_("Shown to a coach after they have coded the transcript: the turns that decide each score."),
    )
    minutes = models.PositiveSmallIntegerField(_("minutes of conversation"), default=5)
    live = models.BooleanField(_("offered to coaches"), default=True)

    class Meta:
        ordering = ["language", "title"]
        verbose_name = _("reference transcript")
        verbose_name_plural = _("reference transcripts")

    def __str__(self):
        return self.title


class CalibrationCoding(MitiScores):
    """A coach's MITI coding of a reference transcript, compared with its model coding on the coach's
    Calibration page. The programme manager sees from these who is calibrated and since when."""

    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calibration_codings")
    transcript = models.ForeignKey(ReferenceTranscript, on_delete=models.CASCADE, related_name="codings")
    coded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["coded_at", "pk"]
        verbose_name = _("calibration coding")

    def __str__(self):
        return f"{self.coach} coded {self.transcript} on {self.coded_at:%Y-%m-%d}"
