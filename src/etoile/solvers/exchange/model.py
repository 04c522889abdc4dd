"""Build and solve the exchange model: the most total gain that can be shared so both gain.

Each house's gain is linear in the decisions (:mod:`.objective`). A transfer per pair of
houses (:mod:`.transfers`, the release fee) moves gain between them; the model maximises the
sum of the gains (transfers cancel in it) subject to every house gaining at least 0 after
its transfers. So a swap whose total gain is positive but lands unevenly is found with the
fee that shares it; where the terms forbid or cap fees, the constraint bites and the model
finds the best package each house can accept. A package is proposed only when its total is
positive.

One CP-SAT solve in deterministic time (the same plan on an idle or a loaded machine); the
report is optimal only when CP-SAT proves it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from etoile.domain import SolveReport, SolveStatus
from etoile.problems.exchange import ExchangeProblem
from etoile.problems.exchange_data import Candidate, GuestOption
from etoile.solvers.cpsat import CpSatSettings, solve_cp_sat
from etoile.solvers.exchange.constraints import CONSTRAINTS
from etoile.solvers.exchange.dominance import dominated
from etoile.solvers.exchange.objective import define_gains, gain_bound
from etoile.solvers.exchange.transfers import TransferRule
from etoile.solvers.exchange.variables import ExchangeVariables, make_variables
from etoile.solvers.result import make_report


@dataclass(frozen=True)
class ExchangeParams:
    """Deterministic time budget of one solve (CP-SAT's work units,
    :mod:`etoile.solvers.cpsat`), workers and seed."""

    time_limit: float = 20.0
    workers: int = 2
    seed: int = 0

    def quick(self, time_limit: float = 1.0) -> ExchangeParams:
        """The settings of one of many close solves (the frontier's points, the sensitivity's
        ends): at most ``time_limit`` deterministic seconds on **one** worker, same seed.

        One worker because CP-SAT's parallel deterministic search runs its full-problem
        workers in chunks of one deterministic second each and checks the budget only between
        batches of them: with two workers a one-second budget used 2.5 to 3 deterministic
        seconds (3 to 5 wall seconds) on the demo's exchange model, and one worker keeps to
        its budget (about 1.2 wall seconds). Still the same answer on any machine.
        """
        return ExchangeParams(min(time_limit, self.time_limit), 1, self.seed)

    def cp_sat(self, time_limit: float | None = None) -> CpSatSettings:
        """The CP-SAT settings of one solve (``time_limit`` defaults to the budget)."""
        limit = self.time_limit if time_limit is None else time_limit
        return CpSatSettings(time_limit=limit, workers=self.workers, seed=self.seed)


@dataclass
class ExchangeResult:
    """The chosen stays, the leads each guest dances, each house's linear gain, the report."""

    chosen: list[Candidate]
    danced: dict[int, list[GuestOption]]
    gains: dict[str, float]
    """House -> linear gain before transfers, in the problem's common currency."""
    report: SolveReport
    helps_both: bool
    transfers: dict[str, float] = field(default_factory=dict)
    """Terms id -> a transfer (payer to payee of its rule) that lets every house gain."""
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        """Sum of the houses' gains (common currency)."""
        return sum(self.gains.values())


def build_model(problem: ExchangeProblem) -> tuple[cp_model.CpModel, ExchangeVariables]:
    """The model with every constraint family and the gain definitions.

    Returns
    -------
    tuple[cp_model.CpModel, ExchangeVariables]
        The model, without an objective or transfers, and its variables; dominated stays are fixed
        to 0.
    """
    model = cp_model.CpModel()
    v = make_variables(model, problem, gain_bound(problem))
    for family in CONSTRAINTS:
        family(model, problem, v)
    define_gains(model, problem, v)
    for index in sorted(dominated(problem)):
        model.add(v.go[index] == 0)
    return model, v


def add_transfers(
    model: cp_model.CpModel, v: ExchangeVariables, rules: list[TransferRule]
) -> dict[str, cp_model.IntVar]:
    """One transfer per rule, and every house at least even after its transfers.

    Parameters
    ----------
    model, v
        The exchange model and its variables.
    rules
        The transfers' bounds and directions
        (:func:`~etoile.solvers.exchange.transfers.transfer_rules`).

    Returns
    -------
    dict[str, cp_model.IntVar]
        Terms id -> the transfer's variable, paid by the rule's payer to its payee when positive.
    """
    x = {r.terms: model.new_int_var(r.low, r.high, f"transfer[{r.terms}]") for r in rules}
    terms: dict[str, list[cp_model.IntVar]] = defaultdict(list)
    signs: dict[str, list[int]] = defaultdict(list)
    for r in rules:
        terms[r.payer].append(x[r.terms])
        signs[r.payer].append(-1)
        terms[r.payee].append(x[r.terms])
        signs[r.payee].append(1)
    for h, g in v.gain.items():
        model.add(g + cp_model.LinearExpr.weighted_sum(terms[h], signs[h]) >= 0)
    return x


