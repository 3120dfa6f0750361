from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupervisionConfig(AppConfig):
    """Coach assignments and supervision meetings between a coach and their supervisees."""

    name = "supervision"
    verbose_name = _("Supervision")

    def ready(self):
        from django.db.models.signals import post_save

        from courses.dashboard import register_panel
        from courses.reports import register_report_section
        from mentoring.access import register_followed_mentors
        from mentoring.evaluation.research import register_research_columns
        from mentorsite.demo import register_demo_step
        from mentorsite.scheduling import policies
        from mentorsite.scheduling.models import Booking, Session
        from mentorsite.users import roles
        from supervision.dashboard import open_concerns_panel
        from supervision.demo.seed import seed_supervision, seed_supervision_records
        from supervision.models import CoachAssignment
        from supervision.notifications import booking_changed
        from supervision.policies import SupervisionPolicy
        from supervision.practice import waiting_practice_panel
        from supervision.privacy import register_sections
        from supervision.reports import miti_section, supervision_section
        from supervision.research import supervision_columns

        register_demo_step(30, seed_supervision)
        register_demo_step(40, seed_supervision_records)
        policies.register(Session.Kind.SUPERVISION, SupervisionPolicy())
        register_panel(open_concerns_panel)
        register_panel(waiting_practice_panel)
        register_report_section(supervision_section)
        register_report_section(miti_section)
        register_sections()
        register_research_columns(supervision_columns)
        post_save.connect(booking_changed, sender=Booking, dispatch_uid="supervision.booking_changed")
        # A coach reads their supervisees' mentoring relationships (read-only) to prepare supervision.
        register_followed_mentors(lambda user: CoachAssignment.objects.active().filter(coach=user).values("mentor_id"))
        roles.grant(
            roles.MANAGER, *[f"supervision.{action}_coachassignment" for action in ("add", "change", "delete", "view")]
        )
        # Reference transcripts for coder training are curriculum: facilitators write them, the manager too.
        transcripts = [f"supervision.{action}_referencetranscript" for action in ("add", "change", "delete", "view")]
        roles.grant(roles.FACILITATOR, *transcripts)
        roles.grant(roles.MANAGER, *transcripts)
