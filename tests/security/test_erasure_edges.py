"""Edges of erasure found in review: long texts, a coach's words about others, people without a name, logs."""

import pytest
from django.utils import timezone

from mentorsite.log_redaction import redact
from mentorsite.users.privacy import erase
from mentorsite.users.roles import COACH, MENTOR
from supervision.models import AgreedAction, SupervisionRecord
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def leave(person):
    person.left_programme_on = timezone.localdate()
    person.save()
    return person


def record_of(coach, mentor, summary):
    record = SupervisionRecord.objects.create(
        coach=coach, held_on=timezone.localdate(), duration_minutes=60, format="one_to_one", summary=summary
    )
    record.attendees.add(mentor)
    return record


def test_a_pseudonym_longer_than_the_name_still_fits_its_column():
    """Regression: "former-participant-N" replaced a shorter name and overflowed a 300-character action text,
    which PostgreSQL refuses (a 500 on the erase page, and a whole retention run rolled back)."""
    coach = UserFactory(first_name="Rasmus", last_name="Holm", roles=[MENTOR, COACH])
    mentor = UserFactory(first_name="Ea", last_name="Bo", roles=[MENTOR])
    width = AgreedAction._meta.get_field("description").max_length
    text = "x" * (width - len(" Ea Bo")) + " Ea Bo"
    action = AgreedAction.objects.create(record=record_of(coach, mentor, "Met."), description=text, owner=mentor)
    erase(leave(mentor))
    action.refresh_from_db()
    assert len(action.description) <= width
    assert "Ea Bo" not in action.description


def test_a_person_without_a_name_is_not_searched_for_by_username():
    """A username such as "hope" is a plain word: texts that merely contain it are not rewritten."""
    coach = UserFactory(first_name="Rasmus", last_name="Holm", roles=[MENTOR, COACH])
    nameless = UserFactory(username="hope", first_name="", last_name="", email="", roles=[MENTOR])
    other = UserFactory(first_name="Ida", last_name="Frost", roles=[MENTOR])
    record = record_of(coach, other, "There is hope for the next step.")
    record.attendees.add(nameless)
    erase(leave(nameless))
    record.refresh_from_db()
    assert record.summary == "There is hope for the next step."


def test_a_calendar_token_is_redacted_with_or_without_its_extension():
    assert redact("GET /calendar/feed/Ab3_-x9.ics HTTP/1.1") == "GET /calendar/feed/[token].ics HTTP/1.1"
    assert redact("GET /calendar/feed/Ab3_-x9 HTTP/1.1") == "GET /calendar/feed/[token] HTTP/1.1"
    assert redact("POST /calendar/feed/regenerate/") == "POST /calendar/feed/regenerate/"
