"""Evaluation: questionnaires sent to a group, answered (named or anonymous), results over at least five people,
and the research export that names nobody. The rules are in mentoring/evaluation/; these tests go through the
pages where people meet them."""

import csv
import io
import re
import uuid
from datetime import timedelta

import pytest
from django.apps import apps
from django.core import mail, serializers
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from mentoring.evaluation.models import Invitation, Questionnaire, ResearchExport, Response, Round
from mentoring.evaluation.services import send_questionnaire_mail
from mentorsite.audit.models import AuditEvent
from mentorsite.users.roles import EVALUATOR, MENTOR
from tests.factories import UserFactory
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db

AGREE, CHOOSE, HOURS, WORDS = (str(uuid.UUID(int=n)) for n in (1, 2, 3, 4))


def questionnaire(anonymous=False, title="Mentoring experience"):
    made = Questionnaire.objects.create(
        title=title,
        anonymous=anonymous,
        questions=[
            {"type": "heading", "value": {"heading": "Matching"}, "id": str(uuid.UUID(int=9))},
            {"type": "agreement", "value": {"statement": "My mentee and I were a good match."}, "id": AGREE},
            {"type": "choice", "value": {"question": "Tool used most?", "options": ["Reflections", "Rulers"]},
             "id": CHOOSE},
            {"type": "number", "value": {"question": "Hours a month?", "minimum": 0, "maximum": 80}, "id": HOURS},
            {"type": "text", "value": {"question": "What worked best?", "long": True}, "id": WORDS},
        ],
    )  # fmt: skip
    made.save_revision()
    return made


def round_data(asked, to_cohort, **changes):
    today = timezone.localdate()
    data = {
        "questionnaire": asked.pk,
        "group": "cohort",
        "cohort": to_cohort.pk,
        "opens_on": today.isoformat(),
        "closes_on": (today + timedelta(days=14)).isoformat(),
        "remind_every_days": 7,
    }
    data.update(changes)
    return data


def answers(**changes):
    data = {f"q_{AGREE}": "4", f"q_{CHOOSE}": "Rulers", f"q_{HOURS}": "12", f"q_{WORDS}": "Weekly meetings."}
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def evaluator(db):
    return UserFactory(username="evaluator", first_name="Signe", roles=[EVALUATOR])


@pytest.fixture
def evaluator_client(evaluator, client):
    return sign_in(client, evaluator)


@pytest.fixture
def sent(manager_client, mentor, cohort, django_capture_on_commit_callbacks):
    """The named questionnaire sent to the mentor's cohort today."""
    asked = questionnaire()
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(reverse("evaluation:send"), round_data(asked, cohort))
    assert response.status_code == 302, response.content.decode()
    return Round.objects.get()


def test_sending_asks_the_cohorts_active_mentors_and_mails_them_on_the_opening_day(sent, mentor, cohort):
    leaver = UserFactory(cohort=cohort, roles=[MENTOR], left_programme_on=timezone.localdate())
    asked = set(Invitation.objects.values_list("person__username", flat=True))
    assert asked == {"mentor"} and leaver.username not in asked
    assert [message.to for message in mail.outbox] == [[mentor.email]]
    assert reverse("evaluation:answer", args=[sent.pk]) in mail.outbox[0].body
    assert send_questionnaire_mail() == (0, 0)  # sent once


