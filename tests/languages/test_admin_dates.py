"""Dates in the admin are written as the reader's language writes them, never "Nov. 1, 2026, 10 a.m."."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import SeminarSession
from tests.helpers import prefer_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def day_in_november(seminar, cohort):
    moment = timezone.make_aware(datetime.datetime(2026, 11, 3, 10, 0))
    return SeminarSession.objects.create(
        seminar=seminar, cohort=cohort, day=1, starts_at=moment, ends_at=moment + datetime.timedelta(hours=6)
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "3 November 2026, 10:00"), ("da", "3. november 2026 kl. 10.00")],
)
def test_the_seminar_days_listing_writes_dates_in_the_readers_language(
    facilitator, facilitator_client, day_in_november, language, expected
):
    prefer_language(facilitator, language)
    page = facilitator_client.get(reverse("seminar_days:index")).content.decode()
    assert expected in page
    assert not re.search(r"Nov\. \d+, 2026|a\.m\.|p\.m\.", page)
