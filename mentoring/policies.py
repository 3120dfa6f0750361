from django.db.models import Q
from django.utils.translation import gettext as _

from mentorsite.scheduling.models import Session
from mentorsite.scheduling.policies import SessionPolicy
from mentorsite.users.roles import MANAGER, has_role


class ReviewPolicy(SessionPolicy):
    """Agreement reviews: the programme manager sees them all and leads them; the mentor has a place booked by
    the manager and sees theirs; nobody books one themselves. The title names only the case code."""

    def visible_q(self, user):
        if has_role(user, MANAGER):
            return Q(kind=Session.Kind.REVIEW)
        return Q(kind=Session.Kind.REVIEW, review__relationship__mentor=user)

    def booking_refusal(self, user, session):
        return _("The programme manager books agreement reviews.")

    def cancel_refusal(self, user, session):
        return _("The programme manager moves agreement reviews: tell them if you cannot come.")

    def may_take_register(self, user, session):
        return has_role(user, MANAGER)

    def show_titles_in_language(self, sessions):
        # The stored title is the case code; the words around it are the reader's.
        for session in sessions:
            code = session.title.rsplit(" ", 1)[-1]
            session.title = _("Agreement review, %(code)s") % {"code": code}
