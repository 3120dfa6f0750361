"""A superseded briefing asks nothing: it points to its successor and drops out of to-confirm lists, lesson
banners and handouts (issue 13)."""

import io

import pypdf
import pytest
from django.urls import reverse

from courses.briefings import unconfirmed_for
from courses.models import BriefingConfirmation, BriefingRelatedPage
from tests.factories import BriefingPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_and_new(briefing_index, lesson):
    old = BriefingPageFactory(parent=briefing_index, title="Online recruitment, first advice", urgency="important")
    new = BriefingPageFactory(
        parent=briefing_index, title="Online recruitment, updated advice", urgency="important", supersedes=old
    )
    for briefing in (old, new):
        BriefingRelatedPage.objects.create(briefing=briefing, page=lesson)
    return old, new


def test_a_superseded_briefing_is_not_to_confirm(mentor, old_and_new):
    old, new = old_and_new
    assert list(unconfirmed_for(mentor)) == [new]


def test_a_superseded_briefing_points_to_its_successor_and_offers_no_confirmation(mentor_client, mentor, old_and_new):
    old, new = old_and_new
    page = mentor_client.get(old.url).content.decode()
    assert "Read the newer briefing: Online recruitment, updated advice" in page
    assert reverse("courses:confirm_briefing", args=[old.pk]) not in page
    assert mentor_client.post(reverse("courses:confirm_briefing", args=[old.pk])).status_code == 404
    assert not BriefingConfirmation.objects.exists()


def test_the_lesson_banner_and_the_handout_name_only_the_successor(mentor_client, lesson, module, old_and_new):
    page = mentor_client.get(lesson.url).content.decode()
    assert "updated advice" in page and "first advice" not in page
    handout = mentor_client.get(reverse("courses:module_handout", args=[module.pk])).content
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(handout)).pages)
    assert "updated advice" in text and "first advice" not in text
