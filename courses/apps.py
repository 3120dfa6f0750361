from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """The curriculum (programme, track, module, lesson, seminar pages), enrolment and completion."""

    name = "courses"
    verbose_name = _("Curriculum and progress")

    def ready(self):
        from django.db.models.signals import post_migrate, post_save
        from wagtail.signals import page_published

        from courses.dashboard import register_panel
        from courses.demo.seed import seed_courses, seed_refresher
        from courses.demo.seed_da import danish_pairs
        from courses.models import ProgrammePage
        from courses.models.review import review_new_programme
        from courses.policies import SeminarDayPolicy
        from courses.privacy import register_sections
        from courses.progress import connect_structure_signals
        from courses.refreshers import refresher_panel
        from mentorsite.demo import register_demo_phrasebook, register_demo_step
        from mentorsite.scheduler.jobs import command, register_job
        from mentorsite.scheduling import policies
        from mentorsite.scheduling.models import Session
        from mentorsite.users import roles

        policies.register(Session.Kind.SEMINAR, SeminarDayPolicy())
        register_demo_step(10, seed_courses)
        register_demo_step(25, seed_refresher)
        register_demo_phrasebook(danish_pairs)
        page_published.connect(briefing_published, dispatch_uid="courses.briefing_published")
        register_sections()
        register_panel(refresher_panel)
        register_job("assign_refreshers", command("assign_refreshers"), hour=6, minute=30)
        connect_structure_signals()
        post_migrate.connect(curriculum_review_after_migrate, sender=self, dispatch_uid="courses.curriculum_review")
        post_save.connect(review_new_programme, sender=ProgrammePage, dispatch_uid="courses.review_new_programme")

        roles.grant(
            roles.MANAGER,
            "courses.add_enrolment",
            "courses.change_enrolment",
            "courses.delete_enrolment",
            "courses.view_enrolment",
        )
        seminar_days = [f"courses.{action}_seminarsession" for action in ("add", "change", "delete", "view")]
        roles.grant(roles.FACILITATOR, *seminar_days)
        roles.grant(roles.MANAGER, *seminar_days)


def curriculum_review_after_migrate(app_config, **kwargs):
    """The curriculum's review workflow exists after every migrate; facilitators and the manager approve in it."""
    from django.contrib.auth.models import Group

    from courses.models.review import ensure_curriculum_review
    from mentorsite.users import roles

    _workflow, second_reader = ensure_curriculum_review()
    reviewers = [Group.objects.get_or_create(name=name)[0] for name in (roles.FACILITATOR, roles.MANAGER)]
    second_reader.groups.add(*reviewers)


def briefing_published(sender, instance, revision=None, **kwargs):
    """A briefing went live: start a new version if the change is significant, and tell its readers.

    Wagtail sends page_published also when a revision is only scheduled (it goes live later, when
    publish_scheduled publishes it and sends the signal again): nothing happens until the page is live with this
    revision, so nobody is sent a link that answers 404."""
    from wagtail.search import index

    from courses.briefings import queue_briefing_notices, start_new_version_if_significant
    from courses.models import BriefingPage

    going_live_later = not instance.live or (revision is not None and instance.live_revision_id != revision.pk)
    if isinstance(instance, BriefingPage) and not going_live_later:
        start_new_version_if_significant(instance)
        queue_briefing_notices(instance)
        # The search index is written when the page row is saved, before its tags are (they are child rows of
        # the page); indexing again once published lets search find a briefing by its tags.
        index.insert_or_update_object(instance)