def add_hint(
    model: cp_model.CpModel,
    problem: ExchangeProblem,
    v: ExchangeVariables,
    chosen: Sequence[Candidate],
    danced: dict[int, list[GuestOption]],
) -> None:
    """Start the search from a package: the stays ``chosen`` (matched by dancer, terms and
    dates, so a close problem's package will do) and the leads ``danced`` by each."""
    stays = {(c.dancer, c.terms, c.start, c.end) for c in chosen}
    leads = {(c.dancer, o.performance, o.role) for c in chosen for o in danced.get(c.index, [])}
    for c in problem.candidates:
        model.add_hint(v.go[c.index], (c.dancer, c.terms, c.start, c.end) in stays)
    for t, lead in enumerate(v.leads):
        model.add_hint(v.dance[t], lead in leads)


def _empty(problem: ExchangeProblem, params: ExchangeParams, note: str) -> ExchangeResult:
    report = make_report(
        "cp-sat",
        SolveStatus.OPTIMAL,
        objective=0.0,
        bound=0.0,
        seconds=0.0,
        seed=params.seed,
        workers=params.workers,
        notes=[note],
    )
    return ExchangeResult([], {}, {h: 0.0 for h in problem.houses}, report, False)


def solve_exchange(
    problem: ExchangeProblem,
    params: ExchangeParams | None = None,
    rules: list[TransferRule] | None = None,
    hint: ExchangeResult | None = None,
    left_out: frozenset[str] = frozenset(),
) -> ExchangeResult:
    """Choose the stays, the guest leads and the transfers (see the module notes).

    ``rules`` are the transfers the terms allow (:func:`.transfers.transfer_rules`); None
    allows none, so that every house must gain on its own. ``hint``: an answer to a close
    problem (the same season under another assumption), whose stays and leads start the
    search where this problem has them. ``left_out``: dancers who may not travel (their
    stays could not be cast in an earlier round).

    Parameters
    ----------
    problem
        The valued exchange problem.
    params
        Budget, workers and seed; the defaults when None.
    rules
        The transfers the terms allow; None: none.
    hint
        A close problem's answer, to start the search from.
    left_out
        Dancer ids whose stays are barred.

    Returns
    -------
    ExchangeResult
        The stays, leads, gains (common currency) and transfers; nothing chosen when no package has
        a positive total gain or no plan was found, as the report says.
    """
    params = params or ExchangeParams()
    if not problem.candidates:
        return _empty(problem, params, "no candidate stay satisfies the terms")
    model, v = build_model(problem)
    for c in problem.candidates:
        if c.dancer in left_out:
            model.add(v.go[c.index] == 0)
    x = add_transfers(model, v, rules or [])
    model.maximize(sum(v.gain.values()))
    if hint is not None:
        add_hint(model, problem, v, hint.chosen, hint.danced)
    solver = solve_cp_sat(model, params.cp_sat())
    status = solver.status
    if not status.has_plan:
        report = make_report(
            "cp-sat",
            status,
            objective=None,
            bound=None,
            seconds=solver.wall_seconds,
            deterministic_seconds=solver.deterministic_seconds,
            seed=params.seed,
            workers=params.workers,
            notes=[f"exchange: {status.value}", *solver.notes],
        )
        return ExchangeResult([], {}, {h: 0.0 for h in problem.houses}, report, False)
    gains = {h: float(solver.value(g)) for h, g in v.gain.items()}
    total = sum(gains.values())
    helps = total > 0
    notes = [
        f"{len(problem.candidates)} candidate stays, {len(problem.options)} guest leads",
        f"most total gain every house can accept after transfers: {total:,.0f} "
        f"{problem.currency} ({status.value})",
    ]
    if not helps:
        notes.append("no package of stays has a positive total gain: no stay is chosen")
    notes += solver.notes
    report = make_report(
        "cp-sat",
        status,
        objective=total if helps else 0.0,
        bound=solver.bound if helps else (0.0 if status is SolveStatus.OPTIMAL else None),
        seconds=solver.wall_seconds,
        deterministic_seconds=solver.deterministic_seconds,
        terms={f"gain:{h}": (g if helps else 0.0) for h, g in gains.items()},
        seed=params.seed,
        workers=params.workers,
        notes=notes,
    )
    if not helps:
        return ExchangeResult([], {}, {h: 0.0 for h in problem.houses}, report, False)
    chosen = [c for c in problem.candidates if solver.boolean_value(v.go[c.index])]
    danced: dict[int, list[GuestOption]] = {c.index: [] for c in chosen}
    for i, o in enumerate(problem.options):
        if o.candidate in danced and solver.boolean_value(v.dance[v.lead_of[i]]):
            danced[o.candidate].append(o)
    transfers = {t: float(solver.value(var)) for t, var in x.items()}
    return ExchangeResult(chosen, danced, gains, report, True, transfers, notes)
