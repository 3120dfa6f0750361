"""Booking rules: capacity and waiting list, conflicts named, refusals that write nothing, notices once."""

import threading

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse

from mentorsite.scheduling.models import Booking, Notice, Session
from mentorsite.scheduling.notifications import send_notice
from mentorsite.scheduling.services import BookingRefused, book, cancel, sessions_of
from mentorsite.users.roles import MENTOR
from networking.models import NetworkingDay
from supervision.models import SupervisionSession
from tests.conftest import at
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run on-commit callbacks (the queued e-mails) as if each change had been committed."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_full_networking_day_offers_the_waiting_list_and_promotes_on_cancel(
    mentor, outsider, networking_day, committed
):
    assert book(mentor, networking_day).status == Booking.Status.CONFIRMED
    assert book(outsider, networking_day).status == Booking.Status.WAITLISTED
    with committed():
        cancel(mentor, networking_day)
    assert Booking.objects.get(user=outsider, session=networking_day).status == Booking.Status.CONFIRMED
    assert Booking.objects.get(user=mentor, session=networking_day).status == Booking.Status.CANCELLED
    [promotion] = mail.outbox
    assert promotion.to == [outsider.email] and promotion.subject.startswith("You have a place")


def test_booking_twice_keeps_one_booking(mentor, networking_day):
    book(mentor, networking_day)
    book(mentor, networking_day)
    assert Booking.objects.filter(user=mentor, session=networking_day).count() == 1


def test_booking_through_the_page_shows_the_waiting_list(mentor_client, outsider_client, networking_day):
    url = reverse("scheduling:book", args=[networking_day.pk])
    mentor_client.post(url)
    response = outsider_client.post(url, follow=True)
    assert "you are on the waiting list" in response.content.decode()


def test_conflict_is_named_and_nothing_is_written(mentor, networking_day, supervision_slot):
    clash = SupervisionSession.objects.create(
        title="Late supervision", starts_at=at(5, 15), ends_at=at(5, 17), organiser=supervision_slot.organiser
    )
    book(mentor, networking_day)
    with pytest.raises(BookingRefused, match="Networking day"):
        book(mentor, clash)
    assert not Booking.objects.filter(session=clash).exists()


def test_cohort_seminar_day_conflicts_unless_declined(mentor, seminar_day, facilitator):
    overlapping = NetworkingDay.objects.create(
        title="Overlapping networking", starts_at=at(2, 12), ends_at=at(2, 13), organiser=facilitator
    )
    with pytest.raises(BookingRefused, match="day 1"):
        book(mentor, overlapping)
    cancel(mentor, seminar_day)  # declines the expected seminar day
    assert book(mentor, overlapping).status == Booking.Status.CONFIRMED


def test_past_and_cancelled_sessions_cannot_be_booked(mentor, facilitator):
    past = NetworkingDay.objects.create(title="Past", starts_at=at(-2, 10), ends_at=at(-2, 12), organiser=facilitator)
    with pytest.raises(BookingRefused, match="already started"):
        book(mentor, past)
    cancelled = NetworkingDay.objects.create(
        title="Off", starts_at=at(4, 10), ends_at=at(4, 12), status=Session.Status.CANCELLED, organiser=facilitator
    )
    with pytest.raises(BookingRefused, match="cancelled"):
        book(mentor, cancelled)
    assert not Booking.objects.exists()


def test_supervision_slot_of_another_coach_is_refused(outsider, supervision_slot):
    with pytest.raises(BookingRefused, match="does not supervise you"):
        book(outsider, supervision_slot)
    assert not Booking.objects.exists()


def test_seminar_day_of_another_cohort_is_refused(outsider, seminar_day):
    with pytest.raises(BookingRefused, match="another cohort"):
        book(outsider, seminar_day)


