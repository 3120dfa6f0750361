"""Spoilt input on the staff's admin forms gets the form back with a message, never a server error (issue 12).

Two reached the reviewers: a truncated GIF uploaded as an image (Pillow's UnidentifiedImageError) and a
networking day whose agenda was not the JSON the rich-text editor sends (JSONDecodeError). The same holds
for every upload and every rich-text and StreamField field; tests/security/test_form_fuzzing.py sends
many more such inputs.
"""

import io
import json
import random

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from PIL import ImageFile
from wagtail.images.models import Image
from wagtail.models import Collection
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from networking.models import NetworkingDay
from tests.conftest import at

pytestmark = pytest.mark.django_db


def noise(seed, length):
    return random.Random(seed).randbytes(length)  # noqa: S311 - test data, the same on every run on purpose


def picture(kind, size=(64, 48)):
    """A real picture's bytes: noise, so the compressed data is long enough to cut in half."""
    out = io.BytesIO()
    PillowImage.frombytes("RGB", size, noise(kind, size[0] * size[1] * 3)).save(out, kind)
    return out.getvalue()


def truncated(kind):
    content = picture(kind)
    return content[: len(content) // 2]


# Files Pillow cannot read at all: refused in every process.
SPOILT_IMAGES = {
    "truncated.gif": lambda: picture("GIF")[:200],
    "header-only.gif": lambda: b"GIF89a",
    "random.png": lambda: noise(1, 2000),
    "random.gif": lambda: b"GIF89a" + noise(2, 2000),
    "empty.png": lambda: b"",
}
# PNG and JPEG files cut in half: Pillow pads them with grey when ImageFile.LOAD_TRUNCATED_IMAGES is on, and
# WeasyPrint (the PDFs) turns it on for the whole process when it is imported, as the app servers do.
TRUNCATED = {"truncated.png": lambda: truncated("PNG"), "truncated.jpg": lambda: truncated("JPEG")}


def image_upload(name, content):
    return {
        "title": "Seminar room",
        "file": SimpleUploadedFile(name, content),
        "collection": str(Collection.get_first_root_node().pk),
        "tags": "",
        "description": "",
    }


def assert_refused(response):
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors.get("file"), errors
    assert not Image.objects.exists()


@pytest.mark.parametrize("name", list(SPOILT_IMAGES))
def test_a_spoilt_image_upload_gives_the_form_back_with_a_message(facilitator_client, name):
    assert_refused(facilitator_client.post(reverse("wagtailimages:add"), image_upload(name, SPOILT_IMAGES[name]())))


@pytest.mark.parametrize("name", list(TRUNCATED))
def test_a_truncated_picture_is_refused_where_pillow_does_not_pad_it(facilitator_client, monkeypatch, name):
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", False)
    assert_refused(facilitator_client.post(reverse("wagtailimages:add"), image_upload(name, TRUNCATED[name]())))


@pytest.mark.parametrize("name", list(TRUNCATED))
def test_a_truncated_picture_that_pillow_pads_is_kept_and_its_thumbnails_work(facilitator_client, monkeypatch, name):
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    response = facilitator_client.post(reverse("wagtailimages:add"), image_upload(name, TRUNCATED[name]()))
    assert response.status_code == 302
    assert facilitator_client.get(reverse("wagtailimages:index")).status_code == 200
    assert Image.objects.get().get_rendition("fill-32x32").width == 32


@pytest.mark.parametrize("name", ["truncated.gif", "random.gif"])
def test_a_spoilt_image_is_refused_in_the_multiple_upload(facilitator_client, name):
    content = SPOILT_IMAGES[name]()
    multiple = facilitator_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile(name, content)}
    )
    assert multiple.status_code == 200 and multiple.json()["success"] is False
    assert not Image.objects.exists()


@pytest.mark.parametrize("name", ["truncated.gif", "random.gif"])
def test_a_spoilt_image_is_refused_in_the_choosers_upload(facilitator_client, name):
    content = SPOILT_IMAGES[name]()
    upload = {f"image-chooser-upload-{field}": value for field, value in image_upload(name, content).items()}
    chooser = facilitator_client.post(reverse("wagtailimages_chooser:create"), upload)
    assert chooser.status_code == 200 and chooser.json()["step"] == "reshow_creation_form"
    assert "image-chooser-upload-file" in chooser.json()["htmlFragment"]
    assert not Image.objects.exists()


def test_a_whole_image_is_still_accepted(facilitator_client):
    response = facilitator_client.post(reverse("wagtailimages:add"), image_upload("room.gif", picture("GIF")))
    assert response.status_code == 302
    assert Image.objects.get().title == "Seminar room"


def networking_day_data(agenda):
    return {
        "title": "Networking day",
        "starts_at": at(5, 10).strftime("%Y-%m-%d %H:%M"),
        "ends_at": at(5, 16).strftime("%Y-%m-%d %H:%M"),
        "venue": "Room 2",
        "online_url": "",
        "capacity": "30",
        "organiser": "",
        "description": "",
        "agenda": agenda,
        "status": "scheduled",
    }


def content_state(**fields):
    """Draftail's JSON for one paragraph "x", with `fields` of the block replaced."""
    block = {"key": "a", "type": "unstyled", "text": "x", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}
    return json.dumps({"blocks": [{**block, **fields}], "entityMap": {}})


