"""Blocks that only lessons use: the knowledge check and the reflection prompt."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from mentorsite.blocks import content_blocks

SINGLE = "single"
MULTIPLE = "multiple"
WRITTEN = "written"
#: The longest written response a mentor can hand in: a few sentences, as one turn of a conversation is.
WRITTEN_MAX_LENGTH = 2000


class AnswerBlock(blocks.StructBlock):
    """One answer option of a knowledge-check question, with the feedback a mentor sees after choosing it."""

    text = blocks.CharBlock(label=_("Answer text"), max_length=300, help_text=_("The answer as the mentor reads it."))
    correct = blocks.BooleanBlock(
        label=_("Correct answer"), required=False, help_text=_("Tick if this answer is correct.")
    )
    feedback = blocks.TextBlock(
        label=_("Feedback"),
        help_text=_("Shown after an attempt to a mentor who chose this answer: why it is right or wrong."),
    )

    class Meta:
        icon = "radio-full"


class QuestionBlock(blocks.StructBlock):
    """A single- or multiple-choice question, or a client statement the mentor answers in writing.

    A written response is not marked: it goes to the mentor's coach for feedback (courses.models.practice).
    """

    question = blocks.TextBlock(
        label=_("Question text"),
        help_text=_(
            "The question, phrased so it can be answered from the lesson. For a written response: the client's "
            "statement and what to write, e.g. a complex reflection."
        ),
    )
    kind = blocks.ChoiceBlock(
        label=_("Question type"),
        choices=[
            (SINGLE, _("Single choice: exactly one answer is correct")),
            (MULTIPLE, _("Multiple choice: tick every correct answer")),
            (WRITTEN, _("Written response: the mentor writes a reply, their coach gives feedback")),
        ],
        default=SINGLE,
        help_text=_(
            "Single choice shows round buttons; multiple choice shows tick boxes; a written response shows a text "
            "box and is not marked."
        ),
    )
    answers = blocks.ListBlock(
        AnswerBlock(label=_("Answer")),
        label=_("Answers"),
        min_num=0,
        max_num=8,
        help_text=_("Between two and eight answers; none for a written response."),
    )
    model_answer = blocks.TextBlock(
        label=_("Example response"),
        required=False,
        # Not None: questions stored before this field was added have none, and translation reads every text.
        default="",
        help_text=_("For a written response: a good reply, shown to the mentor once they have handed in theirs."),
    )

    class Meta:
        icon = "help"

    def clean(self, value):
        value = super().clean(value)
        if value["kind"] == WRITTEN:
            if value["answers"]:
                raise StructBlockValidationError(
                    non_block_errors=ErrorList(
                        [ValidationError(_("A written response has no answers to choose from: remove them."))]
                    )
                )
            return value
        if len(value["answers"]) < 2:
            raise StructBlockValidationError(
                non_block_errors=ErrorList([ValidationError(_("A choice question needs at least two answers."))])
            )
        correct = sum(1 for answer in value["answers"] if answer["correct"])
        if value["kind"] == SINGLE and correct != 1:
            raise StructBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(_("A single-choice question needs exactly one correct answer."))]
                )
            )
        if value["kind"] == MULTIPLE and correct < 1:
            raise StructBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(_("A multiple-choice question needs at least one correct answer."))]
                )
            )
        return value


class KnowledgeCheckBlock(blocks.StructBlock):
    """A short quiz at the end of a lesson; passing it completes the lesson."""

    title = blocks.CharBlock(
        label=_("Title"),
        default=_("Check your understanding"),
        max_length=120,
        help_text=_("Heading shown above the questions."),
    )
    pass_mark = blocks.IntegerBlock(
        label=_("Pass mark"),
        default=80,
        min_value=1,
        max_value=100,
        help_text=_(
            "Percentage of the choice questions a mentor must answer fully correctly to pass (1-100). Written "
            "responses are not marked."
        ),
    )
    questions = blocks.ListBlock(
        QuestionBlock(label=_("Question")), label=_("Questions"), min_num=1, help_text=_("At least one question.")
    )
    questions_per_attempt = blocks.IntegerBlock(
        label=_("Questions per attempt"),
        required=False,
        min_value=1,
        help_text=_(
            "Leave empty to ask every question. With a number, each attempt draws that many questions from the "
            "ones above, so a second attempt asks partly different questions."
        ),
    )

    class Meta:
        icon = "tasks"

    def clean(self, value):
        value = super().clean(value)
        drawn = value.get("questions_per_attempt")
        if drawn and drawn > len(value["questions"]):
            raise StructBlockValidationError(
                block_errors={
                    "questions_per_attempt": ValidationError(
                        _("The check has %(count)s questions; it cannot draw more than that.")
                        % {"count": len(value["questions"])}
                    )
                }
            )
        return value


class ReflectionPromptBlock(blocks.StructBlock):
    """A question the mentor answers in writing; the answer is private to them and saved for later."""

    prompt = blocks.TextBlock(label=_("Reflection question"), help_text=_("The question the mentor reflects on."))
    guidance = blocks.TextBlock(
        label=_("Guidance"),
        required=False,
        help_text=_("Optional hint on how to approach the reflection. Shown under the prompt."),
    )

    class Meta:
        icon = "edit"


class LessonBodyBlock(blocks.StreamBlock):
    """What a lesson is made of: the shared content blocks plus reflections and one knowledge check."""

    def __init__(self, **kwargs):
        super().__init__(
            [
                *content_blocks(),
                ("reflection", ReflectionPromptBlock(label=_("Reflection"))),
                ("knowledge_check", KnowledgeCheckBlock(label=_("Knowledge check"))),
            ],
            **kwargs,
        )

    class Meta:
        # One knowledge check per lesson: passing it is what completes the lesson.
        block_counts = {"knowledge_check": {"max_num": 1}}
