"""Sessions (one dated occurrence of a seminar day, a networking day or a supervision meeting) and who comes.

Times are stored in UTC and shown in the programme's time zone (settings.TIME_ZONE).
"""

import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _


class HttpsURLField(models.URLField):
    """A URL field whose form takes links typed without a scheme as https (Django 6's default)."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})


# The years a session may be in.
FIRST_YEAR, LAST_YEAR = 2000, 2100


class Session(models.Model):
    """One dated occurrence: a day of a seminar, a networking day, or a supervision meeting.

    People meet sessions on their dashboard, on the calendar page, in their calendar feed and in e-mails.
    The app that owns each kind adds its own fields in a subclass (SeminarSession, NetworkingDay,
    SupervisionSession).
    """

    class Kind(models.TextChoices):
        SEMINAR = "seminar", _("Seminar day")
        NETWORKING = "networking", _("Networking day")
        SUPERVISION = "supervision", _("Supervision")
        REVIEW = "review", _("Agreement review")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, editable=False)
    title = models.CharField(_("title"), max_length=200, help_text=_("What people see in lists and calendars."))
    starts_at = models.DateTimeField(_("starts at"), help_text=_("Local time of the programme."))
    ends_at = models.DateTimeField(_("ends at"), help_text=_("Local time of the programme; after the start."))
    venue = models.CharField(
        _("venue"), max_length=200, blank=True, help_text=_("Address or room. Leave empty for online sessions.")
    )
    online_url = HttpsURLField(
        _("meeting link"), blank=True, help_text=_("Link to the online meeting, if the session is online.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Most people who can take part. Leave empty for no limit."),
    )
    cohort = models.ForeignKey(
        "users.Cohort",
        verbose_name=_("cohort"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
        help_text=_("Every member of this cohort is expected, unless they decline."),
    )
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("led by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_sessions",
        help_text=_("The facilitator or coach who leads the session."),
    )
    description = models.TextField(_("description"), blank=True, help_text=_("Anything people should know."))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED)
    # Calendar clients need a UID that never changes and a SEQUENCE that grows with every change.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # The fields every kind of session edits in the admin (each kind's viewset adds its own around them).
    ADMIN_FORM_FIELDS = ["starts_at", "ends_at", "venue", "online_url", "capacity", "organiser", "description"]

    # Fields whose change is news for the people coming (and raises SEQUENCE).
    NOTEWORTHY_FIELDS = ("title", "starts_at", "ends_at", "venue", "online_url", "status")

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        indexes = [models.Index(fields=["starts_at"]), models.Index(fields=["cohort", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start"
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__isnull=True) | models.Q(capacity__gte=1), name="session_capacity_positive"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Titles built from names (a seminar and a cohort, a coach and a mentor) can outgrow the column.
        self.title = Truncator(self.title).chars(self._meta.get_field("title").max_length)
        changed = False
        if self.pk:
            previous = Session.objects.filter(pk=self.pk).values(*self.NOTEWORTHY_FIELDS).first()
            changed = bool(previous) and any(previous[f] != getattr(self, f) for f in self.NOTEWORTHY_FIELDS)
            if changed:
                self.sequence += 1
        super().save(*args, **kwargs)
        if changed:
            from .services import notify_change

            # Everyone expected hears about the new time, place or cancellation, once the change is committed.
            transaction.on_commit(lambda: notify_change(self))

    def clean(self):
        super().clean()
        # A typo such as year 0001 or 9999 is refused here: near the ends of the calendar the conversion to
        # UTC overflows, and the constraint check (run after clean, on fields without errors) failed with a 500.
        years = {"first": FIRST_YEAR, "last": LAST_YEAR}
        wrong_year = {
            name: _("Choose a date between the years %(first)s and %(last)s.") % years
            for name in ("starts_at", "ends_at")
            if getattr(self, name) and not FIRST_YEAR <= getattr(self, name).year <= LAST_YEAR
        }
        if wrong_year:
            raise ValidationError(wrong_year)
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The session must end after it starts.")})

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def is_past(self):
        return self.starts_at <= timezone.now()

    @property
    def specific(self):
        """The subclass instance (SeminarSession, NetworkingDay, SupervisionSession, Review) for this session."""
        for related in ("seminarsession", "networkingday", "supervisionsession", "review"):
            if hasattr(self, related):
                return getattr(self, related)
        return self


class Booking(models.Model):
    """A person's place in a session: confirmed, on the waiting list, declined or cancelled; and attendance.

    Mentors make bookings on the calendar pages; facilitators and coaches record attendance on the register.
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")

    class Attendance(models.TextChoices):
        UNKNOWN = "", _("Not recorded")
        PRESENT = "present", _("Present")
        ABSENT = "absent", _("Absent")
        EXCUSED = "excused", _("Excused")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="bookings")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bookings")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.CONFIRMED)
    attendance = models.CharField(max_length=10, choices=Attendance.choices, blank=True, default="")
    attendance_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attendance_recorded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="one_booking_per_person_and_session")]
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self):
        return f"{self.user} – {self.session} ({self.status})"


def new_feed_token():
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A person's private calendar subscription address. Regenerating the token kills the old address."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Calendar feed of {self.user}"

    def regenerate(self):
        self.token = new_feed_token()
        self.save(update_fields=["token", "created_at"])


def new_feed_after_password_change(sender, instance, created=False, raw=False, **kwargs):
    """A new password means the old calendar address stops working too (connected in apps.py).

    Someone who changes their password because they fear their account is known to others expects every
    way in to close, and the address is one. Django keeps the new raw password on the user between
    set_password() and the end of save() (for the password validators' password_changed()), and only then:
    a rehash at login (check_password) clears it, so upgrading the hasher does not break subscriptions.
    """
    if raw or created or getattr(instance, "_password", None) is None:
        return
    for feed in CalendarFeed.objects.filter(user=instance):  # one by one, so the audit trail sees the change
        feed.regenerate()


class Notice(models.Model):
    """An e-mail about a session sent to one person. The unique key makes each notice go out once."""

    class Kind(models.TextChoices):
        CONFIRMATION = "confirmation", _("Booking confirmation")
        WAITLISTED = "waitlisted", _("Place on the waiting list")
        REMINDER = "reminder", _("Reminder")
        CHANGE = "change", _("Change")
        CANCELLATION = "cancellation", _("Cancellation")
        PROMOTION = "promotion", _("Place from the waiting list")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="notices")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices")
    # The session's SEQUENCE when the notice was due: a later change is a new notice.
    sequence = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "session", "user", "sequence"], name="one_notice_per_version")
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.user}: {self.session}"
