"""Server-rendered, accessible SVG charts: no JavaScript, no inline styles.

Shared by every app (the simulation debrief, HR's dashboard), so they live in the
project package, which any app may import.

Pure functions that turn numbers into markup for templates:

* `bar_chart` – horizontal bars on a 0..maximum scale (competency scores), with an
  optional marker line such as the pass mark;
* `line_chart` – one line per series over steps or quarters (the KPI dashboard);
* `sparkline` – a tiny line for a KPI card;
* `data_table` – the same numbers as an accessible HTML table. Pair every chart
  with one (e.g. inside a <details>): a chart is one image to a screen reader.

Everything is drawn with SVG presentation attributes (fill, stroke, font-size…),
never `style=""`, so the site's Content-Security-Policy (`style-src 'self'`) holds.
The few CSS rules the charts need are in one stylesheet, `CHART_STYLESHEET`
(static/css/charts.css), which the site's base template links and the HR admin's
hr.css imports. Text is escaped, numbers are formatted for the active
language (72,5 in Indonesian, 72.5 in English), values outside the range are
drawn at the edge but written out as they are, and empty data gives a short
"no data yet" paragraph instead of an error.
"""

from __future__ import annotations

import hashlib
import math
import re
import textwrap
import uuid
from collections.abc import Iterable, Sequence
from decimal import Context, Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from cxacademy import formatting

# Static path of the charts' CSS (in the project's static/ folder).
CHART_STYLESHEET = "css/charts.css"

__all__ = ["CHART_STYLESHEET", "bar_chart", "data_table", "line_chart", "nice_ticks", "sparkline"]

SVG_NS = "http://www.w3.org/2000/svg"

# The palette of static/css/cxacademy.css. Text uses INK (14:1 on white) or MUTED
# (7:1); every line and bar colour has at least 3:1 against white (WCAG 1.4.11).
BRAND = "#0b5567"
INK = "#1d2b36"
MUTED = "#4a5a66"
LINE = "#d5dde2"
WHITE = "#ffffff"

# Series differ by colour, dash pattern *and* marker shape, and the legend names
# them in text, so nothing depends on telling colours apart.
SERIES_COLOURS = (BRAND, "#a4262c", "#6a3d9a", "#1b6e3a", "#8a5a00", INK)
SERIES_DASHES = ("", "9 4", "2 3", "10 3 2 3", "5 2", "14 3 3 3 3 3")
SERIES_MARKERS = ("circle", "square", "triangle", "diamond", "triangle-down", "ring")

MAX_X_LABELS = 12
BAR_WIDTH = 520  # viewBox widths: 32.5rem, 35rem and 22.5rem in CHART_STYLESHEET
LINE_WIDTH = 560
COMPACT_WIDTH = 360  # small multiples (the debrief's KPIs): readable on a phone
MAX_TICK_STEPS = 6  # an axis has at most this many steps between its ticks
LABEL_CHARS = 22  # a bar label wraps onto a second line after this
COMPACT_LABEL_CHARS = 15  # … and in a compact chart after this
NO_VALUE = "–"

_CHAR_WIDTH = 0.57  # average glyph width of a system sans-serif, in ems
# Characters XML (and so inline SVG) cannot contain, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_WIDE = Context(prec=400)  # room for every float's digits when rounding


# --- Helpers ---------------------------------------------------------------------


def _esc(text) -> str:
    """HTML-escaped text, without the control characters XML forbids."""
    return escape(_NOT_XML.sub("", str(text)))


def _finite(value) -> float | None:
    """The value as a float, or None when it is missing or not a finite number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _fmt(value, places: int = 1) -> str:
    """A number rounded half up to at most `places` decimals, without trailing
    zeros, in the active language's format (72,5 / 72.5); NO_VALUE when missing."""
    if _finite(value) is None:
        return NO_VALUE
    return formatting.number(_finite(value), places=places)


