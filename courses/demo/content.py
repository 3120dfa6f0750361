"""Reads the demo curriculum from its content files, so trainers and translators edit text, not Python.

The modules live in courses/demo/content/<language>/<track>/, one folder per module and one Markdown file per
lesson, numbered in the order mentors meet them (the track's seminar days in <track>/seminars/ and the briefings
in <language>/briefings/ are described at read_seminars and read_briefings):

    content/en/mentor/01-spirit-of-mi/module.md
    content/en/mentor/01-spirit-of-mi/01-why-the-spirit-matters.md

Each file opens with a short header between two `---` lines (YAML: slug, title and a summary or, for a module,
estimated_minutes); what follows is the text. All YAML is read as text (so "No" stays "No" and 13:30 a time);
write a text with ": " or " #" in it as a folded `>-` block, as the files do. In a lesson, a `## Heading` line
is a heading block and ordinary Markdown between headings is a paragraph block. The blocks that are not prose
are fenced, with YAML inside:

    ```key-point           title, text
    ```dialogue            title, setting, turns: a list of `- mentor: ...` (with a `note:` on the mentor's
                           choice) and `- mentee: ...`; in a coach lesson `- coach: ...` (with a note) and
                           `- mentor: ...`
    ```reflection          prompt, guidance
    ```knowledge-check     title, pass_mark, questions (question, kind, answers: text, correct, feedback;
                           a written question has a model_answer instead of answers)

The Danish folder repeats the English one file for file and block for block: seed_demo publishes the Danish as
translations of the English pages by pairing each text with the English text at the same place
(courses.demo.seed_da), and a test fails when the two differ in shape.
"""

import re
from contextlib import contextmanager
from pathlib import Path

import markdown
import yaml

CONTENT = Path(__file__).resolve().parent / "content"

_HEADER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)
_FENCE = re.compile(r"^```([a-z_-]+)[ \t]*\n(.*?)^```[ \t]*$", re.DOTALL | re.MULTILINE)
_HEADING = re.compile(r"^## (.+)$", re.MULTILINE)
# Block-level tags, between which the HTML of a paragraph block keeps no whitespace (inline tags keep theirs).
_BETWEEN_BLOCKS = re.compile(r"(</?(?:p|ul|ol|li|blockquote)>)\s+(?=<)|\s+(?=</?(?:p|ul|ol|li|blockquote)>)")
# Fenced block name -> block type, for each kind of file: lessons (courses.blocks.LessonBodyBlock), briefings
# (courses.models.BriefingPage.body) and seminar session plans (courses.blocks.SessionPlanBlock).
LESSON_BLOCKS = {
    "key-point": "key_point",
    "dialogue": "dialogue",
    "reflection": "reflection",
    "knowledge-check": "knowledge_check",
}
BRIEFING_BLOCKS = {"key-point": "key_point", "sources": "sources"}
PLAN_BLOCKS = {"day": "day", "activity": "activity", "role-play": "role_play"}


class ContentError(ValueError):
    """A content file that cannot be read; the message names the file and what is wrong."""


def read_track(language, track):
    """The modules of one track in one language, as seed_demo builds them: a list of module dicts, each with its
    lessons in order."""
    folder = CONTENT / language / track
    if not folder.is_dir():
        raise ContentError(f"no content folder {_name(folder)}")
    modules = sorted(path for path in folder.iterdir() if path.is_dir() and path.name[:1].isdigit())
    return [_read_module(module_folder) for module_folder in modules]


def read_seminars(language, track):
    """The seminar days of one track (content/<language>/<track>/seminars/), each with its session plan.

    A seminar file has three sections under `## ` headings, in this order: the objectives, the preparation
    (both Markdown, shown to mentors) and, optionally, the session plan for facilitators, made of fenced
    ```day (label, starts_at), ```activity (title, kind, minutes, description in Markdown, materials,
    trainer_notes) and ```role-play (title, minutes, scenario, roles: role and brief, debrief) blocks."""
    return [_read_seminar(path) for path in sorted((CONTENT / language / track / "seminars").glob("[0-9]*.md"))]


