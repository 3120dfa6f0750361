"""Links people keep (the calendar subscription, a session's .ics) carry the platform's public address.

Regression: the calendar page and the single-session download built them from the request's host, which behind
a load balancer or on an internal name is not the address people can reach.
"""

import icalendar
import pytest
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

PUBLIC = "https://mentors.example.org"


@override_settings(WAGTAILADMIN_BASE_URL=PUBLIC)
def test_the_subscription_address_and_the_ics_link_use_the_public_address(mentor_client, networking_day):
    page = mentor_client.get(reverse("scheduling:calendar")).content.decode()
    assert f"{PUBLIC}/calendar/feed/" in page
    assert "http://testserver/calendar/feed/" not in page
    download = mentor_client.get(reverse("scheduling:ics", args=[networking_day.pk]))
    [event] = icalendar.Calendar.from_ical(download.content).walk("VEVENT")
    assert str(event["url"]) == f"{PUBLIC}/sessions/{networking_day.pk}/"
