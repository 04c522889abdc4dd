"""The main job: the plan without the exchange, the exchange against it, the deal, and checks.

``etoile plan``, ``etoile demo`` and the web app's jobs call :func:`plan_season` and
:func:`write_plan_outputs`. The decomposition (``docs/exchange.md``):

1. **The plan without the exchange** (:func:`etoile.services.casting.cast_season`): both
   seasons cast as if nobody travelled, every show at its best price level. It is the one
   baseline every gain is measured from.
2. **Exchange** (:mod:`etoile.services.exchange`): candidate stays valued against that plan;
   CP-SAT picks the package with the most total gain that a transfer (the release fee) can
   share so that every house gains.
3. **The plan with the exchange**: the baseline casting with the exchange put in by the
   fewest changes (the repair solver; a full re-cast with the guests pinned if the repair
   cannot), re-priced. Each house's gain is then measured with the full model; the transfer
   and its range come from those gains (:mod:`etoile.solvers.exchange.deal`). A package the
   full model does not confirm (no positive total, or no transfer the terms allow that
   leaves every house even) is dropped, and the plan is the plan without the exchange.
4. **Rehearsals** (:func:`etoile.services.rehearsal.rehearse_season`) on the final casting,
   within ``rehearsal_time_limit`` (0 skips it).
5. **Forecast**: Monte Carlo of the plan and of the baseline on the same draws; the
   frontier, the sensitivity of every `[I]` assumption and each house's paths to break-even.
6. **Validation**: :func:`etoile.validate.validate` on the final plan.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from etoile.domain import (
    CastAssignment,
    Deal,
    FrontierPoint,
    HouseDeal,
    Plan,
    Season,
    SensitivityRow,
)
from etoile.forecast import (
    DEFAULT_PARAMS,
    ForecastParams,
    build_scenario,
    expected_results,
    run_forecast,
)
from etoile.forecast.breakeven import break_even_paths
from etoile.forecast.pricing import priced
from etoile.problems.exchange import ExchangeProblem
from etoile.seasonfile import dump_plan
from etoile.services.casting import CastingParams, cast_season
from etoile.services.exchange import (
    ExchangeDecision,
    adjusted,
    decide,
    frontier_points,
    involved,
    package_key,
    recast_around,
    resolve,
    scored,
    with_pins,
)
from etoile.services.rehearsal import RehearsalParams, rehearse_season
from etoile.services.sensitivity import sensitivity
from etoile.solvers.exchange import ExchangeParams, explain_exchange
from etoile.solvers.exchange.deal import Settlement, settle
from etoile.solvers.exchange.values import measure
from etoile.validate import Severity, Violation, validate
from etoile.validate.rehearsal import HOURS_SHORT

Stage = Callable[[str], None]


@dataclass(frozen=True)
class PlanParams:
    """Budgets of the exchange, the casting and the rehearsal calendar (0: no calendar), all in
    deterministic seconds (:mod:`etoile.solvers.cpsat`: the same season, seed and workers give
    the same plan on any machine), workers, seed, forecast draws, and whether to run the
    sensitivity analysis."""

    exchange_time_limit: float = 10.0
    casting_time_limit: float = 30.0
    rehearsal_time_limit: float = 10.0
    workers: int = 2
    seed: int = 0
    draws: int = 2000
    forecast: ForecastParams = DEFAULT_PARAMS
    sensitivity: bool = True


@dataclass
class PlanOutcome:
    """The plan and what a director needs to trust it."""

    plan: Plan
    explanations: list[str]
    linear_gain: dict[str, float]
    """House -> the exchange solver's estimate of its gain (house currency)."""
    full_gain: dict[str, float]
    """House -> the full model's gain: the plan against the plan without the exchange."""
    violations: list[Violation]
    seconds: dict[str, float] = field(default_factory=dict)
    candidates: int = 0
    guest_options: int = 0
    baseline: Plan | None = None
    """The plan without the exchange that every gain is measured from (cast and priced)."""

    @property
    def errors(self) -> list[Violation]:
        """Violations of hard rules."""
        return [v for v in self.violations if v.severity is Severity.ERROR]


