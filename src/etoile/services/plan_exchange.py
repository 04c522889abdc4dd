"""The exchange inside the main job (:func:`etoile.services.plan.plan_season`, step 3 of its
notes): decide the package, cast it into the plan without the exchange by the fewest changes,
price it, measure each house's gain show by show with the full model, and decide again with
the measurement until the solver proposes a package it has measured; and, once the rehearsal
calendar has run, which travellers to blame for a production it could not prepare.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from etoile.domain import (
    CastAssignment,
    Plan,
    Season,
)
from etoile.forecast import (
    ForecastParams,
    build_scenario,
)
from etoile.forecast.pricing import priced
from etoile.problems.exchange import ExchangeProblem
from etoile.services.casting import CastingParams, cast_season
from etoile.services.exchange import ExchangeDecision, adjusted, decide, package_key, resolve
from etoile.services.exchange_recast import involved, recast_around, scored, with_pins
from etoile.solvers.exchange import ExchangeParams
from etoile.solvers.exchange.deal import Settlement, settle
from etoile.solvers.exchange.values import measure
from etoile.validate import Severity, Violation, validate
from etoile.validate.rehearsal import HOURS_SHORT

Stage = Callable[[str], None]
"""What a long job says it is doing (a line of progress)."""


def settle_roles(plan: Plan, notes: list[str], season: Season) -> Plan:
    """Each move lists the roles its guest dances; a guest the casting leaves unused is dropped."""
    if not plan.casting:
        return plan
    roles: dict[str, set[str]] = defaultdict(set)
    for a in plan.casting:
        if season.dancers[a.dancer].owner != season.performances[a.performance].owner:
            roles[a.dancer].add(a.role)
    kept = []
    for move in plan.exchange:
        if roles[move.dancer]:
            kept.append(move.model_copy(update={"roles": sorted(roles[move.dancer])}))
        else:
            notes.append(
                f"{season.dancers[move.dancer].item.name}'s stay was dropped: the casting "
                "gave the guest no show (the rest of the casting stays valid)."
            )
    return plan.model_copy(update={"exchange": kept})


def _blamed(
    season: Season, base: Plan, plan: Plan, decision: ExchangeDecision, errors: list[Violation]
) -> set[str]:
    """The travellers an error of the plan with the exchange names, else those involved in
    the productions it names, else every traveller of the package."""
    travellers = {c.dancer for c in decision.result.chosen}
    named = {e for v in errors for e in v.entities} & travellers
    if named:
        return named
    productions = {e for v in errors for e in v.entities if e in season.productions}
    found = involved(season, base, decision.moves(), _guest_casting(season, plan), productions)
    return found or travellers


def _cast_package(
    season: Season,
    base: Plan,
    decision: ExchangeDecision,
    cp: CastingParams,
    before: set[tuple[str, tuple[str, ...]]],
) -> tuple[Plan | None, list[str], set[str]]:
    """The baseline casting with the package of ``decision`` in it, by the repair (the
    fewest changes); a season without a baseline casting is cast with the guests pinned.

    Returns the plan (None when the casting cannot honour the package: a production the
    repair cannot mend, or an error the plan without the exchange does not have,
    ``before``), the notes, and the travellers to leave out when it cannot.
    """
    moves, leads = decision.moves(), decision.guest_leads()
    travellers = {c.dancer for c in decision.result.chosen}
    if not base.casting:
        cast = cast_season(with_pins(season, leads), Plan(season=season.id, exchange=moves), cp)
        if not cast.reports["casting"].status.has_plan:
            status = cast.reports["casting"].status.value
            return None, [f"Casting could not honour the exchange ({status})."], travellers
        return settle_roles(cast, [], season), [], set()
    repair = replace(cp, time_limit=min(cp.time_limit, 10.0))
    found = recast_around(season, base, moves, leads, repair)
    if found.plan is None:
        return None, [], found.blocking or travellers
    plan = settle_roles(found.plan, [], season)
    new = [
        v
        for v in validate(season, plan)
        if v.severity is Severity.ERROR and (v.rule, v.entities) not in before
    ]
    if new:
        return None, [], _blamed(season, base, plan, decision, new)
    return plan, found.notes, set()


def names(season: Season, dancers: set[str]) -> str:
    return ", ".join(sorted(season.dancers[d].item.name for d in dancers))


def total_in(season: Season, gains: dict[str, float], currency: str) -> float:
    return sum(g * season.rate(season.company[h].currency, currency) for h, g in gains.items())


CALENDAR_ROUNDS = 2
"""Plans of the exchange: when the rehearsal calendar cannot prepare a production because
of a stay (a traveller or a guest short of hours, or a dancer the exchange re-cast), the
stays involved are left out and the exchange is decided again."""

EXCHANGE_ROUNDS = 4
"""Most packages cast and measured per plan of the exchange (see :func:`exchange_rounds`)."""

BLOCKED_ROUNDS = 6
"""Most packages per plan of the exchange that the casting cannot honour (each leaves its
blocking travellers out; the large preset needs four before one can be cast)."""


@dataclass
class Exchanged:
    plan: Plan
    decision: ExchangeDecision
    estimate: dict[str, float]
    gains: dict[str, float]
    settlement: Settlement
    notes: list[str]
    linear: dict[str, float]
    """The package's gain in the purely linear values (before any measurement)."""
    rounds: int
    converged: bool
    left_out: frozenset[str]
    """Travellers left out, the ones given plus those whose stays could not be cast."""
    first: ExchangeDecision
    """The first solve, in the purely linear values."""


