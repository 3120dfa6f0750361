"""iCalendar (RFC 5545) for sessions: one session as a download, or a person's whole feed.

Times are written in the programme's time zone with its VTIMEZONE, so clients show them correctly on both
sides of a daylight-saving change. UID never changes; SEQUENCE grows with every noteworthy change.
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

PRODID = "-//Mentor training platform//Sessions//EN"


def _event(session, base_url, tentative=False):
    zone = ZoneInfo(settings.TIME_ZONE)
    event = Event()
    event.add("uid", f"{session.uid}@mentor-training")
    event.add("dtstamp", timezone.now())
    event.add("last-modified", session.updated_at)
    event.add("dtstart", session.starts_at.astimezone(zone))
    event.add("dtend", session.ends_at.astimezone(zone))
    event.add("summary", session.title)
    event.add("sequence", session.sequence)
    # Someone on the waiting list sees the session as tentative, not as a place they have.
    event.add("status", "CANCELLED" if session.is_cancelled else "TENTATIVE" if tentative else "CONFIRMED")
    location = session.venue or session.online_url
    if location:
        event.add("location", location)
    description = session.description
    if session.online_url:
        description = f"{description}\n\n{session.online_url}".strip()
    if description:
        event.add("description", description)
    if base_url:
        event.add("url", f"{base_url}/sessions/{session.pk}/")
    return event


# The rules of today are written as starting in this year: every event a feed holds is later than it.
RULES_SINCE_YEAR = 1970


def _transitions(zone, year):
    """The moments (UTC) in `year` at which `zone` changes its offset, found hour by hour then narrowed down."""
    moments = []
    hour = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    while hour < end:
        following = hour + timedelta(hours=1)
        if hour.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
            low, high = hour, following
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = middle
                else:
                    high = middle
            moments.append(high.replace(microsecond=0))
        hour = following
    return moments


def _observance(kind, zone, moment):
    """A STANDARD or DAYLIGHT part whose RRULE repeats this year's change (e.g. the last Sunday of March)."""
    before = (moment - timedelta(seconds=1)).astimezone(zone)
    after = moment.astimezone(zone)
    local_onset = moment + before.utcoffset()  # RFC 5545: DTSTART in the local time in force before the change
    weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][local_onset.weekday()]
    last_of_month = (local_onset + timedelta(days=7)).month != local_onset.month
    ordinal = -1 if last_of_month else (local_onset.day - 1) // 7 + 1
    observance = kind()
    observance.add("tzname", after.tzname())
    observance.add("tzoffsetfrom", before.utcoffset())
    observance.add("tzoffsetto", after.utcoffset())
    # The first such day in RULES_SINCE_YEAR, so that DTSTART is itself an occurrence of the rule.
    first = datetime(RULES_SINCE_YEAR, local_onset.month, 1, local_onset.hour, local_onset.minute)
    if ordinal == -1:
        first = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        while first.weekday() != local_onset.weekday():
            first -= timedelta(days=1)
    else:
        while first.weekday() != local_onset.weekday():
            first += timedelta(days=1)
        first += timedelta(weeks=ordinal - 1)
    observance.add("dtstart", first)
    observance.add("rrule", {"freq": "yearly", "bymonth": local_onset.month, "byday": f"{ordinal}{weekday}"})
    return observance


def programme_timezone():
    """The programme's VTIMEZONE written with yearly rules (RRULE), as calendar clients expect.

    icalendar's own VTIMEZONE lists every past and future change as a date (RDATE, 1970 to 2038), which some
    readers (vobject, and clients built on it) apply an hour off in summer. The rules are today's: a feed holds
    the sessions of this and the coming years, not history.
    """
    name = settings.TIME_ZONE
    zone = ZoneInfo(name)
    component = Timezone()
    component.add("tzid", name)
    year = timezone.now().year
    changes = _transitions(zone, year)
    if not changes:  # a zone without daylight-saving time: one standard observance
        now = datetime(year, 1, 1, tzinfo=UTC).astimezone(zone)
        standard = TimezoneStandard()
        standard.add("tzname", now.tzname())
        standard.add("tzoffsetfrom", now.utcoffset())
        standard.add("tzoffsetto", now.utcoffset())
        standard.add("dtstart", datetime(RULES_SINCE_YEAR, 1, 1))
        component.add_component(standard)
        return component
    for moment in changes:
        after = moment.astimezone(zone)
        kind = TimezoneDaylight if after.dst() else TimezoneStandard
        component.add_component(_observance(kind, zone, moment))
    return component


def calendar_bytes(sessions, name, base_url="", tentative_ids=()):
    """The calendar file of `sessions`; those whose ids are in `tentative_ids` are marked tentative."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    events = [_event(session, base_url, tentative=session.pk in tentative_ids) for session in sessions]
    if events:
        calendar.add_component(programme_timezone())
    for event in events:
        calendar.add_component(event)
    return calendar.to_ical()
