"""Demo step of networking: a past networking day with attendance and an upcoming one with an agenda."""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from mentorsite.scheduling.models import Booking
from mentorsite.users.roles import COACH, MENTOR
from networking.models import NetworkingDay

AGENDA = (
    "<ol><li><strong>10:00</strong> Welcome and a round of news from each intake</li>"
    "<li><strong>10:45</strong> Talk: young people drawn to conflict zones, what mentors notice first</li>"
    "<li><strong>12:00</strong> Lunch</li>"
    "<li><strong>13:00</strong> Case clinic in small groups (case codes only, never names)</li>"
    "<li><strong>14:30</strong> Practising reflections in pairs</li>"
    "<li><strong>15:30</strong> What we take home</li></ol>"
)


def _day(offset_days):
    date = timezone.localdate() + timedelta(days=offset_days)
    return (
        timezone.make_aware(datetime.combine(date, time(10, 0))),
        timezone.make_aware(datetime.combine(date, time(16, 0))),
    )


def seed_networking():
    if NetworkingDay.objects.exists():
        return
    facilitator = get_user_model().objects.get(username="facilitator")
    starts_at, ends_at = _day(-30)
    past = NetworkingDay.objects.create(
        title="Networking day: mentors of all intakes (autumn)",
        starts_at=starts_at,
        ends_at=ends_at,
        venue="Demo community hall",
        capacity=30,
        organiser=facilitator,
        agenda=AGENDA,
    )
    mentors = get_user_model().objects.filter(groups__name__in=[MENTOR, COACH]).distinct().order_by("username")
    # Six mentors of the current intake, and the graduate of the earlier one (her networking requirement).
    for person in [*list(mentors.exclude(username="graduate"))[:6], *mentors.filter(username="graduate")]:
        Booking.objects.create(
            session=past, user=person, attendance=Booking.Attendance.PRESENT, attendance_recorded_by=facilitator
        )
    starts_at, ends_at = _day(10)
    NetworkingDay.objects.create(
        title="Networking day: mentors of all intakes (winter)",
        starts_at=starts_at,
        ends_at=ends_at,
        venue="Demo community hall",
        capacity=25,
        organiser=facilitator,
        agenda=AGENDA,
        description="Bring one situation from your mentoring you would like to think through with others.",
    )
