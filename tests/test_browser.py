"""End to end in a real browser: Debian's Chromium driven by Playwright against a live server.

The demo mentor logs in, completes a lesson with the button and another by passing its knowledge check,
and the dashboard's progress bar moves each time. Later journeys: scheduling, supervision, briefings,
certificates, and the coach's second factor and lockout.
"""

import io
import os
import shutil
import time

import pytest

from courses.models import LessonPage
from mentorsite.users.demo import current_demo_code
from tests.helpers import DEMO_MARKED_LESSON, seed_demo_programme

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (CI installs it)"),
]


@pytest.fixture
def demo_programme(transactional_db):
    """The demo programme, and the lesson whose knowledge check the mentor passes with its right answers.

    All database work happens here, before Playwright starts: its sync API runs an event loop in this thread,
    and Django refuses ORM calls from a thread with a running loop.
    """
    seed_demo_programme()
    _last_step_used.clear()  # the demo's devices are new
    checked_lesson = LessonPage.objects.get(slug="responding-to-change-and-sustain-talk", locale__language_code="en")
    return checked_lesson.url, correct_answers(checked_lesson)


@pytest.fixture
def browser_page(live_server, demo_programme):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        page = browser.new_page()
        # Generous: CI machines have two cores, and PDF rendering shares them with the live server.
        page.set_default_timeout(45_000)
        # The Content-Security-Policy must never have to block anything the platform itself sends.
        violations = []
        page.on(
            "console",
            lambda message: (
                violations.append(f"{page.url}: {message.text}") if "Content Security Policy" in message.text else None
            ),
        )
        yield page
        browser.close()
        assert not violations, "\n".join(violations)


def correct_answers(lesson):
    check = lesson.knowledge_check
    return [
        answer.id
        for question in check.value["questions"].bound_blocks
        for answer in question.value["answers"].bound_blocks
        if answer.value["correct"]
    ]


def units_done(page):
    """The x of the dashboard's first "x of y completed" label."""
    return int(page.get_by_test_id("progress-label").first.inner_text().split(" of ")[0])


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_mentor_completes_lessons_and_the_bar_moves(live_server, demo_programme, browser_page):
    checked_lesson_url, answers = demo_programme
    page = browser_page

    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("mentor")
    page.get_by_label("Password").fill("mentoring-demo")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/dashboard/")
    done_at_start = units_done(page)

    # By button, on a lesson without a knowledge check.
    page.goto(f"{live_server.url}{DEMO_MARKED_LESSON}")
    page.get_by_role("button", name="Mark as complete").click()
    assert "Completed on" in page.get_by_test_id("completion-status").inner_text()
    page.get_by_role("link", name="Dashboard").click()
    assert units_done(page) == done_at_start + 1
    assert page.locator("progress").first.get_attribute("value") == str(done_at_start + 1)

    # By passing a knowledge check, after a failed attempt.
    page.goto(f"{live_server.url}{checked_lesson_url}")
    page.get_by_role("button", name="Check my answers").click()
    assert "Answer every question" in page.locator(".messages").inner_text()
    for answer_id in answers:
        page.locator(f"#answer-{answer_id}").check()
    page.get_by_role("button", name="Check my answers").click()
    assert "Passed with 100%" in page.get_by_test_id("check-result").inner_text()
    page.get_by_role("link", name="Dashboard").click()
    assert units_done(page) == done_at_start + 2


DEMO_STAFF = {"coach", "facilitator", "manager"}


def open_calendar(page):
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Calendar").click()


def log_in(page, base_url, username):
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("mentoring-demo")
    page.get_by_role("button", name="Log in").click()
    if username in DEMO_STAFF:
        # Staff give the second factor: the demo authenticator's code of the moment (README).
        page.wait_for_url("**/accounts/two-factor/verify/**")
        page.get_by_label("Code").fill(unused_demo_code(username))
        page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/dashboard/")


# The 30-second step whose code each demo account used last (a code is accepted once per account).
_last_step_used = {}


