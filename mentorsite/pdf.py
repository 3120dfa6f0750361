"""PDFs rendered by WeasyPrint from the platform's own templates.

Rendering never reaches other machines: the URL fetcher only reads the project's static files, files kept
through Django's storage API (media) and the bundled typeface. Any other URL in content (an image a
facilitator pasted from the web, a file: URL) is refused, and WeasyPrint leaves it out.
"""

import hashlib
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

import font_source_sans_pro
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

# Documents are rendered against this made-up origin, so every relative URL becomes one we can recognise.
BASE_URL = "https://platform.invalid/"
FONT_PREFIX = "/bundled-fonts/"


class ProjectFilesOnly(URLFetcher):
    """Serves static files, media and the bundled fonts; refuses every other URL without opening it."""

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}/" != BASE_URL:
            raise ValueError(f"Refused to fetch {url!r}: only the platform's own files are used in documents.")
        path = unquote(parts.path)
        if ".." in Path(path).parts:
            raise ValueError(f"Refused to fetch {url!r}.")
        if path.startswith(FONT_PREFIX):
            return self._file(url, Path(font_source_sans_pro.font_directory) / Path(path).name)
        if path.startswith(settings.STATIC_URL):
            name = path.removeprefix(settings.STATIC_URL)
            # The finders know the source names (development); in production `{% static %}` gives the hashed
            # name of the manifest storage, which only the collected files (STATIC_ROOT) hold.
            found = finders.find(name) or _collected_static_file(name)
            if found:
                return self._file(url, Path(found))
        if path.startswith(settings.MEDIA_URL):
            name = path.removeprefix(settings.MEDIA_URL)
            if default_storage.exists(name):
                return URLFetcherResponse(url, default_storage.open(name).read(), {"Content-Type": _type(name)})
        raise ValueError(f"Not one of the platform's files: {url!r}")

    @staticmethod
    def _file(url, path):
        if not path.is_file():
            raise ValueError(f"No such file: {url!r}")
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": _type(path.name)})


def _collected_static_file(name):
    """The path of a collected static file (hashed names included), or None."""
    if not staticfiles_storage.exists(name):
        return None
    try:
        return staticfiles_storage.path(name)
    except NotImplementedError:  # a storage without local files (object storage) is not read by the fetcher
        return None


def _type(name):
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


# Rendered documents are kept in their own storage ("documents" in settings.STORAGES), never under the
# public media URL: a supervision log must not be reachable by its file name.
DOCUMENTS_FOLDER = "rendered"
PDF_VARIANT = "pdf/ua-1"


def render_pdf(template_name, context, name="document"):
    """The PDF (bytes) of a template written for print (see templates/pdf/).

    The HTML is cheap to build and says everything the PDF will show, so its hash names the stored file:
    the same data serves the stored PDF, and any change in the data renders a new one.
    """
    html = render_to_string(template_name, {**context, "font_prefix": FONT_PREFIX})
    # The variant is part of the name: a document stored before the PDFs were tagged is rendered again.
    digest = hashlib.sha256(f"{PDF_VARIANT}\n{html}".encode()).hexdigest()[:32]
    path = f"{DOCUMENTS_FOLDER}/{name}-{digest}.pdf"
    storage = storages["documents"]
    if storage.exists(path):
        with storage.open(path) as stored:
            return stored.read()
    # Tagged PDF/UA-1: headings, paragraphs, tables and lists are marked for screen readers, the title comes
    # from <title> and the language from <html lang>.
    pdf = HTML(string=html, base_url=BASE_URL, url_fetcher=ProjectFilesOnly()).write_pdf(pdf_variant=PDF_VARIANT)
    storage.save(path, ContentFile(pdf))
    return pdf


def rendered_documents():
    """The names of every rendered PDF kept for reuse."""
    storage = storages["documents"]
    if not storage.exists(DOCUMENTS_FOLDER):
        return []
    return [f"{DOCUMENTS_FOLDER}/{name}" for name in storage.listdir(DOCUMENTS_FOLDER)[1]]


def forget_rendered_documents(names):
    """Deletes rendered PDFs (the next request renders them again from the data as it is then)."""
    storage = storages["documents"]
    for name in names:
        if storage.exists(name):
            storage.delete(name)
