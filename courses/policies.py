"""Who may see, confirm, decline and take the register of seminar days (registered in CoursesConfig.ready)."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _

from mentorsite.scheduling.models import Session
from mentorsite.scheduling.policies import SessionPolicy
from mentorsite.users.roles import COACH, MENTOR, is_staff_member


class SeminarDayPolicy(SessionPolicy):
    """A cohort's members are expected at its seminar days: they confirm or decline; staff take the register."""

    def visible_q(self, user):
        return Q(kind=Session.Kind.SEMINAR) if is_staff_member(user) else Q(pk__in=[])

    def booking_refusal(self, user, session):
        if user.cohort_id and user.cohort_id == session.cohort_id:
            return None
        return _("This seminar day is for another cohort. Ask a facilitator if you need to make up a missed day.")

    def may_decline(self, user, session):
        return bool(user.cohort_id) and user.cohort_id == session.cohort_id

    def may_take_register(self, user, session):
        return is_staff_member(user)

    def make_up_candidates(self, session):
        return (
            get_user_model()
            .objects.filter(is_active=True, groups__name__in=[MENTOR, COACH])
            .exclude(cohort_id=session.cohort_id)
            .distinct()
            .order_by("first_name", "last_name")
        )
