"""MITI 4.2.1 summary scores and their published thresholds, as plain Python (no Django).

A coach codes a practice conversation with four global scores (1 to 5) and ten behaviour counts; this module
computes the summary scores and rates each against the thresholds of the MITI 4.2.1 manual:

=============================  ==========================================  ==========  ==========
summary score                  formula                                      fair from   good from
=============================  ==========================================  ==========  ==========
technical                      (cultivating change talk + softening                3.0         4.0
                               sustain talk) / 2
relational                     (partnership + empathy) / 2                         3.5         4.0
percent_complex_reflections    100 * CR / (SR + CR)                               40 %        50 %
reflection_to_question         (SR + CR) / Q                                       1.0         2.0
=============================  ==========================================  ==========  ==========

Total MI-adherent (seeking collaboration + affirm + emphasizing autonomy) and total MI-non-adherent
(persuade + confront) are counted, not rated. A ratio whose denominator is zero is not applicable: None,
never a crash or infinity. Invalid input raises ValueError naming the field.

    >>> result = summarize(
    ...     {"cultivating_change_talk": 4, "softening_sustain_talk": 3, "partnership": 4, "empathy": 4},
    ...     {"giving_information": 2, "persuade": 1, "persuade_with_permission": 0, "question": 10,
    ...      "simple_reflection": 6, "complex_reflection": 6, "affirm": 2, "seeking_collaboration": 1,
    ...      "emphasizing_autonomy": 1, "confront": 0},
    ... )
    >>> result.technical, result.levels["technical"], result.percent_complex_reflections
    (3.5, 'fair', 50.0)
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

GLOBAL_SCORES = ("cultivating_change_talk", "softening_sustain_talk", "partnership", "empathy")
BEHAVIOUR_COUNTS = (
    "giving_information",
    "persuade",
    "persuade_with_permission",
    "question",
    "simple_reflection",
    "complex_reflection",
    "affirm",
    "seeking_collaboration",
    "emphasizing_autonomy",
    "confront",
)

# Levels are stored and compared as these fixed words; people read them through level_label().
BELOW_FAIR = "below fair"
FAIR = "fair"
GOOD = "good"
LEVEL_LABELS = {BELOW_FAIR: _("below fair"), FAIR: _("fair"), GOOD: _("good")}


def level_label(level):
    """The level in the reader's language ("god" for "good"); None stays None."""
    return LEVEL_LABELS.get(level, level)


# (fair from, good from) for each rated summary score.
THRESHOLDS = {
    "technical": (3.0, 4.0),
    "relational": (3.5, 4.0),
    "percent_complex_reflections": (40.0, 50.0),
    "reflection_to_question": (1.0, 2.0),
}


@dataclass(frozen=True)
class MitiSummary:
    technical: float
    relational: float
    percent_complex_reflections: float | None
    reflection_to_question: float | None
    total_mi_adherent: int
    total_mi_non_adherent: int
    levels: dict = field(default_factory=dict)


def rate(name, value):
    """The level of a summary score: "below fair", "fair", "good", or None when not applicable."""
    if value is None:
        return None
    fair, good = THRESHOLDS[name]
    if value >= good:
        return GOOD
    if value >= fair:
        return FAIR
    return BELOW_FAIR


def _is_whole_number(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _validated(values, names, low, high, kind):
    checked = {}
    for name in names:
        if name not in values:
            raise ValueError(f"{name}: missing")
        value = values[name]
        if not _is_whole_number(value):
            raise ValueError(f"{name}: must be a whole number, not {value!r}")
        if value < low or (high is not None and value > high):
            limit = f"between {low} and {high}" if high is not None else f"{low} or more"
            raise ValueError(f"{name}: a {kind} must be {limit}, not {value}")
        checked[name] = value
    return checked


def summarize(global_scores, counts):
    """Summary scores and levels for one coded conversation (see the module docstring)."""
    g = _validated(global_scores, GLOBAL_SCORES, 1, 5, "global score")
    c = _validated(counts, BEHAVIOUR_COUNTS, 0, None, "behaviour count")

    reflections = c["simple_reflection"] + c["complex_reflection"]
    technical = (g["cultivating_change_talk"] + g["softening_sustain_talk"]) / 2
    relational = (g["partnership"] + g["empathy"]) / 2
    percent_complex = 100 * c["complex_reflection"] / reflections if reflections else None
    reflection_to_question = reflections / c["question"] if c["question"] else None

    scores = {
        "technical": technical,
        "relational": relational,
        "percent_complex_reflections": percent_complex,
        "reflection_to_question": reflection_to_question,
    }
    return MitiSummary(
        **scores,
        total_mi_adherent=c["seeking_collaboration"] + c["affirm"] + c["emphasizing_autonomy"],
        total_mi_non_adherent=c["persuade"] + c["confront"],
        levels={name: rate(name, value) for name, value in scores.items()},
    )
