"""The Danish catalogue is complete: every string the platform can show has a Danish translation, none fuzzy."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "da" / "LC_MESSAGES" / "django.po"
# What `make messages` leaves out of the catalogue: the same folders as its --ignore options.
NOT_SOURCE = {".venv", ".git", "tests", "staticfiles", "media", "node_modules", "locale", "test-artifacts"}
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_0-9]*\}")


def catalogue():
    return polib.pofile(str(CATALOGUE))


def gettext_tools_or_skip(tool):
    """CI installs GNU gettext and sets REQUIRE_GETTEXT, so there the check never skips."""
    if shutil.which(tool) is None:
        if os.environ.get("REQUIRE_GETTEXT"):
            pytest.fail(f"{tool} (GNU gettext) is required here")
        pytest.skip(f"{tool} (GNU gettext) is not installed; CI runs this check")


def test_every_entry_is_translated_and_none_is_fuzzy():
    po = catalogue()
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert len(po.translated_entries()) > 800


def test_every_translation_keeps_the_placeholders_of_its_source():
    problems = []
    for entry in catalogue().translated_entries():
        sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        translations = list(entry.msgstr_plural.values()) if entry.msgstr_plural else [entry.msgstr]
        expected = sorted(set(PLACEHOLDER.findall(sources[-1])))
        for text in translations:
            # A singular may leave out the count ("1 hour" -> "en time"); names must all stay.
            found = sorted(set(PLACEHOLDER.findall(text)))
            if found != expected and sorted(set(found) | {"%(counter)s", "%d"}) != sorted(
                set(expected) | {"%(counter)s", "%d"}
            ):
                problems.append(f"{entry.msgid!r}: {expected} -> {found}")
    assert problems == []


def test_msgfmt_finds_no_error_untranslated_or_fuzzy_message():
    gettext_tools_or_skip("msgfmt")
    result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        ["msgfmt", "--check", "--statistics", "-o", os.devnull, str(CATALOGUE)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


def test_makemessages_would_add_nothing_the_catalogue_lacks(tmp_path):
    """Strings are extracted from a copy of the source, so the working copy's catalogue is never touched."""
    gettext_tools_or_skip("xgettext")
    base = Path(settings.BASE_DIR)
    copy = tmp_path / "source"
    copy.mkdir()
    for item in base.iterdir():
        if item.name in NOT_SOURCE or item.name.startswith("."):
            continue
        if item.is_dir():
            shutil.copytree(item, copy / item.name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif item.suffix in {".py", ".html", ".txt"}:
            shutil.copy2(item, copy / item.name)
    (copy / "locale").mkdir()
    before = os.getcwd()
    os.chdir(copy)
    try:
        with override_settings(LOCALE_PATHS=[copy / "locale"]):
            call_command("makemessages", locale=["da"], extensions=["html", "txt", "py"], verbosity=0)
    finally:
        os.chdir(before)
    extracted = polib.pofile(str(copy / "locale" / "da" / "LC_MESSAGES" / "django.po"))
    known = {(e.msgctxt, e.msgid) for e in catalogue()}
    missing = sorted(e.msgid for e in extracted if (e.msgctxt, e.msgid) not in known)
    assert missing == [], "run `make messages` and translate these: " + "; ".join(missing)


def test_the_compiled_catalogue_speaks_danish():
    with translation.override("da"):
        assert translation.gettext("Log in") == "Log ind"
        assert translation.gettext("Dashboard") != "Dashboard"
