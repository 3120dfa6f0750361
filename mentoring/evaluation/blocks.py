"""The questions a questionnaire is built from (admin, Snippets > Questionnaires).

Each question is a StreamField child, and its block id is the question's identity: an answer is stored
under it, so a question keeps its answers while its wording is improved in a later version, and a question
added later simply has none from earlier rounds.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class SectionHeadingBlock(blocks.StructBlock):
    """A heading between groups of questions; asks nothing."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, help_text=_('E.g. "Matching".'))

    class Meta:
        icon = "title"
        label = _("Section heading")


class AgreementBlock(blocks.StructBlock):
    """A statement the person rates on five steps from "strongly disagree" to "strongly agree"."""

    statement = blocks.CharBlock(
        label=_("Statement"),
        max_length=300,
        help_text=_('Written so that one can agree or disagree, e.g. "Supervision helped me with my mentee".'),
    )

    class Meta:
        icon = "list-ol"
        label = _("Statement with a five-step agreement scale")


class ChoiceQuestionBlock(blocks.StructBlock):
    """A question answered by choosing one of the listed answers."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    options = blocks.ListBlock(
        blocks.CharBlock(label=_("Answer"), max_length=120),
        label=_("Answers to choose from"),
        min_num=2,
        help_text=_("At least two; people choose one."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Choice")


class NumberQuestionBlock(blocks.StructBlock):
    """A question answered with a whole number between a lowest and a highest value."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    minimum = blocks.IntegerBlock(label=_("Lowest answer"), default=0)
    maximum = blocks.IntegerBlock(label=_("Highest answer"), default=100)

    def clean(self, value):
        value = super().clean(value)
        if value["minimum"] > value["maximum"]:
            raise StructBlockValidationError(
                block_errors={"maximum": ValidationError(_("The highest answer cannot be below the lowest."))}
            )
        return value

    class Meta:
        icon = "decimal"
        label = _("Number")


class TextQuestionBlock(blocks.StructBlock):
    """A question answered in the person's own words: a line or a few paragraphs."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    long = blocks.BooleanBlock(
        label=_("Long answer"), required=False, help_text=_("A few paragraphs rather than a line.")
    )

    class Meta:
        icon = "pilcrow"
        label = _("Free-text answer")


class QuestionsBlock(blocks.StreamBlock):
    heading = SectionHeadingBlock()
    agreement = AgreementBlock()
    choice = ChoiceQuestionBlock()
    number = NumberQuestionBlock()
    text = TextQuestionBlock()

    class Meta:
        min_num = 1
