"""The finance charts as inline SVG: weekly box office, season result, income and costs.

Charts are drawn on bare :class:`matplotlib.figure.Figure` objects (no pyplot, so no GUI
backend and no global figure state) and saved as SVG text that goes straight into the page:
the report stays one file, and SVG scales on a phone and prints sharply. Text stays text
(``svg.fonttype: none``), so the browser draws it and a reader can search it. A fixed hash
salt and no date metadata make the same forecast give the same bytes. Titles and legends
come from the :class:`~etoile.i18n.Translator`; axis amounts are Babel's compact currency
(``$1.2M`` / ``1,2 M €``).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import matplotlib as mpl
from markupsafe import Markup, escape
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from matplotlib.typing import RcKeyType

from etoile.domain import HouseForecast
from etoile.i18n import Translator

STYLE: dict[RcKeyType, Any] = {
    "svg.hashsalt": "etoile-report",  # stable clip-path ids, hence stable bytes
    "svg.fonttype": "none",
    "text.parse_math": False,  # "$1.2M" is money, not mathtext
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
INCOME, COST, BOX, PLAN, BASE = "#2e7d4f", "#b23a3a", "#8c2d4a", "#2d5f8c", "#777777"
MAX_TICKS = 10


@contextmanager
def _style() -> Iterator[None]:
    # Our settings for this figure only: the rest of the process keeps its own rcParams.
    with mpl.rc_context(STYLE):
        yield


def _svg(fig: Figure, label: str) -> Markup:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    # The viewBox keeps the proportions; without fixed width and height the CSS sizes it.
    head, rest = text.split(">", 1)
    head = re.sub(r'\s(width|height)="[^"]*"', "", head)
    return Markup(f'{head} role="img" aria-label="{escape(label)}">{rest}')


def _money_axis(ax: Axes, tr: Translator, currency: str, axis: str = "x") -> None:
    # Babel's formatting is slow, and the layout asks for the same ticks again and again
    # (780 calls for 30 amounts on the demo's charts): each amount is written once.
    written: dict[float, str] = {}

    def money(v: float, _pos: int | None) -> str:
        if v not in written:
            written[v] = tr.format_money(v, currency, compact=True)
        return written[v]

    (ax.xaxis if axis == "x" else ax.yaxis).set_major_formatter(FuncFormatter(money))


def _panels(count: int, height: float) -> tuple[Figure, list[Axes]]:
    fig = Figure(figsize=(8, max(1.6, height) * count), layout="constrained")
    axes = fig.subplots(count, 1, squeeze=False)[:, 0]
    return fig, list(axes)


def weekly_box_office(
    houses: Sequence[HouseForecast], names: dict[str, str], weeks: list[dt.date], tr: Translator
) -> Markup:
    """One panel per house: expected ticket revenue of every week of the season.

    Parameters
    ----------
    houses
        The houses' forecasts.
    names
        Company id -> name, for the panels' titles.
    weeks
        The Mondays of the season's weeks.
    tr
        The reader's words and number formats.

    Returns
    -------
    Markup
        An inline SVG.
    """
    with _style():
        fig, axes = _panels(len(houses), 2.2)
        step = max(1, math.ceil(len(weeks) / MAX_TICKS))
        for ax, house in zip(axes, houses, strict=True):
            values = [house.weekly_box_office.get(w.isoformat(), 0.0) for w in weeks]
            ax.bar(range(len(weeks)), values, color=BOX, width=0.8)
            ax.set_title(
                f"{names.get(house.company, house.company)} ({house.currency})", loc="left"
            )
            ax.set_xticks(range(0, len(weeks), step))
            ax.set_xticklabels(
                [tr.format_date(w, year=False, weekday=False) for w in weeks[::step]]
            )
            _money_axis(ax, tr, house.currency, "y")
            ax.grid(axis="y", alpha=0.3)
        axes[-1].set_xlabel(tr.t("fin.week_axis"))
        return _svg(fig, tr.t("fin.weekly"))


def season_results(
    houses: Sequence[HouseForecast], names: dict[str, str], tr: Translator
) -> Markup:
    """One panel per house: the 5-95 % range, the median, the expected result, the baseline.

    Parameters
    ----------
    houses
        Each house's forecast: percentiles, expected result and baseline.
    names
        Each house's name by id.
    tr
        Labels and money, in the reader's language.
    """
    with _style():
        fig, axes = _panels(len(houses), 1.4)
        for i, (ax, house) in enumerate(zip(axes, houses, strict=True)):
            ax.hlines(
                0,
                house.p5,
                house.p95,
                color=PLAN,
                linewidth=10,
                alpha=0.35,
                label=tr.t("fin.range"),
            )
            ax.plot(
                [house.p50],
                [0],
                "|",
                color=PLAN,
                markersize=18,
                markeredgewidth=2,
                label=tr.t("fin.median"),
            )
            ax.plot([house.result], [0], "D", color=PLAN, label=tr.t("fin.expected"))
            if house.baseline_result is not None:
                ax.plot(
                    [house.baseline_result],
                    [0],
                    "o",
                    mfc="white",
                    color=BASE,
                    markersize=8,
                    label=tr.t("fin.baseline"),
                )
            ax.axvline(0, color="black", linewidth=1, label=tr.t("fin.break_even"))
            ax.set_yticks([])
            ax.spines["left"].set_visible(False)
            ax.set_title(
                f"{names.get(house.company, house.company)} ({house.currency})", loc="left"
            )
            _money_axis(ax, tr, house.currency)
            if i == 0:
                ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
        return _svg(fig, tr.t("fin.results"))


def line_label(tr: Translator, line: str) -> str:
    """The translated name of a ledger line; an unknown line keeps its key, made readable.

    Parameters
    ----------
    tr
        Translates the line's key ``line.<line>``.
    line
        A ledger line, such as ``per_diem``.
    """
    key = f"line.{line}"
    return tr.t(key) if tr.has(key) else line.replace("_", " ")


def income_and_costs(
    houses: Sequence[HouseForecast], names: dict[str, str], tr: Translator
) -> Markup:
    """One panel per house: every expected income line above every cost line.

    Parameters
    ----------
    houses
        Forecasts with income and cost lines.
    names
        The titles of the panels, by company id.
    tr
        Translates the lines' names.
    """
    with _style():
        heights = [len(h.income_lines) + len(h.cost_lines) for h in houses]
        fig, axes = _panels(len(houses), 0.3 * max(heights, default=1) + 0.8)
        for ax, house in zip(axes, houses, strict=True):
            lines = [(k, v, INCOME) for k, v in house.income_lines.items()]
            lines += [(k, v, COST) for k, v in house.cost_lines.items()]
            lines.reverse()  # barh draws from the bottom; the reader reads from the top
            ax.barh(range(len(lines)), [v for _, v, _ in lines], color=[c for _, _, c in lines])
            ax.set_yticks(range(len(lines)), [line_label(tr, k) for k, _, _ in lines])
            ax.set_title(
                f"{names.get(house.company, house.company)} ({house.currency})", loc="left"
            )
            _money_axis(ax, tr, house.currency)
            ax.grid(axis="x", alpha=0.3)
        return _svg(fig, tr.t("fin.lines"))