@dataclass(eq=False)
class _Trial:
    decision: ExchangeDecision
    plan: Plan
    gains: dict[str, float]
    settlement: Settlement
    notes: list[str]


def _guest_casting(season: Season, plan: Plan) -> list[CastAssignment]:
    return [
        a
        for a in plan.casting
        if season.dancers[a.dancer].owner != season.performances[a.performance].owner
    ]


def least_valued(season: Season, decision: ExchangeDecision, blocking: set[str]) -> set[str]:
    """The less valued half (at least one) of the travellers ``blocking`` a package the
    casting cannot honour, by their stays' total value in the solver's estimate (ties: by
    id); all of them when they are not travellers of the package.

    Leaving out every traveller a failed repair names is too much: a package of six stays
    whose repair fails in two productions names all six, and nothing is left to exchange
    (the demo season, seed 0, this stop). Half at a time keeps the valuable stays in play for
    the next decision and still ends within :data:`BLOCKED_ROUNDS`.
    """
    stays = {c.dancer: c.index for c in decision.result.chosen}
    named = sorted(d for d in blocking if d in stays)
    if len(named) < 2:
        return set(blocking)
    problem = decision.problem

    def value(dancer: str) -> float:
        return total_in(season, decision.estimate([stays[dancer]]), problem.currency)

    ranked = sorted(named, key=lambda d: (value(d), d))
    return set(ranked[: (len(ranked) + 1) // 2])


def _by_dancer(
    problem: ExchangeProblem, measured: dict[int, dict[str, float]]
) -> dict[int, dict[str, float]]:
    """``measured`` extended to every stay of a measured dancer to the same house: a stay
    never cast takes the adjustment of the dancer's last measured stay there (the other
    windows of one trip change the same shows)."""
    latest: dict[tuple[str, str], int] = {}
    for k in measured:
        c = problem.candidates[k]
        latest[c.dancer, c.host] = k
    out = dict(measured)
    for c in problem.candidates:
        last = latest.get((c.dancer, c.host))
        if c.index not in out and last is not None:
            out[c.index] = measured[last]
    return out


def exchange_rounds(
    season: Season,
    base: Plan,
    forecast: ForecastParams,
    cp: CastingParams,
    xp: ExchangeParams,
    before: set[tuple[str, tuple[str, ...]]],
    left_out: frozenset[str],
    measured: dict[int, dict[str, float]],
    say: Stage,
    valued: ExchangeProblem | None = None,
) -> Exchanged:
    """Decide the exchange (without ``left_out``), cast it, price it, measure it.

    The solver's values are linear (one stay at a time against the plan without the
    exchange); the casting then changes more than one place at a time. So each package the
    solver proposes is cast (the repair: the fewest changes) and priced, and the full model
    measures what it changes show by show; the difference from the linear values is given
    to the stays involved (``measured``, :func:`etoile.solvers.exchange.values.measure`), and
    the exchange is solved again with them. When the solver proposes a package it has
    already measured, its values agree with the full model: the answer. Otherwise, after
    :data:`EXCHANGE_ROUNDS` measured packages, the one with the most total gain that the
    terms can share. A package the casting cannot honour leaves its blocking travellers out
    (at most :data:`BLOCKED_ROUNDS` times). ``valued``: the stays as an earlier plan of the
    exchange valued them against the same ``base`` (the same values; None values them).
    """
    notes: list[str] = []
    first = (
        decide(season, base, forecast, xp, left_out=left_out)
        if valued is None
        else resolve(season, valued, xp, left_out=left_out)
    )
    valued = first.problem
    decision = (
        resolve(season, adjusted(valued, _by_dancer(valued, measured)), xp, first.result, left_out)
        if measured
        else first
    )
    linear = ExchangeDecision(valued, decision.result, decision.rules).estimate()
    unchanged = build_scenario(season, base, forecast)
    without = {h: unchanged.expected_result(h) for h in unchanged.frame.houses}
    trials: dict[tuple[tuple[str, str, str], ...], _Trial] = {}
    converged = False
    rounds = blocked = 0
    while len(trials) < EXCHANGE_ROUNDS and blocked < BLOCKED_ROUNDS:
        result = decision.result
        key = package_key(decision)
        if not result.chosen or key in trials:
            converged = True
            break
        rounds += 1
        say(f"Exchange: casting {len(result.chosen)} stay(s) and measuring them (round {rounds})")
        plan, said, blocking = _cast_package(season, base, decision, cp, before)
        if plan is None:
            blocked += 1
            notes += said
            dropped = least_valued(season, decision, blocking)
            notes.append(
                f"The casting could not honour the stays of {names(season, blocking)} with "
                "the rest (a home production could not be re-cast without them, or their "
                "leads could not be prepared in time): decided again without "
                f"{names(season, dropped)}"
                + (" (the less valued half of them)." if dropped != blocking else ".")
            )
            left_out |= dropped
        else:
            plan = priced(season, plan, forecast)
            after = build_scenario(season, plan, forecast)
            gains = {h: after.expected_result(h) - without[h] for h in without}
            found = measure(result.chosen, result.danced, base, plan, unchanged, after)
            for k, v in found.items():
                measured.pop(k, None)  # the latest measurement last (see _by_dancer)
                measured[k] = v
            trials[key] = _Trial(
                decision, plan, gains, settle(season, gains, valued.currency), said
            )
        decision = resolve(
            season, adjusted(valued, _by_dancer(valued, measured)), xp, result, left_out
        )
    if not converged and decision.result.chosen and package_key(decision) in trials:
        converged = True
    problem = decision.problem
    good = [
        t
        for t in trials.values()
        if total_in(season, t.gains, problem.currency) > 0 and t.settlement.acceptable
    ]
    chosen = trials.get(package_key(decision)) if converged else None
    if chosen is None or chosen not in good:
        converged = False
        chosen = max(good, key=lambda t: total_in(season, t.gains, problem.currency), default=None)
    zero = dict.fromkeys(problem.houses, 0.0)
    if chosen is None:
        if trials:
            best = max(trials.values(), key=lambda t: total_in(season, t.gains, problem.currency))
            notes.append(
                "The full model does not confirm the exchange's gain once it is cast (total "
                f"{total_in(season, best.gains, problem.currency):+,.0f} {problem.currency}, or "
                "no transfer the terms allow leaves every house even): the plan is the plan "
                "without the exchange."
            )
        elif decision.result.chosen:
            notes.append("The exchange could not be put into the casting: no exchange.")
        none = ExchangeDecision(problem, decision.result, decision.rules)
        return Exchanged(
            base,
            none,
            zero,
            zero,
            Settlement([], dict(zero), True),
            notes,
            linear,
            rounds,
            converged,
            left_out,
            first,
        )
    notes += chosen.notes
    final = ExchangeDecision(problem, chosen.decision.result, decision.rules)
    if not converged and trials:
        notes.append(
            f"The solver's values did not settle in {len(trials)} measured rounds: the plan keeps "
            "the measured package with the most total gain; the solver's estimate of it may "
            "differ from the full model."
        )
    return Exchanged(
        scored(season, chosen.plan),
        final,
        final.estimate(),
        chosen.gains,
        chosen.settlement,
        notes,
        ExchangeDecision(valued, chosen.decision.result, decision.rules).estimate(),
        rounds,
        converged,
        left_out,
        first,
    )


def without_exchange(found: Exchanged, plan: Plan, note: str) -> Exchanged:
    """``found`` with no exchange: ``plan`` (the plan without it), no gain, no transfer, and
    ``note`` said last."""
    zero = dict.fromkeys(found.decision.problem.houses, 0.0)
    return replace(
        found,
        plan=plan,
        estimate=zero,
        gains=dict(zero),
        settlement=Settlement([], dict(zero), True),
        notes=[*found.notes, note],
    )


def calendar_blame(
    season: Season, base: Plan, plan: Plan, violations: list[Violation]
) -> tuple[set[str], set[str]]:
    """(productions, travellers): the productions the calendar could not prepare because of
    the exchange, and the travellers to leave out for them.

    A shortage is the exchange's when it names a traveller or a guest, or a dancer whose
    places in the production the exchange changed; a shortage of dancers the exchange left
    as they were is the plan's own (the plan without the exchange would have it too).
    """
    travellers = {m.dancer for m in plan.exchange}
    places: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for a in base.casting:
        places[a.dancer].add(("base", a.performance, a.role))
    for a in plan.casting:
        places[a.dancer].add(("plan", a.performance, a.role))
    productions: set[str] = set()
    blamed: set[str] = set()
    for v in violations:
        if v.rule != HOURS_SHORT or not v.entities or v.entities[0] not in season.productions:
            continue
        production = v.entities[0]
        dancers = [e for e in v.entities if e in season.dancers]
        mine = [d for d in dancers if d in travellers]
        changed = [
            d
            for d in dancers
            if {(p, r) for w, p, r in places[d] if w == "base"}
            != {(p, r) for w, p, r in places[d] if w == "plan"}
        ]
        if mine:
            blamed |= set(mine)
            productions.add(production)
        elif changed:
            productions.add(production)
            blamed |= involved(
                season, base, plan.exchange, _guest_casting(season, plan), {production}
            )
    return productions, blamed
