"""Use case: re-plan after events (an injury, a withdrawal, a show cancelled or added).

1. The events (checked by :func:`etoile.seasonfile.event_check.check_events`) are applied
   to the season (an absence joins the dancer's absences; a show is removed or added) and to
   the plan (stays not begun by a withdrawn dancer are cancelled; a cancelled show's cast is
   released): :func:`etoile.domain.event_apply.apply_events`.
2. The casting is repaired with the fewest changed places, then people, then the casting goals
   (:mod:`etoile.solvers.repair`); shows before ``as_of`` never change.
3. The rehearsal calendar is repaired: the calls the new plan needs are compiled again, every
   one the published calendar already has (same production, kind, dancers, roles, length, and
   still possible then) stays where it is, a call whose dancers changed takes the published
   slot of its nearest twin when every rule holds there, and only the others are placed
   around them (:mod:`etoile.solvers.repair.calendar`). A dancer the new calendar leaves
   short of hours before their first show (and the published one did not) is taken out of
   the production's first shows (:mod:`etoile.solvers.repair.readiness`), and steps 2 and 3
   run again (at most :data:`READY_ROUNDS` times).
4. The forecast is drawn again, the plan checked by the validator, and the changes listed per
   person (:func:`etoile.report.changes.diff_plans`); optionally, each vacated place's
   candidates are ranked with what choosing them would cost (:mod:`.replan_options`).
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future
from dataclasses import dataclass, field

from etoile.domain import EventFile, Plan, Season, SolveStatus
from etoile.domain.event_apply import apply_events
from etoile.forecast import DEFAULT_PARAMS, run_forecast
from etoile.problems.casting import compile_casting
from etoile.report.changes import PlanDiff, diff_plans
from etoile.services.replan_options import Ranking, ReplacementOption
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.plan import from_assignments, to_assignments
from etoile.solvers.repair import CastRepair, Parts, repair_cast
from etoile.solvers.repair.calendar import recalendar
from etoile.solvers.repair.readiness import not_ready, unready, without
from etoile.solvers.result import make_report
from etoile.validate import Severity, Violation, validate
from etoile.validate.rehearsal import HOURS_SHORT, readiness


@dataclass
class Replan:
    """The new season and plan, what changed, and whether the minimum was proven."""

    season: Season
    plan: Plan
    diff: PlanDiff
    repair: CastRepair
    violations: list[Violation]
    notes: list[str] = field(default_factory=list)
    ranking: Future[list[ReplacementOption]] | None = field(default=None, repr=False)
    """The ranking of the replacements, under way beside the caller's next steps."""

    @property
    def options(self) -> list[ReplacementOption]:
        """For each vacated place, the candidates ranked with their costs (when the ranking
        is still under way, it is waited for)."""
        return [] if self.ranking is None else self.ranking.result()

    @property
    def errors(self) -> list[Violation]:
        """The violations that break a hard rule."""
        return [v for v in self.violations if v.severity is Severity.ERROR]


READY_ROUNDS = 3
"""At most this many times a repair is taken again with the dancers the calendar cannot ready
left out of their first shows (module notes, step 3)."""


