from django.db.models import Q
from django.utils.translation import gettext as _

from mentorsite.scheduling.models import Session
from mentorsite.scheduling.policies import SessionPolicy
from mentorsite.users.roles import COACH, MENTOR, has_role, is_staff_member


class NetworkingDayPolicy(SessionPolicy):
    """Open to active mentors and coaches of every cohort; facilitators and the manager take the register."""

    def visible_q(self, user):
        if has_role(user, MENTOR, COACH) or is_staff_member(user):
            return Q(kind=Session.Kind.NETWORKING)
        return Q(pk__in=[])

    def bookable_q(self, user):
        return Q(kind=Session.Kind.NETWORKING) if has_role(user, MENTOR, COACH) else Q(pk__in=[])

    def booking_refusal(self, user, session):
        if has_role(user, MENTOR, COACH):
            return None
        return _("Networking days are for active mentors and coaches.")

    def may_take_register(self, user, session):
        return is_staff_member(user)
