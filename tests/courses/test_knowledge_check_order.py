"""Knowledge checks laid out per attempt: answers shuffled, questions drawn from a pool, the order kept."""

import json
import re

import pytest
from django.core.exceptions import ValidationError

from courses.blocks import KnowledgeCheckBlock
from courses.knowledge_check import attempt_layout
from courses.models import KnowledgeCheckAttempt, LessonCompletion, LessonPage
from tests.courses.test_completion import answers_for, check_url
from tests.factories import LessonPageFactory, knowledge_check_block, paragraph_block

pytestmark = pytest.mark.django_db

FOUR_ANSWERS = [("A right one", True), ("Wrong one", False), ("Another wrong", False), ("Third wrong", False)]


def shown_order(body):
    """The answer ids in the order the page lists them."""
    return re.findall(r'id="answer-([0-9a-f-]+)"', body)


def asked_questions(body):
    return list(dict.fromkeys(re.findall(r'name="question-([0-9a-f-]+)"', body)))


@pytest.fixture
def long_check(module):
    """A lesson whose check has five single-choice questions of four answers each."""
    questions = [(f"Question {n}?", "single", FOUR_ANSWERS) for n in range(1, 6)]
    return LessonPageFactory(parent=module, body=json.dumps([paragraph_block(), knowledge_check_block(questions)]))


@pytest.fixture
def pooled_check(module):
    """Six questions, of which each attempt asks two."""
    questions = [(f"Pooled {n}?", "single", FOUR_ANSWERS) for n in range(1, 7)]
    check = knowledge_check_block(questions, pass_mark=50, questions_per_attempt=2)
    return LessonPageFactory(parent=module, body=json.dumps([check]))


def test_a_second_attempt_shows_every_question_in_a_new_order(mentor_client, mentor, long_check):
    first_page = mentor_client.get(long_check.url).content.decode()
    assert shown_order(first_page) == shown_order(mentor_client.get(long_check.url).content.decode())  # reload

    mentor_client.post(check_url(long_check), {**answers_for(long_check, correct=False), "attempt": "1"})
    second_page = mentor_client.get(long_check.url).content.decode()
    first, second = shown_order(first_page), shown_order(second_page)
    assert sorted(first) == sorted(second)
    for question in range(5):
        assert first[question * 4 : question * 4 + 4] != second[question * 4 : question * 4 + 4]
    attempt = KnowledgeCheckAttempt.objects.get(user=mentor)
    assert attempt.number == 1
    assert [a for q in attempt.layout["questions"] for a in attempt.layout["answers"][q]] == first


def test_the_marked_result_shows_the_order_the_mentor_saw(mentor_client, mentor, long_check):
    form_order = shown_order(mentor_client.get(long_check.url).content.decode())
    response = mentor_client.post(check_url(long_check), answers_for(long_check, correct=False))
    result = mentor_client.get(response.url).content.decode()
    assert shown_order(result) == form_order
    # The result is a review: the answers cannot be changed there, a new attempt is a new page.
    assert "Check my answers" not in result and "Try again" in result


def test_the_right_answer_is_not_always_in_the_same_place(mentor, long_check):
    check = long_check.knowledge_check
    first_places = set()
    for number in range(1, 9):
        layout = attempt_layout(check, f"{mentor.pk}:{long_check.pk}:{number}")
        for question in check.value["questions"].bound_blocks:
            right = next(a.id for a in question.value["answers"].bound_blocks if a.value["correct"])
            first_places.add(layout["answers"][question.id].index(right))
    assert len(first_places) == 4


def test_a_pool_asks_some_questions_and_marks_only_those(mentor_client, mentor, pooled_check):
    page = mentor_client.get(pooled_check.url).content.decode()
    asked = asked_questions(page)
    assert len(asked) == 2 and "Each attempt asks 2 of 6 questions." in page

    everything = answers_for(pooled_check, correct=True)
    only_asked = {f"question-{question}": everything[f"question-{question}"] for question in asked}
    response = mentor_client.post(check_url(pooled_check), only_asked)
    assert response.status_code == 302
    attempt = KnowledgeCheckAttempt.objects.get(user=mentor)
    assert attempt.score == 100 and attempt.layout["questions"] == asked
    assert LessonCompletion.objects.filter(user=mentor, lesson=pooled_check).exists()


def test_a_pool_question_not_asked_does_not_stand_in_for_one_that_was(mentor_client, pooled_check):
    asked = asked_questions(mentor_client.get(pooled_check.url).content.decode())
    everything = answers_for(pooled_check, correct=True)
    not_asked = {key: value for key, value in everything.items() if key.removeprefix("question-") not in asked}
    response = mentor_client.post(check_url(pooled_check), not_asked)
    assert response.status_code == 400
    assert "Answer every question" in response.content.decode()
    assert not KnowledgeCheckAttempt.objects.exists()


