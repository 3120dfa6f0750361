"""Reads the demo curriculum from its content files, so trainers and translators edit text, not Python.

The modules live in courses/demo/content/<language>/<track>/, one folder per module and one Markdown file per
lesson, numbered in the order mentors meet them (the track's seminar days in <track>/seminars/ and the briefings
in <language>/briefings/ are described at read_seminars and read_briefings):

    content/en/mentor/01-spirit-of-mi/module.md
    content/en/mentor/01-spirit-of-mi/01-why-the-spirit-matters.md

Each file opens with a short header between two `---` lines (YAML: slug, title and a summary or, for a module,
estimated_minutes); what follows is the text. In a lesson, a `## Heading` line is a heading block and ordinary
Markdown between headings is a paragraph block. The blocks that are not prose are fenced, with YAML inside:

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
from pathlib import Path

import markdown
import yaml

CONTENT = Path(__file__).resolve().parent / "content"

_HEADER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)
_FENCE = re.compile(r"^```([a-z-]+)\n(.*?)^```$", re.DOTALL | re.MULTILINE)
_HEADING = re.compile(r"^## (.+)$", re.MULTILINE)
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


# The speakers of a dialogue turn (courses.blocks.DIALOGUE_SPEAKERS).
SPEAKERS = ("mentor", "mentee", "coach")


class ContentError(ValueError):
    """A content file that cannot be read; the message names the file and what is wrong."""


def read_track(language, track):
    """The modules of one track in one language, as seed_demo builds them: a list of module dicts, each with its
    lessons in order."""
    folder = CONTENT / language / track
    if not folder.is_dir():
        raise ContentError(f"no content folder {folder.relative_to(CONTENT)}")
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
        briefing = {key: _required(header, key, path) for key in ("slug", "title", "summary", "urgency")}
        briefing["summary"] = " ".join(briefing["summary"].split())
        briefing.update(
            published_days_ago=int(_required(header, "published_days_ago", path)),
            review_in_days=int(_required(header, "review_in_days", path)),
            tags=list(header.get("tags") or []),
            supersedes=header.get("supersedes"),
            related_modules=list(header.get("related_modules") or []),
            body=list(_blocks(text, path, BRIEFING_BLOCKS)),
        )
        briefings.append(briefing)
    return briefings


def _read_module(folder):
    header, intro = _read_file(folder / "module.md")
    return {
        "slug": _required(header, "slug", folder / "module.md"),
        "title": _required(header, "title", folder / "module.md"),
        "intro": " ".join(intro.split()),
        "estimated_minutes": int(_required(header, "estimated_minutes", folder / "module.md")),
        "lessons": [_read_lesson(path) for path in sorted(folder.glob("[0-9]*.md"))],
    }


def _read_lesson(path):
    header, text = _read_file(path)
    return {
        "slug": _required(header, "slug", path),
        "title": _required(header, "title", path),
        "summary": " ".join(_required(header, "summary", path).split()),
        "body": list(_blocks(text, path, LESSON_BLOCKS)),
    }


def _read_seminar(path):
    header, text = _read_file(path)
    sections = _HEADING.split(text)[2::2]  # the text under each heading, in order
    if len(sections) not in (2, 3):
        raise ContentError(
            f"{path.relative_to(CONTENT)} needs two or three ## sections: objectives, preparation, session plan"
        )
    return {
        "slug": _required(header, "slug", path),
        "title": _required(header, "title", path),
        "kind": _required(header, "kind", path),
        "days": int(_required(header, "days", path)),
        "objectives": _html(sections[0]),
        "preparation": _html(sections[1]),
        "session_plan": list(_blocks(sections[2], path, PLAN_BLOCKS, prose=False)) if len(sections) == 3 else [],
    }


def _read_file(path):
    if not path.is_file():
        raise ContentError(f"{path.relative_to(CONTENT)} is missing")
    match = _HEADER.match(path.read_text(encoding="utf-8"))
    if match is None:
        raise ContentError(f"{path.relative_to(CONTENT)} does not open with a header between two --- lines")
    header = yaml.safe_load(match.group(1)) or {}
    if not isinstance(header, dict):
        raise ContentError(f"the header of {path.relative_to(CONTENT)} is not a list of `name: value` lines")
    return header, match.group(2)


def _required(mapping, key, path):
    value = mapping.get(key)
    if value in (None, ""):
        raise ContentError(f"{path.relative_to(CONTENT)} has no {key}")
    return value


def _blocks(text, path, fences, prose=True):
    """(block type, value) pairs in the order of the text; `fences` names the fenced blocks this kind of file may
    hold. Without `prose`, nothing but fenced blocks may stand in the text."""
    position = 0
    for fence in _FENCE.finditer(text):
        yield from _prose_blocks(text[position : fence.start()], path, prose)
        kind = fences.get(fence.group(1))
        if kind is None:
            raise ContentError(f"{path.relative_to(CONTENT)}: unknown block ```{fence.group(1)}")
        try:
            value = yaml.safe_load(fence.group(2))
        except yaml.YAMLError as error:
            raise ContentError(
                f"{path.relative_to(CONTENT)}: the {fence.group(1)} block is not valid: {error}"
            ) from error
        yield kind, _FENCED_VALUE[kind](value)
        position = fence.end()
    yield from _prose_blocks(text[position:], path, prose)


def _prose_blocks(text, path, prose=True):
    """Headings and the Markdown between them, as heading and paragraph blocks."""
    if not prose:
        if text.strip():
            raise ContentError(
                f"{path.relative_to(CONTENT)}: text outside a block in the session plan: {text.strip()[:60]}"
            )
        return
    parts = _HEADING.split(text)
    # split() alternates: prose, heading, prose, heading, ... (the first prose may be empty).
    for index, part in enumerate(parts):
        if index % 2:
            yield "heading", part.strip()
        elif part.strip():
            yield "paragraph", _html(part)


def _html(text):
    """Markdown as the compact HTML a rich-text block stores (no newlines between tags)."""
    html = markdown.markdown(text.strip(), output_format="html")
    return " ".join(re.sub(r">\s*\n\s*<", "><", html).split())


def _plain(value):
    """A text of a fenced block with its line breaks folded, as YAML's folded strings would give it."""
    return " ".join(str(value).split())


