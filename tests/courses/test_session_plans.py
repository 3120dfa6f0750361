"""Seminar session plans: timed from each day's start, shown and printed for facilitators, never for mentors."""

import json
import uuid
from datetime import time

import pytest
from django.urls import reverse

from courses.blocks import timed_plan
from courses.models import SeminarPage
from tests.factories import SeminarPageFactory
from tests.helpers import pdf_text

pytestmark = pytest.mark.django_db


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


PLAN = [
    _block("day", {"label": "Day 1", "starts_at": "09:00"}),
    _block(
        "activity",
        {"title": "Check-in", "kind": "discussion", "minutes": 30, "description": "<p>A round.</p>"},
    ),
    _block(
        "role_play",
        {
            "title": "Two minds about the group",
            "minutes": 60,
            "scenario": "A mentee may leave the group.",
            "roles": [
                {"type": "item", "id": str(uuid.uuid4()), "value": {"role": "Mentor", "brief": "Reflect both sides."}},
                {"type": "item", "id": str(uuid.uuid4()), "value": {"role": "Mentee", "brief": "SECRET-BRIEF"}},
            ],
            "debrief": "Read the tallies.",
        },
    ),
    _block("day", {"label": "Day 2", "starts_at": "08:30"}),
    _block("activity", {"title": "Focusing", "kind": "input", "minutes": 45, "description": "<p>Agenda.</p>"}),
]


@pytest.fixture
def planned_seminar(mentor_track):
    return SeminarPageFactory(parent=mentor_track, title="Seminar 2", session_plan=json.dumps(PLAN))


def test_each_item_is_timed_from_its_days_start(planned_seminar):
    rows = timed_plan(SeminarPage.objects.get(pk=planned_seminar.pk).session_plan)
    times = [(row["block"].block_type, row["starts"], row["ends"]) for row in rows]
    assert times == [
        ("day", time(9, 0), None),
        ("activity", time(9, 0), time(9, 30)),
        ("role_play", time(9, 30), time(10, 30)),
        ("day", time(8, 30), None),
        ("activity", time(8, 30), time(9, 15)),
    ]
    assert rows[1]["kind"] == "Discussion"


def test_facilitators_read_the_plan_and_mentors_never_do(facilitator_client, mentor_client, planned_seminar):
    page = facilitator_client.get(planned_seminar.url).content.decode()
    assert 'data-testid="session-plan"' in page and "SECRET-BRIEF" in page and "09:30–10:30" in page
    mentors_page = mentor_client.get(planned_seminar.url)
    assert mentors_page.status_code == 200
    assert "SECRET-BRIEF" not in mentors_page.content.decode() and "Session plan" not in mentors_page.content.decode()
    url = reverse("courses:session_plan_pdf", args=[planned_seminar.pk])
    assert mentor_client.get(url).status_code == 403
    results = mentor_client.get(reverse("search"), {"q": "SECRET-BRIEF"}).content.decode()
    assert planned_seminar.url not in results  # the plan is not searchable: the query finds no page


def test_the_plan_prints_as_a_pdf(facilitator_client, planned_seminar, seminar):
    response = facilitator_client.get(reverse("courses:session_plan_pdf", args=[planned_seminar.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Session plan: Seminar 2" in text and "Two minds about the group" in text and "SECRET-BRIEF" in text
    # A seminar without a plan has nothing to print.
    assert facilitator_client.get(reverse("courses:session_plan_pdf", args=[seminar.pk])).status_code == 404
