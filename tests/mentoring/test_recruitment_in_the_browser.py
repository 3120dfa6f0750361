"""In Chromium, the issue's walk: a visitor applies on /apply/, the manager takes the application through every
stage on the demo and accepts it, and the new mentor follows the invitation, chooses a password, signs in and
lands on the mentor track's dashboard in the coming cohort."""

import os
import re

import pytest
from django.core import mail

from tests.test_browser import CHROMIUM, browser_page, demo_programme, log_in  # noqa: F401 - fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (CI installs it)"),
]

STAGES = ["Application", "Phone interview", "Assessment", "Security vetting"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_from_an_application_on_the_public_page_to_a_mentor_on_the_dashboard(live_server, browser_page):  # noqa: F811
    page = browser_page

    # A visitor applies; the honeypot stays out of sight and out of the way.
    page.goto(live_server.url)
    page.get_by_role("link", name="Become a mentor").click()
    page.get_by_label("First name").fill("Rikke")
    page.get_by_label("Last name").fill("Skov")
    page.get_by_label("E-mail").fill("rikke.skov@example.org")
    page.get_by_label("Heard of the programme through").select_option(label="Another prevention project")
    page.get_by_label("Why you want to be a mentor").fill("I have worked with young people in exit programmes.")
    page.get_by_label("Your experience").fill("Five years as a street worker.")
    page.get_by_label("Languages you speak").fill("Danish, Turkish")
    trap = page.get_by_label("Leave this field empty").bounding_box()
    assert trap["x"] + trap["width"] <= 0  # off screen, left of the page
    page.get_by_label("I agree that the programme keeps my application").check()
    page.get_by_role("button", name="Send the application").click()
    page.get_by_role("heading", name="Thank you for your application").wait_for()

    # The manager finds her on the board and records every stage; at the decision, accepts her.
    log_in(page, live_server.url, "manager")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Recruitment").click()
    board = page.get_by_test_id("recruitment-board")
    board.get_by_role("region", name="Application").get_by_role("link", name="Rikke Skov").click()
    for stage in STAGES:
        page.get_by_role("heading", name=f"Record the stage “{stage}”").wait_for()
        page.get_by_label("Continue to the next stage").check()
        page.get_by_label("Notes").fill(f"{stage}: went well.")
        if stage == "Phone interview":
            page.get_by_label("Competencies noted").fill("street work, conflict handling")
        page.get_by_role("button", name="Record the stage").click()
        assert "moved on" in page.locator(".messages").inner_text()
    page.get_by_role("heading", name="Record the stage “Decision”").wait_for()
    page.get_by_label("Accept as a mentor").check()
    assert page.get_by_label("Cohort").locator("option:checked").inner_text() == "Spring 2027"
    assert "Mentor track" in page.get_by_label("Track").locator("option:checked").inner_text()
    page.get_by_role("button", name="Record the stage").click()
    assert "is a mentor now" in page.locator(".messages").inner_text()
    assert "Accepted" in page.get_by_test_id("applicant-status").inner_text()
    username = re.search(r"Mentor account: ([\w.-]+)", page.content()).group(1)

    # The invitation (the console in development): a link to choose a password, then the dashboard.
    [invitation] = [message for message in mail.outbox if message.to == ["rikke.skov@example.org"]]
    link = re.search(r"https?://\S+/accounts/password-reset/\S+", invitation.body).group(0)
    page.get_by_role("button", name="Log out").click()
    page.goto(live_server.url + "/" + link.split("://", 1)[1].split("/", 1)[1])
    password = "street work and patience 2027"
    page.get_by_label("New password", exact=True).fill(password)
    page.get_by_label("New password confirmation").fill(password)
    page.get_by_role("button", name="Set password").click()
    page.get_by_role("heading", name="Password set").wait_for()
    page.get_by_role("main").get_by_role("link", name="Log in").click()
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/dashboard/")
    dashboard = page.content()
    assert "Mentor track" in dashboard
    assert "Cohort Spring 2027: the training starts on" in page.get_by_test_id("cohort").inner_text()
