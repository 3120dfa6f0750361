"""Practice with feedback: written responses and sent reflections reach the mentor's coach, who marks them
with MI codes and a comment, and the mentor reads the feedback beside their answer."""

import json
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.blocks import QuestionBlock
from courses.item_statistics import item_statistics
from courses.models import KnowledgeCheckAttempt, LessonCompletion, PracticeCode, PracticeResponse, ReflectionAnswer
from supervision.models import CoachAssignment
from tests.courses.test_completion import answers_for, check_url
from tests.factories import LessonPageFactory, UserFactory, knowledge_check_block, reflection_block
from tests.helpers import queries_of, sign_in

pytestmark = pytest.mark.django_db

STATEMENT = "A mentee says: “Nobody asks what I want.” Write a complex reflection."
REFLECTS = ("Which reflects?", "single", [("It sounds like you feel stuck.", True), ("Why did you do that?", False)])


@pytest.fixture
def written_lesson(module):
    """A check with one choice question and one written response."""
    check = knowledge_check_block([REFLECTS, (STATEMENT, "written", [])])
    return LessonPageFactory(parent=module, title="Reflections", body=json.dumps([check, reflection_block()]))


def written_id(lesson):
    return next(q.id for q in lesson.knowledge_check.value["questions"].bound_blocks if q.value["kind"] == "written")


def hand_in(client, lesson, text="You want to be asked, not checked.", correct=True):
    data = {key: value for key, value in answers_for(lesson, correct=correct).items() if value}
    data[f"question-{written_id(lesson)}"] = text
    return client.post(check_url(lesson), data)


def test_a_written_response_goes_to_the_coach_and_is_not_marked(mentor_client, mentor, written_lesson):
    response = hand_in(mentor_client, written_lesson, correct=True)
    assert response.status_code == 302
    attempt = KnowledgeCheckAttempt.objects.get(user=mentor)
    assert attempt.score == 100 and attempt.passed  # the one choice question; the written one is not marked
    assert "asked, not checked" not in json.dumps(attempt.answers)  # no free text in the attempt
    sent = PracticeResponse.objects.get(mentor=mentor)
    assert (sent.kind, sent.text, sent.prompt, sent.attempt) == (
        "written",
        "You want to be asked, not checked.",
        STATEMENT,
        attempt,
    )
    result = mentor_client.get(response.url).content.decode()
    assert "You want to be asked, not checked." in result and "Sent to your coach for feedback" in result
    assert "Waiting for your coach's feedback." in result


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "Answer every question"), ("   ", "Answer every question"), ("x" * 2001, "longer than 2000 characters")],
)
def test_an_empty_or_overlong_written_response_is_refused(mentor_client, written_lesson, text, message):
    response = hand_in(mentor_client, written_lesson, text=text)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not KnowledgeCheckAttempt.objects.exists() and not PracticeResponse.objects.exists()


def test_a_check_of_written_responses_only_is_passed_by_handing_them_in(mentor_client, mentor, module):
    lesson = LessonPageFactory(parent=module, body=json.dumps([knowledge_check_block([(STATEMENT, "written", [])])]))
    response = mentor_client.post(check_url(lesson), {f"question-{written_id(lesson)}": "You want a say."}, follow=True)
    assert "Handed in. The lesson is complete." in response.content.decode()
    assert LessonCompletion.objects.filter(user=mentor, lesson=lesson).exists()


def test_a_written_question_takes_no_answers_and_a_choice_question_two():
    block = QuestionBlock()
    written = block.to_python(
        {"question": "Write.", "kind": "written", "answers": [{"text": "a", "correct": True, "feedback": "f"}]}
    )
    with pytest.raises(ValidationError) as refused:
        block.clean(written)
    assert "has no answers to choose from" in str(refused.value.non_block_errors)
    single = block.to_python(
        {"question": "Pick.", "kind": "single", "answers": [{"text": "a", "correct": True, "feedback": "f"}]}
    )
    with pytest.raises(ValidationError) as refused:
        block.clean(single)
    assert "at least two answers" in str(refused.value.non_block_errors)


def send_reflection(client, lesson, text, send=True):
    block_id = lesson.reflection_blocks[0].id
    data = {"text": text, **({"send_to_coach": "on"} if send else {})}
    return client.post(reverse("courses:save_reflection", args=[lesson.pk, block_id]), data)


def test_a_reflection_is_sent_only_when_the_mentor_asks(mentor_client, mentor, coach, written_lesson):
    send_reflection(mentor_client, written_lesson, "Kept to myself.", send=False)
    assert ReflectionAnswer.objects.get(user=mentor).text == "Kept to myself." and not PracticeResponse.objects.exists()

    send_reflection(mentor_client, written_lesson, "First thoughts.")
    send_reflection(mentor_client, written_lesson, "Better thoughts.")  # before feedback: the copy is updated
    sent = PracticeResponse.objects.get(mentor=mentor)
    assert (sent.kind, sent.text) == ("reflection", "Better thoughts.")

    sent.codes, sent.comment, sent.feedback_by, sent.feedback_at = ["affirmation"], "Good.", coach, timezone.now()
    sent.save()
    send_reflection(mentor_client, written_lesson, "After the feedback.")  # a new copy: the feedback stays
    assert list(PracticeResponse.objects.order_by("pk").values_list("text", flat=True)) == [
        "Better thoughts.",
        "After the feedback.",
    ]


