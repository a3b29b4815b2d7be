"""The SVG charts as a learner meets them: what is drawn, what is written, what a
screen reader is told, and that nothing breaks the Content-Security-Policy.

Pure rendering: no database.
"""

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.staticfiles import finders
from django.utils import translation
from django.utils.safestring import SafeString
from hypothesis import given, settings
from hypothesis import strategies as st

from cxacademy.charts import (
    CHART_STYLESHEET,
    bar_chart,
    data_table,
    line_chart,
    nice_ticks,
    sparkline,
)

SVG = "{http://www.w3.org/2000/svg}"
CHART_CSS = finders.find(CHART_STYLESHEET) and Path(finders.find(CHART_STYLESHEET)).read_text()
QUARTERS = ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"]


def parse(markup) -> ET.Element:
    """The markup as XML: it must be well-formed."""
    return ET.fromstring(str(markup))  # noqa: S314 - our own markup, not a user's file


def with_class(root: ET.Element, name: str) -> list[ET.Element]:
    return [el for el in root.iter() if name in el.get("class", "").split()]


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def texts(root: ET.Element) -> list[str]:
    return [text_of(el) for el in root.iter(f"{SVG}text")]


def viewbox(root: ET.Element) -> tuple[float, float, float, float]:
    return tuple(float(n) for n in root.get("viewBox").split())


def scores(**kwargs):
    items = [("Empati", 72.5), ("Kepemilikan", 50), ("Data & metrik", 100)]
    options = {"title": "Skor kompetensi", "description": "Skor per kompetensi", "unit": "%"}
    return bar_chart(items, **(options | kwargs))


def kpis(**kwargs):
    options = {
        "x_labels": QUARTERS,
        "title": "KPI per kuartal",
        "description": "CSAT dan churn per kuartal",
        "y_min": 0,
        "y_max": 100,
        "unit": "%",
    }
    series = [("CSAT", [72, 74.5, 76, 80]), ("Churn", [12, 11, 9.5, 8])]
    return line_chart(series, **(options | kwargs))


def bar_widths(root: ET.Element) -> list[float]:
    return [float(bar.get("width")) for bar in with_class(root, "cxa-bar")]


def plot_box(root: ET.Element) -> tuple[float, float]:
    """Top and bottom of a line chart's plot: its horizontal gridlines."""
    ys = [
        float(line.get("y1"))
        for line in root.iter(f"{SVG}line")
        if line.get("y1") == line.get("y2")
    ]
    return min(ys), max(ys)


def point_positions(root: ET.Element) -> list[tuple[float, float, str]]:
    """(x, y, tooltip) for every plotted point, from its hover target."""
    points = []
    for point in with_class(root, "cxa-point"):
        hit = point.find(f"{SVG}circle")
        points.append((float(hit.get("cx")), float(hit.get("cy")), point.find(f"{SVG}title").text))
    return points


# --- Every chart -----------------------------------------------------------------


def every_chart():
    return {
        "bar": scores(highlight=70),
        "line": kpis(lower_is_better=frozenset({"Churn"})),
        "sparkline": sparkline([72, 74.5, 80], label="CSAT", y_min=0, y_max=100),
        "table": data_table(["Kompetensi", "Skor"], [["Empati", 72.5]], caption="Skor"),
        "empty": bar_chart([], title="Skor", description=""),
    }


@pytest.mark.parametrize("kind", ["bar", "line", "sparkline", "table", "empty"])
def test_markup_is_safe_well_formed_and_free_of_inline_styles(kind):
    markup = every_chart()[kind]
    assert isinstance(markup, SafeString)
    root = parse(markup)
    assert "style=" not in markup
    assert all("style" not in el.attrib for el in root.iter())
    assert root.find(f".//{SVG}style") is None
    assert "<script" not in markup
    assert not [el for el in root.iter() if any(a.startswith("on") for a in el.attrib)]


