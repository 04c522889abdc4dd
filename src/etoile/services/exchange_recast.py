"""The plan with the chosen exchange in it: the baseline casting repaired around the stays.

:func:`recast_around` puts the exchange into the plan without it with the fewest changes (the
repair solver: the guests' leads pinned, the travellers' places near their trips and their
overloaded partners freed), so that the two plans differ only by what the exchange changes;
a stay the casting cannot honour is named (:class:`Recast`, ``blocking``). :func:`scored`
gives a plan its casting report from the validator's objective.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from etoile.domain import (
    CastAssignment,
    CastPin,
    ExchangeMove,
    Plan,
    Season,
    SolveStatus,
)
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.plan import from_assignments, to_assignments
from etoile.solvers.repair.casting import repair_cast
from etoile.solvers.result import make_report
from etoile.validate.casting import casting_objective
from etoile.validate.casting_load import rehearsal_load


def with_pins(season: Season, casting: list[CastAssignment]) -> Season:
    """``season`` with ``casting`` pinned in its performances.

    Parameters
    ----------
    season
        The season to pin.
    casting
        The places to pin (a guest's leads, say).
    """
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

    Parameters
    ----------
    season
        The season cast.
    base
        The plan without the exchange, whose casting is kept where it can be.
    moves
        The exchange's stays.
    leads
        The leads the guests dance, pinned.
    params
        The repair's settings.

    Returns
    -------
    Recast
        The plan and its notes, or (no plan) the travellers to blame.
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
    """Travellers with a guest lead in ``productions``, or a place in them while away.

    Parameters
    ----------
    season
        Where the performances' productions are.
    base
        Whose casting says who dances where.
    moves, leads
        The stays and the guests' leads.
    productions
        The productions that could not be repaired.
    """
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
    package that is not kept need not be scored).

    Parameters
    ----------
    season
        The season the casting is of.
    plan
        The plan to score.
    """
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
