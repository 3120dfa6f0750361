"""Supervision records: who sees what, locked finalisation with addenda, refused identifiers, access log,
concerns, MITI forms and the coach's dashboard."""

import xml.etree.ElementTree as ET

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from mentorsite.users.roles import COACH, MANAGER, MENTOR
from supervision.models import (
    AgreedAction,
    CoachAssignment,
    Concern,
    MitiCoding,
    RecordAccess,
    SupervisionRecord,
)
from supervision.notifications import notify_managers_of_concern
from tests.conftest import PRIVATE_NOTE, miti_values
from tests.factories import UserFactory
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db


def record_form_data(mentor, **overrides):
    data = {
        "held_on": timezone.localdate().isoformat(),
        "duration_minutes": "60",
        "format": "one_to_one",
        "attendees": [mentor.pk],
        "topics": "reflections, release planning",
        "mi_skills": ["reflections", "change_talk"],
        "summary": "We looked at case K-17 and practised reflections.",
        "private_notes": "My own notes.",
        "next_meeting": "",
        "actions-TOTAL_FORMS": "1",
        "actions-INITIAL_FORMS": "0",
        "actions-MIN_NUM_FORMS": "0",
        "actions-MAX_NUM_FORMS": "20",
        "actions-0-description": "Write down three reflections after each meeting",
        "actions-0-owner": mentor.pk,
        "actions-0-due_on": "",
    }
    data.update(overrides)
    return data


def test_coach_writes_a_draft_finalises_it_and_adds_an_addendum(coach_client, coach, mentor, assignment):
    response = coach_client.post(reverse("supervision:record_create"), record_form_data(mentor))
    assert response.status_code == 302, response.content.decode()[:2000]
    record = SupervisionRecord.objects.get()
    assert record.coach == coach and list(record.attendees.all()) == [mentor]
    assert sorted(record.topics.names()) == ["reflections", "release planning"]
    assert record.actions.get().owner == mentor and not record.is_final

    unconfirmed = coach_client.post(reverse("supervision:record_finalise", args=[record.pk]), follow=True)
    assert "finalising cannot be undone" in unconfirmed.content.decode()
    record.refresh_from_db()
    assert not record.is_final
    coach_client.post(reverse("supervision:record_finalise", args=[record.pk]), {"confirm": "yes"})
    record.refresh_from_db()
    assert record.is_final and record.finalised_at

    # Locked: editing is refused with the addendum offered instead, and a posted edit changes nothing.
    response = coach_client.get(reverse("supervision:record_edit", args=[record.pk]), follow=True)
    assert "Add an addendum instead" in response.content.decode()
    coach_client.post(
        reverse("supervision:record_edit", args=[record.pk]), record_form_data(mentor, summary="Rewritten")
    )
    record.refresh_from_db()
    assert record.summary.startswith("We looked at")

    coach_client.post(reverse("supervision:record_addendum", args=[record.pk]), {"text": "K-17 moved wing."})
    assert record.addenda.get().text == "K-17 moved wing."


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("summary", "Mentee 010190-1234 was tired.", "CPR"),
        ("summary", "Mentee 0101901234 was tired.", "CPR"),
        ("private_notes", "Write to mentee@example.org", "e-mail address"),
        ("topics", "family of 311299-9999", "CPR"),
        ("actions-0-description", "Call 150575-4321", "CPR"),
    ],
)
def test_identifiers_are_refused_and_nothing_is_saved(coach_client, mentor, assignment, field, value, message):
    response = coach_client.post(reverse("supervision:record_create"), record_form_data(mentor, **{field: value}))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SupervisionRecord.objects.exists() and not AgreedAction.objects.exists()


def test_case_codes_and_dates_are_fine(coach_client, mentor, assignment):
    data = record_form_data(mentor, summary="Case K-2023-17 met on 12-05-2026 at 10:30, room 1204.")
    assert coach_client.post(reverse("supervision:record_create"), data).status_code == 302


def test_attendees_are_only_the_coachs_supervisees(coach_client, outsider, assignment):
    response = coach_client.post(reverse("supervision:record_create"), record_form_data(outsider))
    assert response.status_code == 400
    assert not SupervisionRecord.objects.exists()


def test_private_notes_never_reach_a_mentor(mentor_client, mentor, final_record, coding):
    final_record.addenda.create(author=final_record.coach, text="An addendum.")
    pages = [
        reverse("supervision:record", args=[final_record.pk]),
        reverse("supervision:records"),
        reverse("supervision:mine"),
        reverse("supervision:miti", args=[coding.pk]),
        reverse("courses:dashboard"),
        reverse("scheduling:calendar"),
    ]
    for url in pages:
        body = mentor_client.get(url).content.decode()
        assert PRIVATE_NOTE not in body, url
    detail = mentor_client.get(pages[0]).content.decode()
    assert final_record.summary in detail and "An addendum." in detail and "Try two reflections" in detail


