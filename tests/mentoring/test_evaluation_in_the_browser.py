"""In Chromium, the issue's walk on the demo: the manager sends the mentoring-experience questionnaire to the
Spring 2026 cohort, the mentor saves a draft and hands it in, and the manager sees the results (the small-group
rule where a filter leaves fewer than five) and downloads the research export."""

import io
import os

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from tests.test_browser import CHROMIUM, browser_page, demo_programme, log_in  # noqa: F401 - fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (CI installs it)"),
]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_questionnaire_from_sending_to_results_and_the_research_export(live_server, browser_page):  # noqa: F811
    page = browser_page
    log_in(page, live_server.url, "manager")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Evaluation").click()
    experience = page.get_by_test_id("questionnaire").filter(has_text="Mentoring experience")
    experience.get_by_role("link", name="Send it").click()
    page.get_by_role("heading", name="Send a questionnaire").wait_for()
    page.get_by_label("The mentors of a cohort").check()
    page.get_by_label("Cohort", exact=True).select_option(label="Spring 2026")
    page.get_by_role("button", name="Send").click()
    assert "was sent to" in page.locator(".messages").inner_text()
    page.get_by_role("button", name="Log out").click()

    log_in(page, live_server.url, "mentor")
    page.get_by_test_id("questionnaires-panel").get_by_role("link", name="Mentoring experience").click()
    page.get_by_role("heading", name="Mentoring experience").wait_for()
    page.get_by_role("group", name="My mentee and I were a good match.").get_by_label("Agree", exact=True).check()
    page.get_by_label("What worked best?").fill("Asking permission before giving information.")
    page.get_by_role("button", name="Save a draft").click()
    assert "draft was saved" in page.locator(".messages").inner_text()
    assert page.get_by_label("What worked best?").input_value() == "Asking permission before giving information."
    page.get_by_label("About how many hours a month").fill("10")
    page.get_by_role("button", name="Hand in my answers").click()
    page.wait_for_url("**/dashboard/")
    assert "answers were handed in" in page.locator(".messages").inner_text()
    assert page.get_by_test_id("questionnaires-panel").count() == 0
    page.get_by_role("button", name="Log out").click()

    log_in(page, live_server.url, "manager")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Evaluation").click()
    page.get_by_test_id("questionnaire").filter(has_text="Mentoring experience").get_by_role(
        "link", name="Results"
    ).click()
    page.get_by_test_id("respondents").wait_for()
    assert page.get_by_test_id("question-result").count() >= 8
    assert page.locator("svg[role=img]").count() >= 6
    # Only the round sent today: one person answered it, too few to show.
    page.get_by_label("Rounds opened from").fill(timezone.localdate().isoformat())
    page.get_by_role("button", name="Show").click()
    page.get_by_test_id("too-few").wait_for()
    assert page.get_by_test_id("question-result").count() == 0

    page.get_by_role("link", name="Evaluation").first.click()
    page.get_by_role("link", name="Research export").click()
    page.get_by_label("Pseudonym key").fill("the evaluation unit's key")
    page.get_by_label("Purpose").fill("Evaluation report for the funder.")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download").click()
    book = load_workbook(io.BytesIO(open(download.value.path(), "rb").read()))  # noqa: SIM115
    assert book.sheetnames == ["Data", "Data dictionary"]
    headings = next(book["Data"].iter_rows(values_only=True))
    assert headings[:5] == ("person", "cohort", "track", "role", "period")
