from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentoringConfig(AppConfig):
    """Mentee cases, matching, mentoring agreements and their three-monthly reviews, endings; and recruitment,
    from a mentor's application to their account (mentoring/recruitment/)."""

    name = "mentoring"
    verbose_name = _("Mentoring")

    def ready(self):
        from courses.dashboard import register_panel
        from courses.reports import register_report_section
        from mentoring.dashboard import reviews_due_panel
        from mentoring.demo.seed import seed_mentoring
        from mentoring.figures import mentoring_section
        from mentoring.policies import ReviewPolicy
        from mentoring.privacy import register_sections
        from mentoring.recruitment import privacy as recruitment_privacy
        from mentoring.recruitment.dashboard import interviews_panel
        from mentoring.recruitment.demo import seed_recruitment
        from mentoring.recruitment.figures import recruitment_section
        from mentorsite.demo import register_demo_step
        from mentorsite.scheduler.jobs import command, register_job
        from mentorsite.scheduling import policies
        from mentorsite.scheduling.models import Session
        from mentorsite.users import roles

        register_demo_step(50, seed_mentoring)
        register_demo_step(55, seed_recruitment)
        register_job("send_review_reminders", command("send_review_reminders"), minutes=60)
        policies.register(Session.Kind.REVIEW, ReviewPolicy())
        register_panel(reviews_due_panel)
        register_panel(interviews_panel)
        register_report_section(mentoring_section)
        register_report_section(recruitment_section)
        register_sections()
        recruitment_privacy.register_sections()
        roles.grant(
            roles.MANAGER,
            *[
                f"mentoring.{action}_{model}"
                for action in ("add", "change", "delete", "view")
                for model in (
                    "institution",
                    "targetgroup",
                    "endingreason",
                    "mentorprofile",
                    "recruitmentstage",
                    "applicantsource",
                    "stopreason",
                )
            ],
        )
