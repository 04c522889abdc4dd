"""The exchange use case, shared by ``etoile plan``, ``etoile exchange`` and the sensitivity.

:func:`decide` compiles the candidate stays, values them against the plan without the
exchange (one baseline: its real casting, best prices) and solves for the package with the
most total gain that a transfer can share so that every house gains. :func:`recast_around`
puts the chosen exchange into the baseline casting with the fewest changes (the repair
solver: the guests' leads pinned, the travellers' home places re-cast), so that the plan with
the exchange differs from the plan without it only by what the exchange changes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace

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
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.problems.exchange import Candidate, ExchangeProblem, compile_exchange
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.plan import from_assignments, to_assignments
from etoile.solvers.exchange import ExchangeParams, ExchangeResult, solve_exchange
from etoile.solvers.exchange.explain import stay_effect
from etoile.solvers.exchange.frontier import frontier
from etoile.solvers.exchange.objective import gain_bound
from etoile.solvers.exchange.transfers import TransferRule, transfer_rules
from etoile.solvers.exchange.values import value_exchange
from etoile.solvers.repair.casting import repair_cast
from etoile.solvers.result import make_report
from etoile.validate.casting import casting_objective
from etoile.validate.casting_load import rehearsal_load


@dataclass
class ExchangeDecision:
    """The valued problem, the solver's answer and the transfers the terms allow."""

    problem: ExchangeProblem
    result: ExchangeResult
    rules: list[TransferRule]

    def _chosen(self, stays: list[int] | None) -> list[Candidate]:
        """The chosen stays (of ``stays`` when given) as ``problem`` has them now (with its
        adjustments, when the answer came from another copy of the problem)."""
        return [
            self.problem.candidates[c.index]
            for c in self.result.chosen
            if stays is None or c.index in set(stays)
        ]

    def moves(self, stays: list[int] | None = None) -> list[ExchangeMove]:
        """The chosen stays (or those of ``stays``), each with the roles its guest dances."""
        return [
            c.move(sorted({o.role for o in self.result.danced.get(c.index, [])}))
            for c in self._chosen(stays)
        ]

    def guest_leads(self, stays: list[int] | None = None) -> list[CastAssignment]:
        """The leads the guests dance (of ``stays`` when given), in show and role order."""
        return sorted(
            (
                CastAssignment(performance=o.performance, role=o.role, dancer=c.dancer)
                for c in self._chosen(stays)
                for o in self.result.danced.get(c.index, [])
            ),
            key=lambda a: (a.performance, a.role, a.dancer),
        )

    def effects(self) -> dict[int, float]:
        """Chosen stay -> its effect on every house together (common currency)."""
        p = self.problem
        return {
            c.index: sum(
                v * p.rates[h]
                for h, v in stay_effect(p, c, self.result.danced.get(c.index, [])).items()
            )
            for c in self.result.chosen
        }

    def estimate(self, stays: list[int] | None = None) -> dict[str, float]:
        """House -> the solver's gain (of ``stays`` when given), in the house's own currency."""
        total = dict.fromkeys(self.problem.houses, 0.0)
        for c in self._chosen(stays):
            for h, v in stay_effect(self.problem, c, self.result.danced.get(c.index, [])).items():
                total[h] += v
        return total


def decide(
    season: Season,
    base: Plan | None,
    forecast: ForecastParams,
    params: ExchangeParams,
    hint: ExchangeResult | None = None,
    left_out: frozenset[str] = frozenset(),
    compiled: ExchangeProblem | None = None,
) -> ExchangeDecision:
    """Compile, value against ``base`` (the plan without the exchange) and solve (``hint``: an
    answer to a close problem to start from; ``left_out``: dancers who may not travel;
    ``compiled``: the season's candidate stays when they are known, copied before valuing)."""
    fresh = copy_problem(compiled) if compiled is not None else compile_exchange(season)
    problem = value_exchange(season, fresh, forecast, base)
    return resolve(season, problem, params, hint, left_out)


def copy_problem(problem: ExchangeProblem) -> ExchangeProblem:
    """A copy of ``problem`` that valuing (:func:`etoile.solvers.exchange.values.value_exchange`
    and ``value_costs``) may change without changing ``problem``: they replace its stays and
    leads (frozen) in their lists, and change nothing else."""
    return replace(problem, candidates=list(problem.candidates), options=list(problem.options))


def unvalued(problem: ExchangeProblem) -> ExchangeProblem:
    """``problem``'s stays and leads without the full model's adjustments
    (:func:`adjusted`): what valuing needs, since it sets every other value again."""
    if not any(c.adjustment for c in problem.candidates):
        return problem
    return replace(problem, candidates=[replace(c, adjustment=()) for c in problem.candidates])


