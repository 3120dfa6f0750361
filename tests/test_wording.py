"""What people read: messages said once and in plain words (found by walking the platform as each role)."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from courses.demo.curriculum import COACH_MODULES, MENTOR_MODULES
from tests.factories import LessonPageFactory, knowledge_check_block
from tests.security.test_login import log_in, mentor_with_password  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def test_the_lockout_message_says_how_many_minutes_not_a_clock(mentor_with_password):  # noqa: F811
    client = Client()
    for _attempt in range(5):
        log_in(client, "mentor", "wrong-password")
    page = log_in(client, "mentor").content.decode()
    assert "Try again in 30 minutes." in page
    assert "0:30:00" not in page and "hours:minutes:seconds" not in page


def test_a_finalised_record_says_finalised_once(coach_client, final_record):
    page = coach_client.get(reverse("supervision:record", args=[final_record.pk])).content.decode()
    assert page.lower().count("finalised") == page.lower().count("a finalised record is locked") + 1


def walk_questions(node):
    if isinstance(node, dict):
        if "question" in node and isinstance(node["question"], str):
            yield node["question"]
        for value in node.values():
            yield from walk_questions(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from walk_questions(value)


def test_the_tick_all_hint_is_the_platforms_alone(mentor_client, module):
    """The platform adds "(tick all that apply)" to multiple-choice questions; the demo's texts do not repeat it."""
    questions = list(walk_questions([MENTOR_MODULES, COACH_MODULES]))
    assert len(questions) > 20
    assert not [text for text in questions if "tick all" in text.lower()]
    lesson = LessonPageFactory(parent=module, body=json.dumps([knowledge_check_block()]))
    page = mentor_client.get(lesson.url).content.decode().lower()
    assert page.count("tick all that apply") <= 1


def test_no_template_comment_spans_lines():
    """Django's {# #} comments end at the line: one left open prints itself on the page (the report's and the
    results' charts once did). Longer comments use {% comment %}."""
    from pathlib import Path

    open_comments = [
        f"{path}:{number}"
        for path in Path(__file__).resolve().parents[1].joinpath("templates").rglob("*.*")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "{#" in line and "#}" not in line.split("{#", 1)[1]
    ]
    assert not open_comments, open_comments
