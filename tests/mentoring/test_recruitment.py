"""Recruitment: an application on the public page, the stages one at a time, acceptance into an account.

The rules are in mentoring/recruitment/services.py; these tests go through the pages, as people do.
"""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrolment
from mentoring.models import Applicant, ApplicantSource, MentorProfile, StageRecord, StopReason
from mentoring.recruitment.services import stages
from mentorsite import privacy
from mentorsite.audit.models import AuditEvent
from mentorsite.users.models import Cohort
from mentorsite.users.roles import COACH, MENTOR
from tests.factories import UserFactory
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db


def application(**changes):
    data = {
        "first_name": "Line",
        "last_name": "Bech",
        "email": "line.bech@example.org",
        "phone": "+45 20 11 22 33",
        "source": ApplicantSource.objects.get(code="prison_mentor_scheme").pk,
        "source_detail": "",
        "motivation": "I want to help people leave a gang.",
        "experience": "Youth worker for eight years.",
        "languages": "Danish, English",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return data


def apply(client=None, **changes):
    return (client or Client()).post(reverse("recruitment:apply"), application(**changes))


@pytest.fixture
def applicant(db):
    response = apply()
    assert response.status_code == 302, response.content.decode()[:2000]
    return Applicant.objects.get()


def stage_data(applicant, outcome, **more):
    applicant.refresh_from_db()
    return {"stage": applicant.stage_id, "outcome": outcome, "held_on": timezone.localdate().isoformat(), **more}


def record(client, applicant, outcome, **more):
    return client.post(reverse("recruitment:record_stage", args=[applicant.pk]), stage_data(applicant, outcome, **more))


# The public application ----------------------------------------------------------------------------


def test_a_visitor_applies_and_lands_at_the_first_stage(applicant):
    assert applicant.stage == stages()[0]
    assert applicant.status == Applicant.Status.ACTIVE
    assert applicant.consented_at is not None and applicant.added_by is None


def test_the_public_page_says_how_the_application_is_kept():
    page = Client().get(reverse("recruitment:apply")).content.decode()
    assert "deleted 6 months after the decision" in page
    assert 'class="honeypot" aria-hidden="true"' in page


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"website": "http://cheap-pills.example"}, "as robots do"),
        ({"consent": ""}, "if you agree to how it is kept"),
        ({"email": "not-an-address"}, "valid email"),
        ({"motivation": ""}, "This field is required"),
        ({"source": "999999"}, "Select a valid choice"),
    ],
)
def test_bad_applications_are_refused_and_write_nothing(changes, message):
    response = apply(**changes)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Applicant.objects.exists()


def test_a_second_application_from_the_same_address_within_a_day_is_refused(applicant):
    response = apply(email="LINE.BECH@example.org ", first_name="Other")
    assert response.status_code == 400
    assert "arrived within the last day" in response.content.decode()
    assert Applicant.objects.count() == 1
    Applicant.objects.update(received_at=timezone.now() - timedelta(days=1, minutes=1))
    assert apply().status_code == 302


def test_applications_are_limited_per_client_address(settings):
    settings.APPLICATIONS_PER_CLIENT_PER_HOUR = 2
    client = Client(REMOTE_ADDR="203.0.113.9")
    for number in range(2):
        assert apply(client, email=f"person{number}@example.org").status_code == 302
    refused = apply(client, email="person3@example.org")
    assert refused.status_code == 400 and "Too many applications" in refused.content.decode()
    assert Applicant.objects.count() == 2
    # Another address is not held up.
    assert apply(Client(REMOTE_ADDR="203.0.113.10"), email="person4@example.org").status_code == 302


# Through the stages to an account ------------------------------------------------------------------