def test_coach_and_manager_read_the_private_notes(coach_client, manager_client, final_record):
    for client in (coach_client, manager_client):
        assert PRIVATE_NOTE in client.get(reverse("supervision:record", args=[final_record.pk])).content.decode()


def test_drafts_are_not_shown_to_the_mentor(mentor_client, draft_record):
    assert mentor_client.get(reverse("supervision:record", args=[draft_record.pk])).status_code == 404


def test_another_coach_gets_404_and_the_attempt_is_logged(final_record, cohort):
    other_coach = UserFactory(roles=[MENTOR, COACH], cohort=cohort)
    client = pytest.importorskip("django.test").Client()
    sign_in(client, other_coach)
    assert client.get(reverse("supervision:record", args=[final_record.pk])).status_code == 404
    refused = RecordAccess.objects.get(user=other_coach)
    assert refused.outcome == "refused" and refused.record_id == final_record.pk


def test_every_opening_is_logged_and_the_manager_lists_them(mentor_client, manager_client, mentor, final_record):
    mentor_client.get(reverse("supervision:record", args=[final_record.pk]), REMOTE_ADDR="10.1.2.3")
    opened = RecordAccess.objects.get(user=mentor)
    assert (opened.outcome, opened.record_id, opened.client_address) == ("opened", final_record.pk, "10.1.2.3")
    per_record = manager_client.get(reverse("supervision:record_accesses", args=[final_record.pk])).content.decode()
    assert mentor.full_name in per_record and "10.1.2.3" in per_record
    per_person = manager_client.get(reverse("supervision:person_accesses", args=[mentor.pk])).content.decode()
    assert "10.1.2.3" in per_person