def replan(
    season: Season,
    plan: Plan,
    events: EventFile,
    params: CastingParams | None = None,
    draws: int = 2000,
    options: int = 0,
) -> Replan:
    """Apply ``events`` and repair ``plan`` with the fewest changes (module notes); with
    ``options``, that many candidates of each vacated place are costed and ranked."""
    params = params or CastingParams(time_limit=10.0)
    new_season, base = apply_events(season, plan, events)
    compiled = compile_casting(new_season, base)
    old = from_assignments(compiled, base)
    frozen = {
        k for k, slot in enumerate(compiled.slots) if _past(events, compiled.shows[slot.show].start)
    }
    avoid = unready(new_season, base, compiled, events.as_of)
    # Readiness the published plan already lacked is not the repair's to mend.
    published_short = {(v.rule, v.entities) for v in readiness(season, plan)}
    short_before = frozenset(entities[0] for _, entities in published_short)
    barred: set[tuple[int, int]] = set()
    seen: set[tuple[str, ...]] = set()  # readiness already short in an earlier round
    casting_s = calendar_s = 0.0
    casting_work = calendar_work = 0.0  # deterministic seconds, summed like the wall's
    notes: list[str] = []
    bound: float | None = None
    parts = Parts()  # the last round's models serve the ranking's repairs
    ranking = Ranking(options)
    try:
        for round_ in range(READY_ROUNDS + 1):
            problem = without(compiled, barred)
            ranking.drop()  # an earlier round's repair is not the one kept: parts are free
            repair = repair_cast(
                problem, new_season.casting_weights, old, frozen, params, avoid=avoid, parts=parts
            )
            if round_ == 0 and repair.proven:
                bound = float(repair.changes)  # no repair that also readies everyone does better
            whole = repair.applied_to(old)
            ranking.start(new_season, base, problem, old, frozen, whole, params, parts)
            casting = to_assignments(problem, whole, base, new_season.id)
            new_plan, calendar = recalendar(new_season, base, casting, events, params, short_before)
            casting_s += repair.report.seconds
            calendar_s += calendar.seconds
            casting_work += repair.report.deterministic_seconds or 0.0
            calendar_work += calendar.deterministic_seconds or 0.0
            short = [
                v
                for v in readiness(new_season, new_plan)
                if v.rule == HOURS_SHORT
                and (v.rule, v.entities) not in published_short
                and v.entities[0] not in repair.unready  # forced: nobody ready could take them
            ]
            taken_out = not_ready(problem, new_season, plan, new_plan, short, frozen, seen)
            seen |= {v.entities for v in short}
            more = {pair for pairs in taken_out.values() for pair in pairs} - barred
            if not short or not more or round_ == READY_ROUNDS:
                break
            notes += [
                f"{v.message}: not ready in time; taken out of {len(pairs - barred)} more "
                "place(s) of the production's first shows"
                for v, pairs in taken_out.items()
                if pairs - barred
            ]
            barred |= more
        notes += [
            f"{new_season.productions[p].item.title}: no dancer the calendar can have ready in "
            "time can take its broken places; they go to dancers who will be short of rehearsal "
            "hours (the errors below say how short): a ballet master's call"
            for p in repair.unready
        ]
        notes += repair.notes
        reports = dict(plan.reports)
        reports["rehearsals"] = calendar.model_copy(
            update={"seconds": calendar_s, "deterministic_seconds": round(calendar_work, 3)}
        )
        repair.report = repair.report.model_copy(
            update={"seconds": casting_s, "deterministic_seconds": round(casting_work, 3)}
        )
        if barred:
            # The dancers left out were chosen by rule, not by the solver: the first round's proven
            # minimum bounds every repair that readies everyone; reached, it is proven too.
            repair.proven = bound == repair.changes
            repair.report = make_report(
                repair.report.solver,
                SolveStatus.OPTIMAL if repair.proven else SolveStatus.FEASIBLE,
                objective=repair.report.objective,
                bound=0.0 if bound is None else bound,
                seconds=casting_s,
                deterministic_seconds=casting_work,
                terms=repair.report.terms,
                seed=params.seed,
                workers=params.workers,
                notes=repair.report.notes,
            )
        reports["repair"] = repair.report
        forecast = run_forecast(new_season, new_plan, DEFAULT_PARAMS, draws, params.seed).forecast
        new_plan = new_plan.model_copy(update={"reports": reports, "forecast": forecast})
        diff = diff_plans(new_season, plan, new_plan, before=season)
        violations = validate(new_season, new_plan)
    except BaseException:
        ranking.close()
        raise
    return Replan(new_season, new_plan, diff, repair, violations, notes, ranking.release())


def _past(events: EventFile, start_minutes: int) -> bool:
    """Whether a show (minutes since the epoch, UTC) is before ``as_of``."""
    return events.frozen(dt.datetime.fromtimestamp(60 * start_minutes, tz=dt.UTC))
