from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentoringConfig(AppConfig):
    """Mentee cases, matching, mentoring agreements and their three-monthly reviews, endings; recruitment, from
    a mentor's application to their account (mentoring/recruitment/); and the evaluation: questionnaires, their
    results and the research export (mentoring/evaluation/)."""

    name = "mentoring"
    verbose_name = _("Mentoring")

    def ready(self):
        from courses.dashboard import register_panel
        from courses.reports import register_report_section
        from mentoring.dashboard import reviews_due_panel
        from mentoring.demo.seed import seed_mentoring
        from mentoring.evaluation import privacy as evaluation_privacy
        from mentoring.evaluation.dashboard import evaluator_panel, questionnaires_panel
        from mentoring.evaluation.demo import seed_evaluation
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
        register_demo_step(60, seed_evaluation)
        register_job("send_review_reminders", command("send_review_reminders"), minutes=60)
        register_job("send_questionnaire_mail", command("send_questionnaire_mail"), minutes=60)
        policies.register(Session.Kind.REVIEW, ReviewPolicy())
        register_panel(reviews_due_panel)
        register_panel(interviews_panel)
        register_panel(questionnaires_panel)
        register_panel(evaluator_panel)
        register_report_section(mentoring_section)
        register_report_section(recruitment_section)
        register_sections()
        recruitment_privacy.register_sections()
        evaluation_privacy.register_sections()
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
        # Staff write questionnaires (the evaluation unit's, a seminar's feedback). Nobody deletes one: the
        # answers of its rounds belong to its revisions.
        for role in (roles.FACILITATOR, roles.MANAGER):
            roles.grant(role, *[f"mentoring.{action}_questionnaire" for action in ("add", "change", "view")])
