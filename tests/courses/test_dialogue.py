"""The worked dialogue block: a lesson shows the conversation turn by turn, each mentor choice with its note, in
the reader's language."""

import json

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from mentorsite.users.languages import set_language_of
from tests.factories import LessonPageFactory, dialogue_block

pytestmark = pytest.mark.django_db


def test_a_lesson_shows_its_dialogue_turn_by_turn_with_the_mentors_choices(mentor_client, module):
    lesson = LessonPageFactory(parent=module, body=json.dumps([dialogue_block()]))
    page = mentor_client.get(lesson.url).content.decode()
    dialogue = page.split('<figure class="dialogue">')[1].split("</figure>")[0]
    assert "Worked dialogue: Jesper and the housing queue" in dialogue
    turns = dialogue.split('<li class="dialogue__turn')[1:]
    assert len(turns) == 2
    assert turns[0].startswith(" dialogue__turn--mentee") and "Mentee:" in turns[0] and "Why:" not in turns[0]
    assert turns[1].startswith(" dialogue__turn--mentor") and "Mentor:" in turns[1]
    assert "Why:</span> Elicit first: find out what he knows." in turns[1]


def test_the_dialogue_labels_are_in_the_readers_language(mentor_client, mentor, module):
    set_language_of(mentor, "da")
    lesson = LessonPageFactory(parent=module, body=json.dumps([dialogue_block()]))
    page = mentor_client.get(lesson.url).content.decode()
    assert "Gennemgået dialog: Jesper and the housing queue" in page
    assert "Hvorfor:</span>" in page and "Worked dialogue" not in page


def test_a_dialogue_of_fewer_than_two_turns_is_refused_by_the_lesson_editor():
    from courses.blocks import DialogueBlock

    block = DialogueBlock()
    value = block.to_python({"title": "A monologue", "setting": "", "turns": [{"speaker": "mentor", "words": "Hi."}]})
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    assert "turns" in refused.value.block_errors


def test_a_supervision_dialogue_sets_the_coachs_turns_as_the_annotated_ones(mentor_client, module):
    turns = [
        ("mentor", "He shut down when I asked about his brother.", ""),
        ("coach", "The door closed.", "A reflection."),
    ]
    lesson = LessonPageFactory(parent=module, body=json.dumps([dialogue_block(turns, title="After a hard visit")]))
    page = mentor_client.get(lesson.url).content.decode()
    assert '<figure class="dialogue dialogue--supervision">' in page
    assert 'dialogue__turn--coach">' in page and "Coach:</span> The door closed." in page
