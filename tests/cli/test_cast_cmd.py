"""``etoile cast``: a plan with its report, an explained infeasible season, exit 2 on bad input."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from casting_kit import one_giselle, tiny_feasible
from etoile.cli.main import app
from etoile.seasonfile.io import dump_season

runner = CliRunner()


def test_cast_writes_the_plan_and_report(tmp_path: Path) -> None:
    season_file, out = tmp_path / "season.yaml", tmp_path / "plan.json"
    dump_season(tiny_feasible(), season_file)
    result = runner.invoke(app, ["cast", str(season_file), "-o", str(out), "--time-limit", "5"])
    assert result.exit_code == 0, result.output
    plan = json.loads(out.read_text())
    report = plan["reports"]["casting"]
    assert (report["status"], report["objective"], report["gap"]) == ("optimal", 0.0, 0.0)
    assert sum(report["terms"].values()) == 0.0
    assert len(plan["casting"]) == 33
    assert "independent validator: 0 violation(s)" in result.output


def test_cast_by_role_groups_reaches_the_same_optimum(tmp_path: Path) -> None:
    season_file, out = tmp_path / "season.yaml", tmp_path / "plan.json"
    dump_season(tiny_feasible(), season_file)
    args = ["cast", str(season_file), "-o", str(out), "--time-limit", "5", "--method", "groups"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())["reports"]["casting"]
    assert report["solver"] == "cp-sat (groups)"
    assert (report["status"], report["objective"], report["gap"]) == ("optimal", 0.0, 0.0)


def test_cast_explains_an_infeasible_season(tmp_path: Path) -> None:
    season_file, out = tmp_path / "season.yaml", tmp_path / "plan.json"
    dump_season(one_giselle(), season_file)
    result = runner.invoke(app, ["cast", str(season_file), "-o", str(out), "--time-limit", "2"])
    assert result.exit_code == 1
    assert "Ann cannot: leads both" in result.output
    assert not out.exists()


def test_cast_rejects_a_bad_season_with_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n")
    result = runner.invoke(app, ["cast", str(bad), "-o", str(tmp_path / "plan.json")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
