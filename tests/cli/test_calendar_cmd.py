"""``etoile calendar``: exit 0 with the files written, exit 2 and nothing written on bad input."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import calendar_kit as kit
from etoile.cli.main import app
from etoile.seasonfile.io import dump_plan

runner = CliRunner()


def test_calendar_writes_one_file_per_person_and_studio(tmp_path: Path) -> None:
    plan_file, out = tmp_path / "plan.json", tmp_path / "ics"
    dump_plan(kit.plan(), plan_file)
    result = runner.invoke(
        app, ["calendar", str(kit.TINY), "--plan", str(plan_file), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert len(index["calendars"]) == 18
    assert sorted(p.name for p in (out / "staff").iterdir()) == [
        "nyc-bm1.ics",
        "par-bm1.ics",
        "par-rep1.ics",
    ]


def test_a_dangling_id_exits_2_naming_the_field_and_writes_nothing(tmp_path: Path) -> None:
    data = kit.plan_data()
    data["rehearsals"][2]["studio"] = "nyc-garage"
    plan_file, out = tmp_path / "plan.json", tmp_path / "ics"
    plan_file.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(
        app, ["calendar", str(kit.TINY), "--plan", str(plan_file), "-o", str(out)]
    )
    assert result.exit_code == 2
    assert "rehearsals[2].studio" in result.output
    assert "nyc-garage" in result.output
    assert not out.exists()


def test_a_plan_that_is_not_a_plan_exits_2(tmp_path: Path) -> None:
    plan_file, out = tmp_path / "plan.json", tmp_path / "ics"
    plan_file.write_text('{"season": "tiny-2026", "rehearsals": [{"id": "x"}]}', encoding="utf-8")
    result = runner.invoke(
        app, ["calendar", str(kit.TINY), "--plan", str(plan_file), "-o", str(out)]
    )
    assert result.exit_code == 2
    assert "rehearsals" in result.output
    assert not out.exists()


def test_a_missing_season_exits_2(tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.json"
    dump_plan(kit.plan(), plan_file)
    missing = tmp_path / "nowhere.yaml"
    result = runner.invoke(
        app, ["calendar", str(missing), "--plan", str(plan_file), "-o", str(tmp_path / "ics")]
    )
    assert result.exit_code == 2
    assert "file not found" in result.output
    assert not (tmp_path / "ics").exists()