def read_briefings(language):
    """The demo briefings (content/<language>/briefings/): a header with slug, title, summary, urgency,
    published_days_ago, review_in_days, tags, supersedes (a slug or nothing) and related_modules (module slugs),
    then the text, with ```key-point and ```sources (a list of title and publisher) blocks."""
    briefings = []
    for path in sorted((CONTENT / language / "briefings").glob("[0-9]*.md")):
        header, text = _read_file(path)
        with _reading(path, "header"):
            supersedes = _plain(header.get("supersedes", ""))
            briefing = {
                "slug": _required(header, "slug", path),
                "title": _plain(_required(header, "title", path)),
                "summary": _plain(_required(header, "summary", path)),
                "urgency": _required(header, "urgency", path),
                "published_days_ago": _number(_required(header, "published_days_ago", path)),
                "review_in_days": _number(_required(header, "review_in_days", path)),
                "tags": list(header.get("tags") or []),
                "supersedes": None if supersedes in ("", "null", "~") else supersedes,
                "related_modules": list(header.get("related_modules") or []),
            }
        briefing["body"] = list(_blocks(text, path, BRIEFING_BLOCKS))
        briefings.append(briefing)
    return briefings


def _read_module(folder):
    path = folder / "module.md"
    header, intro = _read_file(path)
    with _reading(path, "header"):
        module = {
            "slug": _required(header, "slug", path),
            "title": _plain(_required(header, "title", path)),
            "intro": _plain(intro),
            "estimated_minutes": _number(_required(header, "estimated_minutes", path)),
        }
    module["lessons"] = [_read_lesson(lesson) for lesson in sorted(folder.glob("[0-9]*.md"))]
    return module


def _read_lesson(path):
    header, text = _read_file(path)
    with _reading(path, "header"):
        lesson = {
            "slug": _required(header, "slug", path),
            "title": _plain(_required(header, "title", path)),
            "summary": _plain(_required(header, "summary", path)),
        }
    lesson["body"] = list(_blocks(text, path, LESSON_BLOCKS))
    return lesson


def _read_seminar(path):
    header, text = _read_file(path)
    before, *parts = _HEADING.split(text)
    sections = parts[1::2]  # the text under each heading, in order
    if before.strip() or len(sections) not in (2, 3):
        raise ContentError(f"{_name(path)} needs two or three ## sections: objectives, preparation, session plan")
    with _reading(path, "header"):
        seminar = {
            "slug": _required(header, "slug", path),
            "title": _plain(_required(header, "title", path)),
            "kind": _required(header, "kind", path),
            "days": _number(_required(header, "days", path)),
        }
    seminar["objectives"] = _html(sections[0])
    seminar["preparation"] = _html(sections[1])
    seminar["session_plan"] = list(_blocks(sections[2], path, PLAN_BLOCKS, prose=False)) if len(sections) == 3 else []
    return seminar


def _name(path):
    return path.relative_to(CONTENT)


def _read_file(path):
    if not path.is_file():
        raise ContentError(f"{_name(path)} is missing")
    # utf-8-sig: an editor's byte-order mark is not part of the header.
    match = _HEADER.match(path.read_text(encoding="utf-8-sig"))
    if match is None:
        raise ContentError(f"{_name(path)} does not open with a header between two --- lines")
    header = _yaml(match.group(1), f"the header of {_name(path)}") or {}
    if not isinstance(header, dict):
        raise ContentError(f"the header of {_name(path)} is not a list of `name: value` lines")
    return header, match.group(2)


def _yaml(text, where):
    """YAML with every value read as text; numbers and yes/no fields are converted where they are used."""
    try:
        # BaseLoader builds nothing but texts, lists and dicts (no objects, unlike yaml.load with the full loader).
        return yaml.load(text, Loader=yaml.BaseLoader)  # noqa: S506  # nosec B506
    except yaml.YAMLError as error:
        raise ContentError(f"{where} is not valid YAML: {error}") from error


@contextmanager
def _reading(path, what):
    """A value of the wrong kind (text where a number belongs, a missing name) as a ContentError naming the file."""
    try:
        yield
    except ContentError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        problem = f"{error} is missing" if isinstance(error, KeyError) else str(error)
        raise ContentError(f"{_name(path)}: the {what} cannot be read: {problem}") from error


def _required(mapping, key, path):
    value = mapping.get(key)
    if value in (None, ""):
        raise ContentError(f"{_name(path)} has no {key}")
    return value


def _blocks(text, path, fences, prose=True):
    """(block type, value) pairs in the order of the text; `fences` names the fenced blocks this kind of file may
    hold. Without `prose`, nothing but fenced blocks may stand in the text."""
    position = 0
    for fence in _FENCE.finditer(text):
        yield from _prose_blocks(text[position : fence.start()], path, prose)
        kind = fences.get(fence.group(1))
        if kind is None:
            known = ", ".join(f"```{name}" for name in fences)
            raise ContentError(f"{_name(path)}: unknown block ```{fence.group(1)} (this file may hold {known})")
        value = _yaml(fence.group(2), f"{_name(path)}: the {fence.group(1)} block")
        with _reading(path, f"{fence.group(1)} block"):
            yield kind, _FENCED_VALUE[kind](value)
        position = fence.end()
    yield from _prose_blocks(text[position:], path, prose)


