"""The exchange use case, shared by ``etoile plan``, ``etoile exchange`` and the sensitivity.

:func:`decide` compiles the candidate stays, values them against the plan without the
exchange (one baseline: its real casting, best prices) and solves for the package with the
most total gain that a transfer can share so that every house gains. :func:`recast_around`
puts the chosen exchange into the baseline casting with the fewest changes (the repair
solver: the guests' leads pinned, the travellers' home places re-cast), so that the plan with
the exchange differs from the plan without it only by what the exchange changes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from etoile.domain import (
    CastAssignment,
    CastPin,
    ExchangeMove,
    FrontierPoint,
    Plan,
    Season,
    SolveStatus,
)
from etoile.forecast import ForecastParams
from etoile.problems.casting import compile_casting
from etoile.problems.exchange import ExchangeProblem, compile_exchange
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.plan import from_assignments, to_assignments
from etoile.solvers.exchange import ExchangeParams, ExchangeResult, solve_exchange
from etoile.solvers.exchange.frontier import frontier
from etoile.solvers.exchange.objective import gain_bound
from etoile.solvers.exchange.transfers import TransferRule, transfer_rules
from etoile.solvers.exchange.values import value_exchange
from etoile.solvers.repair.casting import repair_cast
from etoile.solvers.result import make_report
from etoile.validate.casting import casting_objective


@dataclass
class ExchangeDecision:
    """The valued problem, the solver's answer and the transfers the terms allow."""

    problem: ExchangeProblem
    result: ExchangeResult
    rules: list[TransferRule]

    def moves(self) -> list[ExchangeMove]:
        """The chosen stays, each with the roles its guest dances."""
        return [
            c.move(sorted({o.role for o in self.result.danced.get(c.index, [])}))
            for c in self.result.chosen
        ]

    def guest_leads(self) -> list[CastAssignment]:
        """The leads the guests dance, in show and role order."""
        return sorted(
            (
                CastAssignment(
                    performance=o.performance,
                    role=o.role,
                    dancer=self.problem.candidates[c].dancer,
                )
                for c, opts in self.result.danced.items()
                for o in opts
            ),
            key=lambda a: (a.performance, a.role, a.dancer),
        )

    def estimate(self) -> dict[str, float]:
        """House -> the solver's gain, in the house's own currency."""
        return {
            h: self.result.gains.get(h, 0.0) / self.problem.rates[h] for h in self.problem.houses
        }


def decide(
    season: Season,
    base: Plan | None,
    forecast: ForecastParams,
    params: ExchangeParams,
    hint: ExchangeResult | None = None,
) -> ExchangeDecision:
    """Compile, value against ``base`` (the plan without the exchange) and solve (``hint``: an
    answer to a close problem to start from)."""
    problem = value_exchange(season, compile_exchange(season), forecast, base)
    rules = transfer_rules(season, problem, gain_bound(problem))
    return ExchangeDecision(problem, solve_exchange(problem, params, rules, hint), rules)


def with_pins(season: Season, casting: list[CastAssignment]) -> Season:
    """``season`` with ``casting`` pinned in its performances."""
    pins: dict[str, list[CastPin]] = defaultdict(list)
    for a in casting:
        pins[a.performance].append(CastPin(role=a.role, dancer=a.dancer))
    if not pins:
        return season
    companies = []
    for company in season.companies:
        perfs = [
            p.model_copy(update={"pins": [*p.pins, *pins[p.id]]}) if p.id in pins else p
            for p in company.performances
        ]
        companies.append(company.model_copy(update={"performances": perfs}))
    return season.model_copy(update={"companies": companies})


def recast_around(
    season: Season,
    base: Plan,
    moves: list[ExchangeMove],
    leads: list[CastAssignment],
    params: CastingParams,
) -> tuple[Plan, list[str]] | None:
    """``base``'s casting with the exchange in it, by the fewest changed places.

    None when some production cannot be repaired (the caller re-casts instead).
    """
    pinned = with_pins(season, leads)
    start = Plan(season=season.id, exchange=moves, casting=base.casting)
    problem = compile_casting(pinned, start)
    old = from_assignments(problem, start)
    # Each guest takes a place of its role: one home dancer of it leaves (the place is then
    # short, so the repair re-casts it, with the guest pinned there).
    pins = []
    replaced = 0
    for a in leads:
        show, role = problem.show_index.get(a.performance), problem.role_index.get(a.role)
        if show is None or role is None or (show, role) not in problem.slot_index:
            continue
        k = problem.slot_index[show, role]
        pins.append((k, problem.dancer_index[a.dancer]))
        held = [pair for pair in old if pair[0] == k]
        if held:
            old.remove(held[-1])
            replaced += 1
    repair = repair_cast(problem, pinned.casting_weights, old, set(), params, pins=tuple(pins))
    if repair.unrepaired:
        return None
    plan = to_assignments(problem, repair.applied_to(old), start, season.id)
    note = (
        f"The exchange changes {repair.changes + replaced} place(s) of the casting without it "
        f"({replaced} taken by guests), for {repair.people} dancer(s) besides the guests "
        f"(the repair's minimum{'' if repair.proven else ' for the region it searched'})."
    )
    before = base.reports.get("casting")
    terms = casting_objective(season, plan)
    said = (
        []
        if before is None
        else [
            f"casting without the exchange: {before.status.value}, objective {before.objective}, "
            f"bound {before.bound}"
        ]
    )
    report = make_report(
        "cp-sat (casting, then repair)",
        SolveStatus.FEASIBLE,
        objective=sum(terms.values()),
        bound=None,
        seconds=(before.seconds if before else 0.0) + repair.report.seconds,
        terms=terms,
        seed=params.seed,
        workers=params.workers,
        notes=[*said, note, "no bound is claimed for the casting with the exchange"],
    )
    reports = {**base.reports, "casting": report, "exchange_recast": repair.report}
    return plan.model_copy(update={"reports": reports}), [note]


def frontier_points(
    season: Season, decision: ExchangeDecision, params: ExchangeParams, chosen: set[str]
) -> list[FrontierPoint]:
    """The frontier of every pair of houses with terms, in each house's currency; a point is
    ``chosen`` when its stays (``dancer@start``) are ``chosen``. After the transfer, a point
    with a positive total is shown at the even split, where the terms allow a transfer."""
    problem = decision.problem
    points: list[FrontierPoint] = []
    for terms in season.exchanges:
        a, b = terms.companies
        if a not in problem.houses or b not in problem.houses:
            continue
        rate = {h: problem.rates[h] for h in (a, b)}
        for package in frontier(problem, (a, b), terms.id, params):
            before = {h: package.gains[h] / rate[h] for h in (a, b)}
            total = package.gains[a] + package.gains[b]
            even = total / 2 if total > 0 and terms.transfer.allowed else None
            after = {h: (even / rate[h] if even is not None else before[h]) for h in (a, b)}
            stays = sorted(
                f"{c.dancer}: {c.host}, {c.start.isoformat()}..{c.end.isoformat()}"
                for c in package.chosen
            )
            ids = {f"{c.dancer}@{c.start.isoformat()}" for c in package.chosen}
            points.append(
                FrontierPoint(
                    stays=stays,
                    gains_before=before,
                    gains_after=after,
                    total=total,
                    chosen=bool(ids) and ids == chosen,
                )
            )
    return points
