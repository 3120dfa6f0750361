"""In Chromium, the issue's walk: the manager takes K-117 from suggested to a match with the demo mentor, writes
the agreement, holds and records the first review, revises the agreement, and ends another relationship early;
the figures follow. The mentor sees the mentee and the review in the calendar, the coach reads it, the
facilitator gets 404."""

import os
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.test_browser import CHROMIUM, browser_page, demo_programme, log_in  # noqa: F401 - fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (CI installs it)"),
]


def day(offset):
    return (timezone.localdate() + timedelta(days=offset)).isoformat()


def figure(page, label):
    """The number beside `label` in the overview's figures."""
    facts = page.get_by_test_id("mentoring-figures")
    return int(facts.locator(f"dt:text-is('{label}') + dd").first.inner_text())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_manager_takes_a_case_from_suggestion_to_a_revised_agreement(live_server, browser_page):  # noqa: F811
    page = browser_page
    log_in(page, live_server.url, "manager")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Mentoring", exact=True).click()
    matched_before, ended_before = figure(page, "Matched"), figure(page, "Mentoring ended")

    # Suggested four months ago; assessed, motivated and matched since.
    page.get_by_test_id("cases").get_by_role("link", name="K-117").click()
    for status, offset in (("Being assessed", -110), ("Motivational work", -105)):
        page.get_by_label("New status").select_option(label=status)
        page.get_by_label("Date").fill(day(offset))
        page.get_by_label("Why").fill("Agreed with the contact officer.")
        page.get_by_role("button", name="Change status").click()
        assert status in page.get_by_test_id("case-status").inner_text()
    page.get_by_role("link", name="Match with a mentor").click()
    page.get_by_role("link", name="Choose Maja").click()
    page.get_by_label("Matched on").fill(day(-100))
    page.get_by_label("housing").check()
    page.get_by_label("Why this mentor").fill("Knows the housing offices; the mentee asked for a woman mentor.")
    page.get_by_role("button", name="Match", exact=True).click()

    # The agreement, then the first review three months later, recorded as revising it.
    page.get_by_label("Valid from").fill(day(-100))
    page.get_by_label("Who from the institution takes part").fill("Contact officer")
    housing = page.get_by_role("group", name="Housing")
    housing.get_by_label("Goal").fill("Has a place to live from release.")
    housing.get_by_label("The mentor's tasks").fill("Visits the housing office with the mentee.")
    page.get_by_role("button", name="Save the agreement").click()
    assert "Agreement version 1 saved" in page.locator(".messages").inner_text()
    relationship_url = page.url
    page.get_by_text("Schedule a review", exact=True).click()
    page.get_by_label("Starts at").fill(f"{day(-8)}T10:00")
    page.get_by_label("Ends at").fill(f"{day(-8)}T11:00")
    page.get_by_label("Institution staff taking part").fill("Contact officer, case worker")
    page.get_by_role("button", name="Schedule the review").click()
    assert "Review scheduled" in page.locator(".messages").inner_text(), page.locator("main").inner_text()
    page.get_by_label("Better than expected", exact=True).check()
    page.get_by_label("The agreement is revised").check()
    page.get_by_role("button", name="Save the record").click()
    employment = page.get_by_role("group", name="Employment")
    employment.get_by_label("Goal").fill("Has an internship lined up.")
    employment.get_by_label("The mentor's tasks").fill("Goes to the job centre with the mentee twice.")
    page.get_by_label("What changed and why").fill("Work became a goal at the review.")
    page.get_by_role("button", name="Save the agreement").click()
    history = page.get_by_test_id("agreement-history").inner_text()
    assert "Version 2" in history and "Version 1" in history and "Employment added" in history

    # Another relationship ends early, with a reason.
    page.goto(f"{live_server.url}/mentoring/")
    page.get_by_role("link", name="K-102").first.click()
    page.locator("summary", has_text="End the relationship").click()
    page.get_by_label("Early").check()
    page.get_by_label("Reason").select_option(label="Mentee withdrew")
    page.get_by_label("Debrief").fill("Stopped coming to the meetings after the transfer was refused.")
    page.get_by_role("button", name="End the relationship").click()
    assert "can be matched again" in page.locator(".messages").inner_text()
    page.goto(f"{live_server.url}/mentoring/")
    assert figure(page, "Matched") == matched_before  # K-117 matched, K-102 ended
    assert figure(page, "Mentoring ended") == ended_before + 1
    page.get_by_role("link", name="Why relationships ended early").first.click()
    assert "K-102" in page.get_by_test_id("early-ending").first.inner_text()

    # The mentor sees both mentees and the review of K-101 in the calendar; the coach reads, the facilitator not.
    page.get_by_role("button", name="Log out").click()
    log_in(page, live_server.url, "mentor")
    page.get_by_role("link", name="My mentoring").click()
    mine = page.get_by_test_id("my-relationships").inner_text()
    assert "K-101" in mine and "K-117" in mine
    page.goto(relationship_url)
    assert "Has an internship lined up." in page.content()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Calendar").click()
    assert "Agreement review, K-101" in page.locator("main").inner_text()

    page.get_by_role("button", name="Log out").click()
    log_in(page, live_server.url, "coach")
    page.get_by_role("link", name="My mentoring").click()
    assert "K-117" in page.get_by_test_id("followed-relationships").inner_text()
    page.goto(relationship_url)
    assert page.locator("main form").count() == 0

    page.get_by_role("button", name="Log out").click()
    log_in(page, live_server.url, "facilitator")
    assert page.goto(relationship_url).status == 404
