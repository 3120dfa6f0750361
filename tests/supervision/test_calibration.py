"""MITI coder calibration: agreement code by code, when a coach is calibrated and for how long, the pages,
and what an uncalibrated coach's codings become in the trend and the programme report."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.refreshers import add_months
from supervision.calibration import agreement, calibration_periods, uncalibrated_codings
from supervision.charts import miti_trend_svg
from supervision.models import CalibrationCoding, MitiCoding, ReferenceTranscript
from supervision.reports import miti_section
from tests.conftest import miti_values
from tests.factories import UserFactory
from tests.helpers import queries_of, sign_in

pytestmark = pytest.mark.django_db


def transcript(title="T", **codes):
    return ReferenceTranscript.objects.create(
        title=title, setting="s", transcript="Mentor: …", rationale="r", **miti_values(**codes)
    )


def coded(coach, reference, days_ago=0, **codes):
    return CalibrationCoding.objects.create(
        coach=coach, transcript=reference, coded_at=timezone.now() - timedelta(days=days_ago), **miti_values(**codes)
    )


def by_name(result):
    return {code.name: code for code in result.codes}


@pytest.mark.parametrize(
    ("field", "model", "yours", "agrees"),
    [
        ("simple_reflection", 6, 7, True),  # 20% of 6 rounds to 1: one either way
        ("simple_reflection", 6, 8, False),
        ("question", 10, 12, True),  # 20% of 10: two either way
        ("question", 10, 13, False),
        ("confront", 0, 1, True),  # at least one either way, even for a model count of 0
        ("confront", 0, 2, False),
        ("empathy", 4, 3, True),  # a global within one point
        ("empathy", 4, 2, False),
    ],
)
def test_a_code_agrees_within_its_tolerance(coach, field, model, yours, agrees):
    reference = transcript(**{field: model})
    code = by_name(agreement(coded(coach, reference, **{field: yours}), reference))[field]
    assert code.agrees is agrees and code.exact is (model == yours)


def test_a_coding_passes_with_seven_counts_and_three_globals_agreeing(coach):
    reference = transcript()
    close = coded(coach, reference, question=20, simple_reflection=20, complex_reflection=20, empathy=1)
    result = agreement(close, reference)
    assert (result.counts_share, result.globals_share, result.passes) == (0.7, 0.75, True)
    far = coded(coach, reference, question=20, simple_reflection=20, complex_reflection=20, affirm=9)
    assert not agreement(far, reference).passes


def test_two_different_transcripts_passing_make_a_coach_calibrated_for_twelve_months(coach):
    first, second = transcript("First"), transcript("Second")
    coded(coach, first, days_ago=30)
    coded(coach, first, days_ago=20)  # the same transcript again is not a second one
    assert calibration_periods(CalibrationCoding.objects.filter(coach=coach)) == []
    passing = coded(coach, second, days_ago=10)
    [period] = calibration_periods(CalibrationCoding.objects.filter(coach=coach))
    assert period.since == passing.coded_at
    assert period.until == add_months(timezone.localtime(passing.coded_at).date(), 12)


def test_a_calibration_lapses_and_is_regained_by_passing_again(coach):
    first, second = transcript("First"), transcript("Second")
    coded(coach, first, days_ago=800)
    coded(coach, second, days_ago=790)
    # A failed coding now (four counts far out): not calibrated again.
    coded(coach, first, days_ago=5, question=40, simple_reflection=40, complex_reflection=40, affirm=40)
    periods = calibration_periods(CalibrationCoding.objects.filter(coach=coach))
    assert len(periods) == 1 and periods[0].until < timezone.localdate()
    coded(coach, first, days_ago=1)
    assert len(calibration_periods(CalibrationCoding.objects.filter(coach=coach))) == 1  # the second pass lapsed
    coded(coach, second, days_ago=0)
    assert len(calibration_periods(CalibrationCoding.objects.filter(coach=coach))) == 2


def test_the_coach_codes_a_transcript_and_reads_the_agreement(coach_client, coach, reference_transcript):
    page = coach_client.get(reverse("supervision:code_transcript", args=[reference_transcript.pk])).content.decode()
    assert "What would you like to talk about?" in page
    response = coach_client.post(
        reverse("supervision:code_transcript", args=[reference_transcript.pk]), miti_values(question=14)
    )
    coding = CalibrationCoding.objects.get(coach=coach)
    assert response.status_code == 302 and response.url == reverse("supervision:calibration_result", args=[coding.pk])
    result = coach_client.get(response.url).content.decode()
    assert "Behaviour counts: 90% agree. Global scores: 100% within one point." in result
    row = result.split('data-testid="code-question"')[1].split("</tr>")[0]
    assert '<td class="number">14</td>' in row and '<td class="number">10</td>' in row and "apart" in row
    assert "One open question." in result  # the rationale


@pytest.mark.parametrize(
    "spoilt", [{"empathy": 6}, {"empathy": 0}, {"question": -1}, {"question": 501}, {"question": "many"}, {}]
)
def test_a_spoilt_coding_is_refused_and_nothing_saved(coach_client, reference_transcript, spoilt):
    data = miti_values(**spoilt) if spoilt else {}
    response = coach_client.post(reverse("supervision:code_transcript", args=[reference_transcript.pk]), data)
    assert response.status_code == 400 and "was not saved" in response.content.decode()
    assert not CalibrationCoding.objects.exists()


def test_another_coachs_coding_and_a_withdrawn_transcript_are_not_found(coach_client, calibration_coding):
    other = Client()
    sign_in(other, UserFactory(roles=["Mentor coach"]))
    assert other.get(reverse("supervision:calibration_result", args=[calibration_coding.pk])).status_code == 404
    ReferenceTranscript.objects.update(live=False)
    transcript_url = reverse("supervision:code_transcript", args=[calibration_coding.transcript_id])
    assert coach_client.get(transcript_url).status_code == 404
    assert (
        "No reference transcript is offered yet"
        in coach_client.get(reverse("supervision:calibration")).content.decode()
    )


def test_the_coach_and_the_manager_see_who_is_calibrated_since_when(coach_client, manager_client, coach):
    coded(coach, transcript("First"), days_ago=3)
    assert "Not calibrated." in coach_client.get(reverse("supervision:calibration")).content.decode()
    coded(coach, transcript("Second"), days_ago=2)
    mine = coach_client.get(reverse("supervision:calibration")).content.decode()
    assert 'data-testid="calibration-status"' in mine and "Calibrated since" in mine
    listing = manager_client.get(reverse("supervision:coach_calibration")).content.decode()
    row = listing.split(coach.full_name)[1].split("</tr>")[0]
    assert "Calibrated since" in row and '<td class="number">2</td>' in row


def test_the_manager_list_keeps_its_queries_as_coaches_grow(manager_client):
    url = reverse("supervision:coach_calibration")
    reference = transcript()
    coded(UserFactory(roles=["Mentor coach"]), reference)
    before = queries_of(manager_client, url)
    for _more in range(4):
        coded(UserFactory(roles=["Mentor coach"]), reference)
    assert queries_of(manager_client, url) == before


def test_an_uncalibrated_coachs_codings_are_marked_and_left_out_of_the_report(settings, coach, mentor, assignment):
    early = MitiCoding.objects.create(
        coach=coach, mentor=mentor, coded_on=timezone.localdate() - timedelta(days=30), **miti_values()
    )
    coded(coach, transcript("First"), days_ago=10)
    coded(coach, transcript("Second"), days_ago=9)
    later = MitiCoding.objects.create(coach=coach, mentor=mentor, coded_on=timezone.localdate(), **miti_values())
    assert uncalibrated_codings([early, later]) == {early.pk}

    svg = miti_trend_svg([early, later], uncalibrated={early.pk})
    assert "coach not calibrated" in svg and 'fill="#ffffff" stroke=' in svg

    start = timezone.now() - timedelta(days=60)
    end = timezone.now() + timedelta(days=1)
    _title, rows = miti_section([mentor], start, end)
    assert rows[0][1] == 1 and rows[1] == ("Left out: coded by a coach not calibrated on the day", 1)
    settings.MITI_REPORT_INCLUDES_UNCALIBRATED = True
    _title, rows = miti_section([mentor], start, end)
    assert rows[0][1] == 2 and "Left out" not in str(rows)


def _texts(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _texts(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from _texts(value)


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_code_of_the_miti_form_is_defined_in_the_coach_curriculum(language):
    """What the MITI form asks a coach for is taught first: each field's name, as the form labels it in the
    language, is in the text of the demo's coach modules in that language."""
    from django.utils import translation

    from courses.demo import curriculum, curriculum_da
    from supervision import miti

    modules = curriculum.COACH_MODULES if language == "en" else curriculum_da.COACH_MODULES
    text = " ".join(_texts(modules)).lower()
    with translation.override(language):
        labels = {
            name: str(MitiCoding._meta.get_field(name).verbose_name).lower()
            for name in (*miti.GLOBAL_SCORES, *miti.BEHAVIOUR_COUNTS)
        }
    assert [label for label in labels.values() if label not in text] == []


def test_a_failed_coding_does_not_extend_a_calibration_and_lapsed_passes_do_not_count(coach):
    first, second, third = transcript("First"), transcript("Second"), transcript("Third")
    coded(coach, first, days_ago=300)
    coded(coach, second, days_ago=299)
    [period] = calibration_periods(CalibrationCoding.objects.filter(coach=coach))
    coded(coach, third, days_ago=5, question=40, simple_reflection=40, complex_reflection=40, affirm=40)  # fails
    assert calibration_periods(CalibrationCoding.objects.filter(coach=coach)) == [period]

    # Two years on, one new pass with the old passes lapsed is not a calibration.
    other = UserFactory(roles=["Mentor coach"])
    coded(other, first, days_ago=800)
    coded(other, second, days_ago=799)
    coded(other, first, days_ago=1)
    periods = calibration_periods(CalibrationCoding.objects.filter(coach=other))
    assert len(periods) == 1 and periods[0].until < timezone.localdate()
