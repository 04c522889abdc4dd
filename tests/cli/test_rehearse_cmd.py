"""``etoile rehearse``: a calendar with its report; exit 2 on bad input."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from etoile.cli.main import app
from etoile.seasonfile.io import dump_plan, dump_season
from rehearsal_kit import kit_plan, kit_season

runner = CliRunner()


def test_rehearse_writes_calendar_and_report(tmp_path: Path) -> None:
    season_file, plan_file, out = tmp_path / "s.yaml", tmp_path / "in.json", tmp_path / "out.json"
    dump_season(kit_season(), season_file)
    dump_plan(kit_plan(), plan_file)
    result = runner.invoke(
        app,
        [
            "rehearse",
            str(season_file),
            "--plan",
            str(plan_file),
            "-o",
            str(out),
            "--time-limit",
            "2",
        ],
    )
    # The kit's casting breaks lead rules on purpose (exit 1); the calendar itself is complete.
    assert result.exit_code == 1, result.output
    plan = json.loads(out.read_text())
    assert len(plan["rehearsals"]) == 5  # two company calls, coaching, stage, dress
    assert plan["reports"]["rehearsals"]["status"] == "optimal"
    assert plan["reports"]["rehearsals"]["objective"] == 0.0


def test_rehearse_rejects_bad_input_with_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [\n", encoding="utf-8")
    plan_file = tmp_path / "in.json"
    dump_plan(kit_plan(), plan_file)
    result = runner.invoke(
        app, ["rehearse", str(bad), "--plan", str(plan_file), "-o", str(tmp_path / "o.json")]
    )
    assert result.exit_code == 2
    assert not (tmp_path / "o.json").exists()