@pytest.mark.parametrize("kind", ["bar", "line"])
def test_chart_is_one_named_responsive_image(kind):
    root = parse(every_chart()[kind])
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("focusable") == "false"
    assert root.get("width") == "100%"
    assert root.get("height") is None
    assert root.get("preserveAspectRatio")
    assert root.get("font-family") == "inherit"
    assert len(viewbox(root)) == 4
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}desc").get("id") == desc_id


def test_ids_are_unique_even_for_two_charts_with_the_same_title():
    ids = []
    for markup in (scores(), scores(), kpis(), kpis()):
        root = parse(markup)
        ids += [el.get("id") for el in root.iter() if el.get("id")]
        assert set(root.get("aria-labelledby").split()) <= set(ids)
    assert len(ids) == 8
    assert len(set(ids)) == 8


def test_text_colours_are_the_sites_ink_and_muted():
    # Both meet WCAG AA on white (14:1 and 7:1).
    for kind in ("bar", "line"):
        root = parse(every_chart()[kind])
        assert {t.get("fill") for t in root.iter(f"{SVG}text")} <= {"#1d2b36", "#4a5a66"}


@pytest.mark.parametrize("kind", ["bar", "line"])
def test_a_compact_chart_is_narrow_enough_to_read_on_a_phone(kind):
    # Drawn 360 units wide and shown at most 22.5rem (360 px) wide, its 13-14 px
    # text shrinks only a little on a 360 px phone (the debrief's KPIs were 560 wide).
    chart = scores(compact=True) if kind == "bar" else kpis(compact=True)
    root = parse(chart)
    assert "cxa-chart--compact" in root.get("class").split()
    _x, _y, width, _height = viewbox(root)
    assert width == 360
    assert ".cxa-chart--compact { max-width: 22.5rem; }" in CHART_CSS
    for bar in with_class(root, "cxa-bar"):
        assert 0 <= float(bar.get("x")) + float(bar.get("width")) <= width
    for px, _py, _tip in point_positions(root):
        assert 0 <= px <= width
    labels = [text_of(t) for t in with_class(root, "cxa-label")]
    assert labels == ([] if kind == "line" else ["Empati", "Kepemilikan", "Data & metrik"])


def test_a_compact_bar_chart_writes_a_long_label_out_on_up_to_three_lines():
    root = parse(
        bar_chart(
            [("Berpikir perjalanan pelanggan", 80), ("Empati", 60)],
            title="t",
            description="d",
            compact=True,
        )
    )
    label = with_class(root, "cxa-label")[0]
    lines = [tspan.text for tspan in label.iter(f"{SVG}tspan")]
    assert lines == ["Berpikir", "perjalanan", "pelanggan"]
    bars = with_class(root, "cxa-bar")
    assert float(bars[1].get("y")) - float(bars[0].get("y")) >= 3 * 14 * 1.15


def test_chart_css_styles_the_classes_the_charts_use():
    for name in ("cxa-chart", "cxa-sparkline", "cxa-chart-empty", "cxa-num"):
        assert f".{name}" in CHART_CSS
    assert "style=" not in CHART_CSS


def test_the_charts_css_lives_in_one_stylesheet_linked_wherever_charts_appear():
    """Not copied by hand into the site's or HR's stylesheet (issue 16)."""
    site_css = Path(finders.find("css/cxacademy.css")).read_text()
    hr_css = Path(finders.find("hr/hr.css")).read_text()
    for copy in (site_css, hr_css):
        assert ".cxa-chart {" not in copy
        assert ".cxa-chart text" not in copy
    assert '@import url("../css/charts.css");' in hr_css
    base_template = Path(django_settings.BASE_DIR) / "cxacademy" / "templates" / "base.html"
    assert "{% static 'css/charts.css' %}" in base_template.read_text()


# --- Bar chart -------------------------------------------------------------------


def test_one_bar_per_competency_with_its_label_and_value():
    with translation.override("en"):
        root = parse(scores())
    assert len(with_class(root, "cxa-bar")) == 3
    assert [text_of(t) for t in with_class(root, "cxa-label")] == [
        "Empati",
        "Kepemilikan",
        "Data & metrik",
    ]
    assert [text_of(t) for t in with_class(root, "cxa-value")] == ["72.5%", "50%", "100%"]
    rows = with_class(root, "cxa-bar-row")
    assert rows[0].find(f"{SVG}title").text == "Empati: 72.5%"


