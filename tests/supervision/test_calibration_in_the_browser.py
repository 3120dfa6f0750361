"""In Chromium, on the demo: the coach codes a reference transcript in the MITI form, sees the agreement with the
model coding code by code, and finds the coding on the calibration page."""

import os

import pytest

from supervision.miti import BEHAVIOUR_COUNTS, GLOBAL_SCORES
from tests.test_browser import CHROMIUM, browser_page, demo_programme, log_in  # noqa: F401 - fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (CI installs it)"),
]


@pytest.fixture
def transcript(demo_programme):  # noqa: F811 - the fixture of tests.test_browser
    """The first English reference transcript and its model coding (read before the browser starts)."""
    from supervision.models import ReferenceTranscript

    reference = ReferenceTranscript.objects.filter(language="en", live=True).order_by("title").first()
    return reference.title, {name: getattr(reference, name) for name in GLOBAL_SCORES + BEHAVIOUR_COUNTS}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_coach_codes_a_reference_transcript_and_sees_the_agreement(live_server, transcript, browser_page):  # noqa: F811
    title, model = transcript
    page = browser_page
    log_in(page, live_server.url, "coach")
    page.goto(f"{live_server.url}/supervision/calibration/")
    page.get_by_test_id("transcript").get_by_role("link", name=title).click()
    assert "Mentor:" in page.get_by_test_id("transcript-text").inner_text()
    # The model coding, but with far too many questions: one count apart, and the coding still agrees.
    coding = {**model, "question": model["question"] + 50}
    for name, value in coding.items():
        page.locator(f"input[name={name}]").fill(str(value))
    page.get_by_role("button", name="Compare with the model coding").click()

    assert page.locator("h1").inner_text() == f"Your coding of {title}"
    agreement = page.get_by_test_id("agreement").inner_text()
    assert "Behaviour counts: 90% agree. Global scores: 100% within one point." in agreement
    assert "This coding agrees with the model coding." in agreement
    for name in GLOBAL_SCORES:
        assert "exact" in page.get_by_test_id(f"code-{name}").inner_text()
    question_row = page.get_by_test_id("code-question").inner_text()
    assert str(model["question"] + 50) in question_row and "apart" in question_row

    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="MITI calibration").click()
    listed = page.get_by_test_id("transcript").filter(has_text=title).inner_text()
    assert "agrees with the model coding" in listed
