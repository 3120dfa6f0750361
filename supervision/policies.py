from django.db.models import Q
from django.utils.translation import gettext as _

from mentorsite.scheduling.models import Session
from mentorsite.scheduling.policies import SessionPolicy
from mentorsite.users.roles import MANAGER, has_role
from supervision.models import CoachAssignment, SupervisionSession


def coaches_of(user):
    return CoachAssignment.objects.active().filter(mentor=user).values("coach_id")


class SupervisionPolicy(SessionPolicy):
    """Supervisees see and book their coach's open slots; the coach leads and takes the register.

    The programme manager sees every supervision session; facilitators and other coaches never do.
    """

    def visible_q(self, user):
        if has_role(user, MANAGER):
            return Q(kind=Session.Kind.SUPERVISION)
        return self.bookable_q(user)

    def bookable_q(self, user):
        return Q(
            kind=Session.Kind.SUPERVISION,
            organiser_id__in=coaches_of(user),
            supervisionsession__open_for_booking=True,
        )

    def booking_refusal(self, user, session):
        if not CoachAssignment.objects.active().filter(mentor=user, coach_id=session.organiser_id).exists():
            return _("This supervision slot belongs to a coach who does not supervise you.")
        if not session.supervisionsession.open_for_booking:
            return _("This supervision session is not open for booking.")
        return None

    def offers_waiting_list(self, session):
        # A one-to-one slot is one supervisee's: the others book another slot rather than wait for this one.
        return not SupervisionSession.objects.filter(
            pk=session.pk, format=SupervisionSession.Format.ONE_TO_ONE
        ).exists()

    def may_take_register(self, user, session):
        return session.organiser_id == user.pk
