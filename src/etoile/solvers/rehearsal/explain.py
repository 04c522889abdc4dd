"""Why a production cannot be ready: what is missing for the calls that could not be placed."""

from __future__ import annotations

from collections import Counter, defaultdict

from etoile.problems.rehearsal import RehearsalProblem
from etoile.problems.rehearsal_time import days


def explain_unplaced(problem: RehearsalProblem, unplaced: list[int]) -> list[str]:
    """One sentence per need with unplaced calls: the production, the hours, and the cause."""
    by_need: dict[int, list[int]] = defaultdict(list)
    for c in unplaced:
        by_need[problem.calls[c].need].append(c)
    out = []
    for k, calls in sorted(by_need.items(), key=lambda kv: problem.needs[kv[0]].deadline):
        need = problem.needs[k]
        hours = sum(problem.calls[c].minutes for c in calls) / 60
        head = (
            f"{need.label} cannot be ready for {need.deadline:%a %d %b %Y %H:%M}: "
            f"{hours:g} h of {need.kind.value} calls could not be placed"
        )
        out.append(f"{head}; {_cause(problem, calls[0])}.")
    return out


def _cause(problem: RehearsalProblem, c: int) -> str:
    call = problem.calls[c]
    need = problem.needs[call.need]
    if not call.staff:
        return f"no ballet master or répétiteur of {need.house} rehearses {need.production}"
    if not call.rooms:
        return f"no studio of {need.house} holds {len(call.dancers)} dancers"
    if not call.options:
        why: Counter[str] = Counter()
        blocked: Counter[str] = Counter()
        for day in days(need.first_day, need.last_day):
            if all(day in problem.staff[s].unavailable for s in call.staff):
                why["no ballet master available"] += 1
                continue
            for d in call.dancers:
                rule = problem.day_rule(d, need.house, day)
                if rule.forbidden:
                    why[f"dancers {rule.forbidden}"] += 1
                    blocked[problem.dancers[d]] += 1
                    break
        if need.first_day > need.last_day:
            return (
                f"the window to rehearse is empty: it would open on {need.first_day:%a %d %b} "
                f"and close on {need.last_day:%a %d %b}"
            )
        if not why:
            return (
                f"no day from {need.first_day:%a %d %b} to {need.last_day:%a %d %b} has a slot "
                f"of {call.minutes} min that a studio, a ballet master and the dancers' working "
                "day all allow"
            )
        reasons = ", ".join(f"{n} day(s): {w}" for w, n in why.most_common())
        who = ", ".join(d for d, _ in blocked.most_common(3))
        extra = f" (mostly {who})" if who else ""
        return f"no day in the window is free for everyone ({reasons}){extra}"
    return (
        "the studio time, the ballet masters' hours or the dancers' hours in the window are "
        "taken by other calls or the labour rules"
    )
