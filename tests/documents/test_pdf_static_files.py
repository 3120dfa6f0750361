"""PDFs rendered under the production static files storage (hashed names from a manifest) keep their stylesheet.

Regression: with the production settings WeasyPrint logged "Not one of the platform's files" for
/static/css/print-document.<hash>.css, because the fetcher looked the hashed name up through the finders, which
only know source names; certificates, handouts and reports lost the A4 rules and the bundled typeface.
"""

import io
import logging

import pypdf
import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import storages
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from tests.documents.test_pdfs import font_names

pytestmark = pytest.mark.django_db

A4_POINTS = (595, 842)


@pytest.fixture
def production_static_files(settings, tmp_path):
    """The production storage class over a real collectstatic of the project's own static files."""
    production_storage = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
    # Only the project's folder: Wagtail's admin files are not used in documents and take long to hash.
    with override_settings(
        STATIC_ROOT=tmp_path / "static",
        STORAGES={**settings.STORAGES, "staticfiles": production_storage},
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
    ):
        staticfiles_storage._wrapped = storages.create_storage(production_storage)  # the lazy object re-read
        call_command("collectstatic", "--noinput", verbosity=0)
        # Rendering looks files up with every finder again, as in production.
        with override_settings(
            STATICFILES_FINDERS=[
                "django.contrib.staticfiles.finders.FileSystemFinder",
                "django.contrib.staticfiles.finders.AppDirectoriesFinder",
            ]
        ):
            yield
    staticfiles_storage._setup()


def test_a_pdf_keeps_its_print_stylesheet_under_the_production_static_storage(
    production_static_files, caplog, mentor_client, module, lesson
):
    assert staticfiles_storage.url("css/print-document.css") != "/static/css/print-document.css"  # hashed
    caplog.set_level(logging.WARNING, logger="weasyprint")
    response = mentor_client.get(reverse("courses:module_handout", args=[module.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert not [record.getMessage() for record in caplog.records if "stylesheet" in record.getMessage()]
    page = pypdf.PdfReader(io.BytesIO(response.content)).pages[0]
    assert tuple(round(float(side)) for side in page.mediabox[2:]) == A4_POINTS  # the stylesheet's @page size
    assert any("Document-Sans" in name for name in font_names(response.content))
