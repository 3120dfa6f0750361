"""Who may see, book and take the register of each kind of session.

Each app that owns a kind of session registers a policy for it from its AppConfig.ready(); a kind without
a policy is closed to everyone (deny by default). This keeps the ground floor free of imports from above.
"""

from django.db.models import Q

_policies = {}


class SessionPolicy:
    """Override what a kind of session allows. The defaults refuse everything."""

    def visible_q(self, user):
        """A Q over Session for the sessions of this kind `user` may open (others give 404)."""
        return Q(pk__in=[])

    def expected_q(self, user):
        """A Q over Session for the sessions `user` is expected at without booking (their cohort's seminar days)."""
        return Q(pk__in=[])

    def expected_people(self, session):
        """The people expected at `session` without booking (a queryset of users), or None."""
        return None

    def bookable_q(self, user):
        """A Q over Session for the sessions of this kind `user` may book now (listed as open on the calendar)."""
        return Q(pk__in=[])

    def booking_refusal(self, user, session):
        """None if `user` may book `session`, else the message saying why not."""
        return "Booking is not open for this session."

    def offers_waiting_list(self, session):
        """Whether a full session takes people onto a waiting list (else a full session is simply taken)."""
        return True

    def cancel_refusal(self, user, session):
        """None if `user` may cancel their place in `session` themself, else the message saying why not."""
        return None

    def may_decline(self, user, session):
        """Whether `user` is expected at `session` without booking (a cohort's seminar day) and may decline."""
        return False

    def may_take_register(self, user, session):
        return False

    def make_up_candidates(self, session):
        """People who may be added to the register as making up a missed day, or None if not offered."""
        return None

    def show_titles_in_language(self, sessions):
        """Give these sessions of this kind their titles in the reader's language, in place, with a constant
        number of queries. By default a session's title is what its editor typed."""


def register(kind, policy):
    _policies[kind] = policy


def policy_for(kind):
    return _policies.get(kind, SessionPolicy())


def all_policies():
    return list(_policies.values())