def test_declining_removes_the_day_from_my_sessions(mentor, seminar_day):
    assert seminar_day.session_ptr in sessions_of(mentor)
    cancel(mentor, seminar_day)
    assert not sessions_of(mentor).filter(pk=seminar_day.pk).exists()
    assert Booking.objects.get(user=mentor, session=seminar_day).status == Booking.Status.DECLINED


def test_supervisee_books_a_slot_in_the_browser_flow(mentor_client, mentor, supervision_slot, committed):
    with committed():
        response = mentor_client.post(reverse("scheduling:book", args=[supervision_slot.pk]), follow=True)
    assert "You are booked." in response.content.decode()
    assert Booking.objects.get(user=mentor, session=supervision_slot).status == Booking.Status.CONFIRMED
    [confirmation] = [message for message in mail.outbox if message.to == [mentor.email]]  # the coach hears too
    assert confirmation.subject.startswith("Booked:")
    attachment_name, content, mimetype = confirmation.attachments[0]
    assert attachment_name.endswith(".ics") and "BEGIN:VEVENT" in str(content)
    assert confirmation.alternatives[0][1] == "text/html"


def test_each_notice_is_sent_once_even_if_its_job_runs_twice(mentor, networking_day, committed):
    with committed():
        book(mentor, networking_day)
    notice = Notice.objects.get(user=mentor, kind="confirmation")
    assert len(mail.outbox) == 1
    assert send_notice.call(notice.pk) is False  # the job runs again: nothing is sent
    assert len(mail.outbox) == 1


def test_changing_a_session_notifies_once_per_version_and_cancelling_too(mentor, seminar_day, committed):
    with committed():
        seminar_day.venue = "Room 9"
        seminar_day.save()
    with committed():
        seminar_day.save()  # nothing noteworthy changed
    changes = [m for m in mail.outbox if m.subject.startswith("Changed:")]
    assert len(changes) == 1 and "Room 9" in changes[0].body
    with committed():
        seminar_day.status = Session.Status.CANCELLED
        seminar_day.save()
    assert any(m.subject.startswith("Cancelled:") for m in mail.outbox)


def test_reminders_the_day_before_are_sent_once(mentor, facilitator, committed):
    from django.core.management import call_command

    tomorrow = NetworkingDay.objects.create(
        title="Tomorrow", starts_at=at(1, 10), ends_at=at(1, 12), organiser=facilitator
    )
    book(mentor, tomorrow)
    mail.outbox.clear()
    for _run in range(2):
        with committed():
            call_command("send_session_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [m.subject for m in mail.outbox] == ["Tomorrow: Tomorrow"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="concurrent transactions need PostgreSQL")
def test_two_people_taking_the_last_place_at_once_one_gets_it(facilitator):
    day = NetworkingDay.objects.create(
        title="Last place", starts_at=at(6, 10), ends_at=at(6, 12), capacity=1, organiser=facilitator
    )
    people = [UserFactory(roles=[MENTOR]) for _ in range(4)]
    barrier = threading.Barrier(len(people))
    errors = []

    def take_place(person):
        try:
            barrier.wait()
            book(person, day)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=take_place, args=[person]) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    statuses = sorted(Booking.objects.filter(session=day).values_list("status", flat=True))
    assert statuses == ["confirmed", "waitlisted", "waitlisted", "waitlisted"]


def test_coach_training_days_concern_only_people_on_the_coach_track(mentor, coach, cohort, coach_track, facilitator):
    from courses.models import SeminarSession
    from mentorsite.scheduling.services import participants
    from tests.factories import SeminarPageFactory

    training = SeminarPageFactory(parent=coach_track, title="Coach training", kind="coach_training", days=1)
    day = SeminarSession.objects.create(seminar=training, cohort=cohort, day=1, starts_at=at(8, 9), ends_at=at(8, 16))
    assert sessions_of(coach).filter(pk=day.pk).exists()
    assert not sessions_of(mentor).filter(pk=day.pk).exists()
    assert list(participants(day)) == [coach]
    with pytest.raises(BookingRefused, match="not part of a track you follow"):
        book(mentor, day)
