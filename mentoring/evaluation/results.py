"""Results of a questionnaire over its rounds: per question the number of answers and their distribution,
free-text answers without names. A selection that fewer than SMALLEST_GROUP people answered shows nothing,
so nobody is recognised by elimination (the page says why)."""

import statistics
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from .models import SCALE, Response
from .questions import questions_of

SMALLEST_GROUP = 5


@dataclass
class Bar:
    label: str
    count: int
    percent: int


@dataclass
class QuestionResult:
    question: object
    answered: int = 0
    bars: list = field(default_factory=list)
    mean: float | None = None
    median: float | None = None
    lowest: int | None = None
    highest: int | None = None
    texts: list = field(default_factory=list)

    @property
    def chart_height(self):
        return 26 * len(self.bars)


def _bars(labels, counts, answered):
    return [Bar(label, counts.get(key, 0), round(100 * counts.get(key, 0) / answered) if answered else 0)
            for key, label in labels]  # fmt: skip


def results_of(questionnaire, cohort=None, start=None, end=None):
    """{"rounds", "respondents", "too_few", "questions"} for the submitted answers in the rounds of
    `questionnaire` opened between `start` and `end`, from people of `cohort` (in an anonymous round: the
    round's own cohort, as its answers carry none)."""
    rounds = questionnaire.rounds.select_related("revision").order_by("opens_on", "pk")
    if start:
        rounds = rounds.filter(opens_on__gte=start)
    if end:
        rounds = rounds.filter(opens_on__lte=end)
    rounds = list(rounds)
    responses = Response.objects.filter(round__in=rounds, submitted=True)
    if cohort is not None:
        responses = responses.filter(Q(cohort=cohort) | Q(round__anonymous=True, round__cohort=cohort))
    answers = list(responses.values_list("answers", flat=True))
    outcome = {"rounds": rounds, "respondents": len(answers), "too_few": len(answers) < SMALLEST_GROUP}
    if outcome["too_few"]:
        outcome["questions"] = []
        return outcome
    # The wording of each question as last asked in these rounds, in the order of the latest version.
    latest = {}
    versions = {round_.revision_id: round_ for round_ in rounds}  # rounds that asked the same version: read once
    for round_ in versions.values():
        for question in questions_of(round_.asked_version()):
            latest.pop(question.id, None)
            latest[question.id] = question
    outcome["questions"] = [_result(question, answers) for question in latest.values()]
    return outcome


def _result(question, answers):
    result = QuestionResult(question)
    if not question.asks:
        return result
    given = [answer[question.id] for answer in answers if question.id in answer]
    result.answered = len(given)
    if question.kind == "agreement":
        counts = {step: sum(1 for value in given if value == step) for step, _label in SCALE}
        result.bars = _bars([(step, str(label)) for step, label in SCALE], counts, len(given))
        result.mean = round(statistics.fmean(given), 1) if given else None
    elif question.kind == "choice":
        options = list(question.options)
        options += sorted({value for value in given if value not in options})  # wording of an earlier version
        counts = {option: sum(1 for value in given if value == option) for option in options}
        result.bars = _bars([(option, option) for option in options], counts, len(given))
    elif question.kind == "number":
        numbers = [value for value in given if isinstance(value, int | float)]
        if numbers:
            result.mean = round(statistics.fmean(numbers), 1)
            result.median = statistics.median(numbers)
            result.lowest, result.highest = min(numbers), max(numbers)
    elif question.kind == "text":
        # Sorted, so the list does not keep the order people answered in.
        result.texts = sorted(str(value) for value in given)
    return result


def chart_title(result):
    return _("Answers to “%(question)s”") % {"question": result.question.text}