def _prose_blocks(text, path, prose=True):
    """Headings and the Markdown between them, as heading and paragraph blocks."""
    if re.search(r"^\s*```", text, re.MULTILINE):
        raise ContentError(f"{_name(path)}: a ``` block that is not closed, or does not start its line")
    if not prose:
        if text.strip():
            raise ContentError(f"{_name(path)}: text outside a block in the session plan: {text.strip()[:60]}")
        return
    parts = _HEADING.split(text)
    # split() alternates: prose, heading, prose, heading, ... (the first prose may be empty).
    for index, part in enumerate(parts):
        if index % 2:
            yield "heading", part.strip()
        elif part.strip():
            yield "paragraph", _html(part)


def _html(text):
    """Markdown as the compact HTML a rich-text block stores (no whitespace between block-level tags)."""
    html = " ".join(markdown.markdown(text.strip(), output_format="html").split())
    return _BETWEEN_BLOCKS.sub(r"\1", html)


def _plain(value):
    """A text of a fenced block with its line breaks folded, as YAML's folded strings would give it."""
    if not isinstance(value, str):
        raise TypeError(f"a text was expected, not {value!r}")
    return " ".join(value.split())


def _number(value):
    return int(_plain(value))


def _flag(value):
    """A yes/no field: true, yes, false, no or nothing."""
    text = _plain(value).lower()
    if text in ("true", "yes"):
        return True
    if text in ("false", "no", ""):
        return False
    raise ValueError(f"{value!r} is not true or false")


def _key_point(value):
    return {"title": _plain(value["title"]), "text": _plain(value["text"])}


def _reflection(value):
    return {"prompt": _plain(value["prompt"]), "guidance": _plain(value.get("guidance", ""))}


# The speakers of a dialogue turn (courses.blocks.DIALOGUE_SPEAKERS; tests/courses/test_demo_content.py keeps the
# two the same).
SPEAKERS = ("mentor", "mentee", "coach")


def _dialogue(value):
    turns = []
    for turn in value["turns"]:
        speakers = [speaker for speaker in SPEAKERS if isinstance(turn, dict) and speaker in turn]
        if len(speakers) != 1:
            raise ValueError(f"a turn is `- mentor: ...`, `- mentee: ...` or `- coach: ...`, not {turn!r}")
        speaker = speakers[0]
        turns.append({"speaker": speaker, "words": _plain(turn[speaker]), "note": _plain(turn.get("note", ""))})
    return {"title": _plain(value["title"]), "setting": _plain(value.get("setting", "")), "turns": turns}


def _knowledge_check(value):
    questions = []
    for question in value["questions"]:
        questions.append(
            {
                "question": _plain(question["question"]),
                "kind": _plain(question["kind"]),
                "answers": [
                    {
                        "text": _plain(answer["text"]),
                        "correct": _flag(answer.get("correct", "")),
                        "feedback": _plain(answer.get("feedback", "")),
                    }
                    for answer in question.get("answers", [])
                ],
                "model_answer": _plain(question.get("model_answer", "")),
            }
        )
    check = {"title": _plain(value["title"]), "pass_mark": _number(value["pass_mark"]), "questions": questions}
    if value.get("questions_per_attempt"):
        check["questions_per_attempt"] = _number(value["questions_per_attempt"])
    return check


def _sources(value):
    return [{"title": _plain(source["title"]), "publisher": _plain(source["publisher"])} for source in value]


def _day(value):
    return {"label": _plain(value["label"]), "starts_at": _plain(value["starts_at"])}


def _activity(value):
    return {
        "title": _plain(value["title"]),
        "kind": _plain(value["kind"]),
        "minutes": _number(value["minutes"]),
        "description": _html(_plain(value["description"])),
        "materials": _plain(value.get("materials", "")),
        "trainer_notes": _plain(value.get("trainer_notes", "")),
    }


def _role_play(value):
    return {
        "title": _plain(value["title"]),
        "minutes": _number(value["minutes"]),
        "scenario": _plain(value["scenario"]),
        "roles": [{"role": _plain(role["role"]), "brief": _plain(role["brief"])} for role in value["roles"]],
        "debrief": _plain(value.get("debrief", "")),
    }


_FENCED_VALUE = {
    "key_point": _key_point,
    "dialogue": _dialogue,
    "reflection": _reflection,
    "knowledge_check": _knowledge_check,
    "sources": _sources,
    "day": _day,
    "activity": _activity,
    "role_play": _role_play,
}
