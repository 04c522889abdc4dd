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
