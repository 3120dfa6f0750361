import pytest

from courses.models import SeminarSession
from tests.conftest import at
from tests.factories import CohortFactory, SeminarPageFactory


@pytest.mark.django_db
def test_a_title_built_from_long_names_is_shortened_to_fit(mentor_track, facilitator):
    seminar = SeminarPageFactory(parent=mentor_track, title="Motivational interviewing in practice " * 6)
    cohort = CohortFactory(name="Spring intake of the northern region's probation service")  # within its 100 characters
    day = SeminarSession.objects.create(
        seminar=seminar, cohort=cohort, day=1, starts_at=at(3, 9), ends_at=at(3, 16), organiser=facilitator
    )
    day.refresh_from_db()
    assert len(day.title) == 200 and day.title.endswith("…")
    assert day.title.startswith("Motivational interviewing in practice")