def _settle_roles(plan: Plan, notes: list[str], season: Season) -> Plan:
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
        return _settle_roles(cast, [], season), [], set()
    repair = replace(cp, time_limit=min(cp.time_limit, 10.0))
    found = recast_around(season, base, moves, leads, repair)
    if found.plan is None:
        return None, [], found.blocking or travellers
    plan = _settle_roles(found.plan, [], season)
    new = [
        v
        for v in validate(season, plan)
        if v.severity is Severity.ERROR and (v.rule, v.entities) not in before
    ]
    if new:
        return None, [], _blamed(season, base, plan, decision, new)
    return plan, found.notes, set()


def _names(season: Season, dancers: set[str]) -> str:
    return ", ".join(sorted(season.dancers[d].item.name for d in dancers))


def _total(season: Season, gains: dict[str, float], currency: str) -> float:
    return sum(g * season.rate(season.company[h].currency, currency) for h, g in gains.items())


CALENDAR_ROUNDS = 2
"""Plans of the exchange: when the rehearsal calendar cannot prepare a production because
of a stay (a traveller or a guest short of hours, or a dancer the exchange re-cast), the
stays involved are left out and the exchange is decided again."""

EXCHANGE_ROUNDS = 4
"""Most packages cast and measured per plan of the exchange (see :func:`_exchange`)."""

BLOCKED_ROUNDS = 6
"""Most packages per plan of the exchange that the casting cannot honour (each leaves its
blocking travellers out; the large preset needs four before one can be cast)."""


@dataclass
class _Exchanged:
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


