"""A mentor's MITI summaries over time as an SVG chart drawn by the platform (no scripts, no external files).

Three panels share the time axis: the global summaries (technical, relational; scale 1 to 5), % complex
reflections (0 to 100) and the reflection-to-question ratio (0 to 4, higher values drawn at the top). Each
panel draws its fair and good thresholds as dashed lines, one line (and one label) per value even where two
summaries share it; a legend at the top tells the lines apart (colour and marker shape, so not by colour
alone). The labels use the typeface bundled into every PDF ("Document Sans", static/css/print-document.css)
where the chart is printed, and the browser's sans-serif on screen.
"""

import math
from xml.sax.saxutils import escape

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from supervision import miti

WIDTH = 640
PANEL_HEIGHT = 150
LEFT, RIGHT, TOP, GAP = 56, 16, 56, 44
FONT_FAMILY = "Document Sans, sans-serif"
FAIR_COLOUR, GOOD_COLOUR = "#b36b00", "#1e6b34"
# At most this many dates under the time axis: more would run into each other.
MOST_DATES = 6
COLOURS = {"technical": "#0b5d6b", "relational": "#8a3b12", "percent_complex_reflections": "#0b5d6b",
           "reflection_to_question": "#0b5d6b"}  # fmt: skip


def _panels():
    return [
        (_("Global summaries (1–5)"), ["technical", "relational"], 1.0, 5.0,
         [(miti.THRESHOLDS["technical"], _("technical")), (miti.THRESHOLDS["relational"], _("relational"))]),
        (_("Complex reflections, per cent"), ["percent_complex_reflections"], 0.0, 100.0,
         [(miti.THRESHOLDS["percent_complex_reflections"], "")]),
        (_("Reflections per question"), ["reflection_to_question"], 0.0, 4.0,
         [(miti.THRESHOLDS["reflection_to_question"], "")]),
    ]  # fmt: skip


