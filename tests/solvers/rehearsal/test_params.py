"""The calendar solver's settings (etoile.solvers.rehearsal.params): its defaults and the
CP-SAT settings of one batch's solve."""

from __future__ import annotations

from etoile.solvers.cpsat import WALL_FACTOR, CpSatSettings
from etoile.solvers.rehearsal.params import PROBING_LEVEL, RehearsalParams


def test_the_defaults() -> None:
    params = RehearsalParams()
    assert (params.time_limit, params.workers, params.seed) == (60.0, 2, 0)
    assert (params.deterministic, params.order_calls, params.exact, params.log) == (
        True,
        True,
        True,
        False,
    )


def test_one_batch_gets_its_own_budget_and_no_probing() -> None:
    # The batch's 7.5 s replace the whole calendar's 60; the probing level is always 0.
    params = RehearsalParams(workers=4, seed=3, deterministic=False, wall_factor=5.0, log=True)
    assert params.cp_sat(7.5) == CpSatSettings(
        time_limit=7.5,
        workers=4,
        seed=3,
        deterministic=False,
        wall_factor=5.0,
        log=True,
        first_plan=False,
        probing_level=0,
    )
    assert PROBING_LEVEL == 0


def test_the_wall_factor_defaults_to_the_solvers_one() -> None:
    assert RehearsalParams().cp_sat(1.0).wall_factor == WALL_FACTOR
