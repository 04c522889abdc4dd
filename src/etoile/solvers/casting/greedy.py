"""The baseline: fill the casting sheet the way a person does.

Leads first, then the other solo roles, then the ensembles; show after show in date order; for
each place, the most senior, best-drawing dancer who is free under every hard rule, preferring
whoever already danced the role in this run (casts stay together). No search, no look-ahead:
it is what the optimiser must beat, and it may leave places empty where a person would have
to go back and rearrange.
"""

from __future__ import annotations

import time
from collections import defaultdict

from etoile.domain import SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.result import Cast, CastingResult
from etoile.solvers.result import make_report


class _Sheet:
    """What is cast so far, indexed for the rule checks."""

    def __init__(self, problem: CastingProblem) -> None:
        self.p = problem
        self.cast: Cast = []
        self.cast_in: dict[int, set[int]] = defaultdict(set)
        self.roles_in: dict[tuple[int, int], list[int]] = defaultdict(list)
        self.shows: dict[int, set[int]] = defaultdict(set)
        self.leads: dict[int, set[int]] = defaultdict(set)
        self.in_run: dict[tuple[int, str, int], int] = defaultdict(int)
        self.loads = {(rule.dancer, rule.production): rule for rule in problem.loads}

    def is_lead(self, k: int) -> bool:
        slot = self.p.slots[k]
        return self.p.roles[slot.role].lead and self.p.shows[slot.show].full_length

    def can(self, k: int, d: int) -> bool:
        p, slot = self.p, self.p.slots[k]
        dancer = p.dancers[d]
        s = slot.show
        if not self._load_fits(d, s, slot.role):
            return False
        if any((slot.role, r) not in p.doubled for r in self.roles_in[d, s]):
            return False
        if s not in self.shows[d]:
            if any(p.conflict(d, s, t) for t in self.shows[d]):
                return False
            week = [t for t in self.shows[d] if p.shows[t].week == p.shows[s].week]
            limit = dancer.max_shows_per_week
            if limit is not None and len(week) + 1 > limit:
                return False
            if self._too_many_days(d, s):
                return False
        if self.is_lead(k) and s not in self.leads[d]:
            day = p.shows[s].day
            others = [p.shows[t].day for t in self.leads[d]]
            if sum(p.shows[t].week == p.shows[s].week for t in self.leads[d]) + 1 > (
                dancer.max_leads_per_week
            ):
                return False
            for other in others:
                apart = abs((other - day).days)
                if (apart == 0 and dancer.no_lead_in_both_shows) or (
                    0 < apart <= dancer.min_days_between_leads
                ):
                    return False
        return True

    def _load_fits(self, d: int, s: int, role: int) -> bool:
        """Rehearsal load over the dancer's time, with ``role`` in show ``s`` added."""
        production = self.p.shows[s].production
        rule = self.loads.get((d, production))
        if rule is None:
            return True
        roles = {
            r for r in {*rule.own, *rule.company, *rule.coached} if self.in_run[d, production, r]
        }
        roles.add(role)
        shows = {t for t in self.shows[d] if self.p.shows[t].production == production} | {s}
        load = max((rule.company[r] for r in roles if r in rule.company), default=0)
        load += sum(rule.own.get(r, 0) for r in roles)
        for r, (q, minutes) in rule.coached.items():
            if r in roles:  # partners so far; the partner of show s is not known yet
                load += minutes * max(1, len(self._partners(d, production, r, q)))
        load += rule.stage if rule.opening in shows else 0
        return all(load <= cap for t, cap in rule.limits if t in shows)

    def _partners(self, d: int, production: str, r: int, q: int) -> set[int]:
        p = self.p
        return {
            e
            for t in self.shows[d]
            if p.shows[t].production == production
            and (t, r) in p.slot_index
            and d in self.cast_in[p.slot_index[t, r]]
            and (t, q) in p.slot_index
            for e in self.cast_in[p.slot_index[t, q]]
        }

    def _too_many_days(self, d: int, s: int) -> bool:
        days = {self.p.shows[t].day.toordinal() for t in self.shows[d]}
        day = self.p.shows[s].day.toordinal()
        days.add(day)
        before = after = 0
        while day - before - 1 in days:
            before += 1
        while day + after + 1 in days:
            after += 1
        return before + after + 1 > self.p.dancers[d].max_consecutive_days

    def put(self, k: int, d: int) -> None:
        slot = self.p.slots[k]
        self.cast.append((k, d))
        self.cast_in[k].add(d)
        self.roles_in[d, slot.show].append(slot.role)
        self.shows[d].add(slot.show)
        if self.is_lead(k):
            self.leads[d].add(slot.show)
        self.in_run[d, self.p.shows[slot.show].production, slot.role] += 1


def _phase(problem: CastingProblem, k: int) -> int:
    role = problem.roles[problem.slots[k].role]
    return 0 if role.lead else 1 if role.count == 1 else 2


def solve_greedy(problem: CastingProblem, prefer_known: bool = False) -> CastingResult:
    """Fill the sheet; the report's objective is left to the caller (the validator's).

    ``prefer_known`` ranks the dancers who already know a role before the others (after those
    who danced it earlier in the run): a better start for the optimiser; the baseline of the
    benchmark goes by rank and draw alone, as the issue describes it."""
    started = time.perf_counter()
    sheet = _Sheet(problem)
    for k, d in problem.pins:
        if d in problem.slots[k].candidates:
            sheet.put(k, d)
    pinned: dict[int, int] = defaultdict(int)
    for k, _ in problem.pins:
        pinned[k] += 1
    short = 0
    for k in sorted(range(len(problem.slots)), key=lambda k: (_phase(problem, k), k)):
        slot = problem.slots[k]
        production = problem.shows[slot.show].production

        def rank(d: int, slot_role: int = slot.role, run: str = production) -> tuple[int, ...]:
            dancer = problem.dancers[d]
            learns = prefer_known and slot_role not in dancer.known
            return (-sheet.in_run[d, run, slot_role], learns, dancer.tier.level, -dancer.draw, d)

        need = slot.count - pinned[k]
        for d in sorted(slot.candidates, key=rank):
            if need == 0:
                break
            if d not in sheet.cast_in[k] and sheet.can(k, d):
                sheet.put(k, d)
                need -= 1
        short += need
    status = SolveStatus.FEASIBLE if short == 0 else SolveStatus.UNKNOWN
    notes = [] if short == 0 else [f"{short} place(s) left empty: the sheet needs rearranging"]
    report = make_report(
        "greedy",
        status,
        objective=None,
        bound=None,
        seconds=time.perf_counter() - started,
        notes=notes,
    )
    return CastingResult(sorted(sheet.cast), report)
