"""Item statistics: how each knowledge-check question performs, for the facilitators who write them.

Read from each person's first attempt at a check. Later attempts come after the feedback, which names the
right answers, so they say more about the feedback than about the question.

Per question: how many answered it, the share who got it fully right, how often each answer was chosen
(the wrong answer chosen most is the one to read first), and a discrimination index: the correlation
between getting this question right and the share right of the attempt's other questions (the corrected
item-rest point-biserial, as Moodle's quiz statistics report it), from -1 to 1. Leaving the question out
of the score it is compared with matters for checks of three to five questions, where it would otherwise
correlate with itself. From 0.3 a question separates well; below 0.2 it says little; below 0 the mentors
who do well elsewhere miss it more often than those who do not: it tests something other than the lesson,
or its key is wrong.

Flags appear from MIN_ANSWERS_TO_JUDGE answers on; below that the numbers are shown without a verdict.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from courses.blocks import WRITTEN
from courses.knowledge_check import mark

MIN_ANSWERS_TO_JUDGE = 10
TOO_EASY_FROM = 0.9  # share right
SEPARATES_POORLY_BELOW = 0.2  # discrimination index

TOO_EASY = "too_easy"
MISLEADING = "misleading"
SEPARATES_POORLY = "separates_poorly"


@dataclass
class AnswerCount:
    text: str
    correct: bool
    chosen: int = 0
    share: float = 0.0

    @property
    def percent(self):
        return round(100 * self.share)


@dataclass
class ItemStatistics:
    """One question's figures over the first attempts that asked it."""

    question_id: str
    question: str
    kind: str
    answers: list
    answered: int = 0
    right: int = 0
    discrimination: float | None = None
    flags: list = field(default_factory=list)

    @property
    def share_right(self):
        return self.right / self.answered if self.answered else None

    @property
    def percent_right(self):
        return round(100 * self.share_right) if self.answered else None

    @property
    def most_chosen_wrong(self):
        """The wrong answer chosen most often, or None when no wrong answer was ever chosen."""
        wrong = [answer for answer in self.answers if not answer.correct and answer.chosen]
        return max(wrong, key=lambda answer: answer.chosen, default=None)

    @property
    def judged(self):
        return self.answered >= MIN_ANSWERS_TO_JUDGE

    @property
    def flag_texts(self):
        return [FLAG_TEXTS[flag] for flag in self.flags]


def item_statistics(check_block, first_attempts):
    """ItemStatistics for every question of `check_block`, in the facilitator's order.

    `first_attempts` are KnowledgeCheckAttempt objects (answers, layout and score are read), one per person.
    """
    items = {}
    for question in check_block.value["questions"].bound_blocks:
        answers = {
            answer.id: AnswerCount(answer.value["text"], bool(answer.value["correct"]))
            for answer in question.value["answers"].bound_blocks
        }
        items[question.id] = (
            ItemStatistics(question.id, question.value["question"], question.value["kind"], list(answers.values())),
            answers,
        )

    # Per question: (share right of the attempt's other questions, answered right) for each attempt asking it.
    outcomes = {question_id: [] for question_id in items}
    for attempt in first_attempts:
        results = mark(check_block, attempt.answers, attempt.layout).questions
        if not attempt.layout:
            # From before layouts were kept: only the questions it answered were asked (others came later).
            results = [result for result in results if result.id in attempt.answers]
        for result in results:
            if result.is_correct is None:  # a written response: answered, but not marked
                items[result.id][0].answered += 1
        results = [result for result in results if result.is_correct is not None]
        right_in_attempt = sum(result.is_correct for result in results)
        for result in results:
            item, answers = items[result.id]
            item.answered += 1
            item.right += result.is_correct
            for answer in result.answers:
                if answer.chosen:
                    answers[answer.id].chosen += 1
            if len(results) > 1:
                rest = (right_in_attempt - result.is_correct) / (len(results) - 1)
                outcomes[result.id].append((rest, result.is_correct))

    statistics = []
    for question_id, (item, answers) in items.items():
        for answer in answers.values():
            answer.share = answer.chosen / item.answered if item.answered else 0.0
        item.discrimination = _discrimination(outcomes[question_id])
        if item.judged and item.kind != WRITTEN:
            item.flags = _flags(item)
        statistics.append(item)
    return statistics


def _discrimination(outcomes):
    """The point-biserial correlation of (rest score, right) pairs, or None where it is undefined: fewer than
    two attempts, everyone right or everyone wrong, or every rest score the same."""
    if len(outcomes) < 2:
        return None
    rests = [rest for rest, _right in outcomes]
    mean = sum(rests) / len(rests)
    spread = (sum((rest - mean) ** 2 for rest in rests) / len(rests)) ** 0.5
    right = [rest for rest, is_right in outcomes if is_right]
    share = len(right) / len(outcomes)
    if spread == 0 or share in (0, 1):
        return None
    wrong = [rest for rest, is_right in outcomes if not is_right]
    return (sum(right) / len(right) - sum(wrong) / len(wrong)) / spread * (share * (1 - share)) ** 0.5


def _flags(item):
    flags = []
    if item.share_right >= TOO_EASY_FROM:
        flags.append(TOO_EASY)
    right_chosen = min((answer.chosen for answer in item.answers if answer.correct), default=0)
    wrong = item.most_chosen_wrong
    if (item.discrimination is not None and item.discrimination < 0) or (wrong and wrong.chosen > right_chosen):
        flags.append(MISLEADING)
    elif TOO_EASY not in flags and item.discrimination is not None and item.discrimination < SEPARATES_POORLY_BELOW:
        flags.append(SEPARATES_POORLY)
    return flags


FLAG_TEXTS = {
    TOO_EASY: _(
        "Too easy: nine in ten or more get it right at the first attempt, so it may test recognition rather than "
        "understanding. Make the wrong answers more plausible."
    ),
    MISLEADING: _(
        "Misleading: a wrong answer is chosen more often than the right one, or strong attempts miss it more often "
        "than weak ones. Check the right answer and the wording."
    ),
    SEPARATES_POORLY: _(
        "Separates poorly: strong and weak attempts get it right about equally often, so it says little about "
        "understanding."
    ),
}
