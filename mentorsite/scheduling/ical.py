"""iCalendar (RFC 5545) for sessions: one session as a download, or a person's whole feed.

Times are written in the programme's time zone with its VTIMEZONE, so clients show them correctly on both
sides of a daylight-saving change. UID never changes; SEQUENCE grows with every noteworthy change.
"""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

PRODID = "-//Mentor training platform//Sessions//EN"


def _event(session, base_url):
    zone = ZoneInfo(settings.TIME_ZONE)
    event = Event()
    event.add("uid", f"{session.uid}@mentor-training")
    event.add("dtstamp", timezone.now())
    event.add("last-modified", session.updated_at)
    event.add("dtstart", session.starts_at.astimezone(zone))
    event.add("dtend", session.ends_at.astimezone(zone))
    event.add("summary", session.title)
    event.add("sequence", session.sequence)
    event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
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


def calendar_bytes(sessions, name, base_url=""):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for session in sessions:
        calendar.add_component(_event(session, base_url))
    calendar.add_missing_timezones()
    return calendar.to_ical()
