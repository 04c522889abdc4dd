"""The deal's two charts, written as plain SVG: the frontier of packages and the tornado.

Unlike the finance charts (Matplotlib), these are written by hand: the web pages run under a
Content-Security-Policy without ``'unsafe-inline'`` styles, which blocks the ``style``
attributes Matplotlib writes; here colours are presentation attributes (``fill``,
``stroke``) and classes, so the same SVG reads the same in the report file and on the
exchange board. Every piece of text goes through :func:`markupsafe.escape`; numbers are
rounded to one decimal, so the same deal gives the same bytes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 640
"""The tornado's width in SVG units; the frontier is wider, for its legend on the right."""
FRONTIER_WIDTH = 760
MIN_SPAN = 1000.0
GAIN, LOSS, CHOSEN, AFTER, PACKAGE, FLIP = (
    "#2e7d4f",
    "#b23a3a",
    "#8c2d4a",
    "#2d5f8c",
    "#8a8a96",
    "#b7791f",
)


@dataclass(frozen=True)
class Axis:
    """A linear scale from data values to SVG coordinates, with its tick values."""

    low: float
    high: float
    start: float
    end: float

    @classmethod
    def around(cls, values: Sequence[float], start: float, end: float) -> Axis:
        """A scale covering ``values`` and 0, padded by 8 % on each side.

        Parameters
        ----------
        values
            What the axis must show.
        start, end
            Where the scale begins and ends on the page, in pixels.
        """
        low, high = min(*values, 0.0), max(*values, 0.0)
        # Money axes: at least 1,000 wide, or a lone point at 0 gets ticks of cents.
        widen = max(0.0, MIN_SPAN - (high - low)) / 2
        low, high = low - widen, high + widen
        pad = (high - low) * 0.08
        return cls(low - pad, high + pad, start, end)

    def __call__(self, value: float) -> float:
        """The coordinate of ``value``."""
        return self.start + (value - self.low) / (self.high - self.low) * (self.end - self.start)

    def ticks(self, most: int = 6) -> list[float]:
        """Round values (1, 2 or 5 times a power of ten apart) inside the scale.

        Parameters
        ----------
        most
            At most this many ticks.
        """
        span = self.high - self.low
        raw = span / max(1, most - 1)
        power = 10 ** math.floor(math.log10(raw))
        step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
        first = math.ceil(self.low / step) * step
        count = int((self.high - first) // step) + 1
        return [round(first + i * step, 9) for i in range(count)]


def _n(value: float) -> str:
    # One decimal is finer than a pixel; fewer digits keep the file small and stable.
    return f"{value:.1f}"


def _text(x: float, y: float, words: str, anchor: str = "start", cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" font-size="11" '
        f'fill="#1d1d24"{klass}>{escape(words)}</text>'
    )


def _svg(width: float, height: float, label: str, cls: str, parts: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'role="img" aria-label="{escape(label)}" class="deal-chart {cls}" '
        'font-family="system-ui, sans-serif">'
    )
    return Markup(head + "".join(parts) + "</svg>")


@dataclass(frozen=True)
class FrontierPlot:
    """What the frontier chart draws, already in the two houses' currencies.

    ``points`` are (x, y, tooltip, chosen) for each package before the transfer; ``after``
    and ``even`` the chosen package after the agreed transfer and after an even split;
    ``fee_range`` the two ends of the transfers under which both houses gain.
    """

    points: list[tuple[float, float, str, bool]]
    after: tuple[float, float] | None
    even: tuple[float, float] | None
    fee_range: tuple[tuple[float, float], tuple[float, float]] | None
    x_title: str
    y_title: str
    x_zero: str
    y_zero: str
    legend: dict[str, str]
    """Legend words by item: package, chosen, after, even, fee_range, both_gain."""


def frontier(
    plot: FrontierPlot,
    label: str,
    x_money: Callable[[float], str],
    y_money: Callable[[float], str],
) -> Markup:
    """A scatter of every package: x the first house's gain, y the second's.

    The quarter where both gain is shaded; each house's line of zero gain is drawn and
    named; the chosen package is ringed, with an arrow to where the transfer puts it.

    Parameters
    ----------
    plot
        The packages and marks to draw (:func:`~etoile.report.deal_frontier.frontier_plot`).
    label
        The chart's accessible name.
    x_money, y_money
        Format an amount of each house's money.
    """
    left, right, top, bottom = 84.0, 470.0, 16.0, 330.0
    xs = [p[0] for p in plot.points]
    ys = [p[1] for p in plot.points]
    for extra in (plot.after, plot.even, *(plot.fee_range or ())):
        if extra is not None:
            xs.append(extra[0])
            ys.append(extra[1])
    x = Axis.around(xs, left, right)
    y = Axis.around(ys, bottom, top)
    parts = [
        # Where both houses gain: right of the first's zero line, above the second's.
        f'<rect class="both-gain" x="{_n(x(0))}" y="{_n(top)}" width="{_n(right - x(0))}" '
        f'height="{_n(y(0) - top)}" fill="{GAIN}" fill-opacity="0.08"/>',
        f'<rect class="frame" x="{_n(left)}" y="{_n(top)}" width="{_n(right - left)}" '
        f'height="{_n(bottom - top)}" fill="none" stroke="#d9d6de"/>',
    ]
    for tick in x.ticks():
        parts.append(_text(x(tick), bottom + 14, x_money(tick), "middle", "tick"))
    for tick in y.ticks():
        parts.append(_text(left - 6, y(tick) + 4, y_money(tick), "end", "tick"))
    parts += [
        f'<line class="zero" x1="{_n(x(0))}" y1="{_n(top)}" x2="{_n(x(0))}" y2="{_n(bottom)}" '
        'stroke="#1d1d24" stroke-width="1"/>',
        f'<line class="zero" x1="{_n(left)}" y1="{_n(y(0))}" x2="{_n(right)}" y2="{_n(y(0))}" '
        'stroke="#1d1d24" stroke-width="1"/>',
        _text(x(0) + 4, top + 11, plot.x_zero, "start", "zero-label"),
        _text(x(0) + 6, y(0) - 5, plot.y_zero, "start", "zero-label"),
        _text((left + right) / 2, bottom + 32, plot.x_title, "middle", "axis-title"),
        f'<text class="axis-title" x="14" y="{_n((top + bottom) / 2)}" text-anchor="middle" '
        f'font-size="11" fill="#1d1d24" transform="rotate(-90 14 {_n((top + bottom) / 2)})">'
        f"{escape(plot.y_title)}</text>",
    ]
    if plot.fee_range is not None:
        (x1, y1), (x2, y2) = plot.fee_range
        parts.append(
            f'<line class="fee-range" x1="{_n(x(x1))}" y1="{_n(y(y1))}" x2="{_n(x(x2))}" '
            f'y2="{_n(y(y2))}" stroke="{GAIN}" stroke-width="7" stroke-opacity="0.45" '
            'stroke-linecap="round"/>'
        )
    chosen = [p for p in plot.points if p[3]]
    if chosen and plot.after is not None:
        cx, cy = chosen[0][0], chosen[0][1]
        parts.append(
            f'<line class="transfer" x1="{_n(x(cx))}" y1="{_n(y(cy))}" '
            f'x2="{_n(x(plot.after[0]))}" y2="{_n(y(plot.after[1]))}" stroke="{AFTER}" '
            'stroke-width="1.5" stroke-dasharray="4 3"/>'
        )
    for px, py, tip, is_chosen in sorted(plot.points, key=lambda p: p[3]):
        cls, fill, radius = ("chosen", CHOSEN, 7) if is_chosen else ("package", PACKAGE, 4)
        ring = (
            f'<circle cx="{_n(x(px))}" cy="{_n(y(py))}" r="11" fill="none" stroke="{CHOSEN}" '
            'stroke-width="1.5"/>'
            if is_chosen
            else ""
        )
        parts.append(
            f'<g class="point {cls}"><circle cx="{_n(x(px))}" cy="{_n(y(py))}" r="{radius}" '
            f'fill="{fill}"/>{ring}<title>{escape(tip)}</title></g>'
        )
    if plot.even is not None:
        ex, ey = x(plot.even[0]), y(plot.even[1])
        parts.append(
            f'<rect class="even" x="{_n(ex - 4)}" y="{_n(ey - 4)}" width="8" height="8" '
            f'fill="white" stroke="{AFTER}" stroke-width="1.5"/>'
        )
    if plot.after is not None:
        parts.append(
            f'<circle class="after" cx="{_n(x(plot.after[0]))}" cy="{_n(y(plot.after[1]))}" '
            f'r="5" fill="white" stroke="{AFTER}" stroke-width="2"/>'
        )
    parts += _frontier_legend(plot, right + 24, top + 8)
    return _svg(FRONTIER_WIDTH, bottom + 44, label, "frontier", parts)


def _frontier_legend(plot: FrontierPlot, left: float, top: float) -> list[str]:
    symbols = {
        "both_gain": f'<rect x="-6" y="-6" width="12" height="12" fill="{GAIN}" '
        'fill-opacity="0.15"/>',
        "package": f'<circle r="4" fill="{PACKAGE}"/>',
        "chosen": f'<circle r="6" fill="{CHOSEN}"/><circle r="9" fill="none" '
        f'stroke="{CHOSEN}" stroke-width="1.5"/>',
        "fee_range": f'<line x1="-8" y1="0" x2="8" y2="0" stroke="{GAIN}" stroke-width="7" '
        'stroke-opacity="0.45" stroke-linecap="round"/>',
        "after": f'<circle r="5" fill="white" stroke="{AFTER}" stroke-width="2"/>',
        "even": f'<rect x="-4" y="-4" width="8" height="8" fill="white" stroke="{AFTER}" '
        'stroke-width="1.5"/>',
    }
    shown = ["both_gain", "package"] + (["chosen"] if any(p[3] for p in plot.points) else [])
    shown += [k for k, v in (("fee_range", plot.fee_range), ("after", plot.after)) if v]
    shown += ["even"] if plot.even is not None else []
    parts = []
    for i, key in enumerate(k for k in shown if k in plot.legend):
        cy = top + i * 22
        parts.append(
            f'<g class="legend-item legend-{key}" transform="translate({_n(left + 8)} {_n(cy)})">'
            f"{symbols[key]}</g>"
        )
        parts.append(_text(left + 24, cy + 4, plot.legend[key], "start", "legend"))
    return parts


@dataclass(frozen=True)
class TornadoBar:
    """One assumption's bar: the total gain at its low, base and high values."""

    name: str
    at_low: float
    at_base: float
    at_high: float
    flips: bool
    tooltip: str


def tornado(
    bars: Sequence[TornadoBar],
    label: str,
    money: Callable[[float], str],
    words: dict[str, str],
) -> Markup:
    """Horizontal bars in the given order (widest first), around each row's base total.

    The part of a bar toward the low value's total and toward the high value's have their
    own colours; a row whose decision flips in range is outlined and marked ⇄. ``words``
    holds the legend: low, high, base, flips.

    Parameters
    ----------
    bars
        One bar per assumption moved.
    label
        What a screen reader says the chart is.
    money
        Formats an amount of the chart's currency.
    """
    left, right, top, row = 190.0, 600.0, 10.0, 26.0
    bottom = top + row * len(bars) + 6
    values = [v for b in bars for v in (b.at_low, b.at_base, b.at_high)]
    x = Axis.around(values or [0.0], left, right)
    parts = []
    for tick in x.ticks():
        parts += [
            f'<line class="grid" x1="{_n(x(tick))}" y1="{_n(top)}" x2="{_n(x(tick))}" '
            f'y2="{_n(bottom)}" stroke="#d9d6de" stroke-width="0.6"/>',
            _text(x(tick), bottom + 14, money(tick), "middle", "tick"),
        ]
    parts.append(
        f'<line class="zero" x1="{_n(x(0))}" y1="{_n(top)}" x2="{_n(x(0))}" y2="{_n(bottom)}" '
        'stroke="#1d1d24" stroke-width="1"/>'
    )
    for i, bar in enumerate(bars):
        mid = top + row * i + row / 2
        pieces = [_text(left - 8, mid + 4, bar.name, "end", "name")]
        for cls, value, colour in (("low", bar.at_low, LOSS), ("high", bar.at_high, GAIN)):
            start, end = sorted((x(bar.at_base), x(value)))
            pieces.append(
                f'<rect class="{cls}" x="{_n(start)}" y="{_n(mid - 8)}" '
                f'width="{_n(max(end - start, 0.5))}" height="16" fill="{colour}" '
                'fill-opacity="0.75"/>'
            )
        lo, hi = sorted((x(bar.at_low), x(bar.at_high)))
        if bar.flips:
            pieces.append(
                f'<rect class="flip-mark" x="{_n(lo - 2)}" y="{_n(mid - 10)}" '
                f'width="{_n(hi - lo + 4)}" height="20" fill="none" stroke="{FLIP}" '
                'stroke-width="2" stroke-dasharray="3 2"/>'
            )
        pieces.append(
            f'<line class="base" x1="{_n(x(bar.at_base))}" y1="{_n(mid - 11)}" '
            f'x2="{_n(x(bar.at_base))}" y2="{_n(mid + 11)}" stroke="#1d1d24" stroke-width="2"/>'
        )
        if bar.flips:
            pieces.append(_text(min(hi + 6, WIDTH - 14), mid + 4, "⇄", "start", "flip"))
        flips = " flips" if bar.flips else ""
        parts.append(
            f'<g class="bar{flips}">{"".join(pieces)}<title>{escape(bar.tooltip)}</title></g>'
        )
    legend_y = bottom + 36
    swatches = (
        (f'<rect x="-6" y="-9" width="12" height="10" fill="{LOSS}" fill-opacity="0.75"/>', "low"),
        (f'<rect x="-6" y="-9" width="12" height="10" fill="{GAIN}" fill-opacity="0.75"/>', "high"),
        ('<line x1="0" y1="-11" x2="0" y2="2" stroke="#1d1d24" stroke-width="2"/>', "base"),
        (f'<rect x="-7" y="-11" width="14" height="14" fill="none" stroke="{FLIP}" '
         'stroke-width="2" stroke-dasharray="3 2"/>', "flips"),
    )  # fmt: skip
    for i, (symbol, key) in enumerate(swatches):
        cy = legend_y + 18 * i
        parts.append(
            f'<g class="legend-item legend-{key}" transform="translate({_n(left + 6)} {_n(cy)})">'
            f"{symbol}</g>"
        )
        parts.append(_text(left + 20, cy, words[key], "start", "legend"))
    legend_y += 18 * (len(swatches) - 1)
    return _svg(WIDTH, legend_y + 12, label, "tornado", parts)