def test_bars_are_drawn_to_scale_with_gridlines_at_round_ticks():
    with translation.override("en"):
        root = parse(scores())
    empathy, ownership, full = bar_widths(root)
    assert ownership == pytest.approx(full / 2, abs=0.02)
    assert empathy == pytest.approx(full * 0.725, abs=0.02)
    grid = with_class(root, "cxa-grid")[0]
    assert texts(grid) == ["0%", "20%", "40%", "60%", "80%", "100%"]
    assert len(grid.findall(f"{SVG}line")) == 6


def test_values_outside_the_scale_are_clamped_but_written_as_they_are():
    with translation.override("en"):
        root = parse(
            bar_chart(
                [("Over", 120), ("Full", 100), ("Under", -5)], title="Skor", description="Skor"
            )
        )
    over, full, under = bar_widths(root)
    assert over == full
    assert under == 0
    assert [text_of(t) for t in with_class(root, "cxa-value")] == ["120", "100", "-5"]


def test_other_maximums_scale_the_bars():
    root = parse(bar_chart([("A", 2), ("B", 4)], title="t", description="d", maximum=4))
    half, full = bar_widths(root)
    assert half == pytest.approx(full / 2, abs=0.02)
    assert "1" in texts(root)  # the first quarter of 4


def test_pass_mark_is_a_labelled_line_at_its_place_on_the_scale():
    with translation.override("en"):
        root = parse(scores(highlight=70))
    (marker,) = with_class(root, "cxa-highlight")
    full_bar = with_class(root, "cxa-bar")[2]
    x0, full = float(full_bar.get("x")), float(full_bar.get("width"))
    assert float(marker.get("x1")) == pytest.approx(x0 + 0.7 * full, abs=0.02)
    assert marker.get("x1") == marker.get("x2")
    # The line spans every bar.
    bars = with_class(root, "cxa-bar")
    assert float(marker.get("y1")) < float(bars[0].get("y"))
    assert float(marker.get("y2")) > float(bars[-1].get("y")) + float(bars[-1].get("height"))
    assert marker.get("stroke-dasharray")
    (label,) = with_class(root, "cxa-highlight-label")
    assert text_of(label) == "Pass mark: 70%"


def test_pass_mark_label_is_translated_and_can_be_renamed():
    with translation.override("id"):
        root = parse(scores(highlight=72.5))
        assert text_of(with_class(root, "cxa-highlight-label")[0]) == "Nilai kelulusan: 72,5%"
        root = parse(scores(highlight=60, highlight_label="Target"))
        assert text_of(with_class(root, "cxa-highlight-label")[0]) == "Target: 60%"


def test_no_marker_without_a_highlight():
    root = parse(scores())
    assert with_class(root, "cxa-highlight") == []


def test_labels_titles_and_descriptions_are_escaped():
    markup = bar_chart(
        [("<script>", 40), ("\"Q\" & 'A'", 60)],
        title="<b>Skor</b> & lainnya",
        description="<img src=x onerror=alert(1)>",
    )
    assert "<script>" not in markup
    assert "<b>" not in markup
    assert "<img" not in markup
    assert "&lt;script&gt;" in markup
    root = parse(markup)
    assert root.find(f"{SVG}title").text == "<b>Skor</b> & lainnya"
    assert root.find(f"{SVG}desc").text == "<img src=x onerror=alert(1)>"
    labels = [text_of(t) for t in with_class(root, "cxa-label")]
    assert labels == ["<script>", "\"Q\" & 'A'"]


def test_long_labels_wrap_onto_two_lines_and_keep_the_full_name_in_the_tooltip():
    name = "Analisis data pengalaman pelanggan di seluruh perjalanan dan saluran"
    root = parse(bar_chart([(name, 40), ("Empati", 60)], title="t", description="d"))
    long_label = with_class(root, "cxa-label")[0]
    lines = [span.text for span in long_label.findall(f"{SVG}tspan")]
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert with_class(root, "cxa-bar-row")[0].find(f"{SVG}title").text.startswith(name)
    x_min, _y, width, _h = viewbox(root)
    assert float(with_class(root, "cxa-bar")[0].get("x")) < width * 0.5


