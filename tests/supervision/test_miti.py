"""The MITI 4.2.1 calculations: formulas, every threshold boundary, zero denominators, refused input."""

import pytest

from supervision import miti
from tests.conftest import miti_values


def split(values):
    return (
        {k: v for k, v in values.items() if k in miti.GLOBAL_SCORES},
        {k: v for k, v in values.items() if k in miti.BEHAVIOUR_COUNTS},
    )


def summary(**overrides):
    return miti.summarize(*split(miti_values(**overrides)))


def test_formulas():
    result = summary(
        cultivating_change_talk=4, softening_sustain_talk=3, partnership=5, empathy=4,
        simple_reflection=6, complex_reflection=4, question=5,
        seeking_collaboration=2, affirm=3, emphasizing_autonomy=1, persuade=2, confront=1,
    )  # fmt: skip
    assert result.technical == 3.5
    assert result.relational == 4.5
    assert result.percent_complex_reflections == 40.0
    assert result.reflection_to_question == 2.0
    assert result.total_mi_adherent == 6
    assert result.total_mi_non_adherent == 3


@pytest.mark.parametrize(
    ("name", "value", "level"),
    [
        ("technical", 2.5, "below fair"),
        ("technical", 3.0, "fair"),
        ("technical", 3.5, "fair"),
        ("technical", 4.0, "good"),
        ("relational", 3.0, "below fair"),
        ("relational", 3.5, "fair"),
        ("relational", 4.0, "good"),
        ("percent_complex_reflections", 39.99, "below fair"),
        ("percent_complex_reflections", 40.0, "fair"),
        ("percent_complex_reflections", 49.99, "fair"),
        ("percent_complex_reflections", 50.0, "good"),
        ("reflection_to_question", 0.99, "below fair"),
        ("reflection_to_question", 1.0, "fair"),
        ("reflection_to_question", 1.99, "fair"),
        ("reflection_to_question", 2.0, "good"),
        ("reflection_to_question", None, None),
    ],
)
def test_threshold_boundaries(name, value, level):
    assert miti.rate(name, value) == level


@pytest.mark.parametrize(
    ("overrides", "levels"),
    [
        # Boundaries reached through real codes, not only through rate().
        ({"cultivating_change_talk": 3, "softening_sustain_talk": 3}, {"technical": "fair"}),
        ({"cultivating_change_talk": 3, "softening_sustain_talk": 2}, {"technical": "below fair"}),
        ({"cultivating_change_talk": 4, "softening_sustain_talk": 4}, {"technical": "good"}),
        ({"partnership": 4, "empathy": 3}, {"relational": "fair"}),
        ({"partnership": 3, "empathy": 3}, {"relational": "below fair"}),
        ({"simple_reflection": 3, "complex_reflection": 2}, {"percent_complex_reflections": "fair"}),
        ({"simple_reflection": 1, "complex_reflection": 1}, {"percent_complex_reflections": "good"}),
        ({"simple_reflection": 5, "complex_reflection": 5, "question": 10}, {"reflection_to_question": "fair"}),
        ({"simple_reflection": 5, "complex_reflection": 5, "question": 5}, {"reflection_to_question": "good"}),
    ],
)
def test_levels_from_codes(overrides, levels):
    result = summary(**overrides)
    for name, level in levels.items():
        assert result.levels[name] == level


def test_zero_denominators_are_not_applicable():
    result = summary(simple_reflection=0, complex_reflection=0, question=0)
    assert result.percent_complex_reflections is None
    assert result.reflection_to_question is None
    assert result.levels["percent_complex_reflections"] is None
    assert result.levels["reflection_to_question"] is None
    only_reflections = summary(question=0)
    assert only_reflections.reflection_to_question is None and only_reflections.percent_complex_reflections == 40.0


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"empathy": 0}, "empathy"),
        ({"partnership": 6}, "partnership"),
        ({"question": -1}, "question"),
        ({"affirm": 1.5}, "affirm"),
        ({"confront": "2"}, "confront"),
        ({"persuade": True}, "persuade"),
        ({"cultivating_change_talk": None}, "cultivating_change_talk"),
    ],
)
def test_invalid_input_names_the_field(overrides, field):
    with pytest.raises(ValueError, match=field):
        summary(**overrides)


def test_missing_key_names_the_field():
    global_scores, counts = split(miti_values())
    del counts["simple_reflection"]
    with pytest.raises(ValueError, match="simple_reflection: missing"):
        miti.summarize(global_scores, counts)


@pytest.mark.django_db
def test_the_result_never_shows_a_figure_that_contradicts_its_level_and_shows_what_was_entered(
    coach_client, coach, mentor, assignment
):
    """39.5 % complex reflections is below fair (40 %); the page showed "40%" beside "below fair"."""
    from django.urls import reverse

    from supervision.models import MitiCoding

    coding = MitiCoding.objects.create(
        coach=coach, mentor=mentor, **miti_values(simple_reflection=121, complex_reflection=79, question=100)
    )
    page = coach_client.get(reverse("supervision:miti", args=[coding.pk])).content.decode()
    summary = page.split('data-testid="miti-summary"')[1].split("</table>")[0]
    assert "39.5%" in summary and "40%" not in summary
    entered = page.split('data-testid="miti-entered"')[1].split("</table>")[0]
    assert "Empathy" in entered and "<td>121</td>" in entered and "<td>79</td>" in entered
