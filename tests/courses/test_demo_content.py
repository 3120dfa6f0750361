"""The demo curriculum as an MI trainer reads it: the content files (courses/demo/content) hold a curriculum with
the four processes as its spine, a worked dialogue in every mentor lesson, targets that match MITI 4.2.1, and
knowledge checks that cannot be passed by picking the first or the longest answer."""

import os
import re
from collections import Counter

import pytest

from courses.demo import content
from courses.demo.content import ContentError, read_briefings, read_seminars, read_track
from mentorsite.demo import paired_texts

LANGUAGES = ("en", "da")


def mentor_lessons(language="en"):
    return [lesson for module in read_track(language, "mentor") for lesson in module["lessons"]]


def blocks_of(lessons, kind):
    return [value for lesson in lessons for block_type, value in lesson["body"] if block_type == kind]


def teaching_text(lessons):
    """Every word a mentor reads in the lessons, knowledge checks aside."""
    texts = []
    for lesson in lessons:
        texts += [lesson["title"], lesson["summary"]]
        for block_type, value in lesson["body"]:
            if block_type in ("heading", "paragraph"):
                texts.append(re.sub(r"<[^>]+>", " ", value))
            elif block_type == "dialogue":
                texts += [value["title"], value["setting"]]
                texts += [part for turn in value["turns"] for part in (turn["words"], turn["note"])]
            elif block_type != "knowledge_check":
                texts += [str(text) for text in value.values()]
    return " ".join(texts)


def test_the_mentor_track_has_eight_modules_and_the_four_processes_as_its_spine():
    modules = read_track("en", "mentor")
    assert len(modules) >= 8
    text = teaching_text(mentor_lessons()).lower()
    for process in ("engaging", "focusing", "evoking", "planning"):
        assert process in text
    for taught in ("agenda map", "elicit-provide-elicit", "amplified reflection", "agreeing with a twist", "reframing"):
        assert taught in text, taught
    assert "importance ruler" in text and "confidence ruler" in text


def test_the_mentor_track_holds_about_twice_the_words_it_had():
    # 4,400 words of teaching when the curriculum was reviewed; twice that is the target.
    assert len(teaching_text(mentor_lessons()).split()) >= 8800


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("track", "practising", "other"),
    [("mentor", "mentor", "mentee"), ("coach", "coach", "mentor")],
)
def test_every_lesson_has_a_worked_dialogue_with_the_practising_speakers_choices_annotated(
    language, track, practising, other
):
    lessons = [lesson for module in read_track(language, track) for lesson in module["lessons"]]
    for lesson in lessons:
        dialogues = blocks_of([lesson], "dialogue")
        assert dialogues, f"{lesson['slug']} has no worked dialogue"
        for dialogue in dialogues:
            turns = dialogue["turns"]
            assert len(turns) >= 8, lesson["slug"]
            assert {turn["speaker"] for turn in turns} == {practising, other}, lesson["slug"]
            assert dialogue["setting"], lesson["slug"]
            for turn in turns:
                if turn["speaker"] == practising:
                    assert turn["note"], f"{lesson['slug']}: a {practising}'s turn without a note: {turn['words']}"


def test_the_examples_span_the_target_groups_of_the_report():
    text = teaching_text(mentor_lessons()).lower()
    for group in ("islamis", "right-wing", "gang", "hate crime"):
        assert group in text, group
    assert "volunteer mentor" not in text


def test_the_targets_are_those_of_miti_4_2_1_wherever_they_are_given():
    text = teaching_text(mentor_lessons() + [lesson for m in read_track("en", "coach") for lesson in m["lessons"]])
    ratios = set(re.findall(r"\b\d+:\d+\b", text))
    assert ratios == {"1:1", "2:1"}, ratios
    assert "towards 2:1" not in text
    assert re.search(r"40\s?%", text) and re.search(r"50\s?%", text)


def questions(language="en"):
    return [
        question
        for track in ("mentor", "coach")
        for module in read_track(language, track)
        for check in blocks_of(module["lessons"], "knowledge_check")
        for question in check["questions"]
    ]


