"""Benchmark settings: `make bench` (mentorsite/bench/run.py). Production settings, plus the benchmark's
reference pages, on a database made for measuring and dropped afterwards.

Everything production reads from the environment is set by the benchmark driver. seed_demo refuses
production settings to protect real people's data; this database never holds any, so it is allowed here.
"""

import os
from pathlib import Path

from .production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "mentorsite.bench"]  # noqa: F405
ROOT_URLCONF = "mentorsite.bench.urls"
IS_PRODUCTION = False

# Uploads and rendered PDFs go to the benchmark's temporary folder, never into the working copy.
_FILES = Path(os.environ["BENCH_FILES"])
MEDIA_ROOT = _FILES / "media"
STORAGES = {
    **STORAGES,  # noqa: F405
    "documents": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": _FILES / "private-documents", "base_url": None},
    },
}
