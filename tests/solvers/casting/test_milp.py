"""The casting model as MILP arrays (etoile.solvers.casting.milp.to_arrays): the same
variables, rows and objective as the CP-SAT model, checked on its optimum of a tiny season.
(HiGHS itself runs in a child process, not here: this test stays fast.)"""

from __future__ import annotations

import numpy as np
import pytest
from ortools.sat.python import cp_model

from casting_kit import company, dancer, role, season, show
from etoile.problems.casting import compile_casting
from etoile.solvers.casting.cpsat_model import CastingModel
from etoile.solvers.casting.milp import _finite, to_arrays

LEAD = "nyc-bal.lead"


def _model() -> CastingModel:
    # Ann and Bea, the lead on Mon 14, Wed 16 and Fri 18 Dec (see test_cpsat_model: optimum
    # 20, two casts of 10).
    source = season(
        company(
            "nyc",
            [dancer("ann", known=(LEAD,), draw=0.9), dancer("bea", known=(LEAD,), draw=0.5)],
            [role(LEAD, lead=True)],
            [show(f"p{d}", f"2026-12-{d}T19:30") for d in (14, 16, 18)],
        )
    )
    return CastingModel(compile_casting(source), source.casting_weights)


def test_one_column_per_variable_and_one_row_per_constraint() -> None:
    model = _model()
    arrays = to_arrays(model)
    proto = model.model.proto
    assert len(arrays["col_cost"]) == len(proto.variables)
    assert len(arrays["start"]) == len(proto.constraints) + 1
    assert arrays["start"][-1] == len(arrays["index"]) == len(arrays["value"])
    assert len(arrays["row_lower"]) == len(arrays["row_upper"]) == len(proto.constraints)


def test_the_cp_sat_optimum_is_feasible_and_costs_the_same_in_the_arrays() -> None:
    # Solve the CP-SAT model, read every variable: each row holds between its bounds, and
    # cost . x + offset is the CP-SAT objective, 0: the two casts the run needs (2 x 10 in
    # the columns) less the offset of -20 that spares them.
    model = _model()
    arrays = to_arrays(model)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    assert solver.solve(model.model) == cp_model.OPTIMAL
    x = np.array([solver.value(v) for v in _vars(model)])
    assert float(arrays["offset"]) == pytest.approx(-20.0)
    assert float(arrays["col_cost"] @ x + arrays["offset"]) == pytest.approx(0.0)
    for r in range(len(arrays["row_lower"])):
        lo, hi = arrays["start"][r], arrays["start"][r + 1]
        activity = float(arrays["value"][lo:hi] @ x[arrays["index"][lo:hi]])
        assert arrays["row_lower"][r] - 1e-9 <= activity <= arrays["row_upper"][r] + 1e-9
    assert np.all(arrays["col_lower"] <= x) and np.all(x <= arrays["col_upper"])


def _vars(model: CastingModel) -> list[cp_model.IntVar]:
    proto = model.model.proto
    return [model.model.get_int_var_from_proto_index(i) for i in range(len(proto.variables))]


def test_an_open_side_is_infinite() -> None:
    assert _finite(-(2**63)) == -np.inf
    assert _finite(2**63 - 1) == np.inf
    assert _finite(5) == 5.0
