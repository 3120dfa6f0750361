"""Item statistics: the figures per question, the flags, and the pages facilitators read them on."""

import json

import pytest
from django.urls import reverse

from courses.item_statistics import MISLEADING, SEPARATES_POORLY, TOO_EASY, item_statistics
from courses.knowledge_check import mark
from courses.models import KnowledgeCheckAttempt
from tests.factories import LessonPageFactory, UserFactory, knowledge_check_block
from tests.helpers import queries_of

pytestmark = pytest.mark.django_db

QUESTIONS = [
    ("Easy?", "single", [("Easy right", True), ("Easy wrong", False)]),
    ("Tricky?", "single", [("Tricky right", True), ("Tricky lure", False), ("Tricky other", False)]),
    ("Fair?", "single", [("Fair right", True), ("Fair wrong", False)]),
    ("Core A?", "single", [("A right", True), ("A wrong", False)]),
    ("Core B?", "single", [("B right", True), ("B wrong", False)]),
]
EVERYONE_KNOWS_THE_CORE = {"Core A?": "A right", "Core B?": "B right"}


@pytest.fixture
def check_lesson(module):
    return LessonPageFactory(parent=module, title="Open questions", body=json.dumps([knowledge_check_block(QUESTIONS)]))


def answer_ids(lesson):
    """{question text: (question id, {answer text: answer id})}."""
    return {
        question.value["question"]: (
            question.id,
            {a.value["text"]: a.id for a in question.value["answers"].bound_blocks},
        )
        for question in lesson.knowledge_check.value["questions"].bound_blocks
    }


def hand_in(lesson, person, picks, number=1):
    """A stored attempt choosing, per question text, the answer with the given text."""
    ids = answer_ids(lesson)
    answers = {ids[question][0]: [ids[question][1][answer]] for question, answer in picks.items()}
    result = mark(lesson.knowledge_check, answers)
    return KnowledgeCheckAttempt.objects.create(
        user=person,
        lesson=lesson,
        lesson_title=lesson.title,
        number=number,
        answers=answers,
        score=result.score,
        passed=result.passed,
    )


def twelve_first_attempts(lesson):
    """Twelve people: everyone gets "Easy?" right; the six strong ones get "Fair?" and the core questions right
    and fall for the lure in "Tricky?", the six weak ones get only "Tricky?" right."""
    for n in range(12):
        strong = n < 6
        hand_in(
            lesson,
            UserFactory(),
            {
                "Easy?": "Easy right",
                "Tricky?": "Tricky lure" if strong else "Tricky right",
                "Fair?": "Fair right" if strong else "Fair wrong",
                "Core A?": "A right" if strong else "A wrong",
                "Core B?": "B right" if strong else "B wrong",
            },
        )


def by_question(statistics):
    return {item.question: item for item in statistics}


def test_figures_and_flags_per_question(check_lesson):
    twelve_first_attempts(check_lesson)
    attempts = KnowledgeCheckAttempt.objects.filter(lesson=check_lesson)
    items = by_question(item_statistics(check_lesson.knowledge_check, attempts))

    easy, tricky, fair = items["Easy?"], items["Tricky?"], items["Fair?"]
    assert (easy.answered, easy.right, easy.percent_right) == (12, 12, 100)
    assert easy.flags == [TOO_EASY] and easy.most_chosen_wrong is None

    assert tricky.right == 6 and tricky.most_chosen_wrong.text == "Tricky lure"
    assert tricky.most_chosen_wrong.percent == 50
    # Those who get all four others right miss it; those who get one of the four get it right.
    assert tricky.discrimination == pytest.approx(-1.0) and tricky.flags == [MISLEADING]

    assert fair.discrimination == pytest.approx(1.0) and fair.flags == []