def test_numbers_follow_the_language():
    with translation.override("id"):
        root = parse(scores())
    assert [text_of(t) for t in with_class(root, "cxa-value")] == ["72,5%", "50%", "100%"]
    with translation.override("en"):
        root = parse(bar_chart([("A", 91.25), ("B", 33.333)], title="t", description="d"))
    # Rounded half up to one decimal, as a person would.
    assert [text_of(t) for t in with_class(root, "cxa-value")] == ["91.3", "33.3"]


def test_empty_bar_chart_says_there_is_no_data():
    with translation.override("en"):
        root = parse(bar_chart([], title="Skor kompetensi", description="d"))
    assert root.tag == "p"
    assert root.get("class") == "cxa-chart-empty"
    assert root.text == "Skor kompetensi: no data yet."


def test_a_missing_value_draws_no_bar_and_says_so():
    root = parse(bar_chart([("A", None), ("B", float("nan"))], title="t", description="d"))
    assert bar_widths(root) == [0, 0]
    assert [text_of(t) for t in with_class(root, "cxa-value")] == ["–", "–"]


def test_bar_chart_refuses_a_scale_without_room():
    with pytest.raises(ValueError):
        bar_chart([("A", 1)], title="t", description="d", maximum=0)


# --- Line chart ------------------------------------------------------------------


def test_every_value_is_a_point_with_a_tooltip():
    with translation.override("en"):
        root = parse(kpis())
    points = point_positions(root)
    assert len(points) == 8
    assert points[1][2] == "CSAT, Q2 2025: 74.5%"
    assert points[6][2] == "Churn, Q3 2025: 9.5%"
    assert len(with_class(root, "cxa-series")) == 2
    assert len(root.findall(f".//{SVG}polyline[@class='cxa-line']")) >= 2


def test_points_follow_the_y_scale():
    root = parse(kpis())
    top, bottom = plot_box(root)
    for _x, y, tip in point_positions(root):
        assert top <= y <= bottom, tip
    csat = point_positions(root)[:4]
    assert [p[0] for p in csat] == sorted(p[0] for p in csat)  # left to right
    value_72 = bottom - 0.72 * (bottom - top)
    assert csat[0][1] == pytest.approx(value_72, abs=0.02)


def test_legend_names_each_series_and_tells_them_apart_without_colour():
    with translation.override("en"):
        root = parse(kpis(lower_is_better=frozenset({"Churn"})))
    legend = with_class(root, "cxa-legend")[0]
    assert texts(legend) == ["CSAT", "Churn (lower is better)"]
    samples = legend.findall(f"{SVG}polyline")
    assert len({s.get("stroke") for s in samples}) == 2
    assert len({s.get("stroke-dasharray") for s in samples}) == 2
    shapes = [
        next(el.tag for el in group if "cxa-marker" in el.get("class", ""))
        for group in with_class(root, "cxa-point")
    ]
    assert shapes[0] != shapes[-1]  # CSAT and Churn markers differ in shape


def test_six_series_each_look_different_in_colour_dash_and_marker():
    names = ["CSAT", "NPS", "CES", "Retensi", "Churn", "FCR"]
    series = [(name, [50 + n, 60 - n]) for n, name in enumerate(names)]
    root = parse(
        line_chart(series, x_labels=["Q1", "Q2"], title="t", description="d", y_min=0, y_max=100)
    )
    legend = with_class(root, "cxa-legend")[0]
    assert texts(legend) == names
    samples = legend.findall(f"{SVG}polyline")
    assert len({s.get("stroke") for s in samples}) == 6
    assert len({s.get("stroke-dasharray") for s in samples}) == 6
    shapes = set()
    for sample, marker in zip(samples, with_class(legend, "cxa-marker"), strict=True):
        (x1, y), (x2, _y) = (map(float, p.split(",")) for p in sample.get("points").split())
        centre = ((x1 + x2) / 2, y)
        if marker.tag == f"{SVG}polygon":
            corners = (map(float, p.split(",")) for p in marker.get("points").split())
            shapes.add(tuple((round(px - centre[0]), round(py - centre[1])) for px, py in corners))
        else:
            shapes.add((marker.tag, marker.get("fill") == "#ffffff"))
    assert len(shapes) == 6  # circle, square, triangle, diamond, triangle down, ring


