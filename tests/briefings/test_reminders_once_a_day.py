"""Reminders to confirm a briefing: nobody twice within a day, and staff see when they last sent them.

Regression: "Send a reminder to everyone missing" resent to all of them on every click.
"""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse

from courses.models import BriefingReminder
from mentorsite.users.privacy import personal_data

pytestmark = pytest.mark.django_db


def test_a_second_click_reminds_nobody_twice_within_a_day(facilitator_client, mentor, coach, urgent_briefing):
    remind = reverse("courses:remind_briefing", args=[urgent_briefing.pk])
    coverage = reverse("courses:briefing_coverage", args=[urgent_briefing.pk])
    assert 'data-testid="last-reminder"' not in facilitator_client.get(coverage).content.decode()
    mail.outbox.clear()
    facilitator_client.post(remind)
    assert sorted(m.to[0] for m in mail.outbox) == sorted([mentor.email, coach.email])
    page = facilitator_client.get(coverage).content.decode()
    assert "to 2 people" in page and 'data-testid="last-reminder"' in page

    mail.outbox.clear()
    answer = facilitator_client.post(remind, follow=True).content.decode()
    assert mail.outbox == []
    assert "were reminded less than a day ago" in answer

    # A day later they may be reminded again.
    BriefingReminder.objects.update(sent_at=BriefingReminder.objects.first().sent_at - timedelta(days=1, minutes=1))
    facilitator_client.post(remind)
    assert len(mail.outbox) == 2


def test_someone_new_to_the_list_is_reminded_while_the_others_wait(
    facilitator_client, mentor, coach, outsider, urgent_briefing, mentor_track
):
    from tests.factories import EnrolmentFactory

    remind = reverse("courses:remind_briefing", args=[urgent_briefing.pk])
    outsider.is_active = False
    outsider.save()
    facilitator_client.post(remind)
    outsider.is_active = True
    outsider.save()
    EnrolmentFactory(user=outsider, track=mentor_track)
    mail.outbox.clear()
    facilitator_client.post(remind)
    assert [m.to[0] for m in mail.outbox] == [outsider.email]


def test_reminders_are_part_of_the_persons_data(facilitator_client, mentor, urgent_briefing):
    facilitator_client.post(reverse("courses:remind_briefing", args=[urgent_briefing.pk]))
    assert [row["briefing_id"] for row in personal_data(mentor)["briefing_reminders"]] == [urgent_briefing.pk]