def _exchange(
    season: Season,
    base: Plan,
    params: PlanParams,
    cp: CastingParams,
    xp: ExchangeParams,
    before: set[tuple[str, tuple[str, ...]]],
    left_out: frozenset[str],
    measured: dict[int, dict[str, float]],
    say: Stage,
    valued: ExchangeProblem | None = None,
) -> _Exchanged:
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
        decide(season, base, params.forecast, xp, left_out=left_out)
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
    unchanged = build_scenario(season, base, params.forecast)
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
            notes.append(
                f"The casting could not honour the stays of {_names(season, blocking)} with "
                "the rest (a home production could not be re-cast without them, or their "
                "leads could not be prepared in time): decided again without them."
            )
            left_out |= blocking
        else:
            plan = priced(season, plan, params.forecast)
            after = build_scenario(season, plan, params.forecast)
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
        if _total(season, t.gains, problem.currency) > 0 and t.settlement.acceptable
    ]
    chosen = trials.get(package_key(decision)) if converged else None
    if chosen is None or chosen not in good:
        converged = False
        chosen = max(good, key=lambda t: _total(season, t.gains, problem.currency), default=None)
    zero = dict.fromkeys(problem.houses, 0.0)
    if chosen is None:
        if trials:
            best = max(trials.values(), key=lambda t: _total(season, t.gains, problem.currency))
            notes.append(
                "The full model does not confirm the exchange's gain once it is cast (total "
                f"{_total(season, best.gains, problem.currency):+,.0f} {problem.currency}, or "
                "no transfer the terms allow leaves every house even): the plan is the plan "
                "without the exchange."
            )
        elif decision.result.chosen:
            notes.append("The exchange could not be put into the casting: no exchange.")
        none = ExchangeDecision(problem, decision.result, decision.rules)
        return _Exchanged(
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
    return _Exchanged(
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


def _calendar_blame(
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


def plan_season(
    season: Season, params: PlanParams | None = None, progress: Stage | None = None
) -> PlanOutcome:
    """The plan without the exchange, the exchange, the deal, the forecast and the checks of
    ``season`` (see the module notes)."""
    params = params or PlanParams()
    say = progress or (lambda _text: None)
    seconds: dict[str, float] = {}
    notes: list[str] = []
    cp = CastingParams(
        time_limit=params.casting_time_limit, workers=params.workers, seed=params.seed
    )
    xp = ExchangeParams(params.exchange_time_limit, params.workers, params.seed)

    clock = time.perf_counter()
    say("Casting both seasons without the exchange")
    base = cast_season(season, Plan(season=season.id), cp)
    if not base.reports["casting"].status.has_plan:
        base = Plan(season=season.id, reports=base.reports)
    base = priced(season, base, params.forecast)
    seconds["casting"] = time.perf_counter() - clock

    clock = time.perf_counter()
    say("Exchange: valuing candidate stays against the plan without it")
    before = (
        {(v.rule, v.entities) for v in validate(season, base) if v.severity is Severity.ERROR}
        if base.casting
        else set()
    )
    rp = RehearsalParams(params.rehearsal_time_limit, params.workers, params.seed)
    left_out: frozenset[str] = frozenset()
    measured: dict[int, dict[str, float]] = {}
    rounds: list[list[str]] = []
    short: set[str] = set()
    blocking: set[str] = set()
    valued: ExchangeProblem | None = None
    while True:
        found = _exchange(season, base, params, cp, xp, before, left_out, measured, say, valued)
        valued = found.first.problem
        plan = found.plan
        cast_report = plan.reports.get("casting")
        if params.rehearsal_time_limit <= 0 or cast_report is None:
            break
        if not cast_report.status.has_plan:
            break
        say("Rehearsals: placing every call")
        started = time.perf_counter()
        rehearsed = rehearse_season(season, plan, rp)
        seconds["rehearsals"] = seconds.get("rehearsals", 0.0) + time.perf_counter() - started
        short, blocking = _calendar_blame(season, base, rehearsed, validate(season, rehearsed))
        plan = rehearsed
        if not plan.exchange or not blocking or len(rounds) == CALENDAR_ROUNDS - 1:
            break
        rounds.append(found.notes)
        rounds[-1].append(
            "The rehearsal calendar could not prepare "
            f"{', '.join(sorted(season.productions[x].item.title for x in short))} with the "
            f"stays of {_names(season, blocking)}: decided again without them."
        )
        left_out = found.left_out | blocking
    if plan.exchange and params.rehearsal_time_limit > 0 and blocking:
        found.notes.append(
            "The rehearsal calendar could not prepare "
            f"{', '.join(sorted(season.productions[x].item.title for x in short))} with the "
            f"stays of {_names(season, blocking)} in {CALENDAR_ROUNDS} tries: the validator's "
            "errors below name the hours to find (a longer calendar budget, or those stays "
            "left out)."
        )
    if plan.exchange:
        found.notes.append(
            "The solver's values, measured: "
            + "; ".join(
                f"{season.company[h].city} {found.linear.get(h, 0.0):+,.0f} "
                f"{season.company[h].currency} in the purely linear values, "
                f"{found.estimate.get(h, 0.0):+,.0f} after measuring"
                for h in found.decision.problem.houses
            )
            + f" ({found.rounds} round(s) of casting and measuring; "
            + ("the package settled)." if found.converged else "the package did not settle).")
        )
    notes += [line for said in rounds for line in said] + found.notes
    decision, estimate, gains, settlement = (
        found.decision,
        found.estimate,
        found.gains,
        found.settlement,
    )
    problem, result = decision.problem, decision.result
    explanations = explain_exchange(season, problem, result)
    seconds["exchange"] = time.perf_counter() - clock - seconds.get("rehearsals", 0.0)

    clock = time.perf_counter()
    say("Forecast: Monte Carlo with and without the exchange")
    run = run_forecast(season, plan, params.forecast, params.draws, params.seed, baseline=base)
    houses = run.scenario.frame.houses
    mc_gain = {h: 0.0 for h in houses}
    if run.baseline_results is not None:
        mc_gain = {
            h: float(run.results[:, i].mean() - run.baseline_results[:, i].mean())
            for i, h in enumerate(houses)
        }
    list_prices = expected_results(season, plan.model_copy(update={"prices": {}}), params.forecast)
    seconds["forecast"] = time.perf_counter() - clock

    clock = time.perf_counter()
    say("The deal: frontier, sensitivity and paths to break-even")
    chosen = {f"{m.dancer}@{m.start.isoformat()}" for m in plan.exchange}
    # The frontier and the sensitivity solve many close problems: each gets a shorter budget
    # (deterministic, so still the same answer anywhere), and says when it is not proven.
    quick = ExchangeParams(min(1.0, params.exchange_time_limit), params.workers, params.seed)
    points = frontier_points(season, decision, quick, chosen, left_out)
    rows = (
        sensitivity(
            season,
            base,
            params.forecast,
            quick,
            progress=say,
            at_base=found.first,
            left_out=left_out,
        )
        if params.sensitivity
        else []
    )
    by_house = {f.company: f for f in run.forecast.houses}
    received = {h: settlement.after.get(h, 0.0) - gains.get(h, 0.0) for h in houses}
    house_deals = [
        HouseDeal(
            company=h,
            currency=by_house[h].currency,
            result_without=by_house[h].baseline_result or by_house[h].result,
            result_with=by_house[h].result,
            gain_before_transfer=gains.get(h, 0.0),
            transfer=received[h],
            gain_after_transfer=gains.get(h, 0.0) + received[h],
            estimate_gain=estimate.get(h, 0.0) if plan.exchange else 0.0,
            monte_carlo_gain=mc_gain[h],
            probability_break_even_without=by_house[h].baseline_probability_break_even,
            probability_break_even_with=by_house[h].probability_break_even,
        )
        for h in houses
        if h in by_house
    ]
    paths = break_even_paths(
        season,
        run.scenario,
        {d.company: d.result_with + d.transfer for d in house_deals},
        {d.company: d.gain_after_transfer for d in house_deals},
        {h: by_house[h].result - list_prices[h] for h in houses},
    )
    total = _total(season, gains, problem.currency) if plan.exchange else 0.0
    deal = Deal(
        verdict="swap" if plan.exchange else "none",
        currency=problem.currency,
        houses=house_deals,
        transfers=settlement.transfers if plan.exchange else [],
        total_gain=total,
        frontier=points,
        sensitivity=rows,
        break_even=paths,
        what_would_change_it=(
            [] if plan.exchange else _what_would_change_it(rows, points, problem.currency)
        ),
        notes=notes,
    )
    plan = plan.model_copy(
        update={
            "forecast": run.forecast,
            "deal": deal,
            "reports": {**plan.reports, "exchange": result.report},
        }
    )
    seconds["deal"] = time.perf_counter() - clock

    clock = time.perf_counter()
    say("Validating the plan")
    violations = validate(season, plan)
    seconds["validate"] = time.perf_counter() - clock
    for h in problem.houses:
        cur = season.company[h].currency
        explanations.append(
            f"{season.company[h].city}: exchange worth {estimate.get(h, 0.0):+,.0f} {cur} in "
            f"the solver's estimate, {gains.get(h, 0.0):+,.0f} {cur} in the full model, "
            f"{mc_gain.get(h, 0.0):+,.0f} {cur} over the Monte Carlo draws."
        )
    explanations += notes
    return PlanOutcome(
        plan,
        explanations,
        estimate,
        gains,
        violations,
        seconds,
        len(problem.candidates),
        len(problem.options),
        base,
    )


def _what_would_change_it(
    rows: list[SensitivityRow], points: list[FrontierPoint], currency: str
) -> list[str]:
    """The changes that would make a swap pay, in words (common currency)."""
    said = []
    for r in rows:
        if not r.flips:
            continue
        value, total = (r.low, r.total_at_low) if r.stays_at_low else (r.high, r.total_at_high)
        said.append(
            f"{r.name} = {value:g} (now {r.base:g}): a swap worth {total:+,.0f} {currency} in "
            "total."
        )
    best = max(points, key=lambda p: p.total, default=None)
    if best is not None and best.stays and best.total <= 0:
        said.append(
            f"The best package ({len(best.stays)} stay(s)) loses {-best.total:,.0f} {currency} "
            "in total: cutting its fees and expenses by that much would make it pay."
        )
    return said


def write_plan_outputs(
    season: Season, outcome: PlanOutcome, out_dir: Path, lang: str = "en"
) -> tuple[Path, Path]:
    """Write ``plan.json`` and ``report.html`` into ``out_dir``; returns both paths."""
    from etoile.report import write_report

    out_dir.mkdir(parents=True, exist_ok=True)
    plan_path = out_dir / "plan.json"
    dump_plan(outcome.plan, plan_path)
    report = write_report(season, outcome.plan, out_dir / "report.html", lang, outcome.explanations)
    return plan_path, report