def test_a_question_strong_and_weak_get_right_equally_is_flagged(module):
    lesson = LessonPageFactory(parent=module, body=json.dumps([knowledge_check_block(QUESTIONS)]))
    # "Easy?" is right for half of those who do well elsewhere and half of those who do not.
    for n in range(12):
        hand_in(
            lesson,
            UserFactory(),
            {
                "Easy?": "Easy right" if n % 2 else "Easy wrong",
                "Tricky?": "Tricky right" if n < 6 else "Tricky other",
                "Fair?": "Fair right" if n < 6 else "Fair wrong",
                **EVERYONE_KNOWS_THE_CORE,
            },
        )
    items = by_question(item_statistics(lesson.knowledge_check, KnowledgeCheckAttempt.objects.filter(lesson=lesson)))
    assert items["Easy?"].percent_right == 50
    assert abs(items["Easy?"].discrimination) < 0.2 and items["Easy?"].flags == [SEPARATES_POORLY]


def test_only_first_attempts_count_and_few_answers_are_not_judged(facilitator_client, check_lesson):
    person = UserFactory()
    wrong = {"Easy?": "Easy wrong", "Tricky?": "Tricky lure", "Fair?": "Fair wrong", "Core A?": "A wrong"}
    hand_in(check_lesson, person, {**wrong, "Core B?": "B wrong"})
    hand_in(
        check_lesson,
        person,
        {**EVERYONE_KNOWS_THE_CORE, "Easy?": "Easy right", "Tricky?": "Tricky right", "Fair?": "Fair right"},
        2,
    )
    body = facilitator_client.get(reverse("courses:item_statistics", args=[check_lesson.pk])).content.decode()
    assert "From the first attempt of 1 person." in body
    assert "Answered by 1; 0 right (0%)." in body
    assert "Too few answers to judge yet." in body and 'data-testid="item-flag"' not in body


def test_a_pool_question_not_asked_is_not_counted_as_answered(module):
    lesson = LessonPageFactory(
        parent=module, body=json.dumps([knowledge_check_block(QUESTIONS, pass_mark=50, questions_per_attempt=1)])
    )
    ids = answer_ids(lesson)
    easy_id, easy_answers = ids["Easy?"]
    KnowledgeCheckAttempt.objects.create(
        user=UserFactory(),
        lesson=lesson,
        answers={easy_id: [easy_answers["Easy right"]]},
        layout={"questions": [easy_id], "answers": {easy_id: list(easy_answers.values())}},
        score=100,
        passed=True,
    )
    items = by_question(item_statistics(lesson.knowledge_check, KnowledgeCheckAttempt.objects.filter(lesson=lesson)))
    assert items["Easy?"].answered == 1 and items["Tricky?"].answered == 0 and items["Fair?"].answered == 0


def test_the_facilitator_reads_the_flags_and_the_list_counts_them(facilitator_client, check_lesson):
    client = facilitator_client
    twelve_first_attempts(check_lesson)
    body = client.get(reverse("courses:item_statistics", args=[check_lesson.pk])).content.decode()
    assert body.count('data-testid="item-flag"') == 2
    assert "Too easy:" in body and "Misleading:" in body
    assert "Wrong answer chosen most: Tricky lure (50%)." in body

    listing = client.get(reverse("courses:knowledge_checks")).content.decode()
    statistics_url = reverse("courses:item_statistics", args=[check_lesson.pk])
    row = listing.split(f'href="{statistics_url}"')[1].split("</tr>")[0]
    assert '<td class="number">12</td>' in row and "<strong>2</strong>" in row


def test_a_lesson_without_a_check_has_no_statistics(facilitator_client, lesson):
    assert facilitator_client.get(reverse("courses:item_statistics", args=[lesson.pk])).status_code == 404


def test_the_pages_queries_stay_constant_as_attempts_grow(facilitator_client, check_lesson, module):
    pages = [reverse("courses:knowledge_checks"), reverse("courses:item_statistics", args=[check_lesson.pk])]
    twelve_first_attempts(check_lesson)
    before = [queries_of(facilitator_client, url) for url in pages]
    twelve_first_attempts(check_lesson)
    LessonPageFactory(parent=module, body=json.dumps([knowledge_check_block()]))
    assert [queries_of(facilitator_client, url) for url in pages] == before
