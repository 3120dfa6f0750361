"""Curriculum review: what mentors are trained and certified on is read by a second person before it goes live.

The rule (README, "Who reviews what"): wherever a Wagtail workflow applies (by default the "Curriculum review"
workflow on each programme page, so its tracks, modules, lessons and seminar pages), a facilitator submits
for moderation and a *different* facilitator, or the programme manager, approves; approving publishes, or
schedules the page when a go-live date is set. Facilitators cannot publish around the workflow
(mentorsite/page_permissions.py); the programme manager can, which is the fast path when something must be
corrected at once. Briefings are outside the workflow unless the manager assigns one: facilitators publish
them directly, because a briefing about a change in the milieus is useful the day it is written.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

# Wagtail stores a workflow's and a task's name as data, shown as they are in every language of the admin
# ("Submit to ...", "Awaiting ..."). They are written once, in the programme's language (LANGUAGE_CODE), and
# the workflow is found again by its task's type, never by its name, so the manager may rename both.
CURRICULUM_REVIEW = _("Curriculum review")
SECOND_READER = _("Second reader")


class SecondReaderTask(AbstractGroupApprovalTask):
    """A workflow step that members of the chosen groups approve, except the person who submitted the page.

    Reviewers meet it in the admin: under "Awaiting your review" on the dashboard and as Approve / Request
    changes in the page editor. The submitter sees neither for their own submission.
    """

    def _is_submitter(self, obj, user):
        workflow_state = obj.current_workflow_state
        return workflow_state is not None and workflow_state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        if self._is_submitter(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return super().get_task_states_user_can_moderate(user, **kwargs).exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, but never a page they submitted themselves")

    class Meta:
        verbose_name = _("second reader task")
        verbose_name_plural = _("second reader tasks")


def ensure_curriculum_review():
    """Create the curriculum review workflow once and put every programme under it (idempotent).

    Called after every migrate (courses/apps.py). The first time it runs it also lifts Wagtail's
    default "Moderators approval" from the root page, where it would put briefings under review too. Later
    runs leave alone whatever the manager has since changed in Settings > Workflows.
    """
    from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

    from courses.models.pages import ProgrammePage

    with translation.override(settings.LANGUAGE_CODE):
        workflow_name, task_name = str(CURRICULUM_REVIEW), str(SECOND_READER)
    task = SecondReaderTask.objects.order_by("pk").first() or SecondReaderTask.objects.create(name=task_name)
    workflow = curriculum_review_workflow(active_only=False)
    created = workflow is None
    if created:
        workflow = Workflow.objects.create(name=workflow_name)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if created:
        WorkflowPage.objects.filter(page=Page.get_first_root_node(), workflow__name="Moderators approval").delete()
        for programme in ProgrammePage.objects.all():
            WorkflowPage.objects.get_or_create(page=programme, defaults={"workflow": workflow})
    return workflow, task


def curriculum_review_workflow(active_only=True):
    """The workflow that holds a second-reader step (the first made, if the manager has built more)."""
    from wagtail.models import Workflow

    workflows = Workflow.objects.filter(workflow_tasks__task__in=SecondReaderTask.objects.all())
    if active_only:
        workflows = workflows.filter(active=True)
    return workflows.order_by("pk").first()


def review_new_programme(sender, instance, created, raw=False, **kwargs):
    """A programme created later (or its translation) comes under curriculum review from its first save."""
    from wagtail.models import WorkflowPage

    if not created or raw or instance.get_workflow() is not None:
        return
    workflow = curriculum_review_workflow()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})
