"""Marking a knowledge-check submission.

Questions and answers are identified by their StreamField block ids, so a submission stays meaningful
even if the facilitator reorders answers while a mentor has the page open.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from courses.blocks import SINGLE


class InvalidSubmission(ValueError):
    """The submission cannot be marked (unanswered or unknown answers); the message says why."""


@dataclass
class AnswerResult:
    id: str
    text: str
    chosen: bool
    correct: bool
    feedback: str


@dataclass
class QuestionResult:
    id: str
    question: str
    kind: str
    answers: list
    is_correct: bool


@dataclass
class CheckResult:
    score: int
    passed: bool
    pass_mark: int
    questions: list

    @property
    def wrong_questions(self):
        return [q for q in self.questions if not q.is_correct]


def read_submission(check_block, data):
    """{question id: [answer ids]} from POST data whose keys are "question-<id>"; refuse anything malformed."""
    chosen = {}
    unanswered = []
    for number, question in enumerate(check_block.value["questions"].bound_blocks, start=1):
        valid_ids = {answer.id for answer in question.value["answers"].bound_blocks}
        picked = data.getlist(f"question-{question.id}")
        if not picked:
            unanswered.append(str(number))
            continue
        if not set(picked) <= valid_ids:
            raise InvalidSubmission(
                _("The answers sent do not belong to this knowledge check. Reload the page and try again.")
            )
        if question.value["kind"] == SINGLE and len(picked) > 1:
            raise InvalidSubmission(_("Question %(number)s takes one answer only.") % {"number": number})
        chosen[question.id] = sorted(set(picked))
    if unanswered:
        raise InvalidSubmission(
            _("Answer every question before submitting. Unanswered: %(questions)s.")
            % {"questions": ", ".join(unanswered)}
        )
    return chosen


def partial_submission(check_block, data):
    """The valid answers in a submission that could not be marked, to show them ticked again."""
    chosen = {}
    for question in check_block.value["questions"].bound_blocks:
        valid_ids = {answer.id for answer in question.value["answers"].bound_blocks}
        chosen[question.id] = [
            answer_id for answer_id in data.getlist(f"question-{question.id}") if answer_id in valid_ids
        ]
    return chosen


def mark(check_block, chosen):
    """Mark a read submission: a question counts when exactly its correct answers were chosen."""
    questions = []
    for question in check_block.value["questions"].bound_blocks:
        picked = set(chosen.get(question.id, []))
        answers = [
            AnswerResult(a.id, a.value["text"], a.id in picked, bool(a.value["correct"]), a.value["feedback"])
            for a in question.value["answers"].bound_blocks
        ]
        is_correct = picked == {a.id for a in answers if a.correct}
        questions.append(
            QuestionResult(question.id, question.value["question"], question.value["kind"], answers, is_correct)
        )
    right = sum(1 for q in questions if q.is_correct)
    score = round(100 * right / len(questions)) if questions else 0
    pass_mark = check_block.value["pass_mark"]
    return CheckResult(score=score, passed=score >= pass_mark, pass_mark=pass_mark, questions=questions)
