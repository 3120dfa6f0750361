"""Demo step of supervision: the demo coach supervises four mentors, with a past meeting and open slots."""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from mentorsite.scheduling.models import Booking
from supervision.models import CoachAssignment, SupervisionSession

SUPERVISEES = ["mentor", "emil.bach", "fatima.elsayed", "gustav.vinter"]


def _at(offset_days, hour):
    date = timezone.localdate() + timedelta(days=offset_days)
    return timezone.make_aware(datetime.combine(date, time(hour, 0)))


def seed_supervision():
    users = get_user_model().objects
    coach = users.get(username="coach")
    for username in SUPERVISEES:
        CoachAssignment.objects.get_or_create(
            coach=coach,
            mentor=users.get(username=username),
            defaults={"starts_on": timezone.localdate() - timedelta(days=200)},
        )
    if SupervisionSession.objects.filter(organiser=coach).exists():
        return
    mentor = users.get(username="mentor")
    past = SupervisionSession.objects.create(
        title=f"Supervision: {coach.full_name} and {mentor.full_name}",
        starts_at=_at(-14, 10),
        ends_at=_at(-14, 11),
        venue="Demo probation office, meeting room 1",
        organiser=coach,
        open_for_booking=False,
    )
    Booking.objects.create(
        session=past, user=mentor, attendance=Booking.Attendance.PRESENT, attendance_recorded_by=coach
    )
    for offset, hour in ((3, 10), (7, 14)):
        SupervisionSession.objects.create(
            title=f"Supervision with {coach.full_name}",
            starts_at=_at(offset, hour),
            ends_at=_at(offset, hour + 1),
            online_url="https://meet.example.org/demo-supervision",
            organiser=coach,
        )
    SupervisionSession.objects.create(
        title=f"Group supervision with {coach.full_name}",
        format=SupervisionSession.Format.GROUP,
        capacity=4,
        starts_at=_at(12, 15),
        ends_at=_at(12, 17),
        venue="Demo probation office, meeting room 2",
        organiser=coach,
    )
