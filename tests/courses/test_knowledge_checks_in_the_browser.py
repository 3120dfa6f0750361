"""In Chromium, on the demo: the mentor fails a knowledge check, tries again and finds the answers in a new
order; the facilitator opens the check's item statistics and finds that attempt counted."""

import os

import pytest

from tests.test_browser import CHROMIUM, browser_page, demo_programme, log_in  # noqa: F401 - fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (CI installs it)"),
]


def answer_order(page):
    """The ids of the check's answers, question by question, as the page lists them."""
    return [
        fieldset.locator("input").evaluate_all("inputs => inputs.map(input => input.value)")
        for fieldset in page.locator("#knowledge-check fieldset").all()
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_second_attempt_comes_in_a_new_order_and_the_facilitator_sees_it_counted(
    live_server,
    demo_programme,  # noqa: F811
    browser_page,  # noqa: F811
):
    checked_lesson_url, right_answers = demo_programme
    page = browser_page
    log_in(page, live_server.url, "mentor")
    page.goto(f"{live_server.url}{checked_lesson_url}")
    first_order = answer_order(page)
    # A wrong answer to every question: the first listed one that is not right.
    for answers in first_order:
        page.locator(f"#answer-{next(a for a in answers if a not in right_answers)}").check()
    page.get_by_role("button", name="Check my answers").click()
    assert "need another look" in page.get_by_test_id("check-result").inner_text()
    assert answer_order(page) == first_order  # the marked result shows what the mentor saw

    page.get_by_role("link", name="Try again").click()
    page.get_by_role("button", name="Check my answers").wait_for()
    second_order = answer_order(page)
    assert [sorted(answers) for answers in second_order] == [sorted(answers) for answers in first_order]
    assert all(second != first for first, second in zip(first_order, second_order, strict=True))
    page.get_by_role("button", name="Log out").click()

    log_in(page, live_server.url, "facilitator")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Knowledge checks").click()
    title = page.locator("h1").first
    assert title.inner_text() == "Knowledge checks"
    page.get_by_role("link", name="Responding to change talk and softening sustain talk").click()
    items = page.get_by_test_id("item")
    assert items.count() == len(first_order)
    # Maja's first attempt counts: every question now has a wrong answer someone chose.
    for item in items.all():
        assert "Wrong answer chosen most:" in item.inner_text()


@pytest.fixture
def reflections_lesson_url(demo_programme):  # noqa: F811 - the fixture of tests.test_browser
    """The demo lesson whose check asks for a written complex reflection (read before the browser starts)."""
    from courses.models import LessonPage

    return LessonPage.objects.get(slug="simple-and-complex-reflections", locale__language_code="en").url


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_written_response_reaches_the_coach_and_the_feedback_reaches_the_mentor(
    live_server,
    reflections_lesson_url,
    browser_page,  # noqa: F811
):
    page = browser_page
    log_in(page, live_server.url, "mentor")
    page.goto(f"{live_server.url}{reflections_lesson_url}")
    # Maja passed this check before; the lesson offers it again, and she practises the written reflection.
    for question in page.locator("#knowledge-check fieldset").all():
        choices = question.locator("input")
        if choices.count():
            choices.first.check()
    page.get_by_label("Write your response").fill("You'd like to be asked about your own plans for once.")
    page.get_by_role("button", name="Check my answers").click()
    assert "went to your coach" in page.locator(".messages").inner_text()
    assert "your own plans for once" in page.get_by_test_id("written-response").inner_text()
    page.get_by_role("button", name="Log out").click()

    log_in(page, live_server.url, "coach")
    panel = page.get_by_test_id("practice-panel")
    assert "wait" in panel.inner_text()
    panel.get_by_role("link", name="Open practice feedback").click()
    page.get_by_test_id("practice-waiting").filter(has_text="Reflections: simple and complex").get_by_role(
        "link"
    ).click()
    assert "your own plans for once" in page.get_by_test_id("practice-text").inner_text()
    page.get_by_label("Complex reflection").check()
    page.get_by_label("Your comment to the mentor").fill("You named the wish under the complaint. Now pause.")
    page.get_by_role("button", name="Save feedback").click()
    assert "Feedback saved" in page.locator(".messages").inner_text()
    page.get_by_role("button", name="Log out").click()

    log_in(page, live_server.url, "mentor")
    page.goto(f"{live_server.url}{reflections_lesson_url}")
    feedback = page.get_by_test_id("practice-response").filter(has_text="your own plans for once")
    assert "Complex reflection" in feedback.get_by_test_id("practice-feedback").inner_text()
    assert "Now pause." in feedback.inner_text()
