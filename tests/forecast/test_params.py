"""Parameter files: TOML and JSON, defaults kept, bad values refused."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from etoile.forecast import DEFAULT_PARAMS, Period, load_params


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
    assert [p.name for p in params.periods] == ["summer"]
    assert params.period_of(dt.date(2027, 7, 14)) is not None
    assert params.period_of(dt.date(2027, 9, 1)) is None


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
    christmas, new_year, january = DEFAULT_PARAMS.periods
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
    assert DEFAULT_PARAMS.period_of(dt.date(2027, 1, 4)) == january
    assert DEFAULT_PARAMS.period_of(dt.date(2027, 2, 4)) is None


def test_fixed_period_wrapping_the_year() -> None:
    winter = Period(name="w", start="12-15", end="01-10", demand=1.0, price=1.0)
    assert winter.contains(dt.date(2026, 12, 31)) and winter.contains(dt.date(2027, 1, 10))
    assert not winter.contains(dt.date(2027, 1, 11)) and not winter.contains(dt.date(2026, 12, 14))