def test_the_manager_moves_an_applicant_through_every_stage_and_accepts(
    applicant, manager_client, mentor_track, django_capture_on_commit_callbacks
):
    cohort = Cohort.objects.create(name="Spring 2027", starts_on=timezone.localdate() + timedelta(days=30))
    for stage in stages()[:-1]:
        notes = {"competencies": "listening, conflict handling"} if stage.code == "phone_interview" else {}
        response = record(manager_client, applicant, "continue", notes=f"{stage} done.", **notes)
        assert response.status_code == 302, response.content.decode()[:3000]
    applicant.refresh_from_db()
    assert applicant.stage == stages()[-1]

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = record(manager_client, applicant, "accept", cohort=cohort.pk, track=mentor_track.pk)
    assert response.status_code == 302, response.content.decode()[:3000]

    applicant.refresh_from_db()
    user = applicant.account
    assert applicant.status == Applicant.Status.ACCEPTED and applicant.decided_on == timezone.localdate()
    assert (user.first_name, user.last_name, user.email, user.cohort) == ("Line", "Bech", applicant.email, cohort)
    assert user.groups.filter(name=MENTOR).exists() and not user.has_usable_password()
    assert Enrolment.objects.filter(user=user, track=mentor_track).exists()
    profile = MentorProfile.objects.get(user=user)
    assert profile.experience == "Youth worker for eight years." and profile.languages == "Danish, English"
    assert profile.competencies == "listening, conflict handling"
    assert StageRecord.objects.filter(applicant=applicant).count() == len(stages())

    # The invitation: a link to choose a password, which works once; then the mentor signs in.
    [invitation] = mail.outbox
    assert invitation.to == [applicant.email]
    link = re.search(r"https?://\S+/accounts/password-reset/\S+", invitation.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    visitor = Client()
    form_page = visitor.get("/" + path, follow=True)
    assert "new_password1" in form_page.content.decode()
    password = "a long and new password 2027"
    done = visitor.post(form_page.redirect_chain[-1][0], {"new_password1": password, "new_password2": password})
    assert done.status_code == 302
    assert Client().get("/" + path, follow=True).context["validlink"] is False  # once only
    signed_in = Client()
    response = signed_in.post(reverse("login"), {"username": user.username, "password": password}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("courses:dashboard")
    assert mentor_track.title in response.content.decode()


def test_a_stage_cannot_be_skipped(applicant, manager_client):
    later = stages()[2]
    response = manager_client.post(
        reverse("recruitment:record_stage", args=[applicant.pk]),
        {**stage_data(applicant, "continue"), "stage": later.pk},
    )
    assert response.status_code == 400
    assert "stages are not skipped" in response.content.decode()
    applicant.refresh_from_db()
    assert applicant.stage == stages()[0] and not StageRecord.objects.exists()


def test_a_stage_without_an_outcome_is_refused(applicant, manager_client):
    response = record(manager_client, applicant, "")
    assert response.status_code == 400 and "Choose the outcome of this stage." in response.content.decode()
    assert not StageRecord.objects.exists()


def test_only_the_decision_accepts_and_the_decision_does_not_continue(applicant, manager_client):
    response = record(manager_client, applicant, "accept")
    assert response.status_code == 400 and "not open at this stage" in response.content.decode()
    Applicant.objects.filter(pk=applicant.pk).update(stage=stages()[-1])
    response = record(manager_client, applicant, "continue")
    assert response.status_code == 400 and "not open at this stage" in response.content.decode()
    response = record(manager_client, applicant, "accept")
    assert response.status_code == 400 and "Needed to accept" in response.content.decode()
    assert not StageRecord.objects.exists() and not get_user_model().objects.filter(email=applicant.email).exists()


def test_a_stop_needs_its_reason_and_closes_the_application(applicant, manager_client):
    response = record(manager_client, applicant, "stop")
    assert response.status_code == 400 and "Say why the application stops." in response.content.decode()
    assert not StageRecord.objects.exists()
    reason = StopReason.objects.get(code="vetting")
    assert record(manager_client, applicant, "stop", stop_reason=reason.pk).status_code == 302
    applicant.refresh_from_db()
    assert applicant.status == Applicant.Status.STOPPED and applicant.decided_on == timezone.localdate()
    again = record(manager_client, applicant, "continue")
    assert again.status_code == 400 and StageRecord.objects.count() == 1


def test_a_stage_in_the_future_is_refused(applicant, manager_client):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = record(manager_client, applicant, "continue", held_on=tomorrow)
    assert response.status_code == 400 and not StageRecord.objects.exists()


def test_an_address_that_has_an_account_is_not_given_a_second(applicant, manager_client, mentor, mentor_track):
    Applicant.objects.filter(pk=applicant.pk).update(stage=stages()[-1], email=mentor.email)
    cohort = Cohort.objects.create(name="Spring 2027", starts_on=timezone.localdate())
    response = record(manager_client, applicant, "accept", cohort=cohort.pk, track=mentor_track.pk)
    assert response.status_code == 400 and "exists already" in response.content.decode()
    assert not StageRecord.objects.exists()
    assert get_user_model().objects.filter(email=mentor.email).count() == 1


# Who sees an applicant -----------------------------------------------------------------------------


def test_interviewers_see_their_applicants_and_nobody_else_does(applicant, manager_client, coach):
    other_coach = UserFactory(username="other-coach", roles=[COACH])
    url = reverse("recruitment:applicant", args=[applicant.pk])
    manager_client.post(reverse("recruitment:interviewers", args=[applicant.pk]), {"interviewers": [coach.pk]})
    assert list(applicant.interviewers.all()) == [coach]

    interviewer = sign_in(Client(), coach)
    assert interviewer.get(url).status_code == 200
    assert applicant.full_name in interviewer.get(reverse("recruitment:board")).content.decode()
    assert applicant.full_name in interviewer.get(reverse("courses:dashboard")).content.decode()
    assert sign_in(Client(), other_coach).get(url).status_code == 404
    assert sign_in(Client(), other_coach).get(reverse("recruitment:board")).status_code == 403
    # Every reading is in the audit trail.
    assert AuditEvent.objects.filter(
        actor=coach, action=AuditEvent.Action.VIEW, model_label="mentoring.Applicant", object_id=str(applicant.pk)
    ).exists()

    # The interviewer records the phone interview, but the decision to employ is the manager's.
    assert record(interviewer, applicant, "continue").status_code == 302
    Applicant.objects.filter(pk=applicant.pk).update(stage=stages()[-1])
    cohort = Cohort.objects.create(name="Spring 2027", starts_on=timezone.localdate())
    assert record(interviewer, applicant, "accept", cohort=cohort.pk).status_code in (400, 403)
    applicant.refresh_from_db()
    assert applicant.status == Applicant.Status.ACTIVE and applicant.account is None


def test_the_manager_adds_an_application_by_hand(manager_client, manager):
    data = application(received_on=(timezone.localdate() - timedelta(days=3)).isoformat())
    response = manager_client.post(reverse("recruitment:applicant_create"), data)
    assert response.status_code == 302
    added = Applicant.objects.get()
    assert added.added_by == manager and added.consented_at is None
    assert added.received_on == timezone.localdate() - timedelta(days=3)


# Privacy ------------------------------------------------------------------------------------------


def test_the_manager_downloads_and_erases_an_applicant(applicant, manager_client):
    data = manager_client.get(reverse("recruitment:applicant_data", args=[applicant.pk])).json()
    assert data["application"][0]["email"] == "line.bech@example.org"
    not_confirmed = manager_client.post(reverse("recruitment:applicant_erase", args=[applicant.pk]), {})
    assert not_confirmed.status_code == 400 and Applicant.objects.exists()
    erased = manager_client.post(reverse("recruitment:applicant_erase", args=[applicant.pk]), {"confirm": "on"})
    assert erased.status_code == 302 and not Applicant.objects.exists()
    assert AuditEvent.objects.filter(action="delete", model_label="mentoring.Applicant").exists()


def test_applicants_not_accepted_are_deleted_six_months_after_the_decision(applicant, manager_client):
    reason = StopReason.objects.get(code="suitability")
    record(manager_client, applicant, "stop", stop_reason=reason.pk)
    active = Applicant.objects.create(
        first_name="Still", last_name="Waiting", email="still@example.org", source=applicant.source,
        motivation="m", experience="e", stage=stages()[0],
    )  # fmt: skip
    now = timezone.now()
    privacy.expire(now + timedelta(days=182))
    assert Applicant.objects.count() == 2
    privacy.expire(now + timedelta(days=184))
    assert list(Applicant.objects.all()) == [active]
    assert not StageRecord.objects.exists()
