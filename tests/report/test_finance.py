"""The finance section: each house's results and its income and cost lines, formatted in the
reader's language, next to the charts; nothing when the plan has no forecast."""

from __future__ import annotations

import pytest

from etoile.domain import Plan, Season
from etoile.i18n import Translator
from etoile.report.finance import FinanceView, LineRow, ResultRow, finance_view

from .builders import plan_data, season_data

NNBSP, NBSP = "\u202f", "\xa0"


@pytest.fixture(scope="module")
def season() -> Season:
    return Season.model_validate(season_data())


@pytest.fixture(scope="module")
def english(season: Season) -> FinanceView:
    view = finance_view(season, Plan.model_validate(plan_data()), Translator("en"))
    assert view is not None
    return view


def test_each_house_has_its_results_in_its_currency(english: FinanceView) -> None:
    # The builders' hand-written forecast: New York's attendance 6,500.4 rounds to 6,500.
    assert english.rows == [
        ResultRow(
            house="Manhattan Ballet Theatre",
            performances="3",
            attendance="6,500",
            occupancy="85%",
            expected="$50,000",
            p5="-$120,000",
            p50="$48,000",
            p95="$210,000",
            pbe="68%",
        ),
        ResultRow(
            house="Ballet de l'Opéra de Lutèce",
            performances="3",
            attendance="7,800",
            occupancy="95%",
            expected="€34,567",
            p5="-€60,000",
            p50="€30,000",
            p95="€120,000",
            pbe="62%",
        ),
    ]


def test_income_lines_come_before_cost_lines(english: FinanceView) -> None:
    nyc, par = english.house_lines
    # New York: income 880,000 + 150,000 + 250,000 = 1,280,000; costs 900,000 + 200,000
    # + 30,000 = 1,130,000 (the builder's lines, in its order).
    assert nyc.lines == [
        LineRow("Box office", "$880,000", True),
        LineRow("Public subsidy", "$150,000", True),
        LineRow("Donations", "$250,000", True),
        LineRow("Fixed costs", "$900,000", False),
        LineRow("Dancers' salaries", "$200,000", False),
        LineRow("Exchange costs", "$30,000", False),
    ]
    assert [(r.line, r.income) for r in par.lines] == [
        ("Box office", True),
        ("Public subsidy", True),
        ("Fixed costs", False),
        ("Production costs", False),
    ]


def test_the_charts_are_svg(english: FinanceView) -> None:
    for chart in [english.weekly, english.results, english.lines]:
        assert str(chart).startswith("<svg")


def test_in_french_the_numbers_follow_french_rules(season: Season) -> None:
    view = finance_view(season, Plan.model_validate(plan_data()), Translator("fr"))
    assert view is not None
    paris = view.rows[1]
    # French: a narrow no-break space between thousands, a no-break space before € and %.
    assert (paris.attendance, paris.occupancy, paris.expected) == (
        f"7{NNBSP}800",
        f"95{NBSP}%",
        f"34{NNBSP}567{NBSP}€",
    )
    assert view.house_lines[0].lines[0] == LineRow("Billetterie", f"880{NNBSP}000{NBSP}$US", True)


def test_no_forecast_no_section(season: Season) -> None:
    data = plan_data()
    del data["forecast"]
    assert finance_view(season, Plan.model_validate(data), Translator("en")) is None
    data["forecast"] = {"draws": 2000, "seed": 7, "houses": []}
    assert finance_view(season, Plan.model_validate(data), Translator("en")) is None
