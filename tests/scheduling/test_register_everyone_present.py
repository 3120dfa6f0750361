"""The register's "Mark everyone present": one click for the usual day, with the absent marked as chosen."""

import pytest
from django.urls import reverse

from mentorsite.scheduling.models import Booking
from tests.conftest import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def past_day(seminar_day):
    seminar_day.starts_at, seminar_day.ends_at = at(-1, 9), at(-1, 16)
    seminar_day.save()
    return seminar_day


def test_mark_everyone_present_keeps_the_marks_chosen(facilitator_client, mentor, coach, past_day):
    url = reverse("scheduling:register", args=[past_day.pk])
    assert "Mark everyone present" in facilitator_client.get(url).content.decode()
    facilitator_client.post(url, {f"person-{coach.pk}": "excused", "everyone_present": "1"})
    marks = dict(Booking.objects.filter(session=past_day).values_list("user__username", "attendance"))
    assert marks == {"mentor": "present", "coach": "excused"}


def test_saving_without_it_marks_only_whom_was_chosen(facilitator_client, mentor, coach, past_day):
    url = reverse("scheduling:register", args=[past_day.pk])
    facilitator_client.post(url, {f"person-{coach.pk}": "absent"})
    marks = dict(
        Booking.objects.filter(session=past_day).exclude(attendance="").values_list("user__username", "attendance")
    )
    assert marks == {"coach": "absent"}


def test_mark_everyone_present_with_a_bad_mark_writes_nothing(facilitator_client, mentor, coach, past_day):
    url = reverse("scheduling:register", args=[past_day.pk])
    response = facilitator_client.post(url, {f"person-{coach.pk}": "asleep", "everyone_present": "1"})
    assert response.status_code == 400
    assert not Booking.objects.filter(session=past_day).exclude(attendance="").exists()
