"""Simple diagrams drawn by the demo itself (Pillow), one per family of tools.

Each function draws on a 1200 × 675 canvas and returns it; ``DIAGRAMS`` names each with
its title and the alt text a screen reader reads. They illustrate the kind of tool, not
any one tool's content, and say so in their alt text.
"""

import math
from functools import cache

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 675
INK = "#212b32"
BLUE = "#005eb8"
PALE = "#e8edee"
GREEN = "#007f3b"
WARM = "#ffb81c"
RED = "#d5281b"


def _canvas():
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    return image, ImageDraw.Draw(image)


@cache
def _font(size=30):
    return ImageFont.load_default(size=size)


def _label(draw, xy, text, size=30, fill=INK):
    draw.text(xy, text, fill=fill, font=_font(size), anchor="mm")


def _box(draw, box, text, fill=PALE, outline=BLUE, size=28):
    draw.rounded_rectangle(box, radius=14, fill=fill, outline=outline, width=4)
    _label(draw, ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), text, size)


def _arrow(draw, start, end, fill=INK, width=5):
    draw.line([start, end], fill=fill, width=width)
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    for side in (-0.45, 0.45):
        tip = (end[0] - 22 * math.cos(angle + side), end[1] - 22 * math.sin(angle + side))
        draw.line([end, tip], fill=fill, width=width)


def fishbone():
    image, draw = _canvas()
    spine_y = HEIGHT / 2
    draw.line([(90, spine_y), (900, spine_y)], fill=INK, width=8)
    _box(draw, (905, spine_y - 70, 1140, spine_y + 70), "Problem", fill="white")
    causes = ["People", "Methods", "Equipment", "Place", "Materials", "Measures"]
    for index, name in enumerate(causes):
        x = 250 + (index % 3) * 230
        up = index < 3
        end_y = 110 if up else HEIGHT - 110
        draw.line([(x - 110, end_y), (x + 60, spine_y)], fill=BLUE, width=6)
        _label(draw, (x - 110, end_y + (-36 if up else 36)), name, 28)
    return image


def driver_diagram():
    image, draw = _canvas()
    _box(draw, (40, 270, 280, 405), "Aim", fill="white")
    primaries = [150, 337, 525]
    for y in primaries:
        _box(draw, (420, y - 55, 700, y + 55), "Driver")
        draw.line([(280, 337), (420, y)], fill=INK, width=4)
        for dy in (-55, 55):
            change_y = y + dy
            _box(draw, (860, change_y - 38, 1160, change_y + 38), "Change idea", size=24)
            draw.line([(700, y), (860, change_y)], fill=INK, width=3)
    return image


def _grid(quadrants, x_axis, y_axis, colours):
    image, draw = _canvas()
    left, top, right, bottom = 260, 60, 1080, 585
    mid_x, mid_y = (left + right) / 2, (top + bottom) / 2
    boxes = [
        (left, top, mid_x, mid_y),
        (mid_x, top, right, mid_y),
        (left, mid_y, mid_x, bottom),
        (mid_x, mid_y, right, bottom),
    ]
    for box, text, colour in zip(boxes, quadrants, colours, strict=True):
        draw.rectangle(box, fill=colour, outline=INK, width=4)
        _label(draw, ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), text, 32)
    _arrow(draw, (left, bottom + 40), (right, bottom + 40))
    _label(draw, ((left + right) / 2, bottom + 70), x_axis, 26)
    _arrow(draw, (left - 40, bottom), (left - 40, top))
    _label(draw, (left - 150, (top + bottom) / 2), y_axis, 26)
    return image


def two_by_two():
    return _grid(
        ["Quick wins", "Major projects", "Fill-ins", "Hard slogs"],
        "Effort",
        "Impact",
        ["#cde9d7", "#fff1c9", PALE, "#f7d4d1"],
    )


def risk_grid():
    return _grid(
        ["Watch", "Act now", "Accept", "Plan for it"],
        "Likelihood",
        "Severity",
        ["#fff1c9", "#f7d4d1", "#cde9d7", "#fff1c9"],
    )


def process_map():
    image, draw = _canvas()
    y = HEIGHT / 2
    _box(draw, (30, y - 60, 230, y + 60), "Start", fill="white")
    _box(draw, (310, y - 60, 530, y + 60), "Step")
    draw.polygon([(720, y - 110), (850, y), (720, y + 110), (590, y)], fill="#fff1c9", outline=BLUE)
    _label(draw, (720, y), "Check?", 28)
    _box(draw, (940, y - 60, 1170, y + 60), "Done", fill="white")
    _arrow(draw, (230, y), (310, y))
    _arrow(draw, (530, y), (590, y))
    _arrow(draw, (850, y), (940, y))
    _label(draw, (895, y - 30), "yes", 24)
    draw.line([(720, y + 110), (720, 600), (420, 600)], fill=INK, width=5)
    _arrow(draw, (420, 600), (420, y + 60))
    _label(draw, (760, 560), "no", 24)
    return image