def test_concern_notifies_managers_once_and_tops_their_dashboard(
    coach_client, manager_client, manager, final_record, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = coach_client.post(
            reverse("supervision:raise_concern", args=[final_record.pk]),
            {"category": "safeguarding", "description": "K-17 talked about a threat."},
        )
    assert response.status_code == 302
    concern = Concern.objects.get()
    [notice] = mail.outbox
    assert notice.to == [manager.email] and "K-17" not in notice.body  # the content stays behind the login
    assert notify_managers_of_concern.call(concern.pk) is False
    assert len(mail.outbox) == 1

    dashboard = manager_client.get(reverse("courses:dashboard")).content.decode()
    assert "Concerns waiting for acknowledgement" in dashboard and "Safeguarding" in dashboard
    assert dashboard.index("concerns-heading") < dashboard.index("Upcoming sessions")
    manager_client.post(reverse("supervision:acknowledge_concern", args=[concern.pk]))
    manager_client.post(reverse("supervision:acknowledge_concern", args=[concern.pk]))
    concern.refresh_from_db()
    assert concern.acknowledged_by == manager
    assert "None: every concern is acknowledged." in manager_client.get(reverse("courses:dashboard")).content.decode()


def test_concern_with_an_identifier_is_refused(coach_client, final_record):
    coach_client.post(
        reverse("supervision:raise_concern", args=[final_record.pk]),
        {"category": "security", "description": "Mentee 010190-1234"},
    )
    assert not Concern.objects.exists()


def test_mentor_marks_their_action_done_but_not_someone_elses(mentor_client, outsider_client, final_record):
    action = final_record.actions.get()
    assert outsider_client.post(reverse("supervision:action_done", args=[action.pk])).status_code == 404
    mentor_client.post(reverse("supervision:action_done", args=[action.pk]))
    action.refresh_from_db()
    assert action.done_at is not None


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"empathy": "0"}, "greater than or equal to 1"),
        ({"partnership": "6"}, "less than or equal to 5"),
        ({"question": "-1"}, "greater than or equal to 0"),
        ({"affirm": "many"}, "Enter a whole number"),
    ],
)
def test_bad_miti_input_is_refused(coach_client, mentor, assignment, overrides, message):
    data = {"mentor": mentor.pk, "coded_on": "2026-11-01", "context": "role_play", "minutes_coded": "20"}
    data.update({k: str(v) for k, v in miti_values().items()})
    data.update(overrides)
    response = coach_client.post(reverse("supervision:miti_create"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not MitiCoding.objects.exists()


def test_coach_codes_a_conversation_and_sees_levels_and_trend(coach_client, mentor, assignment):
    data = {"mentor": mentor.pk, "coded_on": "2026-11-01", "context": "role_play", "minutes_coded": "20"}
    data.update({k: str(v) for k, v in miti_values(simple_reflection=0, complex_reflection=0).items()})
    response = coach_client.post(reverse("supervision:miti_create"), data, follow=True)
    body = response.content.decode()
    assert "not applicable" in body and "Technical" in body and "good" in body  # relational 4.0
    svg = coach_client.get(reverse("supervision:miti_trend", args=[mentor.pk])).content
    tree = ET.fromstring(svg)  # noqa: S314 - our own SVG; parsing proves it is well-formed XML
    assert tree.tag.endswith("svg")
    assert b"stroke-dasharray" in svg and b"<circle" in svg


def test_coach_dashboard_queries_do_not_grow_with_supervisees(coach_client, coach, cohort, mentor):
    def add_supervisees(count):
        for _ in range(count):
            person = UserFactory(roles=[MENTOR], cohort=cohort)
            CoachAssignment.objects.create(coach=coach, mentor=person)
            record = SupervisionRecord.objects.create(
                coach=coach, held_on=timezone.localdate(), duration_minutes=30, format="one_to_one", summary="s"
            )
            record.attendees.add(person)
            AgreedAction.objects.create(record=record, description="a", owner=person)
            MitiCoding.objects.create(coach=coach, mentor=person, **miti_values())

    def count():
        coach_client.get(reverse("supervision:coach_overview"))  # warm the caches; measure the steady state
        with CaptureQueriesContext(connection) as queries:
            assert coach_client.get(reverse("supervision:coach_overview")).status_code == 200
        return len(queries)

    add_supervisees(5)
    five = count()
    add_supervisees(45)
    assert count() == five


def test_coach_dashboard_shows_overdue_and_open_actions(
    coach_client, coach, mentor, assignment, final_record, settings
):
    SupervisionRecord.objects.filter(pk=final_record.pk).update(
        held_on=timezone.localdate() - timezone.timedelta(days=50)
    )
    body = coach_client.get(reverse("supervision:coach_overview")).content.decode()
    assert "50 days ago" in body and "Overdue" in body
    settings.SUPERVISION_INTERVAL_DAYS = 60
    assert "Overdue" not in coach_client.get(reverse("supervision:coach_overview")).content.decode()


def test_manager_sees_every_mentors_trend(manager_client, manager, coding):
    assert MANAGER in manager.groups.values_list("name", flat=True)
    assert manager_client.get(reverse("supervision:mentor", args=[coding.mentor_id])).status_code == 200


def test_action_done_never_redirects_off_site(mentor_client, final_record):
    action = final_record.actions.get()
    response = mentor_client.post(
        reverse("supervision:action_done", args=[action.pk]), {"next": "https://evil.example/"}
    )
    assert response.status_code == 302 and response.url == reverse("supervision:mine")


def test_miti_and_supervision_pages_are_logged_and_refusals_too(coach_client, mentor_client, mentor, coding, cohort):
    from django.test import Client

    mentor_client.get(reverse("supervision:miti", args=[coding.pk]))
    mentor_client.get(reverse("supervision:miti_trend", args=[mentor.pk]))
    assert set(RecordAccess.objects.filter(user=mentor).values_list("subject", "outcome")) == {
        ("miti", "opened"),
        ("miti_trend", "opened"),
    }
    stranger = UserFactory(roles=[MENTOR, COACH], cohort=cohort)
    client = Client()
    sign_in(client, stranger)
    for url in (
        reverse("supervision:miti", args=[coding.pk]),
        reverse("supervision:miti_trend", args=[mentor.pk]),
        reverse("supervision:mentor", args=[mentor.pk]),
    ):
        assert client.get(url).status_code == 404
    assert RecordAccess.objects.filter(user=stranger, outcome="refused").count() == 3


def test_reading_summaries_on_the_supervision_page_logs_each_record(manager_client, manager, mentor, final_record):
    manager_client.get(reverse("supervision:mentor", args=[mentor.pk]))
    assert RecordAccess.objects.filter(user=manager, subject="record", record_id=final_record.pk).exists()


def test_waiting_concerns_come_first_and_reading_them_is_logged(manager_client, manager, final_record, coach):
    old = Concern.objects.create(record=final_record, raised_by=coach, category="security", description="Old one")
    old.acknowledged_at = timezone.now()
    old.save()
    waiting = Concern.objects.create(record=final_record, raised_by=coach, category="wellbeing", description="Waiting")
    assert list(Concern.objects.all()) == [waiting, old]
    body = manager_client.get(reverse("supervision:concerns")).content.decode()
    assert body.index("Waiting") < body.index("Old one")
    assert RecordAccess.objects.filter(user=manager, subject="concern").count() == 2
