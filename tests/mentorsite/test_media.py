"""Uploaded images are served to signed-in people in every environment; nothing else under MEDIA_ROOT is."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents.models import Document
from wagtail.images.models import Image

from tests.helpers import png_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    return Image.objects.create(title="Seminar room", file=ContentFile(png_bytes(), name="room.png"))


def test_originals_and_renditions_are_served_to_signed_in_people(mentor_client, image):
    rendition = image.get_rendition("fill-20x20")
    for url in (image.file.url, rendition.url):
        response = mentor_client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "image/png"
        assert b"".join(response.streaming_content).startswith(b"\x89PNG")
        assert response["X-Content-Type-Options"] == "nosniff"


def test_anonymous_visitors_are_sent_to_the_login(image):
    response = Client().get(image.file.url)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


@pytest.mark.parametrize(
    "path",
    [
        "/media/original_images/missing.png",
        "/media/original_images/../documents/handout.txt",
        "/media/original_images/%2e%2e/documents/handout.txt",
        "/media/original_images/sub/room.png",
        "/media/settings.py",
    ],
)
def test_anything_else_is_not_found(mentor_client, image, path):
    assert mentor_client.get(path).status_code == 404


def test_documents_are_never_served_from_the_media_folder(mentor_client):
    document = Document.objects.create(title="Handout", file=ContentFile(b"handout", name="handout.txt"))
    assert mentor_client.get(f"/media/{document.file.name}").status_code == 404
    assert mentor_client.get(document.url).status_code == 200  # through Wagtail's view, which checks who asks
