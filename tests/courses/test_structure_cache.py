"""What a track requires is read once and kept in the shared cache until any page is saved, deleted or moved
(courses/progress.py, STRUCTURE_VERSION_KEY)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from courses.progress import load_structures, progress_for_tracks
from tests.factories import LessonPageFactory, ModulePageFactory
from tests.helpers import translate_into_danish

pytestmark = pytest.mark.django_db


def test_a_second_reading_runs_no_query_for_the_structure(mentor_track, lesson):
    with CaptureQueriesContext(connection) as first_time:
        load_structures([mentor_track])
    with CaptureQueriesContext(connection) as cached:
        assert load_structures([mentor_track])[0].lessons == [lesson]
    # One query is left: finding the page of record of the track asked for.
    assert len(cached) == 1
    assert len(first_time) > 4


def test_new_unpublished_moved_and_deleted_pages_count_at_once(mentor, mentor_track, module, lesson):
    def units():
        return progress_for_tracks(mentor, [mentor_track])[0].total_units

    assert units() == 1
    added = LessonPageFactory(parent=module, title="Added")
    assert units() == 2
    added.unpublish()
    assert units() == 1
    added.save_revision().publish()
    assert units() == 2
    elsewhere = ModulePageFactory(parent=mentor_track.get_parent(), title="Not in the track")
    added.move(elsewhere, pos="last-child")
    assert units() == 1
    LessonPageFactory(parent=module, title="Another").delete()
    assert units() == 1
    module.delete()
    assert units() == 0


def test_each_reading_gets_its_own_copies_in_its_own_language(mentor_track, module, lesson):
    [structure] = load_structures([mentor_track])
    structure.requirements[0].page.title = "Changed by one request"
    assert load_structures([mentor_track])[0].requirements[0].page.title == module.title
    translate_into_danish(mentor_track.get_parent(), mentor_track, module, lesson)
    with translation.override("da"):
        assert load_structures([mentor_track])[0].requirements[0].page.title == f"[da] {module.title}"
    assert load_structures([mentor_track])[0].requirements[0].page.title == module.title
