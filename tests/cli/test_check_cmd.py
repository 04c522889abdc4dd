"""``etoile check``: the table, the summary, ``--json`` and the three exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from etoile.cli import check_cmd, common
from etoile.domain import Season
from etoile.seasonfile import dump_plan, dump_season
from validate.builders import plan, with_company


def _app() -> typer.Typer:
    """An app with ``check`` alone, as ``etoile.cli.main`` registers it, without importing
    every other command (the database and the charts take seconds to import)."""
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Étoile."""

    check_cmd.register(app)
    return app


app = _app()


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A runner whose consoles are wide enough not to wrap the table's cells. (``COLUMNS``
    alone is not enough: Rich reads the terminal size first, which differs under xdist.)"""
    monkeypatch.setattr(common.console, "_width", 250)
    monkeypatch.setattr(common.err_console, "_width", 250)
    return CliRunner()


def _write(season: Season, tmp_path: Path) -> Path:
    path = tmp_path / "season.yaml"
    dump_season(season, path)
    return path


def test_clean_season_exits_0(runner: CliRunner, clean_season: Season, tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(_write(clean_season, tmp_path))])
    assert (result.exit_code, result.stdout.strip()) == (0, "No violations in season tiny-2026.")


def test_warnings_alone_exit_0(runner: CliRunner, clean_season: Season, tmp_path: Path) -> None:
    koch = clean_season.company["nyc"].venues[0].model_copy(update={"capacity": 2600})
    season = with_company(clean_season, "nyc", venues=[koch])
    result = runner.invoke(app, ["check", str(_write(season, tmp_path))])
    assert result.exit_code == 0
    assert "Venue price tiers short of capacity" in result.stdout
    assert result.stdout.strip().endswith("0 errors, 1 warning in season tiny-2026.")


def test_errors_exit_1_with_a_table(runner: CliRunner, tiny_season_file: Path) -> None:
    result = runner.invoke(app, ["check", str(tiny_season_file)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [c.strip() for c in lines[2].strip("┃").split("┃")] == [
        "Severity",
        "Rule",
        "Entities",
        "Amount",
        "Message",
    ]
    assert "Weekly limits leave a role short" in result.stdout
    assert lines[-1] == "1 error, 2 warnings in season tiny-2026."


def test_plan_violations_exit_1(runner: CliRunner, clean_season: Season, tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.json"
    dump_plan(plan(clean_season, season="other-season"), plan_file)
    args = ["check", str(_write(clean_season, tmp_path)), "--plan", str(plan_file)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "Plan for another season" in result.stdout


def test_json_for_scripts(runner: CliRunner, tiny_season_file: Path) -> None:
    result = runner.invoke(app, ["check", str(tiny_season_file), "--json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 1
    assert (data["season"], data["plan"], data["errors"], data["warnings"]) == (
        "tiny-2026",
        None,
        1,
        2,
    )
    assert data["violations"][0] == {
        "rule": "Exchange terms no one can use",
        "severity": "warning",
        "entities": ["nyc-par", "nyc"],
        "amount": 1.0,
        "message": "Exchange nyc-par: no principal of Manhattan Ballet Theatre can be sent "
        "(not consented: Ava Linden; vetoed: Ben Okafor)",
    }


@pytest.mark.parametrize("text", ["companies: [", "id: 3\n", ""])
def test_invalid_season_exits_2(runner: CliRunner, tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert "Invalid input" in result.stderr
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_missing_files_exit_2(runner: CliRunner, tiny_season_file: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    for args in (
        ["check", str(missing)],
        ["check", str(tiny_season_file), "--plan", str(tmp_path / "nowhere.json")],
    ):
        result = runner.invoke(app, args)
        assert (result.exit_code, "Traceback" in result.output) == (2, False)


def test_invalid_plan_exits_2(runner: CliRunner, tiny_season_file: Path, tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.json"
    plan_file.write_text('{"season": "tiny-2026", "casting": [{"role": 1}]}', encoding="utf-8")
    args = ["check", str(tiny_season_file), "--plan", str(plan_file)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "plan.json" in result.stderr