def _key_point(value):
    return {"title": _plain(value["title"]), "text": _plain(value["text"])}


def _reflection(value):
    return {"prompt": _plain(value["prompt"]), "guidance": _plain(value.get("guidance", ""))}


def _dialogue(value):
    turns = []
    for turn in value["turns"]:
        speakers = [speaker for speaker in SPEAKERS if speaker in turn]
        if len(speakers) != 1:
            raise ContentError(f"a turn of the dialogue {value['title']!r} names no speaker or two: {turn}")
        speaker = speakers[0]
        turns.append({"speaker": speaker, "words": _plain(turn[speaker]), "note": _plain(turn.get("note", ""))})
    return {"title": _plain(value["title"]), "setting": _plain(value.get("setting", "")), "turns": turns}


def _knowledge_check(value):
    questions = []
    for question in value["questions"]:
        questions.append(
            {
                "question": _plain(question["question"]),
                "kind": question["kind"],
                "answers": [
                    {
                        "text": _plain(answer["text"]),
                        "correct": bool(answer.get("correct", False)),
                        "feedback": _plain(answer.get("feedback", "")),
                    }
                    for answer in question.get("answers", [])
                ],
                "model_answer": _plain(question.get("model_answer", "")),
            }
        )
    check = {"title": _plain(value["title"]), "pass_mark": int(value["pass_mark"]), "questions": questions}
    if value.get("questions_per_attempt"):
        check["questions_per_attempt"] = int(value["questions_per_attempt"])
    return check


def _sources(value):
    return [{"title": _plain(source["title"]), "publisher": _plain(source["publisher"])} for source in value]


def _day(value):
    starts_at = value["starts_at"]
    if isinstance(starts_at, int):
        # YAML 1.1 reads an unquoted 13:30 as a number of minutes (13 * 60 + 30); it was meant as a time.
        starts_at = f"{starts_at // 60:02d}:{starts_at % 60:02d}"
    return {"label": _plain(value["label"]), "starts_at": str(starts_at)}


def _activity(value):
    return {
        "title": _plain(value["title"]),
        "kind": value["kind"],
        "minutes": int(value["minutes"]),
        "description": _html(str(value["description"])),
        "materials": _plain(value.get("materials", "")),
        "trainer_notes": _plain(value.get("trainer_notes", "")),
    }


def _role_play(value):
    return {
        "title": _plain(value["title"]),
        "minutes": int(value["minutes"]),
        "scenario": _plain(value["scenario"]),
        "roles": [{"role": _plain(role["role"]), "brief": _plain(role["brief"])} for role in value["roles"]],
        "debrief": _plain(value.get("debrief", "")),
    }


_FENCED_VALUE = {
    "sources": _sources,
    "day": _day,
    "activity": _activity,
    "role_play": _role_play,
    "key_point": _key_point,
    "dialogue": _dialogue,
    "reflection": _reflection,
    "knowledge_check": _knowledge_check,
}
