"""The main job: decide the exchange, cast both seasons around it, forecast, check, explain.

``etoile plan`` (and later the API and ``etoile demo``) call :func:`plan_season` and
:func:`write_plan_outputs`. The decomposition (``docs/exchange.md``):

1. **Exchange** (:mod:`etoile.solvers.exchange`): candidate stays valued with the forecast's
   linear view; CP-SAT picks the stays and the leads each guest dances (max-min gain of the
   houses, then the sum), with a castability proxy for the home houses.
2. **Casting** (:func:`etoile.services.casting.cast_season`): both seasons, with the guests'
   leads pinned. When that cannot be cast, it is re-cast without the exchange, and the plan
   says so; a guest the casting leaves unused is dropped.
3. **Rehearsals** (:func:`etoile.services.rehearsal.rehearse_season`): the calendar of the
   cast plan, within ``rehearsal_time_limit`` (0 skips it).
4. **Forecast**: the full model on the final plan (Monte Carlo), and the full model on the
   exchange alone (guest leads only, the rest the expected cast) next to the linear estimate.
5. **Validation**: :func:`etoile.validate.validate` on the final plan.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from etoile.domain import CastAssignment, CastPin, ExchangeMove, Plan, Season
from etoile.forecast import DEFAULT_PARAMS, ForecastParams, expected_results, run_forecast
from etoile.problems.exchange import ExchangeProblem, compile_exchange
from etoile.seasonfile import dump_plan
from etoile.services.casting import CastingParams, cast_season
from etoile.services.rehearsal import RehearsalParams, rehearse_season
from etoile.solvers.exchange import ExchangeParams, explain_exchange, solve_exchange
from etoile.solvers.exchange.values import value_exchange
from etoile.validate import Severity, Violation, validate

Stage = Callable[[str], None]


@dataclass(frozen=True)
class PlanParams:
    """Time limits (seconds) of the exchange, the casting and the rehearsal calendar (0: no
    calendar), workers, seed, forecast draws."""

    exchange_time_limit: float = 10.0
    casting_time_limit: float = 30.0
    rehearsal_time_limit: float = 10.0
    workers: int = 2
    seed: int = 0
    draws: int = 2000
    forecast: ForecastParams = DEFAULT_PARAMS


@dataclass
class PlanOutcome:
    """The plan and what a director needs to trust it."""

    plan: Plan
    explanations: list[str]
    linear_gain: dict[str, float]
    """House -> the exchange solver's linear estimate of its gain (house currency)."""
    full_gain: dict[str, float]
    """House -> the full model's gain of the exchange alone (guest leads, expected cast)."""
    violations: list[Violation]
    seconds: dict[str, float] = field(default_factory=dict)
    candidates: int = 0
    guest_options: int = 0

    @property
    def errors(self) -> list[Violation]:
        """Violations of hard rules."""
        return [v for v in self.violations if v.severity is Severity.ERROR]


def with_pins(season: Season, moves: list[ExchangeMove], casting: list[CastAssignment]) -> Season:
    """``season`` with the guests' leads pinned in their host performances."""
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


def _guest_leads(problem: ExchangeProblem, result: object) -> list[CastAssignment]:
    danced = result.danced  # type: ignore[attr-defined]
    return sorted(
        (
            CastAssignment(
                performance=o.performance, role=o.role, dancer=problem.candidates[c].dancer
            )
            for c, opts in danced.items()
            for o in opts
        ),
        key=lambda a: (a.performance, a.role, a.dancer),
    )


def _cast(
    season: Season,
    moves: list[ExchangeMove],
    guest_leads: list[CastAssignment],
    params: PlanParams,
    notes: list[str],
) -> tuple[Plan, list[ExchangeMove]]:
    """Cast with the guests' leads pinned; fall back to no exchange when that fails."""
    cp = CastingParams(
        time_limit=params.casting_time_limit, workers=params.workers, seed=params.seed
    )
    base = Plan(season=season.id, exchange=moves)
    cast = cast_season(with_pins(season, moves, guest_leads), base, cp)
    if cast.reports["casting"].status.has_plan or not moves:
        return cast, moves
    notes.append(
        f"Casting could not honour the exchange ({cast.reports['casting'].status.value}); "
        "re-cast without it."
    )
    bare = cast_season(season, Plan(season=season.id), cp)
    if bare.reports["casting"].status.has_plan:
        return bare, []
    notes.append(
        "The season cannot be cast even without the exchange: the exchange is kept, "
        "uncast; see the casting report."
    )
    return cast, moves


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


def plan_season(
    season: Season, params: PlanParams | None = None, progress: Stage | None = None
) -> PlanOutcome:
    """Exchange, casting, forecast and validation of ``season`` (see the module notes)."""
    params = params or PlanParams()
    say = progress or (lambda _text: None)
    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    say("Exchange: valuing candidate stays")
    problem = value_exchange(season, compile_exchange(season), params.forecast)
    say(f"Exchange: choosing among {len(problem.candidates)} stays")
    result = solve_exchange(
        problem, ExchangeParams(params.exchange_time_limit, params.workers, params.seed)
    )
    leads = _guest_leads(problem, result)
    moves = [
        c.move(sorted({o.role for o in result.danced.get(c.index, [])})) for c in result.chosen
    ]
    explanations = explain_exchange(season, problem, result)
    seconds["exchange"] = time.perf_counter() - clock

    clock = time.perf_counter()
    say("Casting both seasons")
    notes: list[str] = []
    plan, moves = _cast(season, moves, leads, params, notes)
    plan = _settle_roles(plan.model_copy(update={"exchange": moves}), notes, season)
    seconds["casting"] = time.perf_counter() - clock

    if params.rehearsal_time_limit > 0 and plan.reports["casting"].status.has_plan:
        clock = time.perf_counter()
        say("Rehearsals: placing every call")
        rp = RehearsalParams(params.rehearsal_time_limit, params.workers, params.seed)
        plan = rehearse_season(season, plan, rp)
        seconds["rehearsals"] = time.perf_counter() - clock

    clock = time.perf_counter()
    say("Forecast: full model and Monte Carlo")
    kept = {m.dancer for m in plan.exchange}
    only_guests = Plan(
        season=season.id,
        exchange=plan.exchange,
        casting=[a for a in leads if a.dancer in kept],
    )
    full = expected_results(season, only_guests, params.forecast)
    base = expected_results(season, None, params.forecast)
    full_gain = {h: full[h] - base[h] for h in problem.houses}
    linear_gain = {
        h: (result.gains.get(h, 0.0) / problem.rates[h] if plan.exchange else 0.0)
        for h in problem.houses
    }
    run = run_forecast(season, plan, params.forecast, params.draws, params.seed)
    plan = plan.model_copy(
        update={"forecast": run.forecast, "reports": {**plan.reports, "exchange": result.report}}
    )
    seconds["forecast"] = time.perf_counter() - clock

    clock = time.perf_counter()
    say("Validating the plan")
    violations = validate(season, plan)
    seconds["validate"] = time.perf_counter() - clock
    for h in problem.houses:
        cur = season.company[h].currency
        explanations.append(
            f"{season.company[h].city}: exchange worth {linear_gain[h]:+,.0f} {cur} in the "
            f"solver's linear estimate, {full_gain[h]:+,.0f} {cur} in the full model."
        )
    explanations += notes
    return PlanOutcome(
        plan,
        explanations,
        linear_gain,
        full_gain,
        violations,
        seconds,
        len(problem.candidates),
        len(problem.options),
    )


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
