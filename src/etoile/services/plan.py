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
from dataclasses import dataclass, field
from pathlib import Path

from etoile.domain import (
    Plan,
    Season,
)
from etoile.forecast import (
    DEFAULT_PARAMS,
    ForecastParams,
    expected_results,
    run_forecast,
)
from etoile.forecast.pricing import priced
from etoile.problems.exchange import ExchangeProblem
from etoile.seasonfile import dump_plan
from etoile.services.casting import CastingParams, cast_season
from etoile.services.plan_deal import ExchangedPlan, with_deal
from etoile.services.plan_exchange import (
    CALENDAR_ROUNDS,
    Stage,
    calendar_blame,
    exchange_rounds,
    names,
    without_exchange,
)
from etoile.services.rehearsal import RehearsalParams, rehearse_season
from etoile.solvers.exchange import ExchangeParams, explain_exchange
from etoile.validate import Severity, Violation, validate


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


def plan_season(
    season: Season, params: PlanParams | None = None, progress: Stage | None = None
) -> PlanOutcome:
    """The plan without the exchange, the exchange, the deal, the forecast and the checks of
    ``season`` (see the module notes).

    Parameters
    ----------
    season
        The season to plan.
    params
        Budgets, workers, seed, forecast draws and whether to run the sensitivity analysis
        (defaults when None).
    progress
        Told the name of each stage as it starts.

    Returns
    -------
    PlanOutcome
        The plan (with its deal, forecast and reports), the explanations, each house's gain
        three ways, the validator's violations and the seconds of each stage.
    """
    params = params or PlanParams()
    say = progress or (lambda _text: None)
    seconds: dict[str, float] = {}
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
    exchanged = _exchange_and_calendar(season, base, params, cp, xp, say, seconds)
    found, plan = exchanged.found, exchanged.plan
    problem, result = found.decision.problem, found.decision.result
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
    # The frontier and the sensitivity solve many close problems: each gets a shorter budget
    # on one worker (deterministic, so still the same answer anywhere), and says when it is
    # not proven.
    quick = xp.quick(1.0)
    plan = with_deal(
        season,
        base,
        plan,
        params.forecast,
        quick,
        params.sensitivity,
        exchanged,
        run,
        mc_gain,
        list_prices,
        say,
    )
    seconds["deal"] = time.perf_counter() - clock

    clock = time.perf_counter()
    say("Validating the plan")
    violations = validate(season, plan)
    seconds["validate"] = time.perf_counter() - clock
    estimate, gains = found.estimate, found.gains
    for h in problem.houses:
        cur = season.company[h].currency
        explanations.append(
            f"{season.company[h].city}: exchange worth {estimate.get(h, 0.0):+,.0f} {cur} in "
            f"the solver's estimate, {gains.get(h, 0.0):+,.0f} {cur} in the full model, "
            f"{mc_gain.get(h, 0.0):+,.0f} {cur} over the Monte Carlo draws."
        )
    explanations += exchanged.notes
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


def _exchange_and_calendar(
    season: Season,
    base: Plan,
    params: PlanParams,
    cp: CastingParams,
    xp: ExchangeParams,
    say: Stage,
    seconds: dict[str, float],
) -> ExchangedPlan:
    """Decide, cast and measure the exchange against ``base``, then rehearse the plan with
    it; when the calendar cannot prepare a production because of some stays, decide again
    without those travellers (at most :data:`CALENDAR_ROUNDS` times). The calendars' time is
    added to ``seconds["rehearsals"]``."""
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
        found = exchange_rounds(
            season, base, params.forecast, cp, xp, before, left_out, measured, say, valued
        )
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
        short, blocking = calendar_blame(season, base, rehearsed, validate(season, rehearsed))
        plan = rehearsed
        if not plan.exchange or not blocking or len(rounds) == CALENDAR_ROUNDS - 1:
            break
        rounds.append(found.notes)
        rounds[-1].append(
            "The rehearsal calendar could not prepare "
            f"{', '.join(sorted(season.productions[x].item.title for x in short))} with the "
            f"stays of {names(season, blocking)}: decided again without them."
        )
        left_out = found.left_out | blocking
    if plan.exchange and params.rehearsal_time_limit > 0 and blocking:
        # An exchange the calendar cannot prepare is not one to sign: the plan without it.
        found = without_exchange(
            found,
            base,
            "The rehearsal calendar could not prepare "
            f"{', '.join(sorted(season.productions[x].item.title for x in short))} with the "
            f"stays of {names(season, blocking)} in {CALENDAR_ROUNDS} tries: no exchange; "
            "the plan is the plan without it (a longer calendar budget, or fewer travellers, "
            "might let a package through).",
        )
        say("Rehearsals: placing every call of the plan without the exchange")
        started = time.perf_counter()
        plan = rehearse_season(season, base, rp)
        seconds["rehearsals"] = seconds.get("rehearsals", 0.0) + time.perf_counter() - started
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
    notes = [line for said in rounds for line in said] + found.notes
    return ExchangedPlan(found, plan, left_out, notes)


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
