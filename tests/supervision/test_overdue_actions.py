"""Agreed actions past their due date are flagged where the mentor and the coach look at them."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from supervision.models import AgreedAction

pytestmark = pytest.mark.django_db


@pytest.fixture
def overdue_action(final_record, mentor):
    return AgreedAction.objects.create(
        record=final_record,
        description="Prepare the review with case K-17",
        owner=mentor,
        due_on=timezone.localdate() - timedelta(days=1),
    )


def test_an_overdue_action_is_flagged_for_the_mentor_and_the_coach(mentor_client, coach_client, mentor, overdue_action):
    mine = mentor_client.get(reverse("supervision:mine")).content.decode()
    assert 'data-testid="overdue"' in mine
    assert 'data-testid="overdue"' in coach_client.get(reverse("supervision:mentor", args=[mentor.pk])).content.decode()
    overview = coach_client.get(reverse("supervision:coach_overview")).content.decode()
    assert "1 overdue" in overview
    record = coach_client.get(reverse("supervision:record", args=[overdue_action.record.pk])).content.decode()
    assert 'data-testid="overdue"' in record


def test_actions_due_today_or_done_are_not_overdue(mentor_client, coach_client, overdue_action):
    other = AgreedAction.objects.get(description="Try two reflections per question")  # no due date
    other.due_on = timezone.localdate()
    other.save()
    overdue_action.done_at = timezone.now()
    overdue_action.save()
    assert 'data-testid="overdue"' not in mentor_client.get(reverse("supervision:mine")).content.decode()
    assert "overdue-actions" not in coach_client.get(reverse("supervision:coach_overview")).content.decode()
