"""A place on the waiting list is not a booking: the notice says so, and no calendar shows it as confirmed.

Regression: the waiting-list notice said "Booked: ..." and carried an .ics with STATUS:CONFIRMED, so the person's
calendar showed an event they had no place at.
"""

import icalendar
import pytest
from django.core import mail
from django.urls import reverse

from mentorsite.scheduling.models import CalendarFeed
from mentorsite.scheduling.services import book, cancel

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def feed_status(client, person, session):
    feed, _created = CalendarFeed.objects.get_or_create(user=person)
    calendar = icalendar.Calendar.from_ical(client.get(reverse("scheduling:feed", args=[feed.token])).content)
    [event] = [event for event in calendar.walk("VEVENT") if str(event["summary"]) == session.title]
    return str(event["status"])


def test_a_waiting_list_place_is_announced_as_such_with_no_confirmed_event(
    client, mentor, outsider, networking_day, committed
):
    with committed():
        book(mentor, networking_day)  # the one place
    mail.outbox.clear()
    with committed():
        book(outsider, networking_day)
    [notice] = mail.outbox
    assert notice.subject.startswith("On the waiting list:")
    assert not notice.subject.startswith("Booked")
    assert "waiting list" in notice.body and "You do not have a place yet" in notice.body
    assert notice.attachments == []  # no calendar event for a place they do not have
    assert "attached calendar file" not in notice.body
    assert feed_status(client, outsider, networking_day) == "TENTATIVE"
    assert feed_status(client, mentor, networking_day) == "CONFIRMED"


def test_promotion_from_the_waiting_list_sends_the_confirmed_event(client, mentor, outsider, networking_day, committed):
    with committed():
        book(mentor, networking_day)
        book(outsider, networking_day)
    mail.outbox.clear()
    with committed():
        cancel(mentor, networking_day)
    [promotion] = mail.outbox
    assert promotion.to == [outsider.email] and promotion.subject.startswith("You have a place")
    [(name, content, _mimetype)] = promotion.attachments
    [event] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert name.endswith(".ics") and str(event["status"]) == "CONFIRMED"
    assert feed_status(client, outsider, networking_day) == "CONFIRMED"


def test_a_full_session_offers_the_waiting_list_not_a_place(client, mentor, outsider, networking_day):
    from tests.helpers import sign_in

    book(mentor, networking_day)  # the one place
    sign_in(client, outsider)
    page = client.get(reverse("scheduling:session", args=[networking_day.pk])).content.decode()
    assert "Join the waiting list" in page
    assert "Book a place" not in page
    cancel(mentor, networking_day)
    assert "Book a place" in client.get(reverse("scheduling:session", args=[networking_day.pk])).content.decode()
