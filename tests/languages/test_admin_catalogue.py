"""The admin in Danish throughout: where Wagtail's and wagtail-localize's own Danish catalogues have no
translation, locale-wagtail/ has one; a Wagtail upgrade that adds strings fails here until they are translated."""

import importlib.util
from pathlib import Path

import polib
import pytest
from django.conf import settings

SUPPLEMENT = Path(settings.BASE_DIR) / "locale-wagtail" / "da" / "LC_MESSAGES"
# The parts of Wagtail and wagtail-localize a facilitator or the programme manager meets in the admin.
ADMIN_PACKAGES = [
    "wagtail",
    "wagtail.admin",
    "wagtail.images",
    "wagtail.documents",
    "wagtail.snippets",
    "wagtail.users",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.locales",
    "wagtail.search",
    "wagtail_localize",
    "wagtail_localize.locales",
]


def package_catalogue(package, language, domain):
    folder = Path(importlib.util.find_spec(package).submodule_search_locations[0])
    path = folder / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    return polib.pofile(str(path)) if path.exists() else []


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_admin_string_has_danish_upstream_or_here(domain):
    supplement = polib.pofile(str(SUPPLEMENT / f"{domain}.po"))
    assert supplement.untranslated_entries() == [] and supplement.fuzzy_entries() == []
    ours = {(entry.msgctxt, entry.msgid) for entry in supplement.translated_entries()}
    # Django merges every catalogue: a string translated in one package's Danish is translated everywhere.
    upstream = {
        (e.msgctxt, e.msgid)
        for package in ADMIN_PACKAGES
        for e in package_catalogue(package, "da", domain)
        if e.translated()
    }
    missing = set()
    for package in ADMIN_PACKAGES:
        for entry in package_catalogue(package, "en", domain):
            key = (entry.msgctxt, entry.msgid)
            if not entry.obsolete and key not in upstream and key not in ours:
                missing.add(f"{package}: {entry.msgid}")
    assert sorted(missing) == []