def test_a_reminder_goes_after_the_interval_to_those_who_have_not_answered_and_only_once(
    sent, mentor, django_capture_on_commit_callbacks
):
    later = timezone.now() + timedelta(days=7, minutes=1)
    assert send_questionnaire_mail(now=later - timedelta(days=1)) == (0, 0)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_questionnaire_mail(now=later) == (0, 1)
    assert send_questionnaire_mail(now=later) == (0, 0)
    assert mail.outbox[-1].subject.startswith("Reminder")
    Invitation.objects.update(answered=True)
    assert send_questionnaire_mail(now=later + timedelta(days=8)) == (0, 0)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"closes_on": (timezone.localdate() - timedelta(days=1)).isoformat()}, "cannot close before it opens"),
        ({"cohort": ""}, "Needed for the group you chose"),
        ({"group": "ended", "ended_from": "2026-01-01", "ended_to": "2026-02-01"}, "Nobody is in this group"),
        ({"remind_every_days": "0"}, "Between 1 and 60 days"),
        ({"group": "seminar"}, "Needed for the group you chose"),
    ],
)
def test_a_round_that_cannot_be_sent_is_refused_and_writes_nothing(manager_client, mentor, cohort, changes, message):
    response = manager_client.post(reverse("evaluation:send"), round_data(questionnaire(), cohort, **changes))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Round.objects.exists() and not Invitation.objects.exists() and mail.outbox == []


def test_only_the_manager_sends_and_only_evaluators_and_the_manager_see_results(
    evaluator_client, mentor_client, facilitator_client, sent
):
    results = reverse("evaluation:results", args=[sent.questionnaire_id])
    assert evaluator_client.get(reverse("evaluation:send")).status_code == 403
    assert evaluator_client.get(results).status_code == 200
    assert mentor_client.get(results).status_code == 403
    assert facilitator_client.get(reverse("evaluation:export")).status_code == 403


def test_the_mentor_saves_a_draft_comes_back_to_it_and_hands_it_in_once(sent, mentor_client, mentor):
    page = reverse("evaluation:answer", args=[sent.pk])
    dashboard = mentor_client.get(reverse("courses:dashboard")).content.decode()
    assert 'data-testid="questionnaires-panel"' in dashboard and page in dashboard

    assert mentor_client.post(page, {**answers(**{f"q_{WORDS}": None}), "save": "1"}).status_code == 302
    draft = Response.objects.get()
    assert not draft.submitted and draft.answers == {AGREE: 4, CHOOSE: "Rulers", HOURS: 12}
    assert 'value="12"' in mentor_client.get(page).content.decode()

    assert mentor_client.post(page, {**answers(), "submit": "1"}).status_code == 302
    handed_in = Response.objects.get()
    assert handed_in.submitted and handed_in.answers[WORDS] == "Weekly meetings."
    assert Invitation.objects.get().answered
    assert "questionnaires-panel" not in mentor_client.get(reverse("courses:dashboard")).content.decode()
    assert AuditEvent.objects.filter(model_label="mentoring.Response", object_id=str(handed_in.pk)).count() == 2

    handed_in_page = mentor_client.get(page).content.decode()
    assert "<dd>Agree</dd>" in handed_in_page and "<dd>Weekly meetings.</dd>" in handed_in_page

    again = mentor_client.post(page, {**answers(**{f"q_{AGREE}": "1"}), "submit": "1"})
    assert again.status_code == 400
    assert Response.objects.get().answers[AGREE] == 4


@pytest.mark.parametrize(
    "spoilt",
    [{f"q_{AGREE}": "6"}, {f"q_{CHOOSE}": "Something not offered"}, {f"q_{HOURS}": "81"}, {f"q_{HOURS}": "many"}],
)
def test_an_answer_outside_what_was_asked_is_refused_and_writes_nothing(sent, mentor_client, spoilt):
    response = mentor_client.post(reverse("evaluation:answer", args=[sent.pk]), {**answers(**spoilt), "submit": "1"})
    assert response.status_code == 400
    assert not Response.objects.exists() and not Invitation.objects.get().answered


def test_handing_in_nothing_is_refused(sent, mentor_client):
    response = mentor_client.post(reverse("evaluation:answer", args=[sent.pk]), {"submit": "1"})
    assert response.status_code == 400 and "Answer at least one question" in response.content.decode()
    assert not Response.objects.exists()


