"""What networking holds about a person: nothing of its own. Signing up for a networking day is a booking
(mentorsite/scheduling), exported and kept for the attendance figures there.

The download names the days the person signed up for, as the calendar shows them, so that the bookings
there (which give only a session's number) can be read. Erasure has nothing of its own to do: a name in a
day's title or description is taken out with those of every session the person led or booked (scheduling).
"""

from mentorsite import privacy
from mentorsite.scheduling.services import visible_sessions

from .models import NetworkingDay


def _days_signed_up_for(person):
    days = NetworkingDay.objects.filter(pk__in=visible_sessions(person).values("pk"), bookings__user=person)
    return privacy.rows(days.distinct(), exclude={"uid", "sequence"})


def register_sections():
    privacy.register("networking_days", export=_days_signed_up_for)
