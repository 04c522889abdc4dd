"""The runs of a casting problem (etoile.solvers.casting.run_slots): each production's slots,
days and candidates, the window of days, and the slots of other runs near a run."""

from __future__ import annotations

from dataclasses import replace

from casting_kit import company, dancer, role, season, show
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.run_slots import neighbours, runs_of, window_days
from repair_kit import three_shows


def test_one_run_of_three_shows() -> None:
    # p1 Mon 7, p2 Mon 14, p3 Fri 18 Dec; Ann, Bea and Cat may each dance all three: 3 x 3 = 9
    # pairs.
    p = compile_casting(three_shows())
    (run,) = runs_of(p)
    assert (run.production, run.slots) == ("nyc-bal", (0, 1, 2))
    assert (run.first.isoformat(), run.last.isoformat()) == ("2026-12-07", "2026-12-18")
    assert (run.dancers, run.pairs) == (frozenset({0, 1, 2}), 9)


def test_the_window_is_a_week_at_the_defaults() -> None:
    # Defaults: leads 1 free day apart (reach 2), 6 days in a row (7), 1 rest day after a
    # crossing (3): a week is the longest.
    assert window_days(compile_casting(three_shows())) == 7


def test_a_longer_run_of_working_days_widens_the_window() -> None:
    # 10 working days in a row allowed: 11 days matter to each other.
    p = compile_casting(three_shows(labor={"max_consecutive_working_days": 10}))
    assert window_days(p) == 11


def _two_houses() -> CastingProblem:
    # New York shows on Tue 1 and Thu 3 Dec, Paris on Fri 4 and Thu 31 Dec.
    return compile_casting(
        season(
            company(
                "nyc",
                [dancer("ann", known=("nyc-bal.lead",))],
                [role("nyc-bal.lead", lead=True)],
                [show("n1", "2026-12-01T19:30"), show("n3", "2026-12-03T19:30")],
            ),
            company(
                "par",
                [dancer("zoe", known=("par-bal.lead",))],
                [role("par-bal.lead", lead=True)],
                [
                    show("q4", "2026-12-04T20:00", house="par"),
                    show("q31", "2026-12-31T20:00", house="par"),
                ],
            ),
        )
    )


def test_runs_in_order_of_their_first_show() -> None:
    p = _two_houses()
    assert [r.production for r in runs_of(p)] == ["nyc-bal", "par-bal"]


def test_neighbours_share_a_candidate_within_the_window() -> None:
    p = _two_houses()
    nyc, par = runs_of(p)
    # No dancer in common: no neighbour.
    assert neighbours(p, nyc, [nyc, par], 7) == []
    # Ann also a candidate of both Paris slots: only Fri 4 is within 7 days of New York's
    # run (1-3 Dec: up to 10 Dec); Thu 31 is not.
    ann = p.dancer_index["ann"]
    slots = tuple(
        replace(s, candidates=(*s.candidates, ann)) if p.shows[s.show].company == "par" else s
        for s in p.slots
    )
    linked = replace(p, slots=slots)
    nyc, par = runs_of(linked)
    q4 = linked.slot_index[linked.show_index["q4"], linked.role_index["par-bal.lead"]]
    assert neighbours(linked, nyc, [nyc, par], 7) == [q4]
