"""The calendar files' time zone, read back by readers that take VTIMEZONE at its word (vobject, icalendar).

Regression: the VTIMEZONE used to list each change as a date (RDATE, 1970-2038), and vobject read summer
events one hour off from it. It is now written with yearly rules (RRULE), as desktop calendar clients expect.
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from django.test import override_settings
from django.urls import reverse

from mentorsite.scheduling.ical import programme_timezone
from networking.models import NetworkingDay
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db
COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def download(client, mentor, facilitator, local):
    starts_at = local.replace(tzinfo=COPENHAGEN)
    day = NetworkingDay.objects.create(
        title="Day", starts_at=starts_at, ends_at=starts_at.replace(hour=local.hour + 2), organiser=facilitator
    )
    sign_in(client, mentor)
    return client.get(reverse("scheduling:ics", args=[day.pk])).content.decode()


@pytest.mark.parametrize(
    ("local", "utc_hour"),
    [
        (datetime(2026, 7, 14, 10, 0), 8),  # summer (CEST, UTC+2): the case vobject read an hour off
        (datetime(2027, 6, 1, 10, 0), 8),  # next year's summer, from the same rule
        (datetime(2026, 12, 15, 10, 0), 9),  # winter (CET, UTC+1)
        (datetime(2026, 3, 29, 10, 0), 8),  # the day summer time begins
        (datetime(2026, 10, 25, 10, 0), 9),  # the day it ends
    ],
)
def test_vobject_reads_session_times_right_in_summer_and_winter(client, mentor, facilitator, local, utc_hour):
    text = download(client, mentor, facilitator, local)
    [vtimezone] = icalendar.Calendar.from_ical(text).walk("VTIMEZONE")
    assert "RDATE" not in vtimezone.to_ical().decode()
    event = vobject.readOne(text).vevent
    # vobject builds the zone from the file's VTIMEZONE (its tzinfo is not the system's Europe/Copenhagen).
    assert event.dtstart.value.tzinfo is not None
    assert event.dtstart.value.astimezone(UTC).hour == utc_hour
    assert event.dtend.value.astimezone(UTC).hour == utc_hour + 2


def test_the_rules_agree_with_the_system_zone_for_years_to_come():
    """icalendar turns the VTIMEZONE back into a tzinfo; it must agree with zoneinfo hour by hour around
    each change for the next ten years."""
    zone = programme_timezone().to_tz()
    for year in range(2026, 2036):
        for month, day in ((3, 20), (3, 31), (10, 20), (10, 31), (7, 1), (1, 1)):
            for hour in range(24):
                moment = datetime(year, month, day, hour, tzinfo=UTC)
                assert moment.astimezone(zone).utcoffset() == moment.astimezone(COPENHAGEN).utcoffset(), moment


@override_settings(TIME_ZONE="America/New_York")
def test_rules_follow_another_zone_with_its_own_change_days():
    """Second Sunday of March and first Sunday of November: ordinals from the start of the month."""
    component = programme_timezone()
    rules = sorted(str(part["rrule"].to_ical().decode()) for part in component.subcomponents)
    assert rules == ["FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"]
    zone = component.to_tz()
    new_york = ZoneInfo("America/New_York")
    for month, day in ((3, 8), (3, 9), (3, 15), (11, 1), (11, 2), (11, 8)):
        for hour in range(24):
            moment = datetime(2026, month, day, hour, tzinfo=UTC)
            assert moment.astimezone(zone).utcoffset() == moment.astimezone(new_york).utcoffset(), moment


@override_settings(TIME_ZONE="Asia/Tokyo")
def test_a_zone_without_summer_time_has_one_standard_part():
    component = programme_timezone()
    assert [part.name for part in component.subcomponents] == ["STANDARD"]
    assert datetime(2026, 7, 1, tzinfo=UTC).astimezone(component.to_tz()).utcoffset().total_seconds() == 9 * 3600