def miti_trend_svg(codings, uncalibrated=frozenset()):
    """SVG text for these codings (oldest first). With no codings, a chart that says so. Codings whose pk is in
    `uncalibrated` (the coach was not calibrated on the day: supervision.calibration) are drawn hollow."""
    panels = _panels()
    height = TOP + len(panels) * (PANEL_HEIGHT + GAP)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'role="img" aria-labelledby="miti-title miti-desc" font-family="{FONT_FAMILY}" font-size="12">',
        f'<title id="miti-title">{escape(_("MITI summaries over time"))}</title>',
        f'<desc id="miti-desc">{escape(_description(codings))}</desc>',
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        *_legend(any(coding.pk in uncalibrated for coding in codings)),
    ]
    summaries = [(coding.coded_on, coding.summary) for coding in codings]
    plot_width = WIDTH - LEFT - RIGHT
    count = len(summaries)

    def x_at(index):
        return LEFT + (plot_width / 2 if count == 1 else plot_width * index / (count - 1))

    for number, (label, series, low, high, thresholds) in enumerate(panels):
        top = TOP + number * (PANEL_HEIGHT + GAP)

        def y_at(value, top=top, low=low, high=high):
            clamped = min(max(value, low), high)
            return top + PANEL_HEIGHT - (clamped - low) / (high - low) * PANEL_HEIGHT

        parts.append(f'<text x="{LEFT}" y="{top - 8}" font-weight="bold">{escape(label)}</text>')
        parts.append(
            f'<rect x="{LEFT}" y="{top}" width="{plot_width}" height="{PANEL_HEIGHT}" fill="none" stroke="#c9d3d8"/>'
        )
        for value in (low, high):
            parts.append(f'<text x="{LEFT - 6}" y="{y_at(value) + 4:.1f}" text-anchor="end">{value:g}</text>')
        captions = []  # drawn after the points, so no point covers a label
        for value, (level, names) in _threshold_lines(thresholds).items():
            y = y_at(value)
            parts.append(
                f'<line x1="{LEFT}" x2="{LEFT + plot_width}" y1="{y:.1f}" y2="{y:.1f}" '
                f'stroke="{GOOD_COLOUR if level == "good" else FAIR_COLOUR}" stroke-dasharray="5 4"/>'
            )
            caption = " ".join([_("good") if level == "good" else _("fair"), ", ".join(n for n in names if n)])
            captions.append(
                f'<text x="{LEFT + plot_width - 4}" y="{y - 3:.1f}" text-anchor="end" fill="#4f5b66" font-size="10" '
                # A white halo keeps the label readable where a line of points runs through it.
                f'stroke="#ffffff" stroke-width="3" paint-order="stroke">{escape(caption.strip())} {value:g}</text>'
            )
        for name in series:
            points = [
                (x_at(i), y_at(getattr(s, name)))
                for i, (_day, s) in enumerate(summaries)
                if getattr(s, name) is not None
            ]
            if len(points) > 1:
                path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
                parts.append(f'<polyline points="{path}" fill="none" stroke="{COLOURS[name]}" stroke-width="2"/>')
            hollow = [
                codings[i].pk in uncalibrated for i, (_day, s) in enumerate(summaries) if getattr(s, name) is not None
            ]
            for (x, y), is_hollow in zip(points, hollow, strict=True):
                parts.append(_marker(name, x, y, hollow=is_hollow))
        parts.extend(captions)
        if number == len(panels) - 1:
            for index in _dated_indexes(count):
                # The first and last dates are aligned to the plot's edges, so neither is cut off.
                anchor = (
                    "start" if index == 0 and count > 1 else "end" if index == count - 1 and count > 1 else "middle"
                )
                parts.append(
                    f'<text x="{x_at(index):.1f}" y="{top + PANEL_HEIGHT + 16}" text-anchor="{anchor}">'
                    f"{escape(date_format(summaries[index][0], 'SHORT_DATE_FORMAT'))}</text>"
                )
    if not summaries:
        parts.append(
            f'<text x="{WIDTH / 2}" y="{height / 2}" text-anchor="middle">{escape(_("No codings yet."))}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _threshold_lines(thresholds):
    """{value: (level, [summary names])}: one line per threshold value; "good" wins where fair and good meet."""
    lines = {}
    for (fair, good), name in thresholds:
        for level, value in (("fair", fair), ("good", good)):
            current_level, names = lines.get(value, (level, []))
            lines[value] = ("good" if "good" in (level, current_level) else level, [*names, name])
    return dict(sorted(lines.items()))


def _marker(name, x, y, hollow=False):
    """Technical as a circle, relational as a square: the two lines of the first panel differ in shape too.
    Hollow: coded by a coach who was not calibrated on the day."""
    paint = f'fill="#ffffff" stroke="{COLOURS[name]}" stroke-width="2"' if hollow else f'fill="{COLOURS[name]}"'
    if name == "relational":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" {paint}/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" {paint}/>'


def _legend(with_hollow=False):
    """One row above the panels: the two global summaries' lines, then the two kinds of threshold, and where a
    coding is drawn hollow, what that means."""
    entries = [
        (f'<line x1="0" x2="20" y1="0" y2="0" stroke="{COLOURS["technical"]}" stroke-width="2"/>'
         f"{_marker('technical', 10, 0)}", _("technical")),
        (f'<line x1="0" x2="20" y1="0" y2="0" stroke="{COLOURS["relational"]}" stroke-width="2"/>'
         f"{_marker('relational', 10, 0)}", _("relational")),
        (f'<line x1="0" x2="20" y1="0" y2="0" stroke="{FAIR_COLOUR}" stroke-dasharray="5 4"/>', _("fair")),
        (f'<line x1="0" x2="20" y1="0" y2="0" stroke="{GOOD_COLOUR}" stroke-dasharray="5 4"/>', _("good")),
    ]  # fmt: skip
    if with_hollow:
        entries.append((_marker("technical", 10, 0, hollow=True), _("coach not calibrated")))
    parts, x = [], LEFT
    for sample, label in entries:
        parts.append(f'<g transform="translate({x} 16)">{sample}<text x="26" y="4">{escape(label)}</text></g>')
        x += 40 + 7 * len(label)
    return parts


def _dated_indexes(count):
    """Which codings get a date under the axis: all when few, else evenly spaced ones and always the last."""
    if count <= MOST_DATES:
        return list(range(count))
    step = math.ceil(count / MOST_DATES)
    return sorted({*range(0, count, step), count - 1} - {count - 1 - offset for offset in range(1, step // 2 + 1)})


def _date_anchor(index, count):
    """The first and last dates are aligned to the plot's edges, so neither is cut off."""
    if count > 1 and index == 0:
        return "start"
    if count > 1 and index == count - 1:
        return "end"
    return "middle"


def _description(codings):
    if not codings:
        return _("No MITI codings yet.")
    lines = []
    for coding in codings:
        summary = coding.summary
        lines.append(
            _("%(day)s: technical %(technical)s (%(tl)s), relational %(relational)s (%(rl)s)")
            % {
                "day": date_format(coding.coded_on, "SHORT_DATE_FORMAT"),
                "technical": summary.technical,
                "tl": miti.level_label(summary.levels["technical"]),
                "relational": summary.relational,
                "rl": miti.level_label(summary.levels["relational"]),
            }
        )
    return "; ".join(lines)
