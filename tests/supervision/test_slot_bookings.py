"""A coach hears when a supervisee books, cancels or joins the waiting list of one of their slots, sees who
booked, and a one-to-one slot offers no waiting list."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from mentorsite.scheduling.models import Booking
from supervision.models import CoachAssignment, SlotNotice, SupervisionSession
from tests.conftest import at
from tests.factories import UserFactory
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db


def test_the_coach_is_told_of_a_booking_and_a_cancellation_once_each(
    mentor_client, supervision_slot, coach, mentor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        mentor_client.post(reverse("scheduling:book", args=[supervision_slot.pk]))
    with django_capture_on_commit_callbacks(execute=True):
        mentor_client.post(reverse("scheduling:cancel", args=[supervision_slot.pk]))
    to_coach = [message for message in mail.outbox if message.to == [coach.email]]
    assert [message.subject.split(" ", 2)[-1].split(" on ")[0] for message in to_coach] == [
        "booked your supervision",
        "cancelled their place in your supervision",
    ]
    assert mentor.full_name in to_coach[0].subject
    assert reverse("scheduling:session", args=[supervision_slot.pk]) in to_coach[0].body
    assert SlotNotice.objects.filter(sent_at__isnull=True).count() == 0

    from supervision.notifications import notify_coach_of_booking

    assert notify_coach_of_booking.call(SlotNotice.objects.first().pk) is False  # a second run sends nothing


def test_the_coach_is_not_told_of_what_they_did_themself(coach, mentor, assignment, django_capture_on_commit_callbacks):
    client = sign_in(Client(), coach)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("supervision:book_supervisee"),
            {
                "meeting-supervisee": mentor.pk,
                "meeting-starts_at": at(5).strftime("%Y-%m-%dT%H:%M"),
                "meeting-ends_at": at(5, hour=11).strftime("%Y-%m-%dT%H:%M"),
            },
        )
    assert Booking.objects.filter(user=mentor).exists()
    assert not SlotNotice.objects.exists()
    assert not [message for message in mail.outbox if message.to == [coach.email]]


def test_the_coach_sees_who_booked_and_a_one_to_one_slot_has_no_waiting_list(
    mentor_client, coach_client, supervision_slot, coach, cohort
):
    mentor_client.post(reverse("scheduling:book", args=[supervision_slot.pk]))
    other = UserFactory(cohort=cohort, first_name="Ole", roles=["Mentor"])
    CoachAssignment.objects.create(coach=coach, mentor=other, starts_on=at(-5).date())
    other_client = sign_in(Client(), other)

    page = other_client.get(reverse("scheduling:session", args=[supervision_slot.pk])).content.decode()
    assert 'data-testid="taken"' in page and "Join the waiting list" not in page
    other_client.post(reverse("scheduling:book", args=[supervision_slot.pk]))
    assert not Booking.objects.filter(user=other).exists()

    coming = coach_client.get(reverse("scheduling:session", args=[supervision_slot.pk])).content.decode()
    assert "Maja" in coming.split('data-testid="who-is-coming"')[1].split("</section>")[0]
    assert 'data-testid="who-is-coming"' not in page  # supervisees do not see each other


def test_a_group_slot_still_has_a_waiting_list(mentor_client, coach, mentor, assignment):
    group = SupervisionSession.objects.create(
        title="Group supervision", starts_at=at(4), ends_at=at(4, hour=12), organiser=coach,
        format=SupervisionSession.Format.GROUP, capacity=1,
    )  # fmt: skip
    Booking.objects.create(session=group, user=UserFactory(roles=["Mentor"]))
    mentor_client.post(reverse("scheduling:book", args=[group.pk]))
    assert Booking.objects.get(session=group, user=mentor).status == Booking.Status.WAITLISTED
