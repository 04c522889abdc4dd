"""Why a production cannot be ready (etoile.solvers.rehearsal.explain): one sentence per need
with unplaced calls, naming the need, its deadline, the hours and the cause."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.rehearsal.explain import explain_unplaced
from part_kit import hand_call, kit_problem, option, part

# Need 1 of the kit: Ava's coaching of the lead, ready for Thu 10 Dec 2026 19:30, rehearsed
# from Thu 19 Nov to Thu 10 Dec.
HEAD = "New York Ballet: coaching of Ava cannot be ready for Thu 10 Dec 2026 19:30: "


def _problem() -> RehearsalProblem:
    # Call 0: 90 min, no leader; call 1: 120 min, no studio; call 2: 60 min with everything
    # (left out by the other calls or the rules); call 3: 90 min with no option at all.
    p = kit_problem()
    tue = option(p, "2026-12-08", "10:00", "10:00")
    return part(
        p,
        hand_call(p, 90, ("ava",), tue, need=1, staff=()),
        hand_call(p, 120, ("ava",), tue, need=1, rooms=()),
        hand_call(p, 60, ("ava",), tue, need=1),
        hand_call(p, 90, ("ava",), need=1),
    )


def test_no_leader() -> None:
    # 90 min = 1.5 h.
    assert explain_unplaced(_problem(), [0]) == [
        HEAD + "1.5 h of coaching calls could not be placed; "
        "no ballet master or répétiteur of nyc rehearses nyc-bal."
    ]


def test_no_studio_and_the_hours_of_every_unplaced_call_of_the_need() -> None:
    # Calls 1 and 2 of the same need: one sentence, 120 + 60 = 180 min = 3 h; the cause is
    # the first call's (no studio for its 1 dancer).
    assert explain_unplaced(_problem(), [1, 2]) == [
        HEAD + "3 h of coaching calls could not be placed; no studio of nyc holds 1 dancers."
    ]


def test_everything_there_but_taken() -> None:
    assert explain_unplaced(_problem(), [2]) == [
        HEAD + "1 h of coaching calls could not be placed; the studio time, the ballet "
        "masters' hours or the dancers' hours in the window are taken by other calls or the "
        "labour rules."
    ]


def test_no_option_in_the_window() -> None:
    assert explain_unplaced(_problem(), [3]) == [
        HEAD + "1.5 h of coaching calls could not be placed; no day from Thu 19 Nov to Thu 10 "
        "Dec has a slot of 90 min that a studio, a ballet master and the dancers' working day "
        "all allow."
    ]


def test_an_empty_window() -> None:
    # The window would open on Thu 10 Dec and close on Tue 1 Dec.
    p = _problem()
    needs = list(p.needs)
    needs[1] = replace(needs[1], first_day=dt.date(2026, 12, 10), last_day=dt.date(2026, 12, 1))
    assert explain_unplaced(replace(p, needs=needs), [3]) == [
        HEAD + "1.5 h of coaching calls could not be placed; the window to rehearse is empty: "
        "it would open on Thu 10 Dec and close on Tue 01 Dec."
    ]


def test_nothing_unplaced_says_nothing() -> None:
    assert explain_unplaced(_problem(), []) == []
