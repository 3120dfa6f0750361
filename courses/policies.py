"""Who is expected at, may see, confirm, decline and take the register of seminar days.

Registered in CoursesConfig.ready(). A cohort's members who follow a track requiring the seminar are expected
at its days (so the coach-training days concern only the coaches); they confirm or decline.
"""

from functools import reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.access import studyable_track_paths, tracks_requiring
from mentorsite.scheduling.models import Session
from mentorsite.scheduling.policies import SessionPolicy
from mentorsite.translations import show_in_language
from mentorsite.users.roles import COACH, MENTOR, is_staff_member


class SeminarDayPolicy(SessionPolicy):
    def show_titles_in_language(self, sessions):
        """A seminar day is titled after its seminar page, in the reader's language where it is translated."""
        from courses.models import SeminarSession

        days = {
            day.pk: day
            for day in SeminarSession.objects.filter(pk__in=[s.pk for s in sessions]).select_related(
                "seminar", "cohort"
            )
        }
        show_in_language([day.seminar for day in days.values()])
        for session in sessions:
            if session.pk in days:
                day = days[session.pk]
                session.title = day.title_for(day.seminar.title)

    def expected_q(self, user):
        paths = studyable_track_paths(user)
        if not user.cohort_id or not paths:
            return Q(pk__in=[])
        from courses.models import SeminarPage

        seminars = SeminarPage.objects.filter(reduce(or_, (Q(path__startswith=path) for path in paths)))
        return Q(kind=Session.Kind.SEMINAR, cohort_id=user.cohort_id, seminarsession__seminar__in=seminars)

    def expected_people(self, session):
        seminar_day = session.seminarsession
        track = Page.objects.get(path=seminar_day.seminar.path[: -Page.steplen])
        return get_user_model().objects.filter(
            cohort_id=session.cohort_id, enrolments__track__in=tracks_requiring(track)
        )

    def visible_q(self, user):
        return Q(kind=Session.Kind.SEMINAR) if is_staff_member(user) else Q(pk__in=[])

    def booking_refusal(self, user, session):
        if self.may_decline(user, session):
            return None
        if user.cohort_id == session.cohort_id:
            return _("This seminar day is not part of a track you follow.")
        return _("This seminar day is for another cohort. Ask a facilitator if you need to make up a missed day.")

    def may_decline(self, user, session):
        return Session.objects.filter(self.expected_q(user), pk=session.pk).exists()

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