def _c(coordinate: float) -> str:
    """A coordinate for SVG (always a dot, never localised)."""
    text = f"{coordinate:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _text_width(text: str, font_size: float) -> float:
    return len(text) * font_size * _CHAR_WIDTH


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def nice_ticks(low: float, high: float, *, max_steps: int = MAX_TICK_STEPS) -> list[float]:
    """Round axis ticks covering low..high: a step of 1, 2 or 5 × 10^n (the smallest
    one that needs at most `max_steps` steps), from the last multiple of the step at
    or below `low` to the first at or above `high`. 92,9..98,5 → 92, 94, 96, 98, 100;
    -100..100 → -100, -50, 0, 50, 100. The first and last ticks are the axis' ends."""
    low_value, high_value = _finite(low), _finite(high)
    if low_value is None or high_value is None or high_value <= low_value:
        raise ValueError("nice_ticks: high must be greater than low")
    span = high_value - low_value
    exponent = math.floor(math.log10(span / max_steps))
    for power in (exponent, exponent + 1, exponent + 2):
        for mantissa in (1, 2, 5):
            step = Decimal(mantissa).scaleb(power)
            first = math.floor(Decimal(repr(low_value)) / step)
            last = math.ceil(Decimal(repr(high_value)) / step)
            if last - first <= max_steps:
                return [float(n * step) for n in range(first, last + 1)]
    raise AssertionError("unreachable: a step of 10^(n+2) always fits")  # pragma: no cover


def _ids(kind: str, title: str) -> tuple[str, str]:
    digest = hashlib.sha256(title.encode()).hexdigest()[:6]
    base = f"cxa-{kind}-{digest}-{uuid.uuid4().hex[:8]}"
    return f"{base}-title", f"{base}-desc"


def _svg_open(
    kind: str, width: float, height: float, title: str, description: str, *, compact=False
) -> str:
    title_id, desc_id = _ids(kind, title)
    size = " cxa-chart--compact" if compact else ""
    return (
        f'<svg xmlns="{SVG_NS}" class="cxa-chart cxa-chart--{kind}{size}" '
        f'viewBox="0 0 {_c(width)} {_c(height)}" width="100%" '
        f'preserveAspectRatio="xMidYMid meet" role="img" '
        f'aria-labelledby="{title_id} {desc_id}" focusable="false" font-family="inherit">'
        f'<title id="{title_id}">{_esc(title)}</title>'
        f'<desc id="{desc_id}">{_esc(description)}</desc>'
    )


def _no_data(title: str) -> SafeString:
    message = _("%(title)s: no data yet.") % {"title": title}
    return mark_safe(f'<p class="cxa-chart-empty">{_esc(message)}</p>')  # noqa: S308


def _text(x, y, content, *, size=13, fill=INK, anchor="start", extra="") -> str:
    return (
        f'<text x="{_c(x)}" y="{_c(y)}" font-size="{size}" fill="{fill}" '
        f'text-anchor="{anchor}"{extra}>{_esc(content)}</text>'
    )


def _line(x1, y1, x2, y2, *, stroke=LINE, width=1, extra="") -> str:
    return (
        f'<line x1="{_c(x1)}" y1="{_c(y1)}" x2="{_c(x2)}" y2="{_c(y2)}" '
        f'stroke="{stroke}" stroke-width="{width}"{extra}/>'
    )


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    paint = f'class="cxa-marker" fill="{colour}" stroke="{WHITE}" stroke-width="1.5"'
    if shape == "circle":
        return f'<circle cx="{_c(x)}" cy="{_c(y)}" r="4.5" {paint}/>'
    if shape == "ring":
        ring = f'class="cxa-marker" fill="{WHITE}" stroke="{colour}" stroke-width="2"'
        return f'<circle cx="{_c(x)}" cy="{_c(y)}" r="4" {ring}/>'
    if shape == "square":
        return f'<rect x="{_c(x - 4)}" y="{_c(y - 4)}" width="8" height="8" {paint}/>'
    points = {
        "triangle": ((0, -5.5), (5.5, 4), (-5.5, 4)),
        "triangle-down": ((0, 5.5), (5.5, -4), (-5.5, -4)),
        "diamond": ((0, -6), (5.5, 0), (0, 6), (-5.5, 0)),
    }[shape]
    d = " ".join(f"{_c(x + dx)},{_c(y + dy)}" for dx, dy in points)
    return f'<polygon points="{d}" {paint}/>'


