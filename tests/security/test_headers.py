"""Security headers: a strict Content-Security-Policy on the front end, a relaxed one only in the admin."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.documents.models import Document

from tests.helpers import sign_in


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/accounts/login/", "/verify/NOSUCHCODE/", "/health/"])
def test_public_pages_get_the_strict_policy_and_the_other_headers(path):
    response = Client().get(path)
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Request-ID"]


@pytest.mark.django_db
def test_a_request_id_offered_by_the_client_is_kept_only_behind_a_trusted_proxy(settings):
    offered = "lb-0123456789abcdef"
    assert Client().get("/health/", HTTP_X_REQUEST_ID=offered)["X-Request-ID"] != offered
    settings.TRUSTED_PROXY_COUNT = 1
    assert Client().get("/health/", HTTP_X_REQUEST_ID=offered)["X-Request-ID"] == offered
    assert Client().get("/health/", HTTP_X_REQUEST_ID="no spaces; allowed")["X-Request-ID"] != "no spaces; allowed"


@pytest.mark.django_db
def test_signed_in_pages_get_the_strict_policy(mentor_client, lesson):
    for url in (reverse("courses:dashboard"), lesson.url):
        assert "'unsafe-inline'" not in mentor_client.get(url)["Content-Security-Policy"]


@pytest.mark.django_db
def test_only_the_wagtail_admin_gets_the_relaxed_policy(facilitator_client):
    response = facilitator_client.get(reverse("wagtailadmin_home"))
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.django_db
def test_the_front_end_templates_carry_no_inline_script_or_style(mentor_client, lesson, module):
    for url in (reverse("courses:dashboard"), lesson.url, module.url, reverse("scheduling:calendar")):
        html = mentor_client.get(url).content.decode()
        assert "<script>" not in html and "<style" not in html and " style=" not in html
        assert " onclick=" not in html and " onload=" not in html


@pytest.mark.django_db
def test_production_sends_hsts(settings, client):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get("/accounts/login/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


@pytest.mark.django_db
class TestUploads:
    def upload(self, facilitator, name, content):
        client = sign_in(Client(), facilitator)
        return client.post(
            reverse("wagtaildocs:add"),
            {"title": "Handout", "file": SimpleUploadedFile(name, content), "collection": 1},
        )

    def test_a_handout_of_an_allowed_type_uploads(self, facilitator):
        response = self.upload(facilitator, "handout.pdf", b"%PDF-1.4 a small file")
        assert response.status_code == 302
        assert Document.objects.filter(title="Handout").exists()

    @pytest.mark.parametrize("name", ["tool.exe", "page.html", "drawing.svg", "script.js", "archive.zip"])
    def test_other_types_are_refused_with_a_message(self, facilitator, name):
        response = self.upload(facilitator, name, b"MZ not allowed")
        assert response.status_code == 200
        assert (
            "Not a supported document format" in response.content.decode() or "extension" in response.content.decode()
        )
        assert not Document.objects.exists()

    def test_files_over_the_size_limit_are_refused(self, facilitator, settings):
        settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
        response = self.upload(facilitator, "big.pdf", b"%PDF" + b"0" * 2048)
        assert response.status_code == 200
        assert not Document.objects.exists()


@pytest.mark.django_db
def test_pages_may_frame_only_the_video_providers(mentor_client, lesson, settings):
    policy = directives(mentor_client.get(lesson.url))
    assert policy["frame-src"] == settings.VIDEO_EMBED_ORIGINS
    assert all(origin.startswith("https://") for origin in policy["frame-src"])


@pytest.mark.django_db
def test_the_editor_can_embed_videos_from_those_providers_only():
    from wagtail.embeds.embeds import get_embed
    from wagtail.embeds.exceptions import EmbedUnsupportedProviderException

    # Refused before anything is fetched: no finder knows the address.
    with pytest.raises(EmbedUnsupportedProviderException):
        get_embed("https://video.example.net/watch/123")
