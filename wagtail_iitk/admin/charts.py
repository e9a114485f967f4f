"""Charts for the admin reports, drawn on the server as SVG: no JavaScript, no library.

``bar_chart`` is a pure function from a series to SVG markup. The SVG is an image to
assistive technology (``role="img"``, named by its ``<title>`` and described by its
``<desc>``); the numbers themselves belong in a table beside it, which the report's
template renders, because a chart alone is not accessible.

The chart draws its own white background, so its colours hold their contrast in the
admin's light and dark themes alike: text #212b32 (14:1 on white), bars #005eb8
(6.4:1, above the 3:1 that WCAG 1.4.11 asks of graphics), axis #4c6272 (6.4:1).
"""

import math
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join

WIDTH = 720
HEIGHT = 260
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40
BACKGROUND = "#ffffff"
TEXT = "#212b32"
BAR = "#005eb8"
AXIS = "#4c6272"
GRID = "#d8dde0"
#: At most this many labels along the x axis; the others are left out, not squeezed.
MAX_X_LABELS = 12


@dataclass(frozen=True)
class Point:
    """One bar: a short axis label, its value, and a full description for its tooltip."""

    label: str
    value: int
    description: str


def nice_scale(value, max_steps=5):
    """The top of the value axis and its step: the smallest step of 1, 2 or 5 × 10ⁿ
    that reaches ``value`` in at most ``max_steps`` steps. ``(1, 1)`` for nothing."""
    if value <= 0:
        return 1, 1
    exponent = 0
    while True:
        for factor in (1, 2, 5):
            step = factor * 10**exponent
            steps = math.ceil(value / step)
            if steps <= max_steps:
                return steps * step, step
        exponent += 1


def _number(value):
    return f"{value:,}"


def _fmt(value):
    """Coordinates with at most two decimals, so the markup stays short and stable."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def bar_chart(points, *, chart_id, title, description):
    """SVG markup for a bar chart of ``points`` (a list of ``Point``), one bar each.

    ``chart_id`` must be unique in the page: the title and description take their ids
    from it. Every bar is a ``<rect class="iitk-chart__bar">`` carrying ``data-value``
    and a ``<title>`` (a tooltip for sighted mouse users; the table has the numbers).
    """
    points = list(points)
    top, step = nice_scale(max((p.value for p in points), default=0))
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    baseline = TOP + plot_height
    slot = plot_width / max(len(points), 1)
    bar_width = max(slot * 0.7, 1)

    grid = []
    for tick in range(0, top + 1, step):
        y = baseline - plot_height * tick / top
        grid.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}"/>'
                '<text x="{}" y="{}" text-anchor="end" dominant-baseline="middle">{}</text>',
                LEFT,
                WIDTH - RIGHT,
                _fmt(y),
                _fmt(y),
                GRID,
                LEFT - 8,
                _fmt(y),
                _number(tick),
            )
        )

    bars = []
    labels = []
    every = max(1, math.ceil(len(points) / MAX_X_LABELS))
    for index, point in enumerate(points):
        height = plot_height * point.value / top
        x = LEFT + slot * index + (slot - bar_width) / 2
        bars.append(
            format_html(
                '<rect class="iitk-chart__bar" x="{}" y="{}" width="{}" height="{}" fill="{}"'
                ' data-label="{}" data-value="{}"><title>{}</title></rect>',
                _fmt(x),
                _fmt(baseline - height),
                _fmt(bar_width),
                _fmt(height),
                BAR,
                point.label,
                point.value,
                point.description,
            )
        )
        if index % every == 0:
            labels.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="middle">{}</text>',
                    _fmt(LEFT + slot * index + slot / 2),
                    baseline + 20,
                    point.label,
                )
            )

    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="iitk-chart" viewBox="0 0 {w} {h}"'
        ' width="{w}" height="{h}" role="img" aria-labelledby="{id}-title {id}-desc"'
        ' font-family="sans-serif" font-size="12" fill="{text}">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>'
        '<rect width="{w}" height="{h}" fill="{bg}"/>'
        '<g class="iitk-chart__grid">{grid}</g>'
        '<g class="iitk-chart__bars">{bars}</g>'
        '<line x1="{left}" x2="{right}" y1="{base}" y2="{base}" stroke="{axis}"/>'
        '<g class="iitk-chart__labels">{labels}</g></svg>',
        w=WIDTH,
        h=HEIGHT,
        id=chart_id,
        text=TEXT,
        title=title,
        desc=description,
        bg=BACKGROUND,
        grid=format_html_join("", "{}", ((line,) for line in grid)),
        bars=format_html_join("", "{}", ((bar,) for bar in bars)),
        left=LEFT,
        right=WIDTH - RIGHT,
        base=_fmt(baseline),
        axis=AXIS,
        labels=format_html_join("", "{}", ((label,) for label in labels)),
    )
