"""Run HiGHS on a MILP in a process of its own: ``python -m etoile.solvers.casting.highs_run``.

OR-Tools ships its own build of HiGHS; loaded into one process with highspy, the two clash
(undefined symbols at import). So the MILP crosses a process boundary as an ``.npz`` on stdin
and the answer comes back as JSON on stdout. This module must never import OR-Tools.
"""

from __future__ import annotations

import io
import json
import os
import sys
from typing import Any

import numpy as np


def solve(arrays: dict[str, Any]) -> dict[str, Any]:
    """Solve the MILP given as arrays (see :func:`etoile.solvers.casting.milp.to_arrays`).

    Returns
    -------
    dict[str, Any]
        HiGHS's status (its name, and flags for optimal, infeasible, time limit and feasible), the
        objective and the column values when feasible, and the dual bound.
    """
    import highspy

    lp = highspy.HighsLp()
    lp.num_col_ = len(arrays["col_cost"])
    lp.num_row_ = len(arrays["row_lower"])
    lp.col_cost_ = arrays["col_cost"]
    lp.col_lower_ = arrays["col_lower"]
    lp.col_upper_ = arrays["col_upper"]
    lp.row_lower_ = arrays["row_lower"]
    lp.row_upper_ = arrays["row_upper"]
    lp.offset_ = float(arrays["offset"])
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = arrays["start"]
    lp.a_matrix_.index_ = arrays["index"]
    lp.a_matrix_.value_ = arrays["value"]
    lp.integrality_ = [highspy.HighsVarType.kInteger] * lp.num_col_
    highs = highspy.Highs()
    highs.silent()
    highs.setOptionValue("time_limit", float(arrays["time_limit"]))
    highs.setOptionValue("threads", int(arrays["threads"]))
    highs.setOptionValue("random_seed", int(arrays["seed"]))
    highs.setOptionValue("mip_rel_gap", 0.0)  # "optimal" only when the gap is closed
    highs.passModel(lp)
    highs.run()
    status = highs.getModelStatus()
    info = highs.getInfo()
    feasible = info.primal_solution_status == 2  # kSolutionStatusFeasible
    return {
        "status": highs.modelStatusToString(status),
        "optimal": status == highspy.HighsModelStatus.kOptimal,
        "infeasible": status == highspy.HighsModelStatus.kInfeasible,
        "time_limit": status == highspy.HighsModelStatus.kTimeLimit,
        "feasible": feasible,
        "objective": info.objective_function_value if feasible else None,
        "bound": info.mip_dual_bound,
        "values": [round(x) for x in highs.getSolution().col_value] if feasible else [],
    }


def main() -> None:
    """Read the arrays from stdin, write the answer to stdout."""
    arrays = dict(np.load(io.BytesIO(sys.stdin.buffer.read())))
    # Some HiGHS releases print a banner from C++ even when silenced: point file descriptor 1
    # at stderr while solving, so that stdout carries nothing but the JSON answer.
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        answer = solve(arrays)
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