def cycle():
    image, draw = _canvas()
    centre, radius = (WIDTH / 2, HEIGHT / 2), 250
    box = (centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius)
    colours = [BLUE, GREEN, WARM, RED]
    for index, colour in enumerate(colours):
        draw.arc(
            box, start=-90 + index * 90 + 6, end=-90 + (index + 1) * 90 - 6, fill=colour, width=36
        )
    for index, name in enumerate(["Plan", "Do", "Study", "Act"]):
        angle = math.radians(-45 + index * 90)
        x = centre[0] + (radius + 110) * math.cos(angle)
        y = centre[1] + (radius + 60) * math.sin(angle)
        _label(draw, (x, y), name, 36)
    _label(draw, centre, "Learn and repeat", 30)
    return image


def run_chart():
    image, draw = _canvas()
    left, top, right, bottom = 120, 60, 1140, 580
    draw.line([(left, top), (left, bottom), (right, bottom)], fill=INK, width=5)
    values = [42, 47, 40, 45, 44, 48, 41, 36, 33, 31, 34, 29, 30, 27, 28]
    step = (right - left - 40) / (len(values) - 1)
    points = [(left + 20 + i * step, bottom - v * 10) for i, v in enumerate(values)]
    median_y = bottom - 40 * 10
    for x in range(left, right, 36):
        draw.line([(x, median_y), (x + 18, median_y)], fill=RED, width=4)
    draw.line(points, fill=BLUE, width=5)
    for x, y in points:
        draw.ellipse((x - 9, y - 9, x + 9, y + 9), fill=BLUE)
    _label(draw, (right - 90, median_y - 28), "Median", 26, fill=RED)
    _label(draw, ((left + right) / 2, bottom + 45), "Time", 26)
    return image


def stakeholder_map():
    image, draw = _canvas()
    centre = (WIDTH / 2, HEIGHT / 2)
    for radius, colour in ((300, PALE), (200, "#cfe0f0"), (100, "#a6c8e6")):
        draw.ellipse(
            (centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius),
            fill=colour,
            outline=BLUE,
            width=3,
        )
    _label(draw, centre, "Service", 30)
    for index in range(9):
        angle = math.radians(index * 40 + 10)
        distance = (150, 250, 250)[index % 3]
        x = centre[0] + distance * math.cos(angle)
        y = centre[1] + distance * math.sin(angle)
        draw.ellipse((x - 18, y - 18, x + 18, y + 18), fill=GREEN if index % 2 else WARM)
    return image


def idea_map():
    image, draw = _canvas()
    centre = (WIDTH / 2, HEIGHT / 2)
    for index in range(6):
        angle = math.radians(index * 60 + 30)
        x = centre[0] + 400 * math.cos(angle)
        y = centre[1] + 240 * math.sin(angle)
        draw.line([centre, (x, y)], fill=BLUE, width=5)
        draw.ellipse((x - 90, y - 45, x + 90, y + 45), fill=PALE, outline=BLUE, width=4)
        _label(draw, (x, y), f"Idea {index + 1}", 26)
    draw.ellipse(
        (centre[0] - 150, centre[1] - 70, centre[0] + 150, centre[1] + 70),
        fill="#fff1c9",
        outline=INK,
        width=4,
    )
    _label(draw, centre, "Question", 32)
    return image


#: name → (draw function, image title, alt text).
DIAGRAMS = {
    "process-map": (
        process_map,
        "Demo diagram: process map",
        "A process map: a start, a step and a yes-or-no check in boxes joined by arrows, "
        "with the 'no' path looping back to the step.",
    ),
    "fishbone": (
        fishbone,
        "Demo diagram: fishbone",
        "A fishbone diagram: a problem at the head, with six bones for groups of causes: "
        "people, methods, equipment, place, materials and measures.",
    ),
    "driver-diagram": (
        driver_diagram,
        "Demo diagram: driver diagram",
        "A driver diagram: one aim on the left, three drivers in the middle and two change "
        "ideas branching from each driver on the right.",
    ),
    "two-by-two": (
        two_by_two,
        "Demo diagram: 2 × 2 grid",
        "A two-by-two grid of impact against effort: quick wins, major projects, fill-ins "
        "and hard slogs.",
    ),
    "risk-grid": (
        risk_grid,
        "Demo diagram: risk grid",
        "A two-by-two risk grid of severity against likelihood: accept, watch, plan for it "
        "and act now.",
    ),
    "cycle": (
        cycle,
        "Demo diagram: improvement cycle",
        "A cycle of four arrows in a circle, Plan, Do, Study and Act, around the words "
        "'Learn and repeat'.",
    ),
    "run-chart": (
        run_chart,
        "Demo diagram: run chart",
        "A run chart: weekly points joined by a line against a dashed median, falling "
        "below the median in the second half.",
    ),
    "stakeholder-map": (
        stakeholder_map,
        "Demo diagram: stakeholder map",
        "A stakeholder map: three rings around the service, with people placed as dots "
        "nearer or further from the centre.",
    ),
    "idea-map": (
        idea_map,
        "Demo diagram: idea map",
        "An idea map: a question in the centre with six ideas branching from it.",
    ),
}
