"""Curriculum review: a facilitator's lesson goes live only once someone else has approved it.

The rule is in courses/models/review.py and mentorsite/page_permissions.py; these tests walk it through the
admin's own views, as the people using it do.
"""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowPage
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models.review import CURRICULUM_REVIEW, curriculum_review_workflow, ensure_curriculum_review
from mentorsite.users.roles import FACILITATOR
from tests.factories import BriefingIndexPageFactory, BriefingPageFactory, LessonPageFactory, UserFactory
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def colleague_client(db):
    """A second facilitator: the one who reads and approves the first one's work."""
    client = Client()
    sign_in(client, UserFactory(username="second-facilitator", roles=[FACILITATOR]))
    return client


@pytest.fixture
def draft_lesson(module):
    lesson = LessonPageFactory(parent=module, title="Agreeing with a twist", slug="agreeing-with-a-twist")
    lesson.unpublish()
    return Page.objects.get(pk=lesson.pk).specific


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def editor_form(page, action, go_live_at=""):
    """What the page editor posts for a lesson with one paragraph, with one of its buttons pressed."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": "",
            "body": streamfield([("paragraph", rich_text("<p>Agree, then turn.</p>"))]),
            "go_live_at": go_live_at,
            f"action-{action}": action,
        }
    )


def submit(client, page, **kwargs):
    response = client.post(edit_url(page), editor_form(page, "submit", **kwargs))
    assert response.status_code == 302, response.content.decode()[:1000]
    page.refresh_from_db()
    assert page.workflow_in_progress
    return page.current_workflow_task_state


def approve(client, page, task_state):
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


def test_every_programme_is_under_curriculum_review_and_briefings_are_not(programme, lesson, home):
    assert WorkflowPage.objects.get(page=programme).workflow == curriculum_review_workflow()
    assert lesson.get_workflow().name == CURRICULUM_REVIEW == "Curriculum review"
    # Wagtail's default workflow on the root page would have put every briefing under review too.
    assert not WorkflowPage.objects.filter(page=Page.get_first_root_node()).exists()
    briefing = BriefingPageFactory(parent=BriefingIndexPageFactory(parent=home))
    assert briefing.get_workflow() is None


def test_a_facilitator_cannot_publish_a_lesson_around_the_review(facilitator_client, draft_lesson):
    editor = facilitator_client.get(edit_url(draft_lesson)).content.decode()
    assert 'name="action-submit"' in editor
    assert 'name="action-publish"' not in editor

    facilitator_client.post(edit_url(draft_lesson), editor_form(draft_lesson, "publish"))
    draft_lesson.refresh_from_db()
    assert not draft_lesson.live

    # Nor from the page listing's bulk action.
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    facilitator_client.post(f"{bulk}?id={draft_lesson.pk}", {})
    draft_lesson.refresh_from_db()
    assert not draft_lesson.live


def test_a_facilitator_cannot_create_a_lesson_and_publish_it_in_one_go(facilitator_client, module):
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])
    assert 'name="action-publish"' not in facilitator_client.get(add_url).content.decode()


def test_a_facilitator_cannot_create_a_programme_and_publish_it_in_one_go(facilitator_client, manager_client, home):
    # A new programme comes under review as it is created: publishing it at once would skip the review.
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "programmepage", home.pk])
    form = facilitator_client.get(add_url)
    assert form.status_code == 200 and 'name="action-publish"' not in form.content.decode()
    assert 'name="action-publish"' in manager_client.get(add_url).content.decode()


def test_nobody_approves_their_own_submission(facilitator_client, draft_lesson):
    task_state = submit(facilitator_client, draft_lesson)

    # Not under "Awaiting your review" (the dashboard lists it apart, as the facilitator's own in a workflow).
    submitter = draft_lesson.current_workflow_state.requested_by
    assert not TaskState.objects.reviewable_by(submitter).exists()
    editor = facilitator_client.get(edit_url(draft_lesson)).content.decode()
    assert "Approve" not in editor
    # Refused (Wagtail's admin answers a refusal by sending the person to the dashboard with a message).
    assert approve(facilitator_client, draft_lesson, task_state).status_code in (302, 403)
    draft_lesson.refresh_from_db()
    assert not draft_lesson.live and draft_lesson.workflow_in_progress


def test_a_second_facilitator_approves_and_the_lesson_goes_live(facilitator_client, colleague_client, draft_lesson):
    task_state = submit(facilitator_client, draft_lesson)

    assert "Awaiting your review" in colleague_client.get(reverse("wagtailadmin_home")).content.decode()
    assert approve(colleague_client, draft_lesson, task_state).status_code in (200, 302)
    draft_lesson.refresh_from_db()
    assert draft_lesson.live and not draft_lesson.workflow_in_progress
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_APPROVED


def test_approving_a_lesson_with_a_go_live_date_schedules_it(facilitator_client, colleague_client, draft_lesson):
    go_live_at = timezone.localtime() + timedelta(days=2)
    task_state = submit(facilitator_client, draft_lesson, go_live_at=go_live_at.strftime("%Y-%m-%d %H:%M"))

    approve(colleague_client, draft_lesson, task_state)
    draft_lesson.refresh_from_db()
    assert not draft_lesson.live
    assert draft_lesson.scheduled_revision is not None


def test_the_manager_publishes_a_correction_at_once(manager_client, draft_lesson):
    response = manager_client.post(edit_url(draft_lesson), editor_form(draft_lesson, "publish"))
    assert response.status_code == 302
    draft_lesson.refresh_from_db()
    assert draft_lesson.live


def test_a_facilitator_publishes_a_briefing_directly(facilitator_client, home):
    briefing = BriefingPageFactory(parent=BriefingIndexPageFactory(parent=home))
    editor = facilitator_client.get(edit_url(briefing)).content.decode()
    assert 'name="action-publish"' in editor


def test_the_approval_mail_links_the_lesson_at_the_public_address(
    facilitator_client, colleague_client, draft_lesson, mailoutbox, settings
):
    """Regression: Wagtail's "approved" mail linked http://localhost/... (the Site record's placeholder)."""
    task_state = submit(facilitator_client, draft_lesson)
    mailoutbox.clear()
    approve(colleague_client, draft_lesson, task_state)

    [approved] = [mail for mail in mailoutbox if "approved" in mail.subject.lower()]
    assert f"{settings.WAGTAILADMIN_BASE_URL}{draft_lesson.url_path.removeprefix('/home')}" in approved.body
    assert "http://localhost" not in approved.body


def test_a_danish_programme_names_the_review_in_danish_and_finds_it_again(settings, home):
    """Regression: the workflow and its step were named in English in the Danish admin."""
    from wagtail.models import Task, Workflow

    Workflow.objects.all().delete()
    Task.objects.all().delete()
    settings.LANGUAGE_CODE = "da"
    workflow, task = ensure_curriculum_review()
    assert (workflow.name, task.name) == ("Faglig gennemlæsning", "Anden læser")

    # Renamed by the manager, it is still the one found: nothing is looked up by name.
    Workflow.objects.filter(pk=workflow.pk).update(name="Gennemlæsning")
    assert ensure_curriculum_review()[0].pk == workflow.pk == curriculum_review_workflow().pk
    assert Workflow.objects.count() == 1
