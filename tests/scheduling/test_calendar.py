"""Calendar page and iCalendar feeds, read back with the independent `icalendar` parser."""

from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from mentorsite.scheduling.models import CalendarFeed, Session
from mentorsite.scheduling.services import book
from networking.models import NetworkingDay
from tests.conftest import at
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db
COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def events(response):
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def feed_url(user):
    feed, _ = CalendarFeed.objects.get_or_create(user=user)
    return reverse("scheduling:feed", args=[feed.token])


def test_feed_lists_my_sessions_with_stable_uid_sequence_and_cancellation(client, mentor, seminar_day, networking_day):
    book(mentor, networking_day)
    first = events(client.get(feed_url(mentor)))
    assert set(first) == {seminar_day.title, networking_day.title}
    day = first[seminar_day.title]
    assert day["dtstart"].dt == seminar_day.starts_at
    assert int(day["sequence"]) == 0 and str(day["status"]) == "CONFIRMED"

    seminar_day.venue = "Room 12"
    seminar_day.save()
    changed = events(client.get(feed_url(mentor)))[seminar_day.title]
    assert str(changed["uid"]) == str(day["uid"]) and int(changed["sequence"]) == 1
    assert str(changed["location"]) == "Room 12"

    seminar_day.status = Session.Status.CANCELLED
    seminar_day.save()
    cancelled = events(client.get(feed_url(mentor)))[seminar_day.title]
    assert str(cancelled["status"]) == "CANCELLED" and int(cancelled["sequence"]) == 2


@pytest.mark.parametrize(
    ("local", "utc_hour"),
    [
        (datetime(2026, 10, 25, 10, 0), 9),  # last Sunday of October: back to CET (UTC+1) at 03:00
        (datetime(2026, 3, 29, 10, 0), 8),  # last Sunday of March: summer time (UTC+2) from 02:00
        (datetime(2026, 3, 28, 10, 0), 9),  # the day before, still CET
    ],
)
def test_times_are_right_across_daylight_saving_changes(client, mentor, facilitator, local, utc_hour):
    starts_at = local.replace(tzinfo=COPENHAGEN)
    day = NetworkingDay.objects.create(
        title="DST day", starts_at=starts_at, ends_at=starts_at.replace(hour=12), organiser=facilitator
    )
    day.bookings.create(user=mentor)
    day.refresh_from_db()
    assert day.starts_at.astimezone(ZoneInfo("UTC")).hour == utc_hour
    sign_in(client, mentor)
    # The single-session download: the feed itself only reaches back 90 days, and these dates are fixed.
    download = client.get(reverse("scheduling:ics", args=[day.pk]))
    [event] = icalendar.Calendar.from_ical(download.content).walk("VEVENT")
    start = event["dtstart"].dt
    assert start.astimezone(COPENHAGEN).hour == 10
    assert start.astimezone(ZoneInfo("UTC")).hour == utc_hour
    assert str(event["dtstart"].params["TZID"]) == "Europe/Copenhagen"
    calendar = icalendar.Calendar.from_ical(download.content)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    # The session page shows local time.
    assert "10:00–12:00" in client.get(reverse("scheduling:session", args=[day.pk])).content.decode()


def test_wrong_or_regenerated_token_is_404(client, mentor, seminar_day):
    old = feed_url(mentor)
    assert client.get(old).status_code == 200
    assert client.get(reverse("scheduling:feed", args=["not-a-token"])).status_code == 404
    sign_in(client, mentor)
    client.post(reverse("scheduling:regenerate_feed"))
    assert client.get(old).status_code == 404
    assert client.get(feed_url(mentor)).status_code == 200


def test_feed_of_a_deactivated_person_is_404(client, mentor, seminar_day):
    url = feed_url(mentor)
    mentor.is_active = False
    mentor.save()
    assert client.get(url).status_code == 404


def test_single_session_ics_download(mentor_client, seminar_day):
    response = mentor_client.get(reverse("scheduling:ics", args=[seminar_day.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    assert set(events(response)) == {seminar_day.title}


def test_dashboard_and_calendar_show_upcoming_sessions(mentor_client, seminar_day, networking_day):
    dashboard = mentor_client.get(reverse("courses:dashboard")).content.decode()
    assert "Upcoming sessions" in dashboard and seminar_day.title in dashboard
    calendar = mentor_client.get(reverse("scheduling:calendar")).content.decode()
    assert seminar_day.title in calendar
    assert networking_day.title in calendar  # open for booking
    assert "/calendar/feed/" in calendar


def _count(client, url):
    client.get(url)  # warm the caches; measure the steady state
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_calendar_and_feed_queries_do_not_grow_with_sessions(client, mentor, mentor_client, facilitator):
    def add_days(count, start):
        for number in range(count):
            day = NetworkingDay.objects.create(
                title=f"Day {start + number}",
                starts_at=at(3 + start + number, 10),
                ends_at=at(3 + start + number, 12),
                organiser=facilitator,
            )
            if number % 2 == 0:
                book(mentor, day)

    add_days(5, 0)
    for url in (reverse("scheduling:calendar"), reverse("courses:dashboard")):
        mentor_client.get(url)  # the first visit creates the calendar feed; measure the steady state
    calendar_small = _count(mentor_client, reverse("scheduling:calendar"))
    feed_small = _count(client, feed_url(mentor))
    dashboard_small = _count(mentor_client, reverse("courses:dashboard"))
    add_days(45, 5)
    assert _count(mentor_client, reverse("scheduling:calendar")) == calendar_small
    assert _count(client, feed_url(mentor)) == feed_small
    assert _count(mentor_client, reverse("courses:dashboard")) == dashboard_small


def test_past_sessions_leave_the_calendar_page(mentor_client, mentor, facilitator):
    old = NetworkingDay.objects.create(title="Old day", starts_at=at(-3, 10), ends_at=at(-3, 12), organiser=facilitator)
    old.bookings.create(user=mentor)
    assert "Old day" not in mentor_client.get(reverse("scheduling:calendar")).content.decode()
    assert timezone.now() > old.ends_at