def unused_demo_code(username):
    """The code of the moment, or of the next step when this account used this step already (apps drift
    by one step, so the next step's code is accepted too)."""
    step = int(time.time()) // 30
    drift = 0 if _last_step_used.get(username, -1) < step else 1
    _last_step_used[username] = step + drift
    return current_demo_code(drift=drift)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_mentor_books_sessions_and_facilitator_takes_the_register(live_server, demo_programme, browser_page, settings):
    # The calendar page shows the subscription address at the platform's public address: here, the live server.
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    import urllib.request
    from zoneinfo import ZoneInfo

    import icalendar

    page = browser_page
    log_in(page, live_server.url, "mentor")
    assert "Course on extremism and radicalisation" in page.locator("#upcoming-heading + ul").inner_text()
    done_at_start = units_done(page)

    # A supervision slot of her coach, then the upcoming networking day.
    for title in ("Supervision with Rasmus Østergaard", "Networking day: mentors of all intakes (winter)"):
        open_calendar(page)
        page.locator("#open-heading + ul").get_by_role("link", name=title).first.click()
        page.get_by_role("button", name="Book a place").click()
        assert page.get_by_test_id("my-status").inner_text() == "You are booked."

    # Her calendar subscription, read by an independent parser, has both at the right local times.
    open_calendar(page)
    feed_url = page.get_by_test_id("feed-url").input_value()
    with urllib.request.urlopen(feed_url) as response:  # noqa: S310 - the live test server
        calendar = icalendar.Calendar.from_ical(response.read())
    local = ZoneInfo("Europe/Copenhagen")
    starts = {str(e["summary"]): e["dtstart"].dt.astimezone(local) for e in calendar.walk("VEVENT")}
    assert starts["Supervision with Rasmus Østergaard"].hour == 10
    assert starts["Networking day: mentors of all intakes (winter)"].hour == 10

    # The facilitator records the recent follow-up seminar; the mentor's progress moves.
    page.get_by_role("button", name="Log out").click()
    log_in(page, live_server.url, "facilitator")
    open_calendar(page)
    page.get_by_role("link", name="Follow-up seminar 1: Bringing experience back, day 1 (Spring 2026)").click()
    page.get_by_role("link", name="Take the register").click()
    page.get_by_role("group", name="Maja Sørensen").get_by_label("Present").check()
    page.get_by_role("button", name="Save attendance").click()
    assert "Attendance saved." in page.locator(".messages").inner_text()
    page.get_by_role("button", name="Log out").click()
    log_in(page, live_server.url, "mentor")
    assert units_done(page) == done_at_start + 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_supervision_from_coach_to_mentor_to_manager(live_server, demo_programme, browser_page):
    from datetime import timedelta

    from django.utils import timezone

    page = browser_page
    meeting_day = timezone.localdate() + timedelta(days=20)
    private_note = "PRIVATE-7c2: I doubt the agreement holds"

    # The coach schedules a meeting with Maja, then records it, finalises it, adds an addendum, raises a concern.
    log_in(page, live_server.url, "coach")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Supervision", exact=True).click()
    meeting = page.locator("form[action='/supervision/meetings/']")
    meeting.get_by_label("Supervisee").select_option(label="Maja Sørensen")
    meeting.get_by_label("Starts at").fill(f"{meeting_day.isoformat()}T13:00")
    meeting.get_by_label("Ends at").fill(f"{meeting_day.isoformat()}T14:00")
    meeting.get_by_role("button", name="Book meeting").click()
    assert "Meeting booked" in page.locator(".messages").inner_text()

    page.get_by_role("link", name="Write a record").click()
    page.get_by_label("Date").fill(meeting_day.isoformat())
    page.get_by_label("Duration (minutes)").fill("60")
    page.get_by_label("Format").select_option("one_to_one")
    page.get_by_label("Maja Sørensen").first.check()
    page.get_by_label("Summary for the mentor").fill("We prepared the review of the agreement for case K-101.")
    page.get_by_label("Private coach notes").fill(private_note)
    page.locator("#id_actions-0-description").fill("Send the review date to the contact person")
    page.locator("#id_actions-0-owner").select_option(label="Maja Sørensen")
    page.get_by_role("button", name="Save draft").click()
    page.get_by_label("The record is ready").check()
    page.get_by_role("button", name="Finalise (locks the record)").click()
    assert "Record finalised" in page.locator(".messages").inner_text()
    record_url = page.url
    page.get_by_role("textbox", name="Addendum").fill("The review moved one week.")
    page.get_by_role("button", name="Add addendum").click()
    page.get_by_label("Category").select_option("wellbeing")
    page.get_by_label("What concerns you").fill("The mentor sounds exhausted after evening shifts.")
    page.get_by_role("button", name="Raise concern").click()
    assert "Concern raised" in page.locator(".messages").inner_text()

    # A MITI coding, its levels and the trend.
    page.goto(f"{live_server.url}/supervision/miti/new/")
    page.get_by_label("Mentor", exact=True).select_option(label="Maja Sørensen")
    values = {"Cultivating change talk": 4, "Softening sustain talk": 4, "Partnership": 5, "Empathy": 4,
              "Giving information": 2, "Persuade": 0, "Persuade with permission": 1, "Question": 6,
              "Simple reflection": 6, "Complex reflection": 7, "Affirm": 3, "Seeking collaboration": 2,
              "Emphasizing autonomy": 2, "Confront": 0}  # fmt: skip
    for label, value in values.items():
        page.get_by_label(label, exact=True).fill(str(value))
    page.get_by_role("button", name="Save coding").click()
    summary = page.get_by_test_id("miti-summary").inner_text()
    assert "good" in summary and "4.00" in summary
    assert page.get_by_role("img", name="MITI summaries over time").is_visible()

    # The mentor reads the summary, actions and addendum, never the private notes, and sees her trend.
    page.get_by_role("button", name="Log out").click()
    log_in(page, live_server.url, "mentor")
    page.get_by_role("link", name="My supervision").click()
    # Read the page only once it has arrived: content() mid-navigation is an empty document.
    page.get_by_role("heading", name="My supervision").wait_for()
    body = page.content()
    assert "We prepared the review of the agreement" in body and "The review moved one week." in body
    assert private_note not in body
    assert page.get_by_test_id("miti-trend").is_visible()
    page.goto(record_url)
    assert "Send the review date" in page.content() and private_note not in page.content()

    # The manager acknowledges the concern and sees who opened the record.
    page.get_by_role("button", name="Log out").click()
    log_in(page, live_server.url, "manager")
    assert "Mentor wellbeing" in page.get_by_test_id("concerns-panel").inner_text()
    page.get_by_role("link", name="Open the concerns").click()
    page.get_by_test_id("concern").filter(has_text="exhausted").get_by_role("button", name="Acknowledge").click()
    assert "Concern acknowledged." in page.locator(".messages").inner_text()
    page.goto(record_url)
    assert private_note in page.content()
    page.get_by_role("link", name="Who opened this record").click()
    accesses = page.locator("table").inner_text()
    assert "Maja Sørensen" in accesses and "Rasmus Østergaard" in accesses and "Henriette Lund" in accesses


