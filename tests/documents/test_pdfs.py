"""Printable documents: module handouts and supervision logs, read back with pypdf; rendering fetches nothing."""

import io
import json

import pypdf
import pytest
from django.test import Client
from django.urls import reverse

from courses.models import BriefingRelatedPage
from mentorsite.pdf import BASE_URL, ProjectFilesOnly, render_pdf
from mentorsite.users.roles import COACH, MENTOR
from supervision.models import RecordAccess
from tests.conftest import PRIVATE_NOTE
from tests.factories import (
    LessonPageFactory,
    UserFactory,
    dialogue_block,
    knowledge_check_block,
    paragraph_block,
    reflection_block,
)
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db


def pdf_text(response):
    assert response["Content-Type"] == "application/pdf"
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(response.content)).pages)


def font_names(content):
    names = set()
    for page in pypdf.PdfReader(io.BytesIO(content)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_module_handout_has_lessons_ruled_reflections_and_questions_without_answers(
    mentor_client, module, lesson, urgent_briefing
):
    LessonPageFactory(
        parent=module,
        title="Reflections in practice",
        body=json.dumps([paragraph_block("<p>Say back the meaning.</p>"), reflection_block("What did you hear?"),
                         knowledge_check_block()]),
    )  # fmt: skip
    BriefingRelatedPage.objects.create(briefing=urgent_briefing, page=module)
    response = mentor_client.get(reverse("courses:module_handout", args=[module.pk]))
    text = pdf_text(response)
    for expected in (module.title, lesson.title, "Reflections in practice", "Say back the meaning.",
                     "What did you hear?", "Which reflects?", "It sounds like you feel stuck.",
                     "Travel to conflict zones"):  # fmt: skip
        assert expected in text, expected
    assert "Feedback on" not in text  # feedback (and so the right answers) stays off the handout
    # The bundled typeface (family "Document Sans" in print-document.css) is embedded, not a system font.
    assert any("Document-Sans" in name for name in font_names(response.content))


def test_module_handout_prints_a_worked_dialogue_turn_by_turn_with_the_notes(mentor_client, module):
    LessonPageFactory(parent=module, title="Giving information", body=json.dumps([dialogue_block()]))
    text = " ".join(pdf_text(mentor_client.get(reverse("courses:module_handout", args=[module.pk]))).split())
    for expected in ("Worked dialogue: Jesper and the housing queue", "Open prison, five weeks before release.",
                     "Mentee: I'll sort out housing when I get out.", "Mentor: What do you know about how it works?",
                     "Why: Elicit first: find out what he knows."):  # fmt: skip
        assert expected in text, expected


def test_handout_is_for_people_who_may_open_the_module(client, outsider_client, facilitator_client, module, lesson):
    url = reverse("courses:module_handout", args=[module.pk])
    assert client.get(url).status_code == 302
    assert outsider_client.get(url).status_code == 403
    assert facilitator_client.get(url).status_code == 200


def test_supervision_log_has_dates_hours_and_danish_letters_but_no_private_notes(mentor_client, mentor, final_record):
    mentor.last_name = "Sørensen-Ærø"
    mentor.save()
    final_record.topics.add("agreement review")
    text = pdf_text(mentor_client.get(reverse("supervision:supervision_log", args=[mentor.pk])))
    assert f"Supervision log: {mentor.first_name} Sørensen-Ærø" in text
    assert final_record.held_on.strftime("%-d %b %Y") in text
    assert "agreement review" in text and "1.0 hours in 1 session" in text
    assert PRIVATE_NOTE not in text and "K-17" not in text


def test_supervision_log_of_someone_else_is_404_and_logged(final_record, mentor, cohort):
    stranger = UserFactory(roles=[MENTOR, COACH], cohort=cohort)
    client = Client()
    sign_in(client, stranger)
    assert client.get(reverse("supervision:supervision_log", args=[mentor.pk])).status_code == 404
    assert RecordAccess.objects.filter(user=stranger, outcome="refused").exists()


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "https://example.org/image.png",
        "file:///etc/passwd",
        f"{BASE_URL}static/../../etc/passwd",
        f"{BASE_URL}media/../settings.py",
        f"{BASE_URL}anything-else",
    ],
)
def test_the_fetcher_refuses_everything_but_the_platforms_own_files(url):
    with pytest.raises(ValueError):
        ProjectFilesOnly().fetch(url)


def test_the_fetcher_serves_static_files_and_the_bundled_font():
    assert b"@page" in ProjectFilesOnly().fetch(f"{BASE_URL}static/css/print-document.css").read()
    assert ProjectFilesOnly().fetch(f"{BASE_URL}bundled-fonts/SourceSansPro-Regular.ttf").read()[:4]


def test_content_with_scripts_external_images_and_file_urls_renders_without_fetching(monkeypatch):
    from django.template import engines

    asked = []
    original = ProjectFilesOnly.fetch

    def spy(self, url, headers=None):
        asked.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(ProjectFilesOnly, "fetch", spy)
    template = engines["django"].from_string(
        '{% extends "pdf/base.html" %}{% block content %}<p>Text kept</p>'
        '<img src="http://169.254.169.254/x.png"><img src="file:///etc/passwd">'
        "<script>document.write('ran')</script>{% endblock %}"
    )
    monkeypatch.setattr("mentorsite.pdf.render_to_string", lambda name, context: template.render(context))
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render_pdf("unused", {}))).pages)
    assert "Text kept" in text and "ran" not in text
    assert "http://169.254.169.254/x.png" in asked and "file:///etc/passwd" in asked  # asked, and refused


def test_rendered_documents_are_stored_and_rendered_again_when_their_data_changes(mentor_client, module, lesson):
    from django.core.files.storage import storages

    storage = storages["documents"]
    url = reverse("courses:module_handout", args=[module.pk])
    first = mentor_client.get(url).content
    assert mentor_client.get(url).content == first  # served from storage
    stored = storage.listdir("rendered")[1]
    assert len(stored) == 1 and stored[0].startswith(f"handout-{module.pk}-")
    lesson.title = "Asking open questions, revised"
    lesson.save_revision().publish()
    assert "Asking open questions, revised" in pdf_text(mentor_client.get(url))
    assert len(storage.listdir("rendered")[1]) == 2


def test_documents_are_tagged_pdf_ua_with_title_and_language(mentor_client, module, lesson):
    """Screen readers read the handout's structure: a tagged PDF/UA-1 with its title and language set."""
    response = mentor_client.get(reverse("courses:module_handout", args=[module.pk]))
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert str(catalog["/Lang"]) == "en"
    assert module.title in reader.metadata.title
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    assert b"pdfuaid:part" in catalog["/Metadata"].get_object().get_data()


def test_the_handout_lists_answers_in_no_telling_order_and_gives_room_for_written_responses(mentor_client, module):
    questions = [
        ("Which reflects?", "single", [(f"Answer {n}", n == 0) for n in range(6)]),
        ("A mentee says: nobody asks me. Write a complex reflection.", "written", []),
    ]
    lesson = LessonPageFactory(
        parent=module, title="Handout check", body=json.dumps([knowledge_check_block(questions)])
    )
    text = pdf_text(mentor_client.get(reverse("courses:module_handout", args=[module.pk])))
    [question] = [q for q in lesson.knowledge_check.value["questions"].bound_blocks if q.value["kind"] == "single"]
    by_id = [a.value["text"] for a in sorted(question.value["answers"].bound_blocks, key=lambda a: a.id)]
    positions = [text.index(answer) for answer in by_id]
    assert positions == sorted(positions)  # printed in id order, not with the right answer first
    assert "Write a complex reflection." in text