def test_y_ticks_are_round_numbers_from_minimum_to_maximum():
    with translation.override("id"):
        root = parse(kpis(y_min=1, y_max=7, unit=""))
    grid = with_class(root, "cxa-grid")[0]
    assert texts(grid) == ["1", "2", "3", "4", "5", "6", "7"]


def test_a_zoomed_axis_is_widened_to_round_ticks():
    # The debrief zooms onto where a KPI moved: 92,9..98,5 used to be its ticks.
    with translation.override("id"):
        root = parse(kpis(y_min=92.9, y_max=98.5, unit=""))
    assert texts(with_class(root, "cxa-grid")[0]) == ["92", "94", "96", "98", "100"]
    top, bottom = plot_box(root)
    assert all(top <= y <= bottom for _x, y, _tip in point_positions(root))


@pytest.mark.parametrize(
    ("low", "high", "ticks"),
    [
        (0, 100, [0, 20, 40, 60, 80, 100]),
        (-100, 100, [-100, -50, 0, 50, 100]),
        (92.9, 98.5, [92, 94, 96, 98, 100]),
        (1, 7, [1, 2, 3, 4, 5, 6, 7]),
        (0, 4, [0, 1, 2, 3, 4]),
        (3.2, 5.0, [3, 3.5, 4, 4.5, 5]),
        (0.02, 0.13, [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14]),
        (1_000, 250_000, [0, 50_000, 100_000, 150_000, 200_000, 250_000]),
        (-7.3, -2.1, [-8, -7, -6, -5, -4, -3, -2]),
    ],
)
def test_nice_ticks_step_by_one_two_or_five_times_a_power_of_ten(low, high, ticks):
    found = nice_ticks(low, high)
    assert found == pytest.approx(ticks)
    steps = {round(b - a, 9) for a, b in zip(found, found[1:], strict=False)}
    assert len(steps) == 1  # evenly spaced
    (step,) = steps
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert round(mantissa, 6) in (1, 2, 5)
    assert found[0] <= low and found[-1] >= high
    assert len(found) - 1 <= 6


def test_nice_ticks_refuse_an_empty_range():
    with pytest.raises(ValueError):
        nice_ticks(5, 5)


def test_nps_below_zero_is_plotted_inside_the_plot_with_a_zero_line():
    with translation.override("en"):
        root = parse(
            line_chart(
                [("NPS", [-40, -10, 25, -150])],
                x_labels=QUARTERS,
                title="NPS",
                description="Net Promoter Score per kuartal",
                y_min=-100,
                y_max=100,
            )
        )
    top, bottom = plot_box(root)
    points = point_positions(root)
    assert all(top <= y <= bottom for _x, y, _tip in points)
    middle = (top + bottom) / 2
    assert points[0][1] > middle  # -40 is below the zero line
    assert points[2][1] < middle
    # -150 is drawn on the bottom edge but its tooltip tells the truth.
    assert points[3][1] == pytest.approx(bottom)
    assert points[3][2] == "NPS, Q4 2025: -150"
    assert texts(with_class(root, "cxa-grid")[0]) == ["-100", "-50", "0", "50", "100"]
    zero_lines = [
        line
        for line in root.iter(f"{SVG}line")
        if line.get("y1") == line.get("y2") and float(line.get("y1")) == pytest.approx(middle)
    ]
    assert any(line.get("stroke") == "#4a5a66" for line in zero_lines)


def test_all_x_labels_are_shown_when_there_are_few():
    root = parse(kpis())
    labels = with_class(root, "cxa-x-label")
    assert [text_of(t) for t in labels] == QUARTERS
    assert all(t.get("transform") is None for t in labels)


