"""Mentee cases move along their path, get matched by the rules, and refuse what identifies a person."""

import pytest
from django.urls import reverse

from mentoring.models import CaseStatus, MenteeCase, MentorProfile, Relationship
from mentoring.services import next_case_code
from mentorsite.audit.models import AuditEvent
from mentorsite.users.roles import MENTOR
from tests.conftest import at
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def case_data(mentee_case, **changes):
    data = {
        "code": "K-202",
        "institution": mentee_case.institution.pk,
        "target_group": mentee_case.target_group.pk,
        "suggested_by": "police",
        "suggested_on": at(-3).date().isoformat(),
        "expected_release": "2027-05",
        "notes": "",
    }
    return {**data, **changes}


def test_a_new_case_is_proposed_the_next_free_code_and_starts_as_suggested(manager_client, mentee_case):
    assert next_case_code() == "K-202"
    response = manager_client.get(reverse("mentoring:case_create"))
    assert 'value="K-202"' in response.content.decode()
    response = manager_client.post(reverse("mentoring:case_create"), case_data(mentee_case))
    case = MenteeCase.objects.get(code="K-202")
    assert response.status_code == 302
    assert case.status == CaseStatus.SUGGESTED
    assert case.expected_release.isoformat() == "2027-05-01"
    assert list(case.status_changes.values_list("to_status", flat=True)) == [CaseStatus.SUGGESTED]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"code": "K-201"}, "already exists"),
        ({"code": "Karl"}, "case code is one to four capital letters"),
        ({"code": "K-0122"}, "without leading zeros"),
        ({"notes": "Born 010190-1234, ask the officer."}, "personal identification number"),
        ({"notes": "Write to kim@example.org"}, "e-mail address"),
        ({"notes": "Friends: Ahmed Hassan, Peter Jensen, Mads Nielsen"}, "list of people"),
        ({"suggested_on": "2999-01-01"}, "cannot be in the future"),
    ],
)
def test_bad_case_input_is_refused_with_a_message_and_writes_nothing(manager_client, mentee_case, changes, message):
    before = MenteeCase.objects.count()
    response = manager_client.post(reverse("mentoring:case_create"), case_data(mentee_case, **changes))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert MenteeCase.objects.count() == before


def test_a_case_moves_one_step_at_a_time_and_a_skip_is_refused(manager_client, manager):
    from mentoring.models import Institution, TargetGroup

    case = MenteeCase.objects.create(
        code="K-300",
        institution=Institution.objects.create(name="Vestby Arresthus", kind="remand"),
        target_group=TargetGroup.objects.get(code="gang_exit"),
        suggested_by="police",
        suggested_on=at(-20).date(),
        status_changed_on=at(-20).date(),
    )
    url = reverse("mentoring:case_status", args=[case.pk])
    skip = manager_client.post(url, {"to_status": "motivating", "changed_on": at(-1).date(), "reason": "Keen"})
    assert skip.status_code == 400 and "choose one of the steps offered" in skip.content.decode()
    case.refresh_from_db()
    assert case.status == CaseStatus.SUGGESTED and not case.status_changes.exists()

    early = manager_client.post(url, {"to_status": "assessing", "changed_on": at(-30).date(), "reason": "Meeting"})
    assert early.status_code == 400 and "before the case" in early.content.decode()

    for status in ("assessing", "motivating"):
        response = manager_client.post(url, {"to_status": status, "changed_on": at(-1).date(), "reason": "Next"})
        assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.MOTIVATING
    change = case.status_changes.last()
    assert (change.from_status, change.to_status, change.changed_by) == ("assessing", "motivating", manager)

    manager_client.post(url, {"to_status": "declined", "changed_on": at(0).date(), "reason": "Said no"})
    closed = manager_client.post(url, {"to_status": "withdrawn", "changed_on": at(0).date(), "reason": "Again"})
    assert closed.status_code == 400
    case.refresh_from_db()
    assert case.status == CaseStatus.DECLINED


def _allowed(mentor, capacity=1):
    return MentorProfile.objects.create(user=mentor, capacity=capacity, may_be_matched_in_training=True,
                                        languages="Danish, Arabic", competencies="housing")  # fmt: skip


def match_data(**changes):
    return {"matched_on": at(0).date().isoformat(), "reason": "Knows the housing office.", "fit": ["Arabic"], **changes}


def test_only_trained_or_allowed_mentors_are_matched(manager_client, mentee_case, mentor):
    url = reverse("mentoring:match", args=[mentee_case.pk]) + f"?mentor={mentor.pk}"
    refused = manager_client.post(url, match_data(fit=[]))
    assert refused.status_code == 400
    assert "has not completed the mentor track" in refused.content.decode()
    assert not Relationship.objects.exists()

    _allowed(mentor)
    response = manager_client.post(url, match_data())
    relationship = Relationship.objects.get()
    assert response.status_code == 302 and response.url == reverse("mentoring:agreement", args=[relationship.pk])
    assert relationship.fit == ["Arabic"] and relationship.mentor == mentor
    mentee_case.refresh_from_db()
    assert mentee_case.status == CaseStatus.MATCHED


def test_a_mentor_at_capacity_is_matched_only_with_the_managers_override(manager_client, relationship, mentor):
    from mentoring.models import Institution, TargetGroup

    _allowed(mentor, capacity=1)
    second = MenteeCase.objects.create(
        code="K-203", institution=Institution.objects.get(), target_group=TargetGroup.objects.get(code="other"),
        suggested_by="police", suggested_on=at(-9).date(), status=CaseStatus.MOTIVATING,
        status_changed_on=at(-9).date(),
    )  # fmt: skip
    url = reverse("mentoring:match", args=[second.pk]) + f"?mentor={mentor.pk}"
    refused = manager_client.post(url, match_data())
    assert refused.status_code == 400 and "Tick the override" in refused.content.decode()
    assert Relationship.objects.filter(case=second).count() == 0
    assert manager_client.post(url, match_data(over_capacity="on")).status_code == 302
    assert Relationship.objects.get(case=second).over_capacity


def test_a_case_not_ready_cannot_be_matched(manager_client, relationship, mentor):
    _allowed(mentor, capacity=5)
    url = reverse("mentoring:match", args=[relationship.case_id]) + f"?mentor={mentor.pk}"
    response = manager_client.post(url, match_data())
    assert response.status_code == 400
    assert Relationship.objects.count() == 1


def test_the_match_screen_shows_load_and_profile_and_is_logged(manager_client, relationship, mentor):
    _allowed(mentor, capacity=3)
    response = manager_client.get(reverse("mentoring:match", args=[relationship.case_id]))
    row = response.content.decode().split('data-testid="mentor-rows"')[1]
    assert "1 of 3" in row and "Danish, Arabic" in row
    assert AuditEvent.objects.filter(model_label="mentoring.MenteeCase", action="view").exists()


def test_the_match_screen_takes_the_same_queries_for_ten_times_the_mentors(manager_client, mentee_case, cohort,
                                                                            django_assert_max_num_queries):  # fmt: skip
    url = reverse("mentoring:match", args=[mentee_case.pk])

    def add_mentors(number):
        for _ in range(number):
            _allowed(UserFactory(cohort=cohort, roles=[MENTOR]), capacity=2)

    add_mentors(2)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        manager_client.get(url)
    add_mentors(18)
    with django_assert_max_num_queries(len(few)):
        response = manager_client.get(url)
    assert response.content.decode().count("?mentor=") == 20
