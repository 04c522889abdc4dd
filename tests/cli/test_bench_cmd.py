"""``etoile bench talent``: the table of each instance; exit 2 before solving on a bad file."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from etoile.cli.main import app
from etoile.config import get_settings

BENCH = get_settings().shared_dir / "benchmarks" / "talent"


def test_bench_cli_prints_the_table_and_rejects_bad_files(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["bench", "talent", str(BENCH / "stuckey-format" / "tiny")])
    assert ok.exit_code == 0
    assert "29" in ok.output
    bad = tmp_path / "bad.txt"
    bad.write_text("x\n3\n2\n1 0 1 5\n1 1\n")
    assert runner.invoke(app, ["bench", "talent", str(bad)]).exit_code == 2
