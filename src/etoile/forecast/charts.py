"""Forecast charts as PNG files: weekly box office per house, and each house's result.

Matplotlib runs with the Agg backend (no display, same pixels on every machine). Numbers on
the axes are formatted with Babel for the chosen locale, so a Paris director reads
``1 200 000 €``-style figures when the report is in French.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # after use(): the backend is chosen first
import numpy as np
from babel.numbers import format_compact_currency
from matplotlib.ticker import FuncFormatter

from etoile.domain import Forecast
from etoile.forecast.tiers import FloatArray

_TITLES = {
    "en": ("Expected box office by week", "Week starting", "Season result: distribution"),
    "fr": ("Recettes attendues par semaine", "Semaine du", "Résultat de la saison : distribution"),
}


def _money_axis(currency: str, locale: str) -> FuncFormatter:
    def fmt(value: float, _pos: int) -> str:
        return format_compact_currency(value, currency, locale=locale, fraction_digits=1)

    return FuncFormatter(fmt)


def weekly_revenue_chart(forecast: Forecast, path: Path, locale: str = "en") -> Path:
    """One panel per house: expected ticket revenue of each week, in the house's currency.

    Parameters
    ----------
    forecast
        The forecast drawn.
    path
        The PNG file to write.
    locale
        The language of the titles and numbers.

    Returns
    -------
    Path
        ``path``.
    """
    title, xlabel, _ = _TITLES.get(locale[:2], _TITLES["en"])
    houses = forecast.houses
    fig, axes = plt.subplots(len(houses), 1, figsize=(9, 2.8 * len(houses)), squeeze=False)
    for ax, house in zip(axes[:, 0], houses, strict=True):
        weeks = [dt.date.fromisoformat(w) for w in house.weekly_box_office]
        ax.bar(weeks, list(house.weekly_box_office.values()), width=6, color="#8c2d4a")
        ax.set_title(f"{house.company} ({house.currency})", fontsize=10, loc="left")
        ax.yaxis.set_major_formatter(_money_axis(house.currency, locale))
        ax.grid(axis="y", alpha=0.3)
    axes[-1, 0].set_xlabel(xlabel)
    fig.suptitle(title)
    fig.autofmt_xdate()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def result_distribution_chart(
    forecast: Forecast, results: FloatArray, path: Path, locale: str = "en"
) -> Path:
    """One histogram per house of its season result, with break-even and p5/p50/p95 marked.

    Parameters
    ----------
    forecast
        Gives each house's percentiles and currency.
    results
        Each house's result in each draw, an array (draws, houses).
    path
        Where the PNG goes.
    locale
        ``en`` or ``fr``.

    Returns
    -------
    Path
        The file written.
    """
    _, _, title = _TITLES.get(locale[:2], _TITLES["en"])
    houses = forecast.houses
    fig, axes = plt.subplots(1, len(houses), figsize=(5 * len(houses), 3.4), squeeze=False)
    for h, (ax, house) in enumerate(zip(axes[0], houses, strict=True)):
        col = np.asarray(results[:, h])
        ax.hist(col, bins=60, color="#2d5f8c", alpha=0.85)
        ax.axvline(0.0, color="black", linewidth=1.2)
        for q in (house.p5, house.p50, house.p95):
            ax.axvline(q, color="#c0392b", linestyle="--", linewidth=0.9)
        ax.set_title(
            f"{house.company}: P(≥ 0) = {house.probability_break_even:.0%}",
            fontsize=10,
            loc="left",
        )
        ax.xaxis.set_major_formatter(_money_axis(house.currency, locale))
        ax.set_yticks([])
    fig.suptitle(title)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
