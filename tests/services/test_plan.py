"""plan_season end to end on tiny seasons, and the ``etoile plan`` command."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from etoile.cli.main import app
from etoile.seasonfile import dump_season
from etoile.services.plan import PlanParams, plan_season, write_plan_outputs
from exchange_kit import swap_season

FAST = PlanParams(exchange_time_limit=2, casting_time_limit=5, draws=200)


def test_plan_with_a_swap_passes_the_validator(tmp_path: Path) -> None:
    season = swap_season(fee_usd=0)
    outcome = plan_season(season, FAST)
    assert outcome.errors == []
    assert [(m.dancer, m.roles) for m in outcome.plan.exchange] == [
        ("par-lea", ["nyc-giselle.giselle"])
    ]
    assert outcome.plan.reports["exchange"].status.value == "optimal"
    assert outcome.plan.reports["casting"].status.has_plan
    guest = [
        a for a in outcome.plan.casting if a.dancer == "par-lea" and a.performance[:3] == "nyc"
    ]
    assert sorted(a.performance for a in guest) == ["nyc-p1", "nyc-p3"]
    assert round(outcome.linear_gain["nyc"]) == round(outcome.full_gain["nyc"])
    plan_path, report = write_plan_outputs(season, outcome, tmp_path, "fr")
    assert json.loads(plan_path.read_text())["exchange"][0]["dancer"] == "par-lea"
    assert report.read_text().startswith("<!")


def test_plan_without_a_helpful_swap_says_so() -> None:
    outcome = plan_season(swap_season(fee_usd=50_000), FAST)
    assert outcome.plan.exchange == []
    assert outcome.errors == []
    assert outcome.explanations[0] == "No exchange improves both houses, so none is proposed."


def test_plan_is_deterministic() -> None:
    season = swap_season(fee_usd=0)
    a, b = plan_season(season, FAST), plan_season(season, FAST)
    assert a.plan.exchange == b.plan.exchange
    assert a.plan.casting == b.plan.casting


def test_cli_writes_both_files(tmp_path: Path) -> None:
    season_file = tmp_path / "season.yaml"
    dump_season(swap_season(fee_usd=0), season_file)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["plan", str(season_file), "-o", str(out), "--time-limit", "3"]
    )
    assert result.exit_code == 0, result.output
    assert (out / "plan.json").exists()
    assert (out / "report.html").exists()
    assert "Léa" in result.output or "par-lea" in result.output


def test_cli_bad_input_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [oops\n")
    result = CliRunner().invoke(app, ["plan", str(bad), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert not (tmp_path / "o").exists()
