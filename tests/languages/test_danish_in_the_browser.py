"""In Chromium: the demo mentor switches to Danish, studies and completes a lesson, switches back to English
and finds it completed. Every page of the journey is lang="da" and shows no English interface sentence."""

import re

import polib
import pytest

from tests.helpers import DEMO_MARKED_LESSON
from tests.languages.test_catalogue import CATALOGUE
from tests.test_browser import CHROMIUM, browser_page, demo_programme, log_in  # noqa: F401 - fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not __import__("os").path.exists(CHROMIUM), reason="Debian's chromium is not installed"),
]


def english_sentences():
    """The catalogue's English sentences (three words or more) whose Danish differs: none may show in Danish."""
    sentences = set()
    for entry in polib.pofile(str(CATALOGUE)):
        text = entry.msgid
        if re.search(r"%|\{|<|\n", text) or len(text.split()) < 3 or entry.msgstr == text:
            continue
        sentences.add(text)
    return sentences


def assert_danish(page, sentences):
    assert page.locator("html").get_attribute("lang") == "da", page.url
    text = page.locator("body").inner_text()
    shown = sorted(sentence for sentence in sentences if sentence in text)
    assert shown == [], f"{page.url}: {shown}"


def choose_language(page, name, save_button):
    page.get_by_role("navigation").get_by_role("link", name=re.compile("^(Account|Konto)$")).click()
    page.get_by_label(name, exact=True).check()
    page.get_by_role("button", name=save_button).click()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_mentor_studies_in_danish_and_finds_the_lesson_completed_in_english(live_server, browser_page):  # noqa: F811
    page = browser_page
    sentences = english_sentences()
    log_in(page, live_server.url, "mentor")
    choose_language(page, "Dansk", "Save language")
    assert_danish(page, sentences)
    assert page.get_by_role("heading", name="Din konto").is_visible()

    page.get_by_role("link", name="Min oversigt").click()
    assert_danish(page, sentences)
    page.get_by_role("link", name=re.compile("^Fortsæt:")).first.click()
    assert_danish(page, sentences)
    page.goto(live_server.url + DEMO_MARKED_LESSON)  # one completed by marking it done
    lesson_url = page.url
    assert_danish(page, sentences)
    lesson_title = page.locator("h1").inner_text()
    page.get_by_role("button", name="Marker som gennemført").click()
    assert "Gennemført den" in page.get_by_test_id("completion-status").inner_text()
    assert_danish(page, sentences)

    for link in ("Kalender", "Briefinger", "Min supervision", "Søg"):
        page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name=link).click()
        assert_danish(page, sentences)

    choose_language(page, "English", "Gem sprog")
    assert page.locator("html").get_attribute("lang") == "en"
    page.goto(lesson_url)
    assert page.locator("h1").inner_text() != lesson_title  # the English lesson, at the same address
    assert "Completed on" in page.get_by_test_id("completion-status").inner_text()
