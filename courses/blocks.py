"""Blocks that only lessons and seminars use: the knowledge check, the reflection prompt, the worked dialogue, the
session plan."""

from datetime import date, datetime, timedelta

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
        # Not searchable: search excerpts would show the example before the mentor has written their own.
        search_index=False,
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
            "Leave empty to ask every question. With a number, each attempt draws that many choice questions from "
            "the ones above, so a second attempt asks partly different questions; written responses are always asked."
        ),
    )

    class Meta:
        icon = "tasks"

    def clean(self, value):
        value = super().clean(value)
        drawn = value.get("questions_per_attempt")
        choice = sum(1 for question in value["questions"] if question["kind"] != WRITTEN)
        if drawn and drawn > choice:
            raise StructBlockValidationError(
                block_errors={
                    "questions_per_attempt": ValidationError(
                        _("The check has %(count)s choice questions; it cannot draw more than that.")
                        % {"count": choice}
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


# A mentor lesson's dialogue is between a mentor and a mentee; a coach lesson's between a coach and the mentor
# they supervise. The notes explain the choices of the one practising the lesson's skill.
DIALOGUE_SPEAKERS = [("mentor", _("Mentor")), ("mentee", _("Mentee")), ("coach", _("Coach"))]


class DialogueTurnValue(blocks.StructValue):
    def speaker_label(self):
        """The speaker as the reader calls them, in the reader's language."""
        return dict(DIALOGUE_SPEAKERS).get(self["speaker"], self["speaker"])


class DialogueTurnBlock(blocks.StructBlock):
    """One turn of a worked dialogue: who speaks, the words, and for the practising speaker's turns why they chose
    them."""

    speaker = blocks.ChoiceBlock(label=_("Speaker"), choices=DIALOGUE_SPEAKERS, default="mentor")
    words = blocks.TextBlock(label=_("Words"), help_text=_("What is said, as it would be said."))
    note = blocks.TextBlock(
        label=_("Note on the choice"),
        required=False,
        help_text=_("Why this was said (the skill, what it did); shown under the turn."),
    )

    class Meta:
        icon = "comment"
        value_class = DialogueTurnValue


class DialogueValue(blocks.StructValue):
    def is_supervision(self):
        """A coach's dialogue with a mentor, where the coach's turns are the ones annotated."""
        return any(turn["speaker"] == "coach" for turn in self["turns"])


class DialogueBlock(blocks.StructBlock):
    """A worked dialogue: a conversation set in prison or probation work (a mentor with a mentee, or a coach with
    a mentor in supervision), the practising speaker's choices annotated turn by turn, so readers see the skills
    of the lesson used in a whole exchange."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    setting = blocks.TextBlock(
        label=_("Setting"), required=False, help_text=_("Who the two are, where they meet and what went before.")
    )
    turns = blocks.ListBlock(DialogueTurnBlock(label=_("Turn")), label=_("Turns"), min_num=2)

    class Meta:
        icon = "comment"
        template = "blocks/dialogue_block.html"
        value_class = DialogueValue


class LessonBodyBlock(blocks.StreamBlock):
    """What a lesson is made of: the shared content blocks plus worked dialogues, reflections and one knowledge
    check."""

    def __init__(self, **kwargs):
        super().__init__(
            [
                *content_blocks(),
                ("dialogue", DialogueBlock(label=_("Worked dialogue"))),
                ("reflection", ReflectionPromptBlock(label=_("Reflection"))),
                ("knowledge_check", KnowledgeCheckBlock(label=_("Knowledge check"))),
            ],
            **kwargs,
        )

    class Meta:
        # One knowledge check per lesson: passing it is what completes the lesson.
        block_counts = {"knowledge_check": {"max_num": 1}}


# Session plans: the facilitators' script for a seminar day, never shown to mentors ---------------------------

ACTIVITY_KINDS = [
    ("input", _("Input")),
    ("exercise", _("Exercise")),
    ("discussion", _("Discussion")),
    ("break", _("Break")),
]


class PlanDayBlock(blocks.StructBlock):
    """The start of a day in the plan: the activities after it are timed from its start."""

    label = blocks.CharBlock(label=_("Day"), max_length=60, help_text=_("E.g. “Day 1”."))
    starts_at = blocks.TimeBlock(label=_("Starts at"), help_text=_("The activities below are timed from here."))

    class Meta:
        icon = "date"
        label = _("Day")


class ActivityBlock(blocks.StructBlock):
    """One timed activity: what happens, for how long, with what, and notes for the trainer."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=ACTIVITY_KINDS, default="exercise")
    minutes = blocks.IntegerBlock(label=_("Minutes"), min_value=5, max_value=480)
    description = blocks.RichTextBlock(
        label=_("What happens"), features=["bold", "italic", "ol", "ul"], help_text=_("Steps as the trainer runs them.")
    )
    materials = blocks.CharBlock(label=_("Materials"), max_length=300, required=False, default="")
    trainer_notes = blocks.TextBlock(
        label=_("Trainer notes"),
        required=False,
        default="",
        help_text=_("What to watch for; what to say if it stalls."),
    )

    class Meta:
        icon = "time"
        label = _("Activity")


class RoleBriefBlock(blocks.StructBlock):
    role = blocks.CharBlock(label=_("Role"), max_length=80, help_text=_("E.g. mentor, mentee, observer."))
    brief = blocks.TextBlock(label=_("Brief"), help_text=_("What this person knows and is asked to do."))


class RolePlayBlock(blocks.StructBlock):
    """A timed role play: the scenario, a brief for each role, and how to debrief it."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    minutes = blocks.IntegerBlock(label=_("Minutes"), min_value=5, max_value=480)
    scenario = blocks.TextBlock(label=_("Scenario"))
    roles = blocks.ListBlock(RoleBriefBlock(label=_("Role")), label=_("Roles"), min_num=2, max_num=6)
    debrief = blocks.TextBlock(label=_("Debrief"), required=False, default="")

    class Meta:
        icon = "group"
        label = _("Role play")


class SessionPlanBlock(blocks.StreamBlock):
    """A seminar's session plan: days, timed activities and role plays (SeminarPage.session_plan)."""

    day = PlanDayBlock()
    activity = ActivityBlock()
    role_play = RolePlayBlock()


def timed_plan(session_plan):
    """The plan's blocks with clock times: [{"block", "starts", "ends", "kind"}], each activity and role play
    timed from the start of its day and the minutes before it (a day's own row has no end; before the first day
    block, times are None); "kind" is the activity's kind as the reader reads it."""
    kinds = dict(ACTIVITY_KINDS)
    rows, clock = [], None
    for block in session_plan:
        row = {"block": block, "starts": None, "ends": None, "kind": kinds.get(block.value.get("kind"), "")}
        if block.block_type == "day":
            clock = datetime.combine(date.min, block.value["starts_at"])
            row["starts"] = clock.time()
        elif clock is not None:
            ends = clock + timedelta(minutes=block.value["minutes"] or 0)
            row["starts"], row["ends"] = clock.time(), ends.time()
            clock = ends
        rows.append(row)
    return rows