def test_the_knowledge_checks_do_not_give_the_answer_away():
    single = [question for question in questions() if question["kind"] == "single"]
    multiple = [question for question in questions() if question["kind"] == "multiple"]
    assert len(single) >= 20 and len(multiple) >= 8
    # Answers are shuffled per attempt, and in the files too the right answer is not where a guesser looks.
    first = sum(question["answers"][0]["correct"] for question in single)
    assert first <= len(single) // 3, f"{first} of {len(single)} single-choice questions list the right answer first"
    longest = 0
    for question in single:
        lengths = [len(answer["text"]) for answer in question["answers"]]
        right = next(answer for answer in question["answers"] if answer["correct"])
        longest += len(right["text"]) == max(lengths) and lengths.count(max(lengths)) == 1
    assert longest <= len(single) // 2, f"the right answer is the longest in {longest} of {len(single)}"
    right_counts = Counter(sum(answer["correct"] for answer in question["answers"]) for question in multiple)
    assert len(right_counts) >= 2, f"every multiple-choice question has {set(right_counts)} right answers"
    for question in multiple:
        assert 0 < sum(answer["correct"] for answer in question["answers"]) < len(question["answers"])


def test_every_answer_says_why_and_every_written_question_has_a_model_answer():
    for question in questions():
        if question["kind"] == "written":
            assert question["model_answer"] and not question["answers"], question["question"]
        else:
            assert len(question["answers"]) >= 3, question["question"]
            assert sum(answer["correct"] for answer in question["answers"]) >= 1, question["question"]
            for answer in question["answers"]:
                assert answer["feedback"], f"{question['question']}: {answer['text']}"


READERS = {
    "mentor modules": lambda language: read_track(language, "mentor"),
    "coach modules": lambda language: read_track(language, "coach"),
    "mentor seminars": lambda language: read_seminars(language, "mentor"),
    "coach seminars": lambda language: read_seminars(language, "coach"),
    "briefings": read_briefings,
}


def test_the_danish_content_has_the_files_of_the_english():
    english_files = sorted(path.relative_to(content.CONTENT / "en") for path in (content.CONTENT / "en").rglob("*.md"))
    danish_files = sorted(path.relative_to(content.CONTENT / "da") for path in (content.CONTENT / "da").rglob("*.md"))
    assert english_files == danish_files


@pytest.mark.parametrize("part", READERS)
def test_the_danish_content_repeats_the_english_block_for_block(part):
    english, danish = READERS[part]("en"), READERS[part]("da")
    assert english
    pairs = list(paired_texts(english, danish))  # raises where the shapes differ
    for english_text, danish_text in pairs:
        # (A briefing's sources keep the titles they were published under.)
        if len(english_text.split()) > 6 and part != "briefings":
            assert english_text != danish_text, f"not translated: {english_text[:60]}"
        # The same rich-text structure, so each paragraph and list item is paired with its translation.
        assert re.findall(r"<(\w+)", english_text) == re.findall(r"<(\w+)", danish_text), english_text[:60]


NEVER_TRANSLATED = {"slug", "speaker", "kind", "urgency", "starts_at", "days", "minutes", "pass_mark", "correct"}


def untranslated_fields(node, where=""):
    """(place, value) of every field that is the same in every language: slugs, speakers, kinds, numbers."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in NEVER_TRANSLATED:
                yield f"{where}.{key}", value
            yield from untranslated_fields(value, f"{where}.{key}")
    elif isinstance(node, list | tuple):
        for index, value in enumerate(node):
            yield from untranslated_fields(value, f"{where}[{index}]")


@pytest.mark.parametrize("part", READERS)
def test_the_danish_content_keeps_the_slugs_speakers_kinds_and_numbers_of_the_english(part):
    assert list(untranslated_fields(READERS[part]("da"))) == list(untranslated_fields(READERS[part]("en")))


def test_each_english_text_has_one_danish_translation():
    """The demo's phrasebook keeps the first Danish text of an English one: a second, different one never shows."""
    from courses.demo.seed_da import danish_pairs

    translations = {}
    for english, danish in danish_pairs():
        translations.setdefault(english, set()).add(danish)
    assert {english: danish for english, danish in translations.items() if len(danish) > 1} == {}


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def content_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(content, "CONTENT", tmp_path)
    module = tmp_path / "en" / "mentor" / "01-first"
    write(module, "module.md", "---\nslug: first\ntitle: First\nestimated_minutes: 30\n---\n\nWhat it is about.\n")
    return module


