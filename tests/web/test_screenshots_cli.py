"""``make screenshots`` without a demo database says how to make one, instead of failing
obscurely (the screenshots themselves need the demo and Chromium: not part of ``make test``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_missing_demo_says_to_run_make_demo(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.screenshots", str(tmp_path / "nowhere")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "no demo database at" in done.stderr
    assert "run `make demo` first" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "nowhere").exists()
