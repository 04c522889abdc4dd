"""The greedy casting sheet (etoile.solvers.casting.sheet): what ``put`` records for the
labour rules' checks, and which slots are full-length leads."""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.sheet import Sheet

LEAD, SOLO = "nyc-bal.lead", "nyc-bal.solo"


def _problem() -> CastingProblem:
    # Ann knows the lead and the solo; shows p1 (Tue 1 Dec) and p3 (Thu 3 Dec).
    return compile_casting(
        season(
            company(
                "nyc",
                [dancer("ann", known=(LEAD, SOLO))],
                [role(LEAD, lead=True), role(SOLO)],
                [show("p1", "2026-12-01T19:30"), show("p3", "2026-12-03T19:30")],
            )
        )
    )


def _slot(p: CastingProblem, show_id: str, role_id: str) -> int:
    s, r = p.show_index[show_id], p.role_index[role_id]
    return p.slot_index[s, r]


def test_is_lead_only_for_the_lead_role() -> None:
    p = _problem()
    sheet = Sheet(p)
    assert sheet.is_lead(_slot(p, "p1", LEAD)) is True
    assert sheet.is_lead(_slot(p, "p1", SOLO)) is False


def test_put_records_the_cast_by_slot_show_and_run() -> None:
    # Ann in p1's lead and solo, and p3's lead: 2 shows, 2 leads, the lead twice in the run.
    p = _problem()
    sheet = Sheet(p)
    p1, p3 = p.show_index["p1"], p.show_index["p3"]
    lead, solo = p.role_index[LEAD], p.role_index[SOLO]
    for k in (_slot(p, "p1", LEAD), _slot(p, "p1", SOLO), _slot(p, "p3", LEAD)):
        sheet.put(k, 0)
    assert sheet.cast == [
        (_slot(p, "p1", LEAD), 0),
        (_slot(p, "p1", SOLO), 0),
        (_slot(p, "p3", LEAD), 0),
    ]
    assert sheet.cast_in[_slot(p, "p1", SOLO)] == {0}
    assert sheet.roles_in[0, p1] == [lead, solo]
    assert sheet.shows[0] == {p1, p3}
    assert sheet.leads[0] == {p1, p3}
    assert sheet.in_run[0, "nyc-bal", lead] == 2
    assert sheet.in_run[0, "nyc-bal", solo] == 1


def test_a_new_sheet_is_empty() -> None:
    sheet = Sheet(_problem())
    assert (sheet.cast, dict(sheet.shows), dict(sheet.leads)) == ([], {}, {})