def test_many_x_labels_thin_out_and_turn_so_they_do_not_overlap():
    quarters = [f"Kuartal {n}" for n in range(1, 41)]
    root = parse(
        line_chart(
            [("CES", [3 + n % 4 for n in range(40)])],
            x_labels=quarters,
            title="CES",
            description="d",
            y_min=1,
            y_max=7,
            lower_is_better=frozenset({"CES"}),
        )
    )
    assert len(with_class(root, "cxa-point")) == 40
    shown = [text_of(t) for t in with_class(root, "cxa-x-label")]
    assert 2 <= len(shown) <= 12
    assert shown[-1] == "Kuartal 40"  # the latest quarter is always named
    assert all(
        t.get("transform", "").startswith("rotate(") for t in with_class(root, "cxa-x-label")
    )
    # Rotated labels stay inside the picture.
    _x, _y, _width, height = viewbox(root)
    assert max(float(t.get("y")) for t in with_class(root, "cxa-x-label")) < height


def test_a_missing_value_leaves_a_gap():
    root = parse(
        line_chart(
            [("CSAT", [70, None, 75, 78])],
            x_labels=QUARTERS,
            title="t",
            description="d",
            y_min=0,
            y_max=100,
        )
    )
    assert len(with_class(root, "cxa-point")) == 3
    (line,) = with_class(with_class(root, "cxa-series")[0], "cxa-line")
    assert len(line.get("points").split()) == 2  # Q3 to Q4 only


def test_quarters_still_to_come_are_on_the_axis():
    root = parse(
        line_chart(
            [("CSAT", [70, 72])],
            x_labels=QUARTERS,
            title="t",
            description="d",
            y_min=0,
            y_max=100,
        )
    )
    assert len(with_class(root, "cxa-point")) == 2
    assert [text_of(t) for t in with_class(root, "cxa-x-label")] == QUARTERS


@pytest.mark.parametrize(
    "series", [[], [("CSAT", [])], [("CSAT", [None, None])]], ids=["none", "empty", "missing"]
)
def test_empty_line_chart_says_there_is_no_data(series):
    with translation.override("en"):
        root = parse(
            line_chart(series, x_labels=[], title="KPI", description="d", y_min=0, y_max=100)
        )
    assert root.tag == "p"
    assert root.text == "KPI: no data yet."


def test_line_chart_refuses_an_upside_down_range():
    with pytest.raises(ValueError):
        line_chart([("A", [1])], x_labels=["Q1"], title="t", description="d", y_min=5, y_max=5)


# --- Sparkline -------------------------------------------------------------------


def test_sparkline_names_its_first_and_last_values():
    with translation.override("id"):
        root = parse(sparkline([72.5, 74, 80.25], label="CSAT", y_min=0, y_max=100, unit="%"))
    assert root.get("role") == "img"
    assert root.get("focusable") == "false"
    # (Whatever the translation of "from … to", the numbers are Indonesian.)
    assert re.fullmatch(r"CSAT: \D*72,5%\D+80,3%\D*", root.get("aria-label"))
    with translation.override("en"):
        root = parse(sparkline([72.5, 74, 80.25], label="CSAT", y_min=0, y_max=100, unit="%"))
    assert root.get("aria-label") == "CSAT: from 72.5% to 80.3%"
    assert root.find(f"{SVG}title").text == root.get("aria-label")
    (line,) = root.findall(f"{SVG}polyline")
    assert len(line.get("points").split()) == 3
    _x, _y, width, height = viewbox(root)
    for pair in line.get("points").split():
        x, y = (float(n) for n in pair.split(","))
        assert 0 <= x <= width
        assert 0 <= y <= height


def test_sparkline_keeps_values_out_of_range_inside_and_escapes_its_label():
    with translation.override("en"):
        markup = sparkline([-150, 40], label="<NPS>", y_min=-100, y_max=100)
    assert "<NPS>" not in markup
    root = parse(markup)
    assert root.get("aria-label") == "<NPS>: from -150 to 40"
    _x, _y, _width, height = viewbox(root)
    ys = [float(p.split(",")[1]) for p in root.find(f"{SVG}polyline").get("points").split()]
    assert all(0 <= y <= height for y in ys)


