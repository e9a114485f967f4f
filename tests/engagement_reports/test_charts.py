"""The server-side SVG bar chart: a pure function, checked without a database."""

import xml.etree.ElementTree as ET

import pytest

from wagtail_iitk.admin.charts import HEIGHT, Point, bar_chart, nice_scale

SVG = "{http://www.w3.org/2000/svg}"


def parse(markup):
    return ET.fromstring(str(markup))


def points(*values):
    return [
        Point(label=f"W{n}", value=v, description=f"Week {n}: {v}") for n, v in enumerate(values)
    ]


@pytest.mark.parametrize(
    ("value", "scale"),
    [(0, (1, 1)), (1, (1, 1)), (3, (3, 1)), (5, (5, 1)), (6, (6, 2)), (37, (40, 10))],
)
def test_nice_scale(value, scale):
    assert nice_scale(value) == scale


@pytest.mark.parametrize("value", [7, 11, 99, 101, 999, 12345, 10**7 + 1])
def test_nice_scale_reaches_the_value_in_at_most_five_steps(value):
    top, step = nice_scale(value)
    assert top >= value and top - step < value and top // step <= 5
    assert str(step).strip("0") in ("1", "2", "5")


def test_one_bar_per_point_in_proportion():
    svg = parse(bar_chart(points(4, 0, 2, 8), chart_id="c", title="T", description="D"))
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "c-title c-desc"
    assert svg.find(f"{SVG}title").get("id") == "c-title"
    assert svg.find(f"{SVG}desc").text == "D"
    bars = svg.findall(f".//{SVG}rect[@class='iitk-chart__bar']")
    assert [int(bar.get("data-value")) for bar in bars] == [4, 0, 2, 8]
    heights = [float(bar.get("height")) for bar in bars]
    assert heights[1] == 0 and heights[0] * 2 == pytest.approx(heights[3])
    # Every bar stands on the same baseline, inside the picture.
    bottoms = {round(float(b.get("y")) + float(b.get("height")), 2) for b in bars}
    assert len(bottoms) == 1 and bottoms.pop() < HEIGHT
    assert [bar.find(f"{SVG}title").text for bar in bars][3] == "Week 3: 8"


def test_an_empty_or_all_zero_series_draws_flat_bars():
    svg = parse(bar_chart(points(0, 0), chart_id="z", title="T", description="D"))
    assert [float(b.get("height")) for b in svg.iter(f"{SVG}rect") if b.get("data-value")] == [0, 0]
    assert (
        parse(bar_chart([], chart_id="e", title="T", description="D")).find(f"{SVG}title")
        is not None
    )


def test_text_is_escaped():
    hostile = '<script>alert("x")</script>'
    markup = str(
        bar_chart(
            [Point(label=hostile, value=1, description=hostile)],
            chart_id="x",
            title=hostile,
            description=hostile,
        )
    )
    assert "<script>" not in markup
    svg = parse(markup)
    assert svg.find(f"{SVG}title").text == hostile


def test_at_most_twelve_axis_labels():
    svg = parse(bar_chart(points(*range(53)), chart_id="y", title="T", description="D"))
    labels = svg.find(f"{SVG}g[@class='iitk-chart__labels']")
    assert 6 <= len(labels) <= 12
    assert len(svg.findall(f".//{SVG}rect[@class='iitk-chart__bar']")) == 53