def test_a_page_opened_before_another_attempt_is_refused_and_shown_afresh(mentor_client, mentor, long_check):
    mentor_client.post(check_url(long_check), {**answers_for(long_check, correct=False), "attempt": "1"})
    mentor_client.post(check_url(long_check), {**answers_for(long_check, correct=False), "attempt": "2"})
    response = mentor_client.post(check_url(long_check), {**answers_for(long_check), "attempt": "1"})
    assert response.status_code == 400
    assert "from another window" in response.content.decode()
    assert KnowledgeCheckAttempt.objects.filter(user=mentor).count() == 2
    assert not LessonCompletion.objects.filter(user=mentor).exists()


def test_handing_in_the_same_attempt_twice_counts_once(mentor_client, mentor, long_check):
    first = mentor_client.post(check_url(long_check), {**answers_for(long_check, correct=False), "attempt": "1"})
    again = mentor_client.post(check_url(long_check), {**answers_for(long_check, correct=False), "attempt": "1"})
    assert again.status_code == 302 and again.url == first.url
    assert KnowledgeCheckAttempt.objects.filter(user=mentor).count() == 1


def test_an_attempt_from_before_layouts_shows_the_facilitators_order(mentor_client, mentor, long_check):
    check = long_check.knowledge_check
    answers = {q.id: [q.value["answers"].bound_blocks[1].id] for q in check.value["questions"].bound_blocks}
    old = KnowledgeCheckAttempt.objects.create(
        user=mentor, lesson=long_check, lesson_title="x", answers=answers, score=0, passed=False
    )
    body = mentor_client.get(f"{long_check.url}?attempt={old.pk}").content.decode()
    in_block_order = [a.id for q in check.value["questions"].bound_blocks for a in q.value["answers"].bound_blocks]
    assert shown_order(body) == in_block_order
    assert body.count("Wrong choice:") == 5


def test_a_pool_larger_than_its_questions_is_refused():
    block = KnowledgeCheckBlock()
    value = block.to_python(knowledge_check_block(questions_per_attempt=3)["value"])
    with pytest.raises(ValidationError) as refused:
        block.clean(value)
    assert "cannot draw more than that" in str(refused.value.block_errors["questions_per_attempt"])


def test_a_pool_always_asks_the_written_responses_and_never_only_them(module):
    questions = [(f"Choice {n}?", "single", FOUR_ANSWERS) for n in range(3)] + [("Write.", "written", [])]
    check = knowledge_check_block(questions, pass_mark=50, questions_per_attempt=1)
    lesson = LessonPageFactory(parent=module, body=json.dumps([check]))
    block = lesson.knowledge_check
    written = next(q.id for q in block.value["questions"].bound_blocks if q.value["kind"] == "written")
    for number in range(1, 30):
        asked = attempt_layout(block, f"1:{lesson.pk}:{number}")["questions"]
        assert written in asked and len(asked) == 2


def test_a_facilitator_reordering_the_check_does_not_change_an_open_attempt(mentor, long_check):
    before = attempt_layout(long_check.knowledge_check, "seed")
    stored = json.loads(json.dumps(list(long_check.body.raw_data)))
    for question in stored[1]["value"]["questions"]:
        question["value"]["answers"].reverse()
    stored[1]["value"]["questions"].reverse()
    long_check.body = json.dumps(stored)
    long_check.save()
    after = attempt_layout(LessonPage.objects.get(pk=long_check.pk).knowledge_check, "seed")
    assert after["answers"] == before["answers"] and sorted(after["questions"]) == sorted(before["questions"])


def test_the_same_attempt_number_with_other_answers_is_refused_not_dropped(mentor_client, mentor, long_check):
    mentor_client.post(check_url(long_check), {**answers_for(long_check, correct=False), "attempt": "1"})
    response = mentor_client.post(check_url(long_check), {**answers_for(long_check, correct=True), "attempt": "1"})
    assert response.status_code == 400 and "from another window" in response.content.decode()
    assert KnowledgeCheckAttempt.objects.filter(user=mentor).count() == 1


def test_a_first_attempt_after_one_from_before_layouts_avoids_the_facilitators_order(mentor_client, mentor, long_check):
    check = long_check.knowledge_check
    KnowledgeCheckAttempt.objects.create(user=mentor, lesson=long_check, answers={}, score=0, passed=False)
    page = mentor_client.get(long_check.url).content.decode()
    in_block_order = [a.id for q in check.value["questions"].bound_blocks for a in q.value["answers"].bound_blocks]
    shown = shown_order(page)
    for question in range(5):
        assert shown[question * 4 : question * 4 + 4] != in_block_order[question * 4 : question * 4 + 4]