def test_sparkline_with_one_value_and_with_none():
    with translation.override("en"):
        root = parse(sparkline([61], label="Retensi", y_min=0, y_max=100))
        assert root.get("aria-label") == "Retensi: 61"
        assert root.find(f"{SVG}circle") is not None
        empty = parse(sparkline([], label="Retensi", y_min=0, y_max=100))
    assert empty.tag == "span"
    assert empty.text == "Retensi: no data yet."


# --- Data table ------------------------------------------------------------------


def test_table_has_caption_and_header_scopes():
    with translation.override("id"):
        root = parse(
            data_table(
                ["Kompetensi", "Skor", "Nilai kelulusan"],
                [["Empati", 72.5, 70], ["<script>", 1234.56, None]],
                caption="Skor kompetensi",
            )
        )
    assert root.tag == "table"
    assert root.find("caption").text == "Skor kompetensi"
    column_headers = root.findall("thead/tr/th")
    assert [th.text for th in column_headers] == ["Kompetensi", "Skor", "Nilai kelulusan"]
    assert {th.get("scope") for th in column_headers} == {"col"}
    rows = root.findall("tbody/tr")
    assert [tr.find("th").text for tr in rows] == ["Empati", "<script>"]
    assert {tr.find("th").get("scope") for tr in rows} == {"row"}
    assert [[td.text for td in tr.findall("td")] for tr in rows] == [
        ["72,5", "70"],
        ["1234,6", "–"],
    ]
    assert {td.get("class") for td in root.iter("td")} == {"cxa-num"}


def test_table_text_cells_are_not_numbers_and_decimals_can_be_chosen():
    with translation.override("en"):
        root = parse(
            data_table(
                ["Kuartal", "NPS", "Catatan"],
                [["Q1", -12.345, "turun"], ["Q2", 4, "naik"]],
                caption="NPS",
                decimals=2,
            )
        )
    cells = [[td.text for td in tr.findall("td")] for tr in root.findall("tbody/tr")]
    assert cells == [["-12.35", "turun"], ["4", "naik"]]
    notes = [tr.findall("td")[1] for tr in root.findall("tbody/tr")]
    assert all(td.get("class") is None for td in notes)


def test_empty_table_says_there_is_no_data():
    with translation.override("en"):
        root = parse(data_table(["A", "B"], [], caption="KPI"))
    assert root.tag == "p"
    assert root.text == "KPI: no data yet."


# --- Whatever the numbers ----------------------------------------------------------

numbers = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**6), max_value=10**6),
)
labels = st.text(max_size=60)


@settings(max_examples=60, deadline=None, database=None)
@given(st.lists(st.tuples(labels, numbers), max_size=8), st.one_of(st.none(), numbers))
def test_any_bars_render_well_formed_within_the_picture(items, highlight):
    root = parse(bar_chart(items, title="t", description="d", highlight=highlight))
    if not items:
        assert root.tag == "p"
        return
    _x, _y, width, _height = viewbox(root)
    for bar in with_class(root, "cxa-bar"):
        assert 0 <= float(bar.get("x")) + float(bar.get("width")) <= width


@settings(max_examples=60, deadline=None, database=None)
@given(
    st.lists(st.tuples(labels, st.lists(numbers, max_size=30)), max_size=7),
    st.lists(labels, max_size=30),
)
def test_any_lines_render_well_formed_within_the_plot(series, x_labels):
    root = parse(
        line_chart(series, x_labels=x_labels, title="t", description="d", y_min=-100, y_max=100)
    )
    if root.tag == "p":
        return
    top, bottom = plot_box(root)
    _x, _y, width, height = viewbox(root)
    for x, y, _tip in point_positions(root):
        assert top <= y <= bottom
        assert 0 <= x <= width
    assert len(with_class(root, "cxa-x-label")) <= 12
    assert not re.search(r"\bstyle=", str(ET.tostring(root)))
