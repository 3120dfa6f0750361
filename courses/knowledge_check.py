"""Laying out and marking a knowledge-check attempt.

Questions and answers are identified by their StreamField block ids, so a submission stays meaningful
even if the facilitator reorders answers while a mentor has the page open.

Each attempt has a layout: which questions were drawn (all of them, or a few from a pool) and the order
of each question's answers. It is worked out from the person, the lesson and the attempt's number, so a
reloaded page shows the same order, and it is stored with the attempt, so the marked result shows what the
person saw. A second attempt never repeats the first one's order of any question with two or more answers:
where the right answer always came first, a mentor could pass by position.
"""

import random
from dataclasses import dataclass

from django.utils.translation import gettext as _

from courses.blocks import SINGLE, WRITTEN, WRITTEN_MAX_LENGTH


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
    is_correct: bool | None  # None for a written response, which is not marked
    written: str = ""
    model_answer: str = ""


@dataclass
class CheckResult:
    score: int
    passed: bool
    pass_mark: int
    questions: list

    @property
    def has_marked_questions(self):
        """False for a check of written responses only, which is passed by handing them in."""
        return any(q.is_correct is not None for q in self.questions)

    @property
    def wrong_questions(self):
        return [q for q in self.questions if q.is_correct is False]


def next_attempt(check_block, user_id, lesson_id, latest=None):
    """The number and layout of a person's next attempt, given their latest attempt (or None)."""
    number = latest.number + 1 if latest else 1
    previous = None
    if latest is not None:
        # An attempt from before layouts were kept saw the facilitator's order: that is the order to avoid.
        previous = latest.layout or {
            "answers": {
                q.id: [a.id for a in q.value["answers"].bound_blocks]
                for q in check_block.value["questions"].bound_blocks
            }
        }
    return number, attempt_layout(check_block, f"{user_id}:{lesson_id}:{number}", previous)


def attempt_layout(check_block, seed, previous=None):
    """The questions drawn and the order of their answers for one attempt: {"questions": [...], "answers": {...}}.

    `seed` names the attempt (person, lesson, attempt number), so the same attempt is always laid out the
    same way. `previous` is the layout of the person's last attempt: no question keeps its answer order.
    """
    rng = random.Random(seed)  # noqa: S311 - an order, not a secret: which answers are right is never sent
    questions = list(check_block.value["questions"].bound_blocks)
    choice = [q for q in questions if q.value["kind"] != WRITTEN]
    drawn = questions_per_attempt(check_block)
    if drawn < len(choice):
        # A pool draws among the choice questions (written responses are always asked, and never alone), and
        # keeps the facilitator's order, which often builds up. Ids are sorted before drawing and shuffling, so
        # a facilitator reordering the check while a mentor has it open changes nothing about the attempt.
        picked = set(rng.sample(sorted(q.id for q in choice), drawn))
        questions = [q for q in questions if q.value["kind"] == WRITTEN or q.id in picked]
    previous_answers = (previous or {}).get("answers", {})
    answers = {}
    for question in sorted(questions, key=lambda question: question.id):  # id order: see the pool above
        order = sorted(answer.id for answer in question.value["answers"].bound_blocks)
        rng.shuffle(order)
        if order == previous_answers.get(question.id) and len(order) > 1:
            order = order[1:] + order[:1]
        answers[question.id] = order
    return {"questions": [q.id for q in questions], "answers": answers}


def questions_per_attempt(check_block):
    """How many choice questions each attempt asks: the block's setting, or all of them."""
    count = sum(1 for question in check_block.value["questions"] if question["kind"] != WRITTEN)
    setting = check_block.value.get("questions_per_attempt")
    return min(setting, count) if setting else count


def _laid_out(check_block, layout):
    """The check's questions in the layout's order, each with its answers in the layout's order.

    An empty layout (attempts stored before layouts were) means every question in the facilitator's order.
    Questions or answers the facilitator has deleted since are left out; answers added since come last.
    """
    questions = {q.id: q for q in check_block.value["questions"].bound_blocks}
    if not layout:
        ordered = list(questions.values())
        return [(q, list(q.value["answers"].bound_blocks)) for q in ordered]
    laid_out = []
    for question_id in layout.get("questions", []):
        question = questions.get(question_id)
        if question is None:
            continue
        by_id = {a.id: a for a in question.value["answers"].bound_blocks}
        order = [answer_id for answer_id in layout.get("answers", {}).get(question_id, []) if answer_id in by_id]
        order += [answer_id for answer_id in by_id if answer_id not in order]
        laid_out.append((question, [by_id[answer_id] for answer_id in order]))
    return laid_out


def read_submission(check_block, data, layout=None):
    """({question id: [answer ids]}, {question id: written text}) from POST data whose keys are
    "question-<id>"; refuse anything malformed.

    Only the questions of the attempt's layout are read: a pool's other questions were not asked.
    """
    chosen = {}
    written = {}
    unanswered = []
    for number, (question, _answers) in enumerate(_laid_out(check_block, layout), start=1):
        if question.value["kind"] == WRITTEN:
            text = data.get(f"question-{question.id}", "").strip()
            if not text:
                unanswered.append(str(number))
            elif len(text) > WRITTEN_MAX_LENGTH:
                raise InvalidSubmission(
                    _("Your response to question %(number)s is longer than %(limit)s characters. Shorten it.")
                    % {"number": number, "limit": WRITTEN_MAX_LENGTH}
                )
            else:
                written[question.id] = text
            continue
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
    return chosen, written


def partial_submission(check_block, data, layout=None):
    """The valid answers and the written text in a submission that could not be marked, to show them again."""
    chosen = {}
    written = {}
    for question, _answers in _laid_out(check_block, layout):
        if question.value["kind"] == WRITTEN:
            written[question.id] = data.get(f"question-{question.id}", "")[:WRITTEN_MAX_LENGTH]
            continue
        valid_ids = {answer.id for answer in question.value["answers"].bound_blocks}
        chosen[question.id] = [
            answer_id for answer_id in data.getlist(f"question-{question.id}") if answer_id in valid_ids
        ]
    return chosen, written


def mark(check_block, chosen, layout=None, written=None):
    """Mark a read submission: a choice question counts when exactly its correct answers were chosen.

    The questions and answers come in the attempt's layout, as the person saw them. Written responses
    (`written`: {question id: text}) are shown, not marked: the score is the share of choice questions right,
    and a check of written responses alone is passed by handing them in.
    """
    written = written or {}
    questions = []
    for question, laid_out_answers in _laid_out(check_block, layout):
        if question.value["kind"] == WRITTEN:
            questions.append(
                QuestionResult(
                    question.id,
                    question.value["question"],
                    WRITTEN,
                    [],
                    None,
                    written=written.get(question.id, ""),
                    model_answer=question.value.get("model_answer") or "",
                )
            )
            continue
        picked = set(chosen.get(question.id, []))
        answers = [
            AnswerResult(a.id, a.value["text"], a.id in picked, bool(a.value["correct"]), a.value["feedback"])
            for a in laid_out_answers
        ]
        is_correct = picked == {a.id for a in answers if a.correct}
        questions.append(
            QuestionResult(question.id, question.value["question"], question.value["kind"], answers, is_correct)
        )
    marked = [q for q in questions if q.is_correct is not None]
    right = sum(1 for q in marked if q.is_correct)
    score = round(100 * right / len(marked)) if marked else (100 if questions else 0)
    pass_mark = check_block.value["pass_mark"]
    return CheckResult(score=score, passed=score >= pass_mark, pass_mark=pass_mark, questions=questions)
