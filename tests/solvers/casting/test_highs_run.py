"""HiGHS in a process of its own (etoile.solvers.casting.highs_run): a two-variable MILP made
by hand goes in as an ``.npz`` on stdin, its optimum comes back as JSON on stdout."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import numpy as np


def _run(arrays: dict[str, np.ndarray]) -> dict[str, object]:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    done = subprocess.run(
        [sys.executable, "-m", "etoile.solvers.casting.highs_run"],
        input=buffer.getvalue(),
        capture_output=True,
        check=True,
        timeout=30,
    )
    return json.loads(done.stdout)


def _milp(row_upper: float) -> dict[str, np.ndarray]:
    # Minimise -x - 2y + 5 with x, y integers in [0, 1] and x + y <= row_upper.
    return {
        "col_cost": np.array([-1.0, -2.0]),
        "col_lower": np.array([0, 0]),
        "col_upper": np.array([1, 1]),
        "row_lower": np.array([-np.inf]),
        "row_upper": np.array([row_upper]),
        "offset": np.double(5.0),
        "start": np.array([0, 2], dtype=np.int32),
        "index": np.array([0, 1], dtype=np.int32),
        "value": np.array([1.0, 1.0]),
        "time_limit": np.double(5.0),
        "threads": np.int32(1),
        "seed": np.int32(0),
    }


def test_the_optimum_comes_back_as_json() -> None:
    # x + y <= 1.5 allows one of them: y (cost -2) rather than x (-1): 5 - 2 = 3, proved.
    answer = _run(_milp(1.5))
    assert answer["optimal"] is True and answer["feasible"] is True
    assert answer["values"] == [0, 1]
    assert answer["objective"] == 3.0
    assert answer["bound"] == 3.0


def test_an_infeasible_milp_says_so_without_values() -> None:
    # x + y <= -1 with x, y >= 0: no solution.
    answer = _run(_milp(-1.0))
    assert (answer["infeasible"], answer["feasible"], answer["values"]) == (True, False, [])
    assert answer["objective"] is None
