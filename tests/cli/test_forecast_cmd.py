"""``etoile forecast``: tables, the plan file, the charts, and bad input (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from etoile.cli.main import app
from etoile.domain import Plan, Season
from etoile.seasonfile import InputError, dump_plan
from etoile.services.forecast import forecast_files
from exchange_kit import lea_stay

WIDE = {"COLUMNS": "200"}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _write_yaml(data: dict[str, object], path: Path) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_no_plan_writes_a_new_plan_and_two_charts(
    runner: CliRunner, tiny_season_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "plan.json"
    args = ["forecast", str(tiny_season_file), "--draws", "2000", "--seed", "4", "-o", str(out)]
    result = runner.invoke(app, args, env=WIDE)
    assert result.exit_code == 0, result.output
    assert "Probability of breaking even" in result.stdout
    assert "nyc (USD)" in result.stdout and "par (EUR)" in result.stdout
    plan = Plan.model_validate(json.loads(out.read_text()))
    assert plan.forecast is not None
    assert (plan.forecast.draws, plan.forecast.seed) == (2000, 4)
    assert [h.company for h in plan.forecast.houses] == ["nyc", "par"]
    assert plan.casting == [] and plan.exchange == []
    for name in ("plan-weekly-revenue.png", "plan-result-distribution.png"):
        assert (out.parent / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plan_file_is_updated_in_place_keeping_its_parts(
    runner: CliRunner, tiny_season_file: Path, tiny_season: Season, tmp_path: Path
) -> None:
    path = tmp_path / "plan.json"
    dump_plan(Plan(season="tiny-2026", exchange=[lea_stay(8, 9, 13, 14)]), path)
    result = runner.invoke(
        app, ["forecast", str(tiny_season_file), "--plan", str(path), "--draws", "1000"], env=WIDE
    )
    assert result.exit_code == 0, result.output
    plan = Plan.model_validate(json.loads(path.read_text()))
    assert len(plan.exchange) == 1 and plan.forecast is not None
    nyc = plan.forecast.houses[0]
    assert nyc.cost_lines["exchange"] > 0
    assert nyc.baseline_result is not None and nyc.baseline_result != nyc.result
    assert "Without the exchange" in result.stdout


def test_missing_rate_exits_2_and_writes_nothing(
    runner: CliRunner, tiny_season_file: Path, tmp_path: Path
) -> None:
    data = yaml.safe_load(tiny_season_file.read_text(encoding="utf-8"))
    data["exchange_rates"] = []
    season_file = _write_yaml(data, tmp_path / "season.yaml")
    out = tmp_path / "plan.json"
    result = runner.invoke(app, ["forecast", str(season_file), "-o", str(out)], env=WIDE)
    assert result.exit_code == 2
    assert "Invalid input" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()
    # The problems themselves (the table wraps with the terminal's width): the loader
    # already names the missing rate between the two houses.
    with pytest.raises(InputError) as caught:
        forecast_files(season_file, out=out)
    assert [(p.where, p.message[:36]) for p in caught.value.problems] == [
        ("exchange_rates", "no exchange rate between EUR and USD")
    ]


def test_combined_view_without_a_rate_exits_2(
    runner: CliRunner, tiny_season_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "plan.json"
    args = ["forecast", str(tiny_season_file), "--currency", "GBP", "-o", str(out)]
    result = runner.invoke(app, args, env=WIDE)
    assert result.exit_code == 2
    assert not out.exists()
    with pytest.raises(InputError) as caught:
        forecast_files(tiny_season_file, out=out, combined_currency="GBP")
    assert [(p.file, p.where, p.value) for p in caught.value.problems] == [
        (str(tiny_season_file), "companies[0].currency", "USD"),
        (str(tiny_season_file), "companies[1].currency", "EUR"),
    ]
    assert caught.value.problems[1].message == (
        "combined view in GBP: the season states no exchange rate between EUR and GBP; add one "
        "under exchange_rates (e.g. {base: EUR, quote: GBP, rate: ...})"
    )


def test_negative_price_exits_2(runner: CliRunner, tiny_season_file: Path, tmp_path: Path) -> None:
    data = yaml.safe_load(tiny_season_file.read_text(encoding="utf-8"))
    data["companies"][0]["venues"][0]["price_tiers"][0]["price"] = "-150.00 USD"
    season_file = _write_yaml(data, tmp_path / "season.yaml")
    result = runner.invoke(
        app, ["forecast", str(season_file), "-o", str(tmp_path / "p.json")], env=WIDE
    )
    assert result.exit_code == 2
    assert "Invalid input" in result.stderr
    assert not (tmp_path / "p.json").exists()
    with pytest.raises(InputError) as caught:
        forecast_files(season_file)
    assert [p.where for p in caught.value.problems] == [
        "companies[0].venues[0].price_tiers[0].price"
    ]


def test_bad_parameter_file_exits_2(
    runner: CliRunner, tiny_season_file: Path, tmp_path: Path
) -> None:
    params = tmp_path / "params.toml"
    params.write_text("base_demand = -1\n", encoding="utf-8")
    result = runner.invoke(
        app, ["forecast", str(tiny_season_file), "--params", str(params)], env=WIDE
    )
    assert result.exit_code == 2
    with pytest.raises(InputError) as caught:
        forecast_files(tiny_season_file, params_path=params)
    assert [(p.where, p.value) for p in caught.value.problems] == [("base_demand", -1)]
