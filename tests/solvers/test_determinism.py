"""The same plan on any machine: the same season, seed and workers give a byte-identical plan
file, whether the machine is idle or another process keeps both cores busy, and whatever the
process's string-hash seed (``PYTHONHASHSEED``: set and dict orders of names).

Each plan is written by the ``etoile`` command twice: in this process, then in a new process
with another hash seed while two others spin on both cores. Only the reports' wall seconds may
differ (they are set aside before the bytes are compared).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from typer.testing import CliRunner

from etoile.cli.main import app
from etoile.demo import generate
from etoile.domain import Season
from etoile.seasonfile import dump_season

WALL_SECONDS = re.compile(rb'"seconds": [0-9.eE+-]+')
"""A report's wall-clock seconds in a plan file (``deterministic_seconds`` does not match)."""

ONE_COMMAND = """
import importlib, sys, typer
app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
app.callback()(lambda: None)
importlib.import_module(f"etoile.cli.{sys.argv[1]}_cmd").register(app)
app(args=sys.argv[1:])
"""
"""``etoile COMMAND ...`` with only that command loaded (the whole CLI takes seconds to
import, and the spinners slow that down further)."""


@contextmanager
def both_cores_busy() -> Iterator[None]:
    """Two processes that spin on both cores of the machine for as long as the block runs."""
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def twice(args: list[str], here: Path, there: Path) -> None:
    """``etoile ARGS -o here`` in this process, then ``etoile ARGS -o there`` in a new one
    with another string-hash seed, while both cores are busy."""
    result = CliRunner().invoke(app, [*args, "-o", str(here)])
    assert result.exit_code in (0, 1), result.output
    seed = "1" if os.environ.get("PYTHONHASHSEED") == "2" else "2"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    with both_cores_busy():
        done = subprocess.run(
            [sys.executable, "-c", ONE_COMMAND, *args, "-o", str(there)],
            env=env,
            capture_output=True,
            timeout=300,
        )
    assert done.returncode == result.exit_code, done.stderr.decode()


def without_wall_seconds(path: Path) -> bytes:
    return WALL_SECONDS.sub(b'"seconds": 0', path.read_bytes())


def first_shows(preset: Season, production: str, shows: int) -> Season:
    """``preset`` with only the first ``shows`` performances of ``production`` (every house,
    dancer and production kept: they simply have nothing else to dance)."""
    kept = sorted(
        (o.item for o in preset.performances.values() if o.item.production == production),
        key=lambda p: p.start,
    )[:shows]
    companies = [
        c.model_copy(update={"performances": [p for p in kept if p in c.performances]})
        for c in preset.companies
    ]
    cut = preset.model_copy(update={"companies": companies})
    return Season.model_validate(cut.model_dump(by_alias=True))


def test_a_casting_stopped_by_its_budget_is_byte_identical_on_a_loaded_machine(
    tmp_path: Path,
) -> None:
    # Six shows of the demo season's New York Giselle: in 0.5 deterministic seconds CP-SAT
    # improves on the greedy start (seed 1: 486 against 803 with seed 0, so the search path
    # matters) but proves nothing: the budget is what stops it.
    season_file = tmp_path / "season.yaml"
    dump_season(first_shows(generate("demo", 0), "nyc-giselle", 6), season_file)
    args = ["cast", str(season_file), "--time-limit", "0.5", "--workers", "2", "--seed", "1"]
    idle, loaded = tmp_path / "idle.json", tmp_path / "loaded.json"
    twice(args, idle, loaded)
    report = json.loads(idle.read_text())["reports"]["casting"]
    assert report["status"] == "feasible" and report["bound"] < report["objective"]
    assert report["deterministic_seconds"] >= 0.5
    assert json.loads(idle.read_text())["casting"] != []
    assert without_wall_seconds(loaded) == without_wall_seconds(idle)


def test_a_casting_by_role_groups_is_byte_identical_on_a_loaded_machine(tmp_path: Path) -> None:
    # Twelve shows of the demo season's Paris Swan Lake, group by group on a budget too short
    # for every group to reach its bound: each sub-solve's budget follows the ones before.
    season_file = tmp_path / "season.yaml"
    dump_season(first_shows(generate("demo", 0), "par-swan-lake", 12), season_file)
    args = ["cast", str(season_file), "--time-limit", "3", "--method", "groups"]
    idle, loaded = tmp_path / "idle.json", tmp_path / "loaded.json"
    twice([*args, "--workers", "2", "--seed", "0"], idle, loaded)
    report = json.loads(idle.read_text())["reports"]["casting"]
    assert report["solver"] == "cp-sat (groups)" and report["status"] == "feasible"
    assert without_wall_seconds(loaded) == without_wall_seconds(idle)


def test_the_whole_plan_of_the_tiny_preset_is_byte_identical_on_a_loaded_machine(
    tmp_path: Path,
) -> None:
    # Exchange, casting, rehearsal calendar, forecast and deal, as `etoile plan` writes them.
    season_file = tmp_path / "tiny.yaml"
    dump_season(generate("tiny", 0), season_file)
    args = ["plan", str(season_file), "--time-limit", "2", "--workers", "2", "--seed", "0"]
    twice(args, tmp_path / "idle", tmp_path / "loaded")
    idle, loaded = tmp_path / "idle" / "plan.json", tmp_path / "loaded" / "plan.json"
    plan = json.loads(idle.read_text())
    assert plan["casting"] != [] and plan["rehearsals"] != []
    assert without_wall_seconds(loaded) == without_wall_seconds(idle)
