"""Reads the demo curriculum from its content files, so trainers and translators edit text, not Python.

The files live in courses/demo/content/<language>/<track>/, one folder per module and one Markdown file per
lesson, numbered in the order mentors meet them:

    content/en/mentor/01-spirit-of-mi/module.md
    content/en/mentor/01-spirit-of-mi/01-why-the-spirit-matters.md

Each file opens with a short header between two `---` lines (YAML: slug, title and a summary or, for a module,
estimated_minutes); what follows is the text. In a lesson, a `## Heading` line is a heading block and ordinary
Markdown between headings is a paragraph block. The blocks that are not prose are fenced, with YAML inside:

    ```key-point           title, text
    ```dialogue            title, setting, turns: a list of `- mentor: ...` (with a `note:` on the mentor's
                           choice) and `- mentee: ...`
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
# Fenced block name -> lesson body block type (courses.blocks.LessonBodyBlock).
_FENCED_BLOCKS = {
    "key-point": "key_point",
    "dialogue": "dialogue",
    "reflection": "reflection",
    "knowledge-check": "knowledge_check",
}


class ContentError(ValueError):
    """A content file that cannot be read; the message names the file and what is wrong."""


def read_track(language, track):
    """The modules of one track in one language, as seed_demo builds them: a list of module dicts, each with its
    lessons in order."""
    folder = CONTENT / language / track
    if not folder.is_dir():
        raise ContentError(f"no content folder {folder.relative_to(CONTENT)}")
    return [_read_module(module_folder) for module_folder in sorted(path for path in folder.iterdir() if path.is_dir())]


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
        "body": list(_lesson_blocks(text, path)),
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


def _lesson_blocks(text, path):
    """(block type, value) pairs in the order of the text."""
    position = 0
    for fence in _FENCE.finditer(text):
        yield from _prose_blocks(text[position : fence.start()])
        kind = _FENCED_BLOCKS.get(fence.group(1))
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
    yield from _prose_blocks(text[position:])


def _prose_blocks(text):
    """Headings and the Markdown between them, as heading and paragraph blocks."""
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
        speaker = "mentor" if "mentor" in turn else "mentee"
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


_FENCED_VALUE = {
    "key_point": _key_point,
    "dialogue": _dialogue,
    "reflection": _reflection,
    "knowledge_check": _knowledge_check,
}
