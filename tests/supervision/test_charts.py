"""The MITI trend chart: every label readable (none on top of another, none cut off), a legend, the bundled font."""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from supervision.charts import LEFT, RIGHT, WIDTH, miti_trend_svg
from supervision.models import MitiCoding
from tests.conftest import miti_values

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def chart(coach, mentor, count):
    codings = [
        MitiCoding.objects.create(
            coach=coach, mentor=mentor, coded_on=date(2026, 1, 5) + timedelta(weeks=week), **miti_values()
        )
        for week in range(count)
    ]
    svg = miti_trend_svg(codings)
    return ET.fromstring(svg)  # noqa: S314 - our own SVG; parsing proves it is well-formed XML


def texts(tree):
    return [(element, "".join(element.itertext()).strip()) for element in tree.iter(f"{SVG}text")]


def test_thresholds_two_summaries_share_are_drawn_and_labelled_once(coach, mentor, assignment):
    tree = chart(coach, mentor, 3)
    labels = [text for _element, text in texts(tree)]
    # Technical and relational are both good from 4: one line, one label naming both, not two on top of each other.
    assert labels.count("good technical, relational 4") == 1
    assert "fair technical 3" in labels and "fair relational 3.5" in labels
    heights = {}
    for element, text in texts(tree):
        if text.startswith(("good", "fair")) and element.get("font-size") == "10":
            heights.setdefault(element.get("y"), []).append(text)
    assert all(len(same_height) == 1 for same_height in heights.values()), heights


def test_the_legend_tells_the_lines_apart(coach, mentor, assignment):
    tree = chart(coach, mentor, 2)
    legend = [text for element, text in texts(tree) if element.get("x") == "26"]
    assert legend == ["technical", "relational", "fair", "good"]
    # Not by colour alone: relational points are squares, technical ones circles.
    assert tree.find(f".//{SVG}circle") is not None and tree.find(f".//{SVG}g/{SVG}rect") is not None


@pytest.mark.parametrize("count", [1, 2, 6, 13])
def test_dates_stay_inside_the_chart_and_apart(coach, mentor, assignment, count):
    tree = chart(coach, mentor, count)
    dates = [(float(element.get("x")), element.get("text-anchor")) for element, text in texts(tree) if "2026" in text]
    assert 1 <= len(dates) <= 6
    first_x, first_anchor = dates[0]
    last_x, last_anchor = dates[-1]
    if count > 1:
        assert (first_x, first_anchor) == (LEFT, "start")
        assert (last_x, last_anchor) == (WIDTH - RIGHT, "end")  # the last date ends at the plot's edge, not past it
        gaps = [b - a for (a, _), (b, _) in zip(dates, dates[1:], strict=False)]
        assert min(gaps) >= 80  # a short date is about 60 px wide at this size
    else:
        assert first_anchor == "middle"


def test_labels_are_drawn_in_the_typeface_bundled_into_pdfs(coach, mentor, assignment):
    assert chart(coach, mentor, 1).get("font-family") == "Document Sans, sans-serif"
