"""``etoile demo``: the summary of both houses."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from etoile.cli.main import app


def test_demo_command_prints_both_houses(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["demo", "--out", str(tmp_path), "--no-plan"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "Manhattan Ballet Theatre (New York)" in result.output
    assert "Validator: 0 error(s), 0 warning(s)." in result.output


def test_the_calendar_says_its_overtime_and_the_others_their_gap() -> None:
    from etoile.cli.demo_cmd import solver_line
    from etoile.domain import SolveStatus
    from etoile.solvers.result import make_report

    calendar = make_report(
        "greedy + cp-sat", SolveStatus.FEASIBLE, objective=355.0, bound=0.0, seconds=14.23
    )
    assert solver_line("rehearsals", calendar) == (
        "Solver rehearsals: feasible, 355 min of overtime, 14.2 s"
    )
    casting = make_report("cp-sat", SolveStatus.FEASIBLE, objective=100.0, bound=50.0, seconds=2)
    assert solver_line("casting", casting) == "Solver casting: feasible, gap 50.0%, 2.0 s"
    repair = make_report("repair", SolveStatus.FEASIBLE, objective=None, bound=None, seconds=1)
    assert solver_line("casting", repair) == "Solver casting: feasible, 1.0 s"
