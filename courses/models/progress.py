"""What each person has done: enrolments, lesson completions, knowledge-check attempts, reflections.

These records are history: they are never deleted when content changes. A deleted lesson keeps its
completions, attempts and reflections (the link is cleared and the title kept, shown as "(deleted page:
<title>)"), so nobody's record shrinks.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models.pages import page_label
from mentorsite.translations import original_of


class Enrolment(models.Model):
    """A person enrolled in a track. The programme manager manages enrolments in the Wagtail admin."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="enrolments",
        help_text=_("The mentor or coach who follows the track."),
    )
    track = models.ForeignKey(
        "courses.TrackPage",
        verbose_name=_("track"),
        on_delete=models.CASCADE,
        related_name="enrolments",
        help_text=_("The training track the person follows."),
    )
    enrolled_on = models.DateField(
        _("enrolled on"), default=timezone.localdate, help_text=_("When the enrolment began.")
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["user__first_name", "user__last_name", "track__title"]
        constraints = [models.UniqueConstraint(fields=["user", "track"], name="unique_enrolment_per_track")]

    def __str__(self):
        return f"{self.user} – {self.track}"

    def save(self, *args, **kwargs):
        self.clean()
        super().save(*args, **kwargs)

    def clean(self):
        # Enrolled in a translation is enrolled in the track: one enrolment, pointing at the original (here,
        # before the uniqueness check, so a second enrolment by another language is refused with a message).
        if self.track_id:
            self.track = original_of(self.track)


class LessonCompletion(models.Model):
    """A person completed a lesson, once. Shown as "Completed on <date>" and counted in every progress view."""

    class Method(models.TextChoices):
        MARKED = "marked", _("Marked as complete")
        KNOWLEDGE_CHECK = "knowledge_check", _("Passed the knowledge check")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("courses.LessonPage", null=True, on_delete=models.SET_NULL, related_name="completions")
    # Kept so the record still says what was completed if the lesson page is deleted later.
    lesson_title = models.CharField(max_length=255)
    completed_at = models.DateTimeField(default=timezone.now)
    method = models.CharField(max_length=20, choices=Method.choices)

    class Meta:
        ordering = ["-completed_at"]
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_lesson")]
        indexes = [models.Index(fields=["user", "-completed_at"])]

    def __str__(self):
        return f"{self.user} completed {self.lesson_label}"

    @property
    def lesson_label(self):
        return page_label(self.lesson_id, self.lesson_title)


class KnowledgeCheckAttempt(models.Model):
    """One submission of a lesson's knowledge check, passed or not. All attempts are kept."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="knowledge_check_attempts"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", null=True, on_delete=models.SET_NULL, related_name="knowledge_check_attempts"
    )
    # Kept so the attempt still says which lesson it was if the lesson page is deleted later.
    lesson_title = models.CharField(max_length=255, default="")
    submitted_at = models.DateTimeField(default=timezone.now)
    # {question block id: [answer block ids chosen]}
    answers = models.JSONField(default=dict)
    # What the person was shown: {"questions": [question ids drawn], "answers": {question id: [answer ids in
    # the order shown]}} (courses.knowledge_check.attempt_layout). Empty for attempts from before layouts.
    layout = models.JSONField(default=dict, blank=True)
    # The person's first attempt at this lesson's check is 1; the layout is worked out from it.
    number = models.PositiveIntegerField(default=1)
    score = models.PositiveSmallIntegerField(help_text=_("Percentage of questions answered fully correctly."))
    passed = models.BooleanField()

    class Meta:
        ordering = ["-submitted_at"]
        # Two windows handing in the same attempt store it once.
        constraints = [models.UniqueConstraint(fields=["user", "lesson", "number"], name="one_attempt_per_number")]

    def __str__(self):
        return f"{self.user}: {self.score}% ({'passed' if self.passed else 'not passed'}) in {self.lesson_label}"

    @property
    def lesson_label(self):
        return page_label(self.lesson_id, self.lesson_title)


class ReflectionAnswer(models.Model):
    """A mentor's private written answer to a reflection prompt in a lesson. Only its author ever sees it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections")
    lesson = models.ForeignKey("courses.LessonPage", null=True, on_delete=models.SET_NULL, related_name="reflections")
    # Kept so the answer still says which lesson it was written in if the lesson page is deleted later.
    lesson_title = models.CharField(max_length=255, default="")
    # The StreamField block id of the prompt: stable when the facilitator reorders or edits the lesson.
    block_id = models.CharField(max_length=64)
    prompt = models.TextField(help_text=_("The prompt as it read when the answer was last saved."))
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        constraints = [models.UniqueConstraint(fields=["user", "lesson", "block_id"], name="one_reflection_per_prompt")]

    def __str__(self):
        return f"Reflection by {self.user} in {self.lesson_label}"

    @property
    def lesson_label(self):
        return page_label(self.lesson_id, self.lesson_title)