def test_a_lesson_file_reads_into_blocks_in_the_order_of_the_text(content_folder):
    write(
        content_folder,
        "01-lesson.md",
        "---\nslug: lesson\ntitle: A lesson\nsummary: What it does.\n---\n\n## Opening\n\nSome *text*.\n\n"
        "- one\n- two\n\n```key-point\ntitle: Remember\ntext: >-\n  This one\n  thing.\n```\n\n"
        "```dialogue\ntitle: A talk\nsetting: On the wing.\nturns:\n- mentee: Hi.\n- mentor: Hello.\n"
        "  note: A greeting.\n```\n\n## Close\n\nThe end.\n",
    )
    [module] = read_track("en", "mentor")
    assert module["slug"] == "first" and module["intro"] == "What it is about."
    [lesson] = module["lessons"]
    assert lesson["body"] == [
        ("heading", "Opening"),
        ("paragraph", "<p>Some <em>text</em>.</p><ul><li>one</li><li>two</li></ul>"),
        ("key_point", {"title": "Remember", "text": "This one thing."}),
        (
            "dialogue",
            {
                "title": "A talk",
                "setting": "On the wing.",
                "turns": [
                    {"speaker": "mentee", "words": "Hi.", "note": ""},
                    {"speaker": "mentor", "words": "Hello.", "note": "A greeting."},
                ],
            },
        ),
        ("heading", "Close"),
        ("paragraph", "<p>The end.</p>"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("No header at all.\n", "does not open with a header"),
        ("---\ntitle: A lesson\nsummary: S.\n---\n\nText.\n", "has no slug"),
        ("---\nslug: l\ntitle: T\nsummary: S.\n---\n\n```quiz\nquestions: []\n```\n", "unknown block ```quiz"),
        ("---\nslug: l\ntitle: T\nsummary: S.\n---\n\n```key-point\ntitle: [unclosed\n```\n", "is not valid"),
        ("---\nslug: l\ntitle: Focusing: agenda\nsummary: S.\n---\n\nText.\n", "the header of"),
        ("---\nslug: l\ntitle: T\nsummary: S.\n---\n\n```key-point\ntext: No title.\n```\n", "'title' is missing"),
        ("---\nslug: l\ntitle: T\nsummary: S.\n---\n\n```dialogue\ntitle: D\nturns:\n- hello\n```\n", "a turn is"),
        ("---\nslug: l\ntitle: T\nsummary: S.\n---\n\n```key-point\ntitle: K\ntext: never closed\n", "not closed"),
        ("---\nslug: l\ntitle: T\nsummary: S.\n---\n\n```key_point\ntitle: K\ntext: T\n```\n", "may hold ```key-point"),
    ],
)
def test_a_broken_content_file_is_named_with_what_is_wrong(content_folder, text, message):
    """Every mistake a writer can make stops seed_demo with the file's name, not with a Python traceback."""
    write(content_folder, "01-lesson.md", text)
    with pytest.raises(ContentError, match=re.escape(message)) as error:
        read_track("en", "mentor")
    assert "01-lesson.md" in str(error.value)


def test_a_seminar_file_reads_into_objectives_preparation_and_a_session_plan(content_folder):
    write(
        content_folder.parent / "seminars",
        "01-day.md",
        "---\nslug: day\ntitle: A day\nkind: seminar\ndays: 1\n---\n\n## Objectives\n\n- one\n\n## Preparation\n\n"
        "Read **this**.\n\n## Session plan\n\n```day\nlabel: Day 1\nstarts_at: 13:30\n```\n\n```activity\n"
        "title: Opening\nkind: input\nminutes: 30\ndescription: Names and *aims*.\n```\n",
    )
    [seminar] = read_seminars("en", "mentor")
    assert (
        seminar["objectives"] == "<ul><li>one</li></ul>"
        and seminar["preparation"] == "<p>Read <strong>this</strong>.</p>"
    )
    assert seminar["session_plan"] == [
        ("day", {"label": "Day 1", "starts_at": "13:30"}),  # unquoted, YAML would have read 810 minutes
        (
            "activity",
            {
                "title": "Opening",
                "kind": "input",
                "minutes": 30,
                "description": "<p>Names and <em>aims</em>.</p>",
                "materials": "",
                "trainer_notes": "",
            },
        ),
    ]
    assert [module["slug"] for module in read_track("en", "mentor")] == ["first"]  # seminars/ is not a module


