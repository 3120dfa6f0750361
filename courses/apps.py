from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """The curriculum (programme, track, module, lesson, seminar pages), enrolment and completion."""

    name = "courses"
    verbose_name = _("Curriculum and progress")

    def ready(self):
        from mentorsite.users import roles

        roles.grant(
            roles.MANAGER,
            "courses.add_enrolment",
            "courses.change_enrolment",
            "courses.delete_enrolment",
            "courses.view_enrolment",
        )
