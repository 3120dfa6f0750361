"""A mentor's MITI summaries over time as an SVG chart drawn by the platform (no scripts, no external files).

Three panels share the time axis: the global summaries (technical, relational; scale 1 to 5), % complex
reflections (0 to 100) and the reflection-to-question ratio (0 to 4, higher values drawn at the top). Each
panel draws its fair and good thresholds as dashed lines.
"""

from xml.sax.saxutils import escape

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from supervision import miti

WIDTH = 640
PANEL_HEIGHT = 150
LEFT, RIGHT, TOP, GAP = 56, 16, 28, 44
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


def miti_trend_svg(codings):
    """SVG text for these codings (oldest first). With no codings, a chart that says so."""
    panels = _panels()
    height = TOP + len(panels) * (PANEL_HEIGHT + GAP)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'role="img" aria-labelledby="miti-title miti-desc" font-family="sans-serif" font-size="12">',
        f'<title id="miti-title">{escape(_("MITI summaries over time"))}</title>',
        f'<desc id="miti-desc">{escape(_description(codings))}</desc>',
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
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
        for (fair, good), name in thresholds:
            for level, value in ((_("fair"), fair), (_("good"), good)):
                y = y_at(value)
                parts.append(
                    f'<line x1="{LEFT}" x2="{LEFT + plot_width}" y1="{y:.1f}" y2="{y:.1f}" '
                    f'stroke="{"#1e6b34" if value == good else "#b36b00"}" stroke-dasharray="5 4"/>'
                )
                caption = f"{level} {name}".strip()
                parts.append(
                    f'<text x="{LEFT + plot_width - 4}" y="{y - 3:.1f}" text-anchor="end" fill="#4f5b66" '
                    f'font-size="10">{escape(caption)} {value:g}</text>'
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
            for x, y in points:
                parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{COLOURS[name]}"/>')
        if number == len(panels) - 1:
            for index, (day, _summary) in enumerate(summaries):
                parts.append(
                    f'<text x="{x_at(index):.1f}" y="{top + PANEL_HEIGHT + 16}" text-anchor="middle">'
                    f"{escape(date_format(day, 'SHORT_DATE_FORMAT'))}</text>"
                )
    if not summaries:
        parts.append(
            f'<text x="{WIDTH / 2}" y="{height / 2}" text-anchor="middle">{escape(_("No codings yet."))}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


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