def adjusted(problem: ExchangeProblem, measured: dict[int, dict[str, float]]) -> ExchangeProblem:
    """A copy of ``problem`` whose stays carry the adjustments ``measured`` (stay index ->
    house -> amount; :func:`etoile.solvers.exchange.values.measure`)."""
    candidates = [
        replace(c, adjustment=tuple(sorted(measured[c.index].items())))
        if c.index in measured
        else c
        for c in problem.candidates
    ]
    return replace(problem, candidates=candidates)


def resolve(
    season: Season,
    problem: ExchangeProblem,
    params: ExchangeParams,
    hint: ExchangeResult | None = None,
    left_out: frozenset[str] = frozenset(),
) -> ExchangeDecision:
    """Solve an already valued ``problem`` again (after adjustments, or with ``left_out``)."""
    rules = transfer_rules(season, problem, gain_bound(problem))
    return ExchangeDecision(problem, solve_exchange(problem, params, rules, hint, left_out), rules)


def package_key(decision: ExchangeDecision) -> tuple[tuple[str, str, str], ...]:
    """The chosen stays and the leads their guests dance, as a comparable key."""
    return tuple(
        sorted((c.dancer, c.start.isoformat(), c.end.isoformat()) for c in decision.result.chosen)
    ) + tuple(
        sorted(
            (c.dancer, o.performance, o.role)
            for c in decision.result.chosen
            for o in decision.result.danced.get(c.index, [])
        )
    )


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


@dataclass
class Recast:
    """The plan with the exchange in it, or the dancers whose stays could not be cast."""

    plan: Plan | None
    notes: list[str]
    blocking: set[str]
    """Travellers whose stays made a production impossible to repair."""


def recast_around(
    season: Season,
    base: Plan,
    moves: list[ExchangeMove],
    leads: list[CastAssignment],
    params: CastingParams,
) -> Recast:
    """``base``'s casting with the exchange in it, by the fewest changed places.

    When a production cannot be repaired, the travellers involved in it are named: guests
    with leads in it, and travellers whose places in it fall during their trip.
    """
    found = _recast_once(season, base, moves, leads, params)
    if isinstance(found, tuple):
        return Recast(found[0], found[1], set())
    return Recast(None, [], involved(season, base, moves, leads, set(found)))


def involved(
    season: Season,
    base: Plan,
    moves: list[ExchangeMove],
    leads: list[CastAssignment],
    productions: set[str],
) -> set[str]:
    """Travellers with a guest lead in ``productions``, or a place in them while away."""
    found = {
        a.dancer for a in leads if season.performances[a.performance].item.production in productions
    }
    for a in base.casting:
        perf = season.performances[a.performance].item
        if perf.production in productions and any(
            m.dancer == a.dancer and m.depart <= perf.day <= m.return_ for m in moves
        ):
            found.add(a.dancer)
    return found


def _recast_once(
    season: Season,
    base: Plan,
    moves: list[ExchangeMove],
    leads: list[CastAssignment],
    params: CastingParams,
) -> tuple[Plan, list[str]] | list[str]:
    """One repair; the productions it could not mend when it fails."""
    pinned = with_pins(season, leads)
    start = Plan(season=season.id, exchange=moves, casting=base.casting)
    problem = compile_casting(pinned, start)
    old = from_assignments(problem, start)
    # Each guest takes a place of its role from one home dancer of it (who is then free for
    # other places); the guest is pinned there, so that no repair undoes it.
    pins = []
    replaced = 0
    for a in leads:
        show, role = problem.show_index.get(a.performance), problem.role_index.get(a.role)
        if show is None or role is None or (show, role) not in problem.slot_index:
            continue
        k = problem.slot_index[show, role]
        pin = (k, problem.dancer_index[a.dancer])
        pins.append(pin)
        held = [pair for pair in old if pair[0] == k]
        if held:
            old.remove(held[-1])
            replaced += 1
        old.append(pin)
    old = _free_overloaded(season, problem, start, old, pins, leads)
    old = _free_around_trips(problem, old, moves, pins)
    repair = repair_cast(problem, pinned.casting_weights, old, set(), params, pins=tuple(pins))
    if repair.unrepaired:
        return list(repair.unrepaired)
    plan = to_assignments(problem, repair.applied_to(old), start, season.id)
    note = (
        f"The exchange changes {repair.changes + replaced} place(s) of the casting without it "
        f"({replaced} taken by guests), for {repair.people} dancer(s) besides the guests "
        f"(the repair's minimum{'' if repair.proven else ' for the region it searched'})."
    )
    before = base.reports.get("casting")
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
        objective=None,
        bound=None,
        seconds=(before.seconds if before else 0.0) + repair.report.seconds,
        deterministic_seconds=sum(
            r.deterministic_seconds or 0.0 for r in (before, repair.report) if r is not None
        ),
        seed=params.seed,
        workers=params.workers,
        notes=[*said, note, "no bound is claimed for the casting with the exchange"],
    )
    reports = {**base.reports, "casting": report, "exchange_recast": repair.report}
    return plan.model_copy(update={"reports": reports}), [note]


