"""Use case: re-plan after events (an injury, a withdrawal, a show cancelled or added).

1. The events are applied to the season (an absence joins the dancer's absences; a show is
   removed or added) and to the plan (stays not begun by a withdrawn dancer are cancelled; a
   cancelled show's cast is released).
2. The casting is repaired with the fewest changed places, then people, then the casting goals
   (:mod:`etoile.solvers.repair`); shows before ``as_of`` never change.
3. The rehearsal calendar follows: an absent dancer leaves the calls of their absence; whoever
   replaces them in a role takes their place in that role's later calls when free then; a
   withdrawn guest leaves the host's calls.
4. The forecast is drawn again, the plan checked by the validator, and the changes listed per
   person (:func:`etoile.report.changes.diff_plans`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from etoile.domain import (
    AbsenceEvent,
    EventFile,
    PerformanceAdded,
    PerformanceCancelled,
    Plan,
    Rehearsal,
    Season,
    WithdrawalEvent,
)
from etoile.forecast import DEFAULT_PARAMS, run_forecast
from etoile.problems.casting import compile_casting
from etoile.report.changes import PlanDiff, diff_plans
from etoile.seasonfile.errors import InputError, Problem
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.plan import from_assignments, to_assignments
from etoile.solvers.repair import CastRepair, repair_cast
from etoile.validate import Severity, Violation, validate


@dataclass
class Replan:
    """The new season and plan, what changed, and whether the minimum was proven."""

    season: Season
    plan: Plan
    diff: PlanDiff
    repair: CastRepair | None
    violations: list[Violation]
    notes: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Violation]:
        """The violations that break a hard rule."""
        return [v for v in self.violations if v.severity is Severity.ERROR]


def check_events(season: Season, plan: Plan, events: EventFile, file: str) -> None:
    """Raise an InputError naming each event that does not fit the season or the plan."""
    problems = []
    if events.season != season.id:
        problems.append(Problem(file, "season", f"expected {season.id!r}", events.season))
    for i, event in enumerate(events.events):
        where = f"events[{i}]"
        if isinstance(event, AbsenceEvent | WithdrawalEvent) and event.dancer not in season.dancers:
            problems.append(Problem(file, f"{where}.dancer", "no such dancer", event.dancer))
        if isinstance(event, WithdrawalEvent) and not any(
            m.dancer == event.dancer for m in plan.exchange
        ):
            problems.append(
                Problem(file, f"{where}.dancer", "has no stay in the plan", event.dancer)
            )
        if isinstance(event, PerformanceCancelled) and event.performance not in season.performances:
            problems.append(
                Problem(file, f"{where}.performance", "no such performance", event.performance)
            )
        if isinstance(event, PerformanceAdded):
            if event.company not in season.company:
                problems.append(Problem(file, f"{where}.company", "no such company", event.company))
            if event.performance.id in season.performances:
                problems.append(
                    Problem(file, f"{where}.performance.id", "already exists", event.performance.id)
                )
    if problems:
        raise InputError(problems)


def apply_events(season: Season, plan: Plan, events: EventFile) -> tuple[Season, Plan]:
    """The season and plan as the events leave them, before any repair."""
    data: dict[str, Any] = season.model_dump(mode="json", by_alias=True)
    companies = {c["id"]: c for c in data["companies"]}
    dancers = {d["id"]: d for c in data["companies"] for d in c["dancers"]}
    exchange = list(plan.exchange)
    cancelled: set[str] = set()
    for event in events.events:
        if isinstance(event, AbsenceEvent):
            absence = {"start": event.start.isoformat(), "end": event.end.isoformat()}
            absence |= {"reason": event.reason.value, "note": event.note}
            dancers[event.dancer].setdefault("absences", []).append(absence)
        elif isinstance(event, WithdrawalEvent):
            exchange = [
                m
                for m in exchange
                if m.dancer != event.dancer
                or (events.as_of is not None and m.depart < events.as_of.date())
            ]
        elif isinstance(event, PerformanceCancelled):
            cancelled.add(event.performance)
            for c in data["companies"]:
                c["performances"] = [p for p in c["performances"] if p["id"] != event.performance]
        else:
            show = event.performance.model_dump(mode="json", by_alias=True)
            companies[event.company]["performances"].append(show)
    new_season = Season.model_validate(data)
    new_plan = plan.model_copy(
        update={
            "exchange": exchange,
            "casting": [a for a in plan.casting if a.performance not in cancelled],
        }
    )
    return new_season, new_plan


def replan(
    season: Season,
    plan: Plan,
    events: EventFile,
    params: CastingParams | None = None,
    draws: int = 2000,
) -> Replan:
    """Apply ``events`` and repair ``plan`` with the fewest changes (module notes)."""
    params = params or CastingParams(time_limit=10.0)
    new_season, base = apply_events(season, plan, events)
    problem = compile_casting(new_season, base)
    old = from_assignments(problem, base)
    frozen = {
        k for k, slot in enumerate(problem.slots) if _past(events, problem.shows[slot.show].start)
    }
    notes: list[str] = []
    repair = repair_cast(problem, new_season.casting_weights, old, frozen, params)
    if repair is None:
        notes.append("no repair keeps every hard rule: the casting is left as the events leave it")
        casting = base
    else:
        region = set(repair.region)
        kept = [(k, d) for k, d in old if k not in region]
        casting = to_assignments(problem, kept + repair.cast, base, new_season.id)
        notes += repair.notes
    rehearsals = _follow(new_season, base, casting, events)
    new_plan = casting.model_copy(update={"rehearsals": rehearsals})
    reports = dict(plan.reports)
    if repair is not None:
        reports["repair"] = repair.report
    forecast = run_forecast(new_season, new_plan, DEFAULT_PARAMS, draws, params.seed).forecast
    new_plan = new_plan.model_copy(update={"reports": reports, "forecast": forecast})
    diff = diff_plans(new_season, plan, new_plan, before=season)
    return Replan(new_season, new_plan, diff, repair, validate(new_season, new_plan), notes)


def _past(events: EventFile, start_minutes: int) -> bool:
    """Whether a show (minutes since the epoch, UTC) is before ``as_of``."""
    return events.frozen(dt.datetime.fromtimestamp(60 * start_minutes, tz=dt.UTC))


def _follow(season: Season, before: Plan, after: Plan, events: EventFile) -> list[Rehearsal]:
    """The calls, following the events and the re-cast (module notes, step 3)."""
    out_of: dict[tuple[str, str], set[str]] = defaultdict(set)  # (dancer, role) -> perfs left
    into: dict[tuple[str, str], set[str]] = defaultdict(set)
    old = {(a.performance, a.role, a.dancer) for a in before.casting}
    new = {(a.performance, a.role, a.dancer) for a in after.casting}
    for perf, role, dancer in old - new:
        out_of[dancer, role].add(perf)
    for perf, role, dancer in new - old:
        into[dancer, role].add(perf)
    # Who takes whose place in a role: the newcomers of each show the leaver left.
    heirs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (leaver, role), perfs in sorted(out_of.items()):
        for (newcomer, role2), theirs in sorted(into.items()):
            if role2 == role and perfs & theirs and newcomer not in heirs[leaver, role]:
                heirs[leaver, role].append(newcomer)
    guests = {m.dancer for m in before.exchange} - {m.dancer for m in after.exchange}
    still: dict[str, set[str]] = defaultdict(set)
    show_days: dict[str, set[dt.date]] = defaultdict(set)
    for a in after.casting:
        still[a.dancer].add(a.role)
        show_days[a.dancer].add(season.performances[a.performance].item.day)
    busy: dict[str, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
    for call in before.rehearsals:
        for d in call.dancers:
            busy[d].append((call.start, call.end))
    calls = []
    for call in before.rehearsals:
        if events.frozen(call.start):
            calls.append(call)
            continue
        dancers = list(call.dancers)
        for d in call.dancers:
            gone = season.dancers[d].item.absent_on(call.start.date()) is not None or (
                d in guests and call.company != season.dancers[d].owner
            )
            left_roles = [r for r in call.roles if (d, r) in out_of]
            if not gone and not left_roles:
                continue
            if gone or not still[d] & set(call.roles):
                dancers.remove(d)
            for r in left_roles or call.roles:
                for heir in heirs.get((d, r), []):
                    # Not on a show day of theirs: the show-day limits leave no room to add.
                    if (
                        heir not in dancers
                        and call.start.date() not in show_days[heir]
                        and _free(busy[heir], call.start, call.end)
                    ):
                        dancers.append(heir)
                        busy[heir].append((call.start, call.end))
        if dancers:
            calls.append(call.model_copy(update={"dancers": sorted(dancers)}))
    return calls


def _free(
    spans: list[tuple[dt.datetime, dt.datetime]], start: dt.datetime, end: dt.datetime
) -> bool:
    return all(e <= start or end <= s for s, e in spans)