def test_someone_not_asked_gets_404_and_a_closed_round_takes_no_answers(sent, outsider_client, mentor_client):
    page = reverse("evaluation:answer", args=[sent.pk])
    assert outsider_client.get(page).status_code == 404
    assert outsider_client.post(page, {**answers(), "submit": "1"}).status_code == 404
    Round.objects.update(
        closes_on=timezone.localdate() - timedelta(days=1), opens_on=timezone.localdate() - timedelta(days=9)
    )
    assert mentor_client.post(page, {**answers(), "submit": "1"}).status_code == 400
    assert not Response.objects.exists()


def test_a_round_asks_the_version_it_was_sent_with(sent, mentor_client):
    asked = sent.questionnaire
    asked.questions[1].value["statement"] = "A reworded statement"
    asked.save()
    asked.save_revision()
    page = mentor_client.get(reverse("evaluation:answer", args=[sent.pk])).content.decode()
    assert "My mentee and I were a good match." in page and "A reworded statement" not in page


def test_nothing_in_the_database_links_an_anonymous_answer_to_its_author(
    manager_client, mentor_client, mentor, cohort, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(reverse("evaluation:send"), round_data(questionnaire(anonymous=True), cohort))
    round_ = Round.objects.get()
    page = reverse("evaluation:answer", args=[round_.pk])
    assert "nothing links your answers to you" in mentor_client.get(page).content.decode()
    assert mentor_client.post(page, {**answers(), "save": "1"}).status_code == 400  # no drafts when anonymous
    before = {(event.model_label, event.object_id) for event in AuditEvent.objects.all()}

    assert mentor_client.post(page, {**answers(), "submit": "1"}).status_code == 302

    response = Response.objects.get()
    assert response.respondent is None and response.cohort is None
    assert response.saved_at is None and response.submitted_at is None
    invitation = Invitation.objects.get()
    assert invitation.answered  # only that they answered, to stop reminders
    new_events = {(event.model_label, event.object_id) for event in AuditEvent.objects.all()} - before
    assert all(label != "mentoring.Response" and object_id != str(response.pk) for label, object_id in new_events)
    # Every row of every table: the answer's id is only on the answer itself, and the answer's row holds
    # nothing of the person (no id, username, name or e-mail).
    everything = serializers.serialize(
        "json", [obj for model in apps.get_models() for obj in model._default_manager.all()]
    )
    assert everything.count(str(response.pk)) == 1
    row = serializers.serialize("json", [response])
    for trace in (f'"respondent": {mentor.pk}', f'"{mentor.username}"', mentor.email, mentor.first_name):
        assert trace not in row
    assert mentor_client.post(page, {**answers(), "submit": "1"}).status_code == 400
    assert Response.objects.count() == 1


def _answered_by(count, cohort, questionnaire_, manager, **answer_changes):
    round_ = Round.objects.create(
        questionnaire=questionnaire_,
        revision=questionnaire_.latest_revision,
        anonymous=questionnaire_.anonymous,
        group=Round.Group.COHORT,
        cohort=cohort,
        opens_on=timezone.localdate() - timedelta(days=3),
        closes_on=timezone.localdate() + timedelta(days=3),
        sent_by=manager,
    )
    for number in range(count):
        person = UserFactory(cohort=cohort, roles=[MENTOR])
        Invitation.objects.create(round=round_, person=person, answered=True)
        Response.objects.create(
            round=round_,
            respondent=None if questionnaire_.anonymous else person,
            cohort=None if questionnaire_.anonymous else cohort,
            answers={AGREE: 5 if number % 2 else 2, CHOOSE: "Rulers", HOURS: 10 + number, WORDS: f"Worked {number}"},
            submitted=True,
            submitted_at=None if questionnaire_.anonymous else timezone.now() - timedelta(days=number * 40),
        )
    return round_


def test_results_count_each_answer_and_hide_selections_of_fewer_than_five(
    evaluator_client, manager, cohort, other_cohort
):
    asked = questionnaire()
    _answered_by(6, cohort, asked, manager)
    _answered_by(2, other_cohort, asked, manager)
    url = reverse("evaluation:results", args=[asked.pk])
    page = evaluator_client.get(url).content.decode()
    assert "8 people answered" in page
    assert re.search(r"Strongly agree</th><td>4</td><td>50</td>", page)
    assert re.search(r"Disagree</th><td>4</td><td>50</td>", page)
    assert "Worked 5" in page and "<svg" in page
    small = evaluator_client.get(url, {"cohort": other_cohort.pk}).content.decode()
    assert 'data-testid="too-few"' in small and "Worked" not in small and "<svg" not in small
    assert evaluator_client.get(url, {"start": "2026-05-01", "end": "2026-04-01"}).status_code == 400


def test_the_results_page_takes_the_same_queries_for_ten_times_the_answers(evaluator_client, manager, cohort):
    asked = questionnaire()
    _answered_by(5, cohort, asked, manager)
    url = reverse("evaluation:results", args=[asked.pk])
    evaluator_client.get(url)
    with CaptureQueriesContext(connection) as few:
        evaluator_client.get(url)
    _answered_by(50, cohort, asked, manager)
    with CaptureQueriesContext(connection) as many:
        evaluator_client.get(url)
    assert len(many) == len(few)


# The research export -------------------------------------------------------------------------------------


def export_data(**changes):
    data = {
        "first_month": f"{timezone.localdate() - timedelta(days=400):%Y-%m}",
        "last_month": f"{timezone.localdate():%Y-%m}",
        "key": "a key the evaluation unit keeps",
        "purpose": "Yearly evaluation for the funder.",
        "file_format": "csv",
    }
    data.update(changes)
    return data


def export_rows(client, **changes):
    response = client.post(reverse("evaluation:export"), export_data(**changes))
    assert response.status_code == 200, response.content[:500]
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture
def programme_of_mentors(manager, cohort, other_cohort, mentee_case, relationship):
    """Six named answers in the mentor's cohort (plus the demo-like fixtures' mentor with a relationship),
    and two mentors of another cohort: a group under five."""
    asked = questionnaire()
    _answered_by(6, cohort, asked, manager)
    small = [UserFactory(cohort=other_cohort, roles=[MENTOR]) for _ in range(2)]
    return {"questionnaire": asked, "small": small}


def test_the_research_export_names_nobody_and_suppresses_groups_under_five(
    evaluator_client, evaluator, programme_of_mentors, mentor, mentee_case
):
    from django.contrib.auth import get_user_model

    rows = export_rows(evaluator_client)
    headings, data = rows[0], rows[1:]
    text = "\n".join(",".join(row) for row in rows)
    role = headings.index("role")  # "mentor" there is the role, the demo's username is another matter
    cells = {cell for row in rows for number, cell in enumerate(row) if number != role}
    for person in get_user_model().objects.all():
        assert person.username not in cells and person.email not in text and person.first_name not in text
    assert mentee_case.code not in text
    assert not any("Worked" in cell for row in data for cell in row)  # free text left out
    assert "Autumn" not in {row[headings.index("cohort")] for row in data}  # two people: suppressed
    people = {row[0] for row in data}
    assert all(re.fullmatch(r"P-[0-9a-f]{12}", person) for person in people) and len(people) >= 6
    assert all(re.fullmatch(r"\d{4}-\d{2}|", row[headings.index("cohort_started")]) for row in data)
    assert f"q{programme_of_mentors['questionnaire'].pk}_{AGREE[:8]}" in headings

    export = ResearchExport.objects.get()
    assert export.made_by == evaluator and export.purpose == "Yearly evaluation for the funder."
    assert export.rows == len(data) and export.rows_suppressed > 0
    assert AuditEvent.objects.filter(action="export", model_label="export:research.csv", actor=evaluator).exists()


def test_pseudonyms_are_stable_under_one_key_and_differ_under_another(evaluator_client, programme_of_mentors):
    first = {row[0] for row in export_rows(evaluator_client)[1:]}
    again = {row[0] for row in export_rows(evaluator_client)[1:]}
    other = {row[0] for row in export_rows(evaluator_client, key="another key entirely")[1:]}
    assert first == again and not first & other


def test_free_text_only_when_asked_for_and_the_xlsx_has_its_data_dictionary(evaluator_client, programme_of_mentors):
    Response.objects.filter(answers__has_key=WORDS).update(answers={WORDS: "Worked with K-101 weekly", AGREE: 4})
    rows = export_rows(evaluator_client, free_text="on")
    assert any(cell == "Worked with [case code] weekly" for row in rows[1:] for cell in row)
    assert "K-101" not in str(rows)
    response = evaluator_client.post(reverse("evaluation:export"), export_data(file_format="xlsx"))
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Data", "Data dictionary"]
    dictionary = {row[0]: row[1] for row in book["Data dictionary"].iter_rows(values_only=True) if row and row[0]}
    assert "person" in dictionary and "supervision_hours" in dictionary and "miti_technical" in dictionary
    # Questions are numbered as people count them: section headings are not questions.
    assert dictionary[f"q{programme_of_mentors['questionnaire'].pk}_{AGREE[:8]}"].startswith(
        "Mentoring experience, question 1:"
    )


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"key": "short"}, "at least 12 characters"),
        ({"purpose": ""}, "This field is required"),
        ({"first_month": "2026-05", "last_month": "2026-01"}, "cannot be before the first"),
        ({"first_month": "2019-01", "last_month": "2026-01"}, "five years"),
        ({"first_month": "May"}, "Enter a valid date"),
    ],
)
def test_a_research_export_that_cannot_be_made_is_refused_and_logs_nothing(evaluator_client, changes, message):
    response = evaluator_client.post(reverse("evaluation:export"), export_data(**changes))
    assert response.status_code == 400 and message in response.content.decode()
    assert not ResearchExport.objects.exists()
    assert not AuditEvent.objects.filter(action="export").exists()


