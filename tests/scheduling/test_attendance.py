"""Registers, attendance feeding the track's seminar requirements, and the admin's refusals."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from courses.models import SeminarPage, SeminarSession
from courses.progress import COMPLETE, IN_PROGRESS, PENDING, progress_for_tracks
from mentorsite.scheduling.models import Booking
from networking.models import NetworkingDay
from supervision.models import SupervisionSession
from tests.conftest import at
from tests.factories import SeminarPageFactory

pytestmark = pytest.mark.django_db


def seminar_state(user, track, seminar):
    [progress] = progress_for_tracks(user, [track])
    return next(r for r in progress.requirements if r.page.pk == seminar.pk)


def day_of(seminar, cohort, day, days_from_today):
    return SeminarSession.objects.create(
        seminar=seminar, cohort=cohort, day=day, starts_at=at(days_from_today, 9), ends_at=at(days_from_today, 16)
    )


def test_register_records_attendance_and_meets_the_requirement(
    facilitator_client, mentor, coach, cohort, other_cohort, mentor_track, seminar, lesson
):
    assert seminar.days == 2
    first = day_of(seminar, cohort, 1, -3)
    second_elsewhere = day_of(seminar, other_cohort, 2, -2)  # a missed day made up with another cohort
    day_of(seminar, cohort, 2, -1)
    assert seminar_state(mentor, mentor_track, seminar).state == PENDING

    url = reverse("scheduling:register", args=[first.pk])
    page = facilitator_client.get(url).content.decode()
    assert mentor.full_name in page and coach.full_name in page  # the cohort is expected
    facilitator_client.post(url, {f"person-{mentor.pk}": "present", f"person-{coach.pk}": "absent"})
    state = seminar_state(mentor, mentor_track, seminar)
    assert (state.state, state.done, state.total) == (IN_PROGRESS, 1, 2)
    assert seminar_state(coach, mentor_track, seminar).state == PENDING

    # Day 2 is attended with the other cohort: the facilitator adds the mentor as a make-up attendee.
    make_up_url = reverse("scheduling:register", args=[second_elsewhere.pk])
    facilitator_client.post(make_up_url, {"make_up": mentor.pk})
    state = seminar_state(mentor, mentor_track, seminar)
    assert state.state == COMPLETE and state.completed_on == second_elsewhere.ends_at
    booking = Booking.objects.get(user=mentor, session=second_elsewhere)
    assert booking.attendance == "present" and booking.attendance_recorded_by.username == "facilitator"


def test_invalid_register_marks_write_nothing(facilitator_client, mentor, seminar_day):
    url = reverse("scheduling:register", args=[seminar_day.pk])
    response = facilitator_client.post(url, {f"person-{mentor.pk}": "asleep"})
    assert response.status_code == 400
    assert "nothing was saved" in response.content.decode()
    assert not Booking.objects.filter(session=seminar_day).exists()


def test_excused_and_absent_do_not_count(mentor, cohort, mentor_track, seminar, facilitator_client):
    one = day_of(seminar, cohort, 1, -3)
    facilitator_client.post(reverse("scheduling:register", args=[one.pk]), {f"person-{mentor.pk}": "excused"})
    assert seminar_state(mentor, mentor_track, seminar).state == PENDING


def test_networking_day_requirement_is_met_by_attending_a_networking_day(mentor, mentor_track, facilitator, lesson):
    requirement = SeminarPageFactory(parent=mentor_track, kind=SeminarPage.Kind.NETWORKING_DAY, days=1)
    day = NetworkingDay.objects.create(title="Meet", starts_at=at(-5, 10), ends_at=at(-5, 15), organiser=facilitator)
    day.bookings.create(user=mentor, attendance=Booking.Attendance.PRESENT)
    assert seminar_state(mentor, mentor_track, requirement).state == COMPLETE


def test_coach_takes_the_register_of_their_own_supervision_only(coach_client, manager_client, mentor, supervision_slot):
    url = reverse("scheduling:register", args=[supervision_slot.pk])
    supervision_slot.bookings.create(user=mentor)
    assert coach_client.get(url).status_code == 200
    coach_client.post(url, {f"person-{mentor.pk}": "present"})
    assert supervision_slot.bookings.get(user=mentor).attendance == "present"
    assert manager_client.get(url).status_code == 403  # sees supervision, but the register is the coach's


def test_session_must_end_after_it_starts_and_have_a_positive_capacity(seminar, cohort):
    day = SeminarSession(seminar=seminar, cohort=cohort, day=1, starts_at=at(2, 12), ends_at=at(2, 9), capacity=0)
    with pytest.raises(ValidationError) as error:
        day.full_clean()
    assert {"ends_at", "capacity"} <= set(error.value.message_dict)


def test_day_beyond_the_seminar_and_overlapping_days_are_refused(seminar, cohort, seminar_day):
    with pytest.raises(ValidationError, match="between 1 and 2"):
        SeminarSession(seminar=seminar, cohort=cohort, day=3, starts_at=at(9, 9), ends_at=at(9, 16)).full_clean()
    with pytest.raises(ValidationError, match="already has day 1"):
        SeminarSession(seminar=seminar, cohort=cohort, day=1, starts_at=at(9, 9), ends_at=at(9, 16)).full_clean()
    with pytest.raises(ValidationError, match="overlaps"):
        SeminarSession(seminar=seminar, cohort=cohort, day=2, starts_at=at(2, 15), ends_at=at(2, 17)).full_clean()


def test_admin_refuses_an_end_before_the_start(facilitator_client, seminar, cohort):
    response = facilitator_client.post(
        reverse("seminar_days:add"),
        {
            "seminar": seminar.pk,
            "cohort": cohort.pk,
            "day": 1,
            "starts_at": "2030-05-01 16:00",
            "ends_at": "2030-05-01 09:00",
            "capacity": "0",
            "status": "scheduled",
        },
    )
    assert response.status_code == 200
    assert "must end after it starts" in response.content.decode()
    assert not SeminarSession.objects.exists()


def test_admin_creates_a_seminar_day_and_lists_it_by_cohort(facilitator_client, seminar, cohort, other_cohort):
    response = facilitator_client.post(
        reverse("seminar_days:add"),
        {
            "seminar": seminar.pk,
            "cohort": cohort.pk,
            "day": 1,
            "starts_at": "2030-05-01 09:00",
            "ends_at": "2030-05-01 16:00",
            "venue": "Room 2",
            "status": "scheduled",
        },
    )
    assert response.status_code == 302
    created = SeminarSession.objects.get()
    assert created.starts_at.hour == 7  # 09:00 in Copenhagen summer time is 07:00 UTC
    facilitator_client.get(reverse("seminar_days:index"))  # shows (and uses up) the "created" message
    listing = facilitator_client.get(reverse("seminar_days:index"), {"cohort": other_cohort.pk}).content.decode()
    assert created.title not in listing
    assert (
        created.title in facilitator_client.get(reverse("seminar_days:index"), {"cohort": cohort.pk}).content.decode()
    )


def test_coach_publishes_a_slot_and_books_a_supervisee_directly(
    coach_client, coach, mentor, assignment, networking_day
):
    response = coach_client.post(
        reverse("supervision:publish_slot"),
        {
            "slot-starts_at": at(4, 10).strftime("%Y-%m-%dT%H:%M"),
            "slot-ends_at": at(4, 11).strftime("%Y-%m-%dT%H:%M"),
            "slot-format": "one_to_one",
            "slot-venue": "Office",
        },
    )
    assert response.status_code == 302
    slot = SupervisionSession.objects.get(organiser=coach)
    assert slot.open_for_booking and slot.capacity == 1

    # The supervisee is booked on the networking day at that time: the conflict is named, nothing is written.
    networking_day.bookings.create(user=mentor)
    clash = {
        "meeting-supervisee": mentor.pk,
        "meeting-starts_at": at(5, 11).strftime("%Y-%m-%dT%H:%M"),
        "meeting-ends_at": at(5, 12).strftime("%Y-%m-%dT%H:%M"),
    }
    response = coach_client.post(reverse("supervision:book_supervisee"), clash)
    assert response.status_code == 400
    assert "already has" in response.content.decode() and "Networking day" in response.content.decode()
    assert SupervisionSession.objects.count() == 1

    clash["meeting-starts_at"] = at(6, 11).strftime("%Y-%m-%dT%H:%M")
    clash["meeting-ends_at"] = at(6, 12).strftime("%Y-%m-%dT%H:%M")
    assert coach_client.post(reverse("supervision:book_supervisee"), clash).status_code == 302
    meeting = SupervisionSession.objects.get(open_for_booking=False)
    assert meeting.bookings.get().user == mentor


def test_coach_cannot_book_someone_who_is_not_their_supervisee(coach_client, outsider):
    response = coach_client.post(
        reverse("supervision:book_supervisee"),
        {
            "meeting-supervisee": outsider.pk,
            "meeting-starts_at": at(6, 11).strftime("%Y-%m-%dT%H:%M"),
            "meeting-ends_at": at(6, 12).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert response.status_code == 400
    assert not SupervisionSession.objects.exists()


def test_registers_still_to_take_are_listed_for_those_who_take_them(
    facilitator_client, mentor_client, mentor, cohort, seminar
):
    recent = day_of(seminar, cohort, 1, -2)
    taken = day_of(seminar, cohort, 2, -1)
    taken.bookings.create(user=mentor, attendance="present")
    calendar = facilitator_client.get(reverse("scheduling:calendar")).content.decode()
    assert "Registers to take" in calendar and recent.title in calendar and taken.title not in calendar
    assert "Registers to take" not in mentor_client.get(reverse("scheduling:calendar")).content.decode()


def test_a_cancelled_day_does_not_block_its_replacement(seminar, cohort, seminar_day):
    seminar_day.status = "cancelled"
    seminar_day.save()
    replacement = SeminarSession(
        seminar=seminar, cohort=cohort, day=1, starts_at=seminar_day.starts_at, ends_at=seminar_day.ends_at
    )
    replacement.clean()  # no ValidationError: the cancelled day is not in the way