def test_text_outside_the_blocks_of_a_session_plan_is_refused(content_folder):
    write(
        content_folder.parent / "seminars",
        "01-day.md",
        "---\nslug: day\ntitle: A day\nkind: seminar\ndays: 1\n---\n\n## Objectives\n\nO.\n\n## Preparation\n\nP.\n\n"
        "## Session plan\n\nStart at nine.\n",
    )
    with pytest.raises(ContentError, match="text outside a block"):
        read_seminars("en", "mentor")


def test_yaml_values_are_read_as_the_text_written(content_folder):
    """YAML 1.1 would read "No" as false, "On" as true and "13:30" as 810; a dialogue and a check keep the words."""
    write(
        content_folder,
        "01-lesson.md",
        "---\nslug: lesson\ntitle: T\nsummary: S.\n---\n\n```dialogue\ntitle: D\nsetting: At 13:30.\nturns:\n"
        "- mentor: Are you staying?\n  note: On purpose.\n- mentee: No\n```\n\n```knowledge-check\ntitle: C\n"
        "pass_mark: 80\nquestions:\n- question: Q?\n  kind: single\n  answers:\n  - text: Yes\n    correct: no\n"
        "    feedback: F.\n  - text: 'Off'\n    correct: yes\n    feedback: F.\n```\n",
    )
    [module] = read_track("en", "mentor")
    dialogue, check = (value for _kind, value in module["lessons"][0]["body"])
    assert [turn["words"] for turn in dialogue["turns"]] == ["Are you staying?", "No"]
    assert dialogue["turns"][0]["note"] == "On purpose." and dialogue["setting"] == "At 13:30."
    assert [(answer["text"], answer["correct"]) for answer in check["questions"][0]["answers"]] == [
        ("Yes", False),
        ("Off", True),
    ]


def test_the_speakers_of_the_content_files_are_those_of_the_dialogue_block():
    from courses.blocks import DIALOGUE_SPEAKERS

    assert set(content.SPEAKERS) == {value for value, _label in DIALOGUE_SPEAKERS}


def test_the_content_files_are_read_by_seed_demo_not_by_every_process_that_starts():
    """A broken or slow content file must not stop an app server from starting: only the demo step reads them."""
    import subprocess
    import sys

    started = subprocess.run(
        [sys.executable, "-c", "import django, sys; django.setup(); print('courses.demo.curriculum' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "mentorsite.settings.test"},
    )
    assert started.stdout.strip() == "False"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_text_passes_the_validation_of_the_block_it_is_written_into(language):
    """seed_demo writes the blocks' raw data, which skips the page editor's validation: run it here instead, so a
    content file cannot hold what a facilitator could not save (a title too long, an unknown question kind)."""
    from courses.demo.seed import CoursesDemo, _plan_block, _stream_block
    from courses.models import BriefingPage, LessonPage, SeminarPage

    def valid(stream_block, raw):
        stream_block.clean(stream_block.to_python(raw))

    for track in ("mentor", "coach"):
        for module in read_track(language, track):
            for lesson in module["lessons"]:
                raw = [_stream_block(kind, value) for kind, value in lesson["body"]]
                valid(LessonPage.body.field.stream_block, raw)
        for seminar in read_seminars(language, track):
            valid(SeminarPage.session_plan.field.stream_block, [_plan_block(*item) for item in seminar["session_plan"]])
    for briefing in read_briefings(language):
        raw = [_stream_block(*CoursesDemo.briefing_block(kind, value)) for kind, value in briefing["body"]]
        valid(BriefingPage.body.field.stream_block, raw)
