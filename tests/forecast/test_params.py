"""Parameter files: TOML and JSON, defaults kept, bad values refused."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from etoile.domain import Season
from etoile.forecast import DEFAULT_PARAMS, ForecastParams, Period, load_params
from etoile.forecast.params import INCOME_LINES


def test_toml_overrides_only_what_it_names(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        'sigma_run = 0.2\n[[periods]]\nname = "summer"\nstart = "07-01"\nend = "08-31"\n'
        "demand = 0.8\nprice = 1.0\n",
        encoding="utf-8",
    )
    params = load_params(path)
    assert params.sigma_run == 0.2
    assert params.base_demand == DEFAULT_PARAMS.base_demand
    # A plain list (the older form) applies to every market.
    assert [p.name for p in params.periods_of("paris")] == ["summer"]
    assert params.period_of(dt.date(2027, 7, 14), "new-york") is not None
    assert params.period_of(dt.date(2027, 7, 14), None) is not None
    assert params.period_of(dt.date(2027, 9, 1), "paris") is None


def test_periods_per_market_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        '[markets]\nh = "lyon"\n[[periods.lyon]]\nname = "fete"\nstart = "12-08"\n'
        'end = "12-08"\ndemand = 1.2\nprice = 1.0\n',
        encoding="utf-8",
    )
    params = load_params(path)
    assert params.markets == {"h": "lyon"}
    assert [p.name for p in params.periods_of("lyon")] == ["fete"]
    assert params.periods_of("new-york") == []  # the file's periods replace the defaults


def test_broadway_weeks_lift_new_york_only(demo: Season) -> None:
    nyc, par = demo.company["nyc"], demo.company["par"]
    assert DEFAULT_PARAMS.market_of(nyc) == "new-york"
    assert DEFAULT_PARAMS.market_of(par) == "paris"
    assert [p.name for p in DEFAULT_PARAMS.periods_of("new-york")] == [
        "christmas",
        "new-year",
        "january",
    ]
    assert DEFAULT_PARAMS.periods_of("paris") == []
    # A house id maps before its time zone: Paris moved to New York's market.
    moved = DEFAULT_PARAMS.model_copy(update={"markets": {"par": "new-york"}})
    assert moved.market_of(par) == "new-york"
    assert moved.market_of(nyc) is None
    assert moved.periods_of(None) == []


def test_income_spreads_are_documented_with_their_range() -> None:
    for line in INCOME_LINES:
        field = ForecastParams.model_fields[f"{line}_sd"]
        assert field.description is not None and "[I]" in field.description, line
        assert "range" in field.description, line
        assert 0 < DEFAULT_PARAMS.income_sd(line) <= 0.2, line
    assert DEFAULT_PARAMS.income_sd("box_office") == 0.0


def test_json_and_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"cheap_first": 0.25}), encoding="utf-8")
    assert load_params(path).cheap_first == 0.25
    path.write_text(json.dumps({"cheap_first": 2}), encoding="utf-8")
    with pytest.raises(ValidationError):
        load_params(path)
    path.write_text(
        json.dumps(
            {"periods": [{"name": "x", "start": "13-01", "end": "01-01", "demand": 1, "price": 1}]}
        ),
        encoding="utf-8",
    )
    with pytest.raises(ValidationError):
        load_params(path)


def test_impossible_day_is_refused() -> None:
    with pytest.raises(ValidationError):
        Period(name="x", start="02-30", end="03-01", demand=1.0, price=1.0)


def test_holiday_weeks_are_whole_weeks() -> None:
    christmas, new_year, january = DEFAULT_PARAMS.periods["new-york"]
    # 2019: Christmas on a Wednesday, the week of Monday 23 to Sunday 29 (the Broadway week).
    assert [christmas.contains(dt.date(2019, 12, d)) for d in (22, 23, 29, 30)] == [
        False,
        True,
        True,
        False,
    ]
    # 2026: Christmas on a Friday, Monday 21 to Sunday 27; New Year's week 28 Dec to 3 Jan.
    assert christmas.contains(dt.date(2026, 12, 21)) and not christmas.contains(
        dt.date(2026, 12, 28)
    )
    assert new_year.contains(dt.date(2026, 12, 28)) and new_year.contains(dt.date(2027, 1, 3))
    assert DEFAULT_PARAMS.period_of(dt.date(2027, 1, 4), "new-york") == january
    assert DEFAULT_PARAMS.period_of(dt.date(2027, 2, 4), "new-york") is None


def test_fixed_period_wrapping_the_year() -> None:
    winter = Period(name="w", start="12-15", end="01-10", demand=1.0, price=1.0)
    assert winter.contains(dt.date(2026, 12, 31)) and winter.contains(dt.date(2027, 1, 10))
    assert not winter.contains(dt.date(2027, 1, 11)) and not winter.contains(dt.date(2026, 12, 14))