@pytest.fixture
def briefing_index_id(demo_programme):
    from courses.models import BriefingIndexPage

    return BriefingIndexPage.objects.get(locale__language_code="en").pk


def open_block_menu(page, button, option):
    """Open the StreamField's block menu. On a loaded machine the editor's scripts may not have started when the
    button first shows, and that click opens nothing: wait for the page to settle, and click again if need be."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.wait_for_load_state("networkidle")
    menu = page.get_by_role("option", name=option)
    for _attempt in range(3):
        page.locator(button).click()
        try:
            menu.wait_for(state="visible", timeout=15_000)
            return
        except PlaywrightTimeout:
            continue
    menu.wait_for(state="visible")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_urgent_briefing_from_the_admin_to_the_mentors_confirmation(
    live_server, demo_programme, briefing_index_id, browser_page
):
    from django.core import mail

    page = browser_page
    title = "Urgent: a new travel route"
    log_in(page, live_server.url, "facilitator")
    add_url = f"{live_server.url}/admin/pages/add/courses/briefingpage/{briefing_index_id}/"
    posts = []
    page.on("response", lambda response: posts.append(response) if response.request.method == "POST" else None)
    page.goto(add_url)
    page.locator("#id_title").click()
    page.keyboard.type(title, delay=20)
    page.wait_for_timeout(1500)  # a pause, as a person makes: nothing is sent while the page is incomplete
    page.locator("#id_summary").fill("Young people are recruited for a new route; talk about it with your mentee.")
    page.locator("#id_urgency").select_option("urgent")
    page.locator("#id_review_by").fill("2099-01-01")
    open_block_menu(page, "#panel-child-content-body-section button[title='Insert a block']", "Paragraph")
    page.get_by_role("option", name="Paragraph").click()
    page.locator("#panel-child-content-body-section [contenteditable=true]").first.click()
    page.wait_for_timeout(300)  # the rich-text editor takes focus
    page.keyboard.type("Recruiters now suggest travelling through a zebracrossing of countries.")
    page.keyboard.press("Tab")  # leaving the editor writes its content into the form
    page.wait_for_timeout(300)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url("**/admin/pages/**")
    assert "published" in page.locator(".messages").inner_text()
    # One POST to the add address (the Publish), none refused: no script posts the unfinished form meanwhile.
    assert [(response.status, response.url) for response in posts if response.url == add_url] == [(302, add_url)]
    assert not [response.url for response in posts if response.status >= 400]

    recipients = {message.to[0] for message in mail.outbox if title in message.subject}
    page.goto(f"{live_server.url}/briefings/")
    page.get_by_role("link", name=title).click()
    briefing_url = page.url
    page.get_by_role("link", name="Who has confirmed").click()
    coverage_url = page.url
    label = page.get_by_test_id("coverage").inner_text()
    assert label.startswith("0 of ") and label.endswith("(0%)")
    assert len(recipients) == int(label.split(" of ")[1].split()[0])  # one e-mail each

    page.get_by_role("button", name="Log out").click()
    log_in(page, live_server.url, "mentor")
    panel = page.get_by_test_id("unconfirmed-briefings")
    assert title in panel.inner_text()
    page.goto(f"{live_server.url}/search/?q=zebracrossing")
    page.get_by_role("link", name=title).click()
    page.wait_for_url(briefing_url)
    page.get_by_role("button", name="I have read and understood this briefing").click()
    assert page.get_by_test_id("briefing-confirmed").is_visible()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard").click()
    page.wait_for_url("**/dashboard/")
    assert title not in page.content()

    page.get_by_role("button", name="Log out").click()
    log_in(page, live_server.url, "facilitator")
    page.goto(coverage_url)
    assert page.get_by_test_id("coverage").inner_text().startswith("1 of ")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_graduate_downloads_a_certificate_that_verifies_until_revoked(live_server, demo_programme, browser_page):
    import re

    import pypdf

    page = browser_page
    log_in(page, live_server.url, "graduate")
    link = page.get_by_role("link", name="Download your certificate (PDF)")
    pdf = page.request.get(live_server.url + link.get_attribute("href"), timeout=90_000)
    assert pdf.headers["content-type"] == "application/pdf"
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.body())).pages)
    assert "Søs Ærø-Håkansson" in text
    # The address the QR code carries. pypdf sometimes reads a gap between two glyphs of the code as a space
    # (as tests/documents/test_certificates.py found): read it without spaces, which an address never holds.
    verify_path = re.search(r"/verify/[A-Z0-9-]+/", "".join(text.split())).group()

    page.goto(live_server.url + verify_path)
    assert page.get_by_test_id("verification").inner_text() == "Valid"

    page.goto(f"{live_server.url}/dashboard/")
    page.get_by_role("button", name="Log out").click()
    log_in(page, live_server.url, "manager")
    page.get_by_role("link", name="Certificates").click()
    page.get_by_label("Reason for revoking").fill("Issued in error (demo)")
    page.get_by_role("button", name="Revoke").click()
    page.goto(live_server.url + verify_path)
    assert page.get_by_test_id("verification").inner_text() == "Revoked"

    # The holder sees that it was revoked (not why: the manager did not tick "tell the holder") and cannot
    # download it any more.
    page.goto(f"{live_server.url}/dashboard/")
    page.get_by_role("button", name="Log out").click()
    log_in(page, live_server.url, "graduate")
    revoked = page.get_by_test_id("certificate-revoked").inner_text()
    assert "was revoked" in revoked and "Issued in error" not in revoked
    assert page.get_by_role("link", name="Download your certificate (PDF)").count() == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_coach_is_asked_for_the_second_factor_and_wrong_passwords_lock_the_account(
    live_server, demo_programme, browser_page
):
    from playwright.sync_api import expect

    page = browser_page

    def try_password(password):
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Username").fill("coach")
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Log in").click()

    try_password("mentoring-demo")
    page.wait_for_url("**/accounts/two-factor/verify/**")
    expect(page.get_by_role("heading", name="Second step")).to_be_visible()
    # Until the code is given, nothing but "Log out" is offered.
    expect(page.get_by_role("navigation", name="Main")).to_have_count(0)
    page.get_by_role("button", name="Log out").click()

    for _attempt in range(4):
        try_password("a-wrong-guess")
        expect(page.locator(".message--error")).to_contain_text("Please enter a correct username and password")
    try_password("a-wrong-guess")  # the fifth failure locks the account and the address
    expect(page.get_by_role("heading", name="Login locked")).to_be_visible()
    try_password("mentoring-demo")  # the sixth try, with the right password, is refused too
    expect(page.get_by_role("heading", name="Login locked")).to_be_visible()


# Contrast of the focus ring against what lies behind it, measured in the browser (WCAG 1.4.11: 3:1).
FOCUS_CONTRASTS = """() => {
    const rgb = (text) => (text.match(/[\\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
        const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const behind = (element) => {
        for (let node = element.parentElement; node; node = node.parentElement) {
            const colour = rgb(getComputedStyle(node).backgroundColor);
            if (colour.length === 3 || (colour.length === 4 && colour[3] > 0)) return colour.slice(0, 3);
        }
        return [255, 255, 255];
    };
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const ring = luminance(rgb(style.outlineColor).slice(0, 3));
    const back = luminance(behind(element));
    const ratio = (Math.max(ring, back) + 0.05) / (Math.min(ring, back) + 0.05);
    return {ratio, outline: style.outlineStyle, what: element.outerHTML.slice(0, 80)};
}"""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_focus_ring_stands_out_at_least_three_to_one_on_every_background(live_server, demo_programme, browser_page):
    page = browser_page
    log_in(page, live_server.url, "mentor")
    checked = 0
    for path in ("/dashboard/", demo_programme[0]):
        page.goto(live_server.url + path)
        for _ in range(25):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUS_CONTRASTS)
            if focused["what"].startswith("<body"):
                break
            assert focused["outline"] != "none", focused
            assert focused["ratio"] >= 3, focused
            checked += 1
    assert checked > 20