def scored(season: Season, plan: Plan) -> Plan:
    """``plan`` with its casting report's objective and terms filled in (the validator's
    :func:`~etoile.validate.casting.casting_objective`; the repair leaves them out, since a
    package that is not kept need not be scored)."""
    report = plan.reports.get("casting")
    if report is None or report.objective is not None or not plan.casting:
        return plan
    terms = casting_objective(season, plan)
    update = {"objective": sum(terms.values()), "terms": terms}
    reports = {**plan.reports, "casting": report.model_copy(update=update)}
    return plan.model_copy(update={"reports": reports})


TRIP_MARGIN_DAYS = 7
"""Days before departure and after return in which a traveller's home places are re-cast:
the week's lead limits and the travel time between two cities count the shows on both sides
of the trip."""


def _free_around_trips(
    problem: CastingProblem,
    old: list[tuple[int, int]],
    moves: list[ExchangeMove],
    pins: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """``old`` without each traveller's places within :data:`TRIP_MARGIN_DAYS` of their trip.

    The repair may give them back: freeing a place does not count as a change."""
    margin = dt.timedelta(days=TRIP_MARGIN_DAYS)
    trips: dict[int, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for m in moves:
        if m.dancer in problem.dancer_index:
            trips[problem.dancer_index[m.dancer]].append((m.depart - margin, m.return_ + margin))
    kept = []
    for k, d in old:
        day = problem.shows[problem.slots[k].show].day
        near = any(a <= day <= b for a, b in trips.get(d, []))
        if (k, d) in pins or not near:
            kept.append((k, d))
    return kept


def _free_overloaded(
    season: Season,
    problem: CastingProblem,
    start: Plan,
    old: list[tuple[int, int]],
    pins: list[tuple[int, int]],
    leads: list[CastAssignment],
) -> list[tuple[int, int]]:
    """``old`` without the places the exchange makes impossible to prepare for.

    A traveller loses rehearsal time at home: a home production whose calls no longer fit
    (the validator's load rule) frees all their places in it. A guest coached with several
    partners may not have the time: the partners' places in the guest's shows are freed, so
    that the repair can give the guest fewer partners. Freed places are short, so the
    repair re-casts them under every hard rule.
    """
    guests = {a.dancer for a in leads}
    trial = to_assignments(problem, sorted(set(old)), start, season.id)
    free: set[tuple[int, int]] = set()
    by_place = defaultdict(list)
    for k, d in old:
        by_place[k].append(d)
    for v in rehearsal_load(season, trial):
        dancer, production = v.entities
        if dancer in guests:
            for a in leads:
                perf = season.performances[a.performance].item
                partner = season.roles[a.role].item.partner
                if a.dancer != dancer or perf.production != production or partner is None:
                    continue
                key = (problem.show_index[a.performance], problem.role_index[partner])
                place = problem.slot_index.get(key)
                if place is not None:
                    free |= {(place, e) for e in by_place[place]}
        elif dancer in problem.dancer_index:
            d = problem.dancer_index[dancer]
            free |= {
                (k, e)
                for k, e in old
                if e == d and problem.shows[problem.slots[k].show].production == production
            }
    return [pair for pair in old if pair not in free or pair in pins]


def frontier_points(
    season: Season,
    decision: ExchangeDecision,
    params: ExchangeParams,
    chosen: set[str],
    left_out: frozenset[str] = frozenset(),
) -> list[FrontierPoint]:
    """The frontier of every pair of houses with terms, in each house's currency; a point is
    ``chosen`` when its stays (``dancer@start``) are ``chosen``. After the transfer, a point
    with a positive total is shown at the even split, where the terms allow a transfer.
    ``left_out``: dancers who may not travel, as in ``decision``."""
    problem = decision.problem
    points: list[FrontierPoint] = []
    for terms in season.exchanges:
        a, b = terms.companies
        if a not in problem.houses or b not in problem.houses:
            continue
        rate = {h: problem.rates[h] for h in (a, b)}
        for package in frontier(problem, (a, b), terms.id, params, left_out=left_out):
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
