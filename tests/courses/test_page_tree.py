"""Page-type rules: facilitators can only build valid curriculum trees."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.blocks import QuestionBlock
from courses.models import LessonPage, ModulePage, ProgrammePage, SeminarPage, TrackPage
from mentorsite.home.models import HomePage
from mentorsite.users.roles import FACILITATOR
from tests.factories import (
    ModulePageFactory,
    ProgrammePageFactory,
    SeminarPageFactory,
    TrackPageFactory,
    UserFactory,
)
from tests.helpers import sign_in


class TestPageTree(WagtailPageTestCase):
    def test_allowed_parents(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {HomePage})
        self.assertAllowedParentPageTypes(TrackPage, {ProgrammePage})
        self.assertAllowedParentPageTypes(ModulePage, {TrackPage})
        self.assertAllowedParentPageTypes(SeminarPage, {TrackPage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})

    def test_allowed_children(self):
        self.assertAllowedSubpageTypes(TrackPage, {ModulePage, SeminarPage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedSubpageTypes(SeminarPage, set())

    def test_invalid_placements_are_refused(self):
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(HomePage, ModulePage)
        self.assertCanNotCreateAt(TrackPage, LessonPage)
        self.assertCanNotCreateAt(ModulePage, SeminarPage)
        self.assertCanNotCreateAt(Page, ProgrammePage)

    def test_a_facilitator_builds_a_lesson_with_a_knowledge_check_in_the_editor(self):
        home = HomePage.objects.get()
        track = TrackPageFactory(parent=ProgrammePageFactory(parent=home))
        module = ModulePageFactory(parent=track)
        sign_in(self.client, UserFactory(roles=[FACILITATOR]))
        self.assertCanCreate(
            module,
            LessonPage,
            nested_form_data(
                {
                    "title": "Simple reflections",
                    "slug": "simple-reflections",
                    "summary": "Say back what you heard.",
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>Reflections show you listened.</p>")),
                            ("key_point", {"title": "Remember", "text": "Reflect before you ask."}),
                            (
                                "knowledge_check",
                                {
                                    "title": "Check",
                                    "pass_mark": 100,
                                    "questions": streamfield(
                                        [
                                            (
                                                "item",
                                                {
                                                    "question": "Which is a reflection?",
                                                    "kind": "single",
                                                    "answers": streamfield(
                                                        [
                                                            (
                                                                "item",
                                                                {
                                                                    "text": "You feel stuck.",
                                                                    "correct": "on",
                                                                    "feedback": "Yes.",
                                                                },
                                                            ),
                                                            (
                                                                "item",
                                                                {
                                                                    "text": "Why?",
                                                                    "correct": "",
                                                                    "feedback": "A question.",
                                                                },
                                                            ),
                                                        ]
                                                    ),
                                                },
                                            )
                                        ]
                                    ),
                                },
                            ),
                        ]
                    ),
                }
            ),
            publish=False,  # Lessons are curriculum: the facilitator submits them for a second reader.
        )

    def test_seminar_days_must_be_in_range(self):
        track = TrackPageFactory(parent=ProgrammePageFactory(parent=HomePage.objects.get()))
        seminar = SeminarPageFactory(parent=track)
        seminar.days = 0
        with pytest.raises(ValidationError):
            seminar.full_clean()


@pytest.mark.django_db
def test_single_choice_question_needs_exactly_one_correct_answer():
    block = QuestionBlock()
    value = block.to_python(
        {
            "question": "Q?",
            "kind": "single",
            "answers": [
                {"text": "A", "correct": True, "feedback": "f"},
                {"text": "B", "correct": True, "feedback": "f"},
            ],
        }
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)
    value["kind"] = "multiple"
    assert block.clean(value)


@pytest.mark.django_db
def test_a_track_cannot_build_on_itself(mentor_track, coach_track):
    mentor_track.builds_on = coach_track
    with pytest.raises(ValidationError):
        mentor_track.clean()
    coach_track.builds_on = coach_track
    with pytest.raises(ValidationError):
        coach_track.clean()
