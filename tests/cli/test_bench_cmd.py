"""``etoile bench talent``: the table of each instance; exit 2 before solving on a bad file."""

from __future__ import annotations

from pathlib import Path

import pytest
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


# Three scenes, three actors (Stuckey's format: name, scenes, actors, one row per actor of
# 0/1 per scene and the actor's cost per unit of time, then the scenes' durations).
# Each actor is in two scenes: A (cost 1) in S1 and S2, B (cost 2) in S2 and S3, C (cost 4)
# in S1 and S3. Three scenes in a row have two neighbours' pairs, so one actor waits through
# the middle scene. Durations 1, 1, 3: C waiting through S2 costs 4 x 1 = 4, A through S3
# 1 x 3 = 3, B through S1 2 x 1 = 2: the best order is S2, S1, S3 (B waits), waiting 2.
# Paid time without waiting: A 1 x (1 + 1) + B 2 x (1 + 3) + C 4 x (1 + 3) = 2 + 8 + 16 = 26;
# the total is 26 + 2 = 28.
HAND = "hand\n3\n3\n1 1 0 1\n0 1 1 2\n1 0 1 4\n1 1 3\n"


@pytest.mark.usefixtures("wide_consoles")
def test_a_hand_checked_instance_gets_its_optimum(tmp_path: Path) -> None:
    folder = tmp_path / "bench"
    folder.mkdir()
    (folder / "hand.txt").write_text(HAND, encoding="utf-8")
    (folder / "README.md").write_text("# Not an instance\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["bench", "talent", str(folder)])
    assert result.exit_code == 0, result.output
    rows = [line.strip("│ ").split("│") for line in result.output.splitlines() if "│" in line]
    cells = [[cell.strip() for cell in row] for row in rows]
    # The README is skipped: one row, bench/hand.txt, 3 scenes, 3 actors, total 28, waiting 2.
    assert [row[:6] for row in cells if row[0].startswith("bench/")] == [
        ["bench/hand.txt", "3", "3", "28", "2", "yes"]
    ]


@pytest.mark.usefixtures("wide_consoles")
def test_every_bad_file_is_named_before_anything_is_solved(tmp_path: Path) -> None:
    good, short, word = (tmp_path / name for name in ("good.txt", "short.txt", "word.txt"))
    good.write_text(HAND, encoding="utf-8")
    short.write_text("short\n3\n", encoding="utf-8")
    word.write_text("word\n3\nthree\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["bench", "talent", str(good), str(short), str(word)])
    assert result.exit_code == 2
    assert "Invalid input: 2 problem(s)" in result.output
    assert str(short) in result.output and f"{word}:3" in result.output
    assert "expected an integer" in result.output
    assert "good.txt" not in result.output  # no table of results: nothing was solved
