"""What scheduling holds about a person: their places in sessions, the notices sent to them, their calendar feed.

Bookings stay on erasure (attendance counts in the reports); notices and the feed go. Sessions the person
led or booked may carry their name in the title or description (a coach's meeting with them): it goes.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils.text import Truncator

from mentorsite import privacy

from .models import Booking, CalendarFeed, Notice, Session


def rename_in_sessions(sessions, former, about_them=False):
    """Replaces the person's name in the titles and descriptions of `sessions`; returns how many changed.

    The new SEQUENCE tells calendar clients to take the new title. No change notice is sent: nothing about
    the meeting changed for the people coming.
    """
    changed = 0
    for pk, title, description in sessions.values_list("pk", "title", "description"):
        new_description = former.scrub(description, about_them)
        # The pseudonym may be longer than the name it replaces.
        new_title = Truncator(former.scrub(title, about_them)).chars(Session._meta.get_field("title").max_length)
        if (new_title, new_description) != (title, description):
            Session.objects.filter(pk=pk).update(
                title=new_title, description=new_description, sequence=F("sequence") + 1
            )
            changed += 1
    return changed


def _rename_in_their_sessions(person, former):
    sessions = Session.objects.filter(Q(organiser=person) | Q(bookings__user=person)).distinct()
    return {"session titles naming them": rename_in_sessions(sessions, former)}


def _expire_notices(now):
    before = now - timedelta(days=settings.RETENTION_DAYS["notices"])
    return {"notices": Notice.objects.filter(created_at__lt=before).delete()[0]}


def register_sections():
    privacy.register(
        "bookings",
        export=lambda person: privacy.rows(Booking.objects.filter(user=person)),
        erase=_rename_in_their_sessions,
    )
    privacy.register(
        "session_notices",
        export=lambda person: privacy.rows(Notice.objects.filter(user=person)),
        erase=lambda person, former: {"notices": Notice.objects.filter(user=person).delete()[0]},
        expire=_expire_notices,
    )
    # Not exported: the feed's address is a secret, and the sessions in it are the bookings above.
    privacy.register(
        "calendar_feed",
        erase=lambda person, former: {"calendar feeds": CalendarFeed.objects.filter(user=person).delete()[0]},
    )