def test_the_coach_gives_feedback_and_the_mentor_reads_it_beside_the_answer(
    mentor_client, mentor, coach_client, assignment, written_lesson
):
    hand_in(mentor_client, written_lesson)
    listing = coach_client.get(reverse("supervision:practice")).content.decode()
    sent = PracticeResponse.objects.get(mentor=mentor)
    assert reverse("supervision:practice_feedback", args=[sent.pk]) in listing

    url = reverse("supervision:practice_feedback", args=[sent.pk])
    page = coach_client.get(url).content.decode()
    assert "You want to be asked, not checked." in page and STATEMENT.split("“")[0] in page
    response = coach_client.post(url, {"codes": ["complex_reflection"], "comment": "It names the wish. Pause next."})
    assert response.status_code == 302
    sent.refresh_from_db()
    assert sent.codes == ["complex_reflection"] and sent.feedback_by == assignment.coach and not sent.waiting

    lesson_page = mentor_client.get(written_lesson.url).content.decode()
    assert "Complex reflection" in lesson_page and "It names the wish. Pause next." in lesson_page
    assert "Waiting for your coach" not in lesson_page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"comment": "Fine."}, "Tick at least one code"),
        ({"codes": ["complex_reflection"], "comment": ""}, "Write a comment"),
        ({"codes": ["mind_reading"], "comment": "Fine."}, "Select a valid choice"),
        ({"codes": ["open_question"], "comment": "Call 010190-1234 about it."}, "CPR"),
        ({"codes": ["open_question"], "comment": "x" * 4001}, "at most 4000 characters"),
        ({}, "Tick at least one code"),  # nothing sent at all
    ],
)
def test_bad_feedback_is_refused_and_nothing_is_written(
    mentor_client, mentor, coach_client, assignment, written_lesson, data, message
):
    hand_in(mentor_client, written_lesson)
    sent = PracticeResponse.objects.get(mentor=mentor)
    response = coach_client.post(reverse("supervision:practice_feedback", args=[sent.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    sent.refresh_from_db()
    assert sent.waiting and sent.codes == [] and sent.comment == ""


def test_another_coachs_supervisee_is_never_shown(mentor_client, mentor, assignment, written_lesson):
    hand_in(mentor_client, written_lesson)
    sent = PracticeResponse.objects.get(mentor=mentor)
    client = Client()
    sign_in(client, UserFactory(roles=["Mentor coach"]))
    url = reverse("supervision:practice_feedback", args=[sent.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"codes": ["affirmation"], "comment": "Mine now."}).status_code == 404
    assert url not in client.get(reverse("supervision:practice")).content.decode()
    sent.refresh_from_db()
    assert sent.waiting


def test_an_ended_assignment_ends_the_coachs_view(mentor_client, mentor, coach_client, assignment, written_lesson):
    hand_in(mentor_client, written_lesson)
    sent = PracticeResponse.objects.get(mentor=mentor)
    CoachAssignment.objects.filter(pk=assignment.pk).update(ended_on=timezone.localdate())
    assert coach_client.get(reverse("supervision:practice_feedback", args=[sent.pk])).status_code == 404


def test_the_coach_dashboard_shows_what_waits_and_for_how_long(
    mentor_client, mentor, coach_client, assignment, written_lesson
):
    hand_in(mentor_client, written_lesson)
    PracticeResponse.objects.update(sent_at=timezone.now() - timedelta(days=3))
    panel = coach_client.get(reverse("courses:dashboard")).content.decode().split('data-testid="practice-panel"')[1]
    assert "1 response waits." in panel and "The oldest has waited 3\xa0days." in panel


def test_the_practice_page_queries_stay_constant_as_responses_grow(coach_client, coach, cohort, written_lesson):
    def supervisee_with_practice():
        person = UserFactory(roles=["Mentor"])
        CoachAssignment.objects.create(coach=coach, mentor=person, starts_on=timezone.localdate())
        for text in ("One.", "Two."):
            PracticeResponse.objects.create(
                mentor=person, kind="written", lesson=written_lesson, block_id="b", prompt="p", text=text
            )
        PracticeResponse.objects.filter(mentor=person, text="One.").update(
            codes=[PracticeCode.AFFIRMATION], comment="Good.", feedback_by=coach, feedback_at=timezone.now()
        )

    url = reverse("supervision:practice")
    supervisee_with_practice()
    before = queries_of(coach_client, url)
    for _more in range(4):
        supervisee_with_practice()
    assert queries_of(coach_client, url) == before


def test_item_statistics_count_written_responses_without_marking_them(mentor_client, written_lesson):
    hand_in(mentor_client, written_lesson)
    attempts = KnowledgeCheckAttempt.objects.all()
    written = next(item for item in item_statistics(written_lesson.knowledge_check, attempts) if item.kind == "written")
    assert written.answered == 1 and written.right == 0 and written.flags == [] and written.discrimination is None


def test_feedback_you_gave_lists_only_your_own(mentor_client, mentor, coach, coach_client, assignment, written_lesson):
    hand_in(mentor_client, written_lesson)
    other = UserFactory(roles=["Mentor coach"])
    PracticeResponse.objects.update(
        codes=["affirmation"], comment="By the other coach.", feedback_by=other, feedback_at=timezone.now()
    )
    listing = coach_client.get(reverse("supervision:practice")).content.decode()
    assert reverse("supervision:practice_feedback", args=[PracticeResponse.objects.get().pk]) not in listing
