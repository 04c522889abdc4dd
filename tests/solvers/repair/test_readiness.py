"""Readiness in a repair: the replacements the published calendar cannot have ready.

New York, one production, one lead role; Ann, Bea and Cat know it, Dan does not (he could
learn it). Shows: p1 on Mon 7 Dec, p2 on Mon 14 Dec, p3 on Fri 18 Dec 2026. The published
plan has Ann in p1 and p2, Bea in p3, and no calls (nothing rehearsed yet).
"""

from __future__ import annotations

import datetime as dt

from casting_kit import company, dancer, plan, role, season, show
from etoile.domain import Season
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.repair.readiness import in_a_row, not_ready, unready, without
from etoile.validate import Severity, Violation
from etoile.validate.rehearsal import HOURS_SHORT

LEAD = "nyc-bal.lead"
PUBLISHED = [("p1", LEAD, "ann"), ("p2", LEAD, "ann"), ("p3", LEAD, "bea")]


def _season() -> Season:
    dancers = [dancer(n, known=(LEAD,)) for n in ("ann", "bea", "cat")] + [dancer("dan")]
    shows = [
        show("p1", "2026-12-07T19:30"),
        show("p2", "2026-12-14T19:30"),
        show("p3", "2026-12-18T19:30"),
    ]
    return season(company("nyc", dancers, [role(LEAD, lead=True)], shows))


def _problem(s: Season) -> tuple[CastingProblem, dict[str, int], dict[str, int]]:
    problem = compile_casting(s, plan(PUBLISHED))
    place = {problem.shows[slot.show].id: k for k, slot in enumerate(problem.slots)}
    who = {d.id: i for i, d in enumerate(problem.dancers)}
    return problem, place, who


def test_a_dancer_who_does_not_know_the_role_is_avoided_everywhere() -> None:
    # Without as_of only two rules apply: the role unknown and not danced yet (Dan: learning
    # calls the published calendar lacks), and the show-day limit or days in a row (no calls,
    # shows a week apart: nobody). So the pairs to avoid are Dan's, at each of the 3 places.
    s = _season()
    problem, place, who = _problem(s)
    assert all(who["dan"] in slot.candidates for slot in problem.slots)
    found = unready(s, plan(PUBLISHED), problem)
    assert found == frozenset((place[p], who["dan"]) for p in ("p1", "p2", "p3"))


def test_without_takes_the_pairs_out_of_the_candidates_only() -> None:
    s = _season()
    problem, place, who = _problem(s)
    assert without(problem, set()) is problem
    fewer = without(problem, {(place["p2"], who["cat"])})
    assert who["cat"] not in fewer.slots[place["p2"]].candidates
    assert who["cat"] in fewer.slots[place["p1"]].candidates
    before, after = problem.slots[place["p2"]], fewer.slots[place["p2"]]
    assert len(after.candidates) == len(before.candidates) - 1


def test_a_newcomer_short_of_hours_leaves_the_first_shows_the_hours_take() -> None:
    # Cat took p2 and p3 from Ann and Bea, and is 7 h short of company calls. At the house's
    # 360 minutes a day, 7 h take ceil(420 / 360) = 2 days: her places from her first show in
    # the production (p2, 14 Dec) to 16 Dec go: p2 only (p3 is on the 18th).
    s = _season()
    problem, place, who = _problem(s)
    new = plan([("p1", LEAD, "ann"), ("p2", LEAD, "cat"), ("p3", LEAD, "cat")])
    short = Violation(
        rule=HOURS_SHORT,
        severity=Severity.ERROR,
        message="Cat is short",
        entities=("nyc-bal", "company", "cat"),
        amount=7.0,
    )
    found = not_ready(problem, s, plan(PUBLISHED), new, [short], set(), set())
    assert found == {short: {(place["p2"], who["cat"])}}
    # Short again in a later round (seen): every place of the production open to her that the
    # published plan did not give her (it gave her none: p1, p2 and p3); never a place before
    # as_of (frozen).
    again = not_ready(problem, s, plan(PUBLISHED), new, [short], set(), {short.entities})
    assert again == {short: {(place[p], who["cat"]) for p in ("p1", "p2", "p3")}}
    frozen = not_ready(problem, s, plan(PUBLISHED), new, [short], {place["p2"]}, set())
    assert frozen == {short: set()}


def test_days_in_a_row() -> None:
    d = dt.date(2027, 1, 15)
    worked = {d + dt.timedelta(days=i) for i in range(6)}  # 15 to 20 Jan
    assert in_a_row(worked, d + dt.timedelta(days=6), 6)  # the 21st: a 7th day in a row
    assert not in_a_row(worked, d + dt.timedelta(days=6), 7)
    assert not in_a_row(worked, d + dt.timedelta(days=3), 6)  # already a working day
    # A day between two runs joins them: 3 + 1 + 3.
    gap = {d, d + dt.timedelta(days=1), d + dt.timedelta(days=2)}
    gap |= {d + dt.timedelta(days=4 + i) for i in range(3)}
    assert in_a_row(gap, d + dt.timedelta(days=3), 6)
    assert not in_a_row(gap, d + dt.timedelta(days=3), 7)