def test_a_persons_download_holds_their_named_answers_and_erasure_removes_them(sent, mentor_client, mentor):
    from mentorsite import privacy
    from mentorsite.users.privacy import erase

    mentor_client.post(reverse("evaluation:answer", args=[sent.pk]), {**answers(), "submit": "1"})
    data = privacy.export(mentor)
    assert data["questionnaire_answers"][0]["answers"][WORDS] == "Weekly meetings."
    mentor.left_programme_on = timezone.localdate()
    mentor.save()
    erase(mentor)
    assert not Response.objects.exists() and not Invitation.objects.exists()


def test_a_round_opening_later_is_mailed_on_its_opening_day_not_before(
    manager_client, mentor, cohort, django_capture_on_commit_callbacks
):
    tomorrow = timezone.localdate() + timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(reverse("evaluation:send"), round_data(questionnaire(), cohort, opens_on=tomorrow))
    assert mail.outbox == [] and send_questionnaire_mail() == (0, 0)
    assert send_questionnaire_mail(now=timezone.now() + timedelta(days=1)) == (1, 0)


def test_the_evaluation_page_names_a_rounds_seminar_in_the_readers_language(
    evaluator_client, evaluator, manager, seminar, mentor
):
    from mentorsite.users.languages import set_language_of
    from tests.helpers import translate_into_danish

    translate_into_danish(seminar.get_parent().get_parent(), seminar.get_parent(), seminar)
    asked = questionnaire()
    Round.objects.create(
        questionnaire=asked,
        revision=asked.latest_revision,
        group=Round.Group.SEMINAR,
        seminar=seminar,
        opens_on=timezone.localdate(),
        closes_on=timezone.localdate(),
        sent_by=manager,
    )
    set_language_of(evaluator, "da")
    page = evaluator_client.get(reverse("evaluation:home")).content.decode()
    assert f"[da] {seminar.title}" in page
