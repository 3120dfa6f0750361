"""Practice with feedback: what a mentor writes for their coach to read and mark with MI codes.

Research on MI training finds that skills learnt in a workshop fade within months unless the learner gets
feedback on real practice. So a knowledge check can ask the mentor to write a response to a client
statement, and a mentor can send a reflection to their coach; the coach marks each with the MI codes it
shows and a comment (supervision.practice), and the mentor reads the feedback beside their answer.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models.pages import page_label


class PracticeCode(models.TextChoices):
    """What a coach can see in a written response: the MI behaviours of the MITI, and the righting reflex."""

    SIMPLE_REFLECTION = "simple_reflection", _("Simple reflection")
    COMPLEX_REFLECTION = "complex_reflection", _("Complex reflection")
    OPEN_QUESTION = "open_question", _("Open question")
    CLOSED_QUESTION = "closed_question", _("Closed question")
    AFFIRMATION = "affirmation", _("Affirmation")
    RIGHTING_REFLEX = "righting_reflex", _("Righting reflex")


class PracticeResponse(models.Model):
    """A piece of a mentor's practice sent to their coaches: a written response to a client statement in a
    knowledge check, or a reflection the mentor chose to send. Coaches of the mentor meet it on their Practice
    feedback page and mark it; the mentor reads the feedback beside their answer in the lesson.

    Only the mentor and their coaches ever see it (supervision.practice.practice_for).
    """

    class Kind(models.TextChoices):
        WRITTEN = "written", _("Written response")
        REFLECTION = "reflection", _("Reflection")

    mentor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_responses")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    lesson = models.ForeignKey(
        "courses.LessonPage", null=True, on_delete=models.SET_NULL, related_name="practice_responses"
    )
    # Kept so the response still says which lesson it was written in if the lesson page is deleted later.
    lesson_title = models.CharField(max_length=255, default="")
    # The StreamField block id of the question or reflection prompt.
    block_id = models.CharField(max_length=64)
    prompt = models.TextField(help_text=_("The question or prompt as it read when the mentor wrote."))
    text = models.TextField()
    attempt = models.ForeignKey(
        "courses.KnowledgeCheckAttempt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practice_responses",
        help_text=_("The knowledge-check attempt a written response was handed in with."),
    )
    sent_at = models.DateTimeField(default=timezone.now)
    codes = models.JSONField(default=list, blank=True, help_text=_("PracticeCode values the coach marked."))
    comment = models.TextField(blank=True)
    feedback_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practice_feedback_given",
    )
    feedback_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["sent_at", "pk"]
        indexes = [models.Index(fields=["mentor", "feedback_at"], name="practice_by_mentor_waiting")]

    def __str__(self):
        return f"{self.get_kind_display()} by {self.mentor} in {self.lesson_label}"

    @property
    def lesson_label(self):
        return page_label(self.lesson_id, self.lesson_title)

    @property
    def waiting(self):
        return self.feedback_at is None

    @property
    def code_labels(self):
        labels = dict(PracticeCode.choices)
        return [labels[code] for code in self.codes if code in labels]
