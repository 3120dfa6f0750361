"""Test settings: `make test`. Fast password hashing and tasks run immediately in the test process."""

import atexit
import shutil
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The suite was written against English text; tests of Danish choose it explicitly (a preference, a browser
# header or override_settings), and tests/mentorsite/test_languages.py checks the Danish default.
LANGUAGE_CODE = "en"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Files written by tests never land in the working copy: uploads go to a temporary folder (Wagtail serves
# documents from disk), rendered PDFs stay in memory.
MEDIA_ROOT = tempfile.mkdtemp(prefix="mentorsite-test-media-")
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
STORAGES = {
    **STORAGES,  # noqa: F405
    "documents": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