def _segments(points: Iterable[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """Runs of consecutive points; a missing value (None) breaks the line."""
    runs: list[list[tuple[float, float]]] = [[]]
    for point in points:
        if point is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(point)
    return [run for run in runs if run]


def _polyline(run: list[tuple[float, float]], colour: str, dash: str, width: float) -> str:
    points = " ".join(f"{_c(x)},{_c(y)}" for x, y in run)
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<polyline class="cxa-line" points="{points}" fill="none" stroke="{colour}" '
        f'stroke-width="{width}" stroke-linejoin="round" stroke-linecap="round"{dash_attr}/>'
    )


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- Bar chart -------------------------------------------------------------------


def bar_chart(
    items: Sequence[tuple[str, float]],
    *,
    title: str,
    description: str,
    maximum: float = 100,
    unit: str = "",
    highlight: float | None = None,
    highlight_label: str | None = None,
    compact: bool = False,
) -> SafeString:
    """Horizontal bars, one per (label, value), on a 0..maximum scale with gridlines
    at round ticks (`nice_ticks`). `highlight` draws a dashed marker line (the pass
    mark by default; `highlight_label` names it otherwise). `compact` draws a
    narrower chart, with shorter label lines, whose text stays readable on a phone."""
    maximum_value = _finite(maximum)
    if maximum_value is None or maximum_value <= 0:
        raise ValueError("bar_chart: maximum must be a positive number")
    items = list(items)
    if not items:
        return _no_data(title)

    width, font, tick_font, bar_height = (COMPACT_WIDTH if compact else BAR_WIDTH), 14, 13, 18
    label_chars = COMPACT_LABEL_CHARS if compact else LABEL_CHARS
    max_lines = 3 if compact else 2  # shorter lines, so one more of them
    labels = [
        textwrap.wrap(str(label), width=label_chars, max_lines=max_lines, placeholder="…") or [""]
        for label, _value in items
    ]
    values = [_finite(value) for _label, value in items]
    value_texts = [NO_VALUE if v is None else _fmt(v) + unit for v in values]
    ticks = nice_ticks(0, maximum_value)
    maximum_value = ticks[-1]  # the scale ends on a round tick
    tick_texts = [_fmt(tick, 3) + unit for tick in ticks]
    mark = _finite(highlight)

    row_height = {1: 34, 2: 44}.get(max(len(lines) for lines in labels), 58)
    label_width = max(_text_width(line, font) for lines in labels for line in lines)
    x0 = _clamp(label_width, 30, label_chars * font * _CHAR_WIDTH) + 14
    value_width = min(
        max(
            max(_text_width(text, font) for text in value_texts) + 16,
            _text_width(tick_texts[-1], tick_font) / 2 + 4,
        ),
        width * 0.3,  # an absurdly long number may overflow; the bars keep their room
    )
    x1 = width - value_width
    top = 36 if mark is not None else 8
    bottom = top + len(items) * row_height
    height = bottom + 28

    def x_of(value: float) -> float:
        return x0 + _clamp(value, 0, maximum_value) / maximum_value * (x1 - x0)

    out = [_svg_open("bar", width, height, title, description, compact=compact)]

    out.append('<g class="cxa-grid">')
    for tick, text in zip(ticks, tick_texts, strict=True):
        x = x_of(tick)
        out.append(_line(x, top, x, bottom + 4))
        out.append(_text(x, bottom + 20, text, size=tick_font, fill=MUTED, anchor="middle"))
    out.append("</g>")

    for index, ((label, _value), lines, value, value_text) in enumerate(
        zip(items, labels, values, value_texts, strict=True)
    ):
        middle = top + index * row_height + row_height / 2
        end = x_of(value) if value is not None else x0
        first_dy = 0.35 - (len(lines) - 1) * 0.575
        tspans = "".join(
            f'<tspan x="{_c(x0 - 10)}" dy="{first_dy if n == 0 else 1.15:.3f}em">'
            f"{_esc(line)}</tspan>"
            for n, line in enumerate(lines)
        )
        out.append(
            f'<g class="cxa-bar-row"><title>{_esc(f"{label}: {value_text}")}</title>'
            f'<text class="cxa-label" x="{_c(x0 - 10)}" y="{_c(middle)}" font-size="{font}" '
            f'fill="{INK}" text-anchor="end">{tspans}</text>'
            f'<rect class="cxa-bar" x="{_c(x0)}" y="{_c(middle - bar_height / 2)}" '
            f'width="{_c(end - x0)}" height="{bar_height}" rx="2" fill="{BRAND}"/>'
            + _text(
                end + 6,
                middle,
                value_text,
                size=font,
                extra=' class="cxa-value" dy="0.35em" font-weight="600"',
            )
            + "</g>"
        )

    out.append(_line(x0, top, x0, bottom + 4, stroke=MUTED))

    if mark is not None:
        x = x_of(mark)
        name = highlight_label if highlight_label is not None else _("Pass mark")
        caption = f"{name}: {_fmt(mark)}{unit}"
        half = _text_width(caption, tick_font) / 2
        # A white halo keeps the dashed line visible where it crosses a bar.
        out.append(
            '<g class="cxa-highlight-group">'
            + _line(x, top - 8, x, bottom + 4, stroke=WHITE, width=4)
            + _line(
                x,
                top - 8,
                x,
                bottom + 4,
                stroke=INK,
                width=2,
                extra=f' class="cxa-highlight" stroke-dasharray="5 3" data-value="{_c(mark)}"',
            )
            + _text(
                _clamp(x, half + 2, width - half - 2),
                top - 14,
                caption,
                size=tick_font,
                anchor="middle",
                extra=' class="cxa-highlight-label" font-weight="600"',
            )
            + "</g>"
        )

    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 - every text above is escaped


# --- Line chart ------------------------------------------------------------------


def line_chart(
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    x_labels: Sequence[str],
    title: str,
    description: str,
    y_min: float,
    y_max: float,
    unit: str = "",
    lower_is_better: frozenset[str] = frozenset(),
    compact: bool = False,
) -> SafeString:
    """One line per (name, values) over the x positions named by `x_labels`, from
    y_min to y_max (NPS: -100..100), widened to round ticks (`nice_ticks`). A None
    value leaves a gap. Names in `lower_is_better` say so in the legend (CES,
    churn). `compact` draws a narrower chart whose text stays readable when several
    sit side by side or on a phone."""
    low, high = _finite(y_min), _finite(y_max)
    if low is None or high is None or high <= low:
        raise ValueError("line_chart: y_max must be greater than y_min")
    ticks = nice_ticks(low, high)
    low, high = ticks[0], ticks[-1]
    data = [(str(name), [_finite(v) for v in values]) for name, values in series]
    count = max([len(x_labels), *(len(values) for _name, values in data)])
    if not any(v is not None for _name, values in data for v in values):
        return _no_data(title)
    names = [str(label) for label in x_labels][:count]
    names += [str(n + 1) for n in range(len(names), count)]

    width, font, tick_font = (COMPACT_WIDTH if compact else LINE_WIDTH), 14, 13

    # Legend: a sample of each line (colour, dash and marker) and its name, in rows.
    legend_items = []
    for index, (name, _values) in enumerate(data):
        text = name
        if name in lower_is_better:
            text = _("%(name)s (lower is better)") % {"name": name}
        legend_items.append((index, text, 38 + _text_width(text, font) * 0.9 + 18))
    legend_rows: list[list[tuple[int, str, float]]] = [[]]
    used = 0.0
    for item in legend_items:
        if legend_rows[-1] and used + item[2] > width - 16:
            legend_rows.append([])
            used = 0.0
        legend_rows[-1].append(item)
        used += item[2]
    legend_height = len(legend_rows) * 24

    tick_texts = [_fmt(tick, 3) + unit for tick in ticks]

    # Every step-th label, counted back from the last, so the latest is always named.
    step = math.ceil(count / MAX_X_LABELS)
    shown = list(range((count - 1) % step, count, step))
    shown_texts = [_short(names[i], 14) for i in shown]
    widest = max(_text_width(text, tick_font) for text in shown_texts)
    left = max(_text_width(text, tick_font) for text in tick_texts) + 14
    right = 20.0
    inset = 12.0
    slot = (width - left - right - 2 * inset) / max(len(shown) - 1, 1)
    rotate = len(shown) > 1 and widest > slot - 8
    if rotate:
        angle = 40
        left = max(left, widest * math.cos(math.radians(angle)) - inset + 6)
        x_label_height = widest * math.sin(math.radians(angle)) + tick_font + 14
    else:
        right = max(right, widest / 2 - inset + 4)
        left = max(left, widest / 2 - inset + 4)
        x_label_height = tick_font + 16

    left = min(left, width * 0.35)
    top = legend_height + 14
    plot_height = 210
    bottom = top + plot_height
    height = bottom + x_label_height + 4
    x0, x1 = left, width - right

    def x_of(index: int) -> float:
        if count == 1:
            return (x0 + x1) / 2
        return x0 + inset + index * (x1 - x0 - 2 * inset) / (count - 1)

    def y_of(value: float) -> float:
        return bottom - (_clamp(value, low, high) - low) / (high - low) * plot_height

    out = [_svg_open("line", width, height, title, description, compact=compact)]

    # Legend.
    out.append('<g class="cxa-legend">')
    for row_index, row in enumerate(legend_rows):
        y = row_index * 24 + 12
        x = 8.0
        for index, text, item_width in row:
            colour, dash, shape = _style(index)
            out.append(_polyline([(x, y), (x + 30, y)], colour, dash, 2.5))
            out.append(_marker(shape, x + 15, y, colour))
            out.append(_text(x + 38, y, text, size=font, extra=' dy="0.35em"'))
            x += item_width
    out.append("</g>")

    # Grid, y ticks, zero line and axes.
    out.append('<g class="cxa-grid">')
    for tick, text in zip(ticks, tick_texts, strict=True):
        y = y_of(tick)
        out.append(_line(x0, y, x1, y))
        out.append(
            _text(x0 - 8, y, text, size=tick_font, fill=MUTED, anchor="end", extra=' dy="0.35em"')
        )
    if low < 0 < high:
        out.append(_line(x0, y_of(0), x1, y_of(0), stroke=MUTED, width=1.5))
    out.append(_line(x0, top, x0, bottom, stroke=MUTED))
    out.append(_line(x0, bottom, x1, bottom, stroke=MUTED))
    out.append("</g>")

    # X labels, thinned out to at most MAX_X_LABELS and turned when crowded.
    out.append('<g class="cxa-x-labels">')
    for index, text in zip(shown, shown_texts, strict=True):
        x, y = x_of(index), bottom + tick_font + 8
        out.append(_line(x, bottom, x, bottom + 5, stroke=MUTED))
        if rotate:
            extra = f' class="cxa-x-label" transform="rotate(-{angle} {_c(x)} {_c(y)})"'
            out.append(_text(x + 4, y, text, size=tick_font, fill=MUTED, anchor="end", extra=extra))
        else:
            extra = ' class="cxa-x-label"'
            out.append(_text(x, y, text, size=tick_font, fill=MUTED, anchor="middle", extra=extra))
    out.append("</g>")

    # Lines first, then every marker on top of them.
    for index, (_name, values) in enumerate(data):
        colour, dash, _shape = _style(index)
        points = [None if v is None else (x_of(i), y_of(v)) for i, v in enumerate(values[:count])]
        out.append(f'<g class="cxa-series" data-series="{index}">')
        out.extend(_polyline(run, colour, dash, 2.5) for run in _segments(points) if len(run) > 1)
        out.append("</g>")
    for index, (name, values) in enumerate(data):
        colour, _dash, shape = _style(index)
        out.append(f'<g class="cxa-points" data-series="{index}">')
        for i, value in enumerate(values[:count]):
            if value is None:
                continue
            x, y = x_of(i), y_of(value)
            tip = f"{name}, {names[i]}: {_fmt(value)}{unit}"
            out.append(
                f'<g class="cxa-point"><title>{_esc(tip)}</title>'
                f'<circle cx="{_c(x)}" cy="{_c(y)}" r="10" fill="{WHITE}" fill-opacity="0"/>'
                f"{_marker(shape, x, y, colour)}</g>"
            )
        out.append("</g>")

    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 - every text above is escaped


def _style(index: int) -> tuple[str, str, str]:
    return (
        SERIES_COLOURS[index % len(SERIES_COLOURS)],
        SERIES_DASHES[index % len(SERIES_DASHES)],
        SERIES_MARKERS[index % len(SERIES_MARKERS)],
    )


# --- Sparkline -------------------------------------------------------------------


def sparkline(
    values: Sequence[float | None],
    *,
    label: str,
    y_min: float,
    y_max: float,
    unit: str = "",
) -> SafeString:
    """A tiny line for a KPI card. Its accessible name gives the first and last
    values ("CSAT: from 72,5 to 80"); the card shows the number itself."""
    low, high = _finite(y_min), _finite(y_max)
    if low is None or high is None or high <= low:
        raise ValueError("sparkline: y_max must be greater than y_min")
    data = [_finite(v) for v in values]
    present = [v for v in data if v is not None]
    if not present:
        message = _("%(title)s: no data yet.") % {"title": label}
        return mark_safe(f'<span class="cxa-chart-empty">{_esc(message)}</span>')  # noqa: S308

    if len(present) == 1:
        name = f"{label}: {_fmt(present[0])}{unit}"
    else:
        name = _("%(label)s: from %(first)s to %(last)s") % {
            "label": label,
            "first": _fmt(present[0]) + unit,
            "last": _fmt(present[-1]) + unit,
        }

    width, height, pad = 120, 32, 4

    def x_of(index: int) -> float:
        if len(data) == 1:
            return width / 2
        return pad + index * (width - 2 * pad) / (len(data) - 1)

    def y_of(value: float) -> float:
        return height - pad - (_clamp(value, low, high) - low) / (high - low) * (height - 2 * pad)

    points = [None if v is None else (x_of(i), y_of(v)) for i, v in enumerate(data)]
    last = next(p for p in reversed(points) if p is not None)
    out = [
        f'<svg xmlns="{SVG_NS}" class="cxa-sparkline" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMidYMid meet" role="img" '
        f'aria-label="{_esc(name)}" focusable="false">'
        f"<title>{_esc(name)}</title>"
    ]
    out.extend(_polyline(run, BRAND, "", 2) for run in _segments(points) if len(run) > 1)
    out.append(
        f'<circle class="cxa-marker" cx="{_c(last[0])}" cy="{_c(last[1])}" r="3" fill="{BRAND}"/>'
    )
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 - every text above is escaped


# --- Data table ------------------------------------------------------------------


def _is_number(cell) -> bool:
    return isinstance(cell, int | float | Decimal) and not isinstance(cell, bool)


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str | float | None]],
    *,
    caption: str,
    decimals: int = 1,
) -> SafeString:
    """The chart's numbers as a table: a caption, column headers (scope="col") and
    each row's first cell as its header (scope="row"). Numbers are formatted for
    the active language and aligned right; None shows as a dash."""
    rows = [list(row) for row in rows]
    if not rows:
        return _no_data(caption)
    columns = max(len(headers), *(len(row) for row in rows))
    numeric = [any(i < len(row) and _is_number(row[i]) for row in rows) for i in range(columns)]

    def cell_text(cell) -> str:
        if cell is None:
            return NO_VALUE
        if _is_number(cell):
            return _fmt(cell, decimals)
        return str(cell)

    def num_class(i: int) -> str:
        return ' class="cxa-num"' if numeric[i] else ""

    out = [
        '<table class="data-table cxa-data-table">',
        f"<caption>{_esc(caption)}</caption>",
        "<thead><tr>",
    ]
    for i in range(columns):
        header = headers[i] if i < len(headers) else ""
        out.append(f'<th scope="col"{num_class(i) if i else ""}>{_esc(header)}</th>')
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>")
        for i in range(columns):
            cell = row[i] if i < len(row) else None
            text = _esc(cell_text(cell))
            if i == 0:
                out.append(f'<th scope="row">{text}</th>')
            else:
                out.append(f"<td{num_class(i)}>{text}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return mark_safe("".join(out))  # noqa: S308 - every text above is escaped