def range_(**fields):
    return {"offset": 0, "length": 1, **fields}


SPOILT_RICH_TEXT = {
    "not JSON": "{not json",
    "a list": "[]",
    "blocks that are not a list": '{"blocks": 5, "entityMap": {}}',
    "a link to an entity that is not there": content_state(entityRanges=[range_(key=7)]),
    "a style range of text": content_state(inlineStyleRanges=[range_(length="x", style="BOLD")]),
    "text that is a number": content_state(text=5),
    "deep nesting": "[" * 100_000 + "]" * 100_000,
}


@pytest.mark.parametrize("spoilt", list(SPOILT_RICH_TEXT))
def test_a_networking_day_agenda_that_is_not_the_editors_json_gives_the_form_back(facilitator_client, spoilt):
    response = facilitator_client.post(reverse("networking_days:add"), networking_day_data(SPOILT_RICH_TEXT[spoilt]))
    assert response.status_code == 200
    assert "agenda" in response.context["form"].errors
    assert "could not be read" in response.content.decode()
    assert not NetworkingDay.objects.exists()


def test_a_spoilt_agenda_leaves_the_saved_agenda_as_it_was(facilitator_client, networking_day):
    networking_day.agenda = "<p>10:00 Welcome</p>"
    networking_day.save()
    url = reverse("networking_days:edit", args=[networking_day.pk])
    response = facilitator_client.post(url, networking_day_data("{not json"))
    assert response.status_code == 200 and "agenda" in response.context["form"].errors
    networking_day.refresh_from_db()
    assert networking_day.agenda == "<p>10:00 Welcome</p>"


def test_a_good_agenda_is_still_saved(facilitator_client):
    response = facilitator_client.post(reverse("networking_days:add"), networking_day_data(rich_text("10:00 Welcome")))
    assert response.status_code == 302
    assert "10:00 Welcome" in NetworkingDay.objects.get().agenda


def lesson_data(body):
    return nested_form_data({"title": "A lesson", "slug": "a-lesson", "summary": "", "body": body})


SPOILT_STREAMS = {
    "a count that is not a number": {"body-count": "many"},
    "a block without its type": {"body-count": "1", "body-0-deleted": "", "body-0-order": "0"},
    "an order that is not a number": {
        "body-count": "1",
        "body-0-deleted": "",
        "body-0-order": "first",
        "body-0-type": "heading",
        "body-0-value-text": "x",
    },
    "a paragraph that is not JSON": {
        "body-count": "1",
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-type": "paragraph",
        "body-0-value": "{not json",
    },
    "a list without its count": {
        "body-count": "1",
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-type": "knowledge_check",
        "body-0-value-title": "Check",
        "body-0-value-pass_mark": "80",
    },
}


@pytest.mark.parametrize("spoilt", list(SPOILT_STREAMS))
def test_a_lesson_body_that_cannot_be_read_gives_the_editor_back_with_a_message(facilitator_client, module, spoilt):
    from courses.models import LessonPage

    url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])
    data = {"title": "A lesson", "slug": "a-lesson", "summary": "", **SPOILT_STREAMS[spoilt]}
    response = facilitator_client.post(url, data)
    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    assert not LessonPage.objects.filter(slug="a-lesson").exists()


def test_a_good_lesson_body_is_still_saved(facilitator_client, module):
    from courses.models import LessonPage

    url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])
    body = streamfield([("paragraph", rich_text("Open questions invite a story."))])
    assert facilitator_client.post(url, lesson_data(body)).status_code == 302
    assert LessonPage.objects.filter(slug="a-lesson").exists()


def test_unreadable_input_is_reported_to_the_log(facilitator_client, caplog):
    with caplog.at_level("WARNING"):
        facilitator_client.post(reverse("networking_days:add"), networking_day_data("{not json"))
    assert any("could not be read" in record.getMessage() for record in caplog.records)


def admin_forms():
    """(name, form class) of every page type's editor and every admin viewset's create and edit forms."""
    from django.urls import get_resolver
    from wagtail.admin.viewsets import viewsets
    from wagtail.admin.viewsets.model import ModelViewSet
    from wagtail.models import get_page_models

    for model in get_page_models():
        yield model._meta.label, model.get_edit_handler().get_form_class()
    assert get_resolver().url_patterns  # loading the admin's URLs registers its viewsets
    for viewset in viewsets.viewsets:
        if isinstance(viewset, ModelViewSet):
            for for_update in (False, True):
                yield f"{viewset.name} ({'edit' if for_update else 'add'})", viewset.get_form_class(for_update)


def test_every_rich_text_and_stream_field_of_the_admin_reads_its_data_carefully():
    from wagtail.admin.rich_text import DraftailRichTextArea
    from wagtail.blocks.base import BlockField

    from mentorsite.form_fields import CarefulReading

    careless, found = [], 0
    for name, form_class in admin_forms():
        for field_name, field in form_class.base_fields.items():
            if isinstance(field, BlockField) or isinstance(field.widget, DraftailRichTextArea):
                found += 1
                if not isinstance(field, CarefulReading):
                    careless.append(f"{name}.{field_name}")
    assert found >= 8  # the lesson and briefing bodies, the pages' rich text, the networking day's agenda
    assert not careless, f"give these the careful fields of mentorsite/form_fields.py: {careless}"
