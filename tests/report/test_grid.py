"""The casting grids: roles down, performances across, guests marked, empty and partial cells
said, big cells folded above CROWD dancers."""

from __future__ import annotations

import calendar_kit as kit
from etoile.domain import CastAssignment
from etoile.i18n import Translator
from etoile.report.grid import CROWD, Cast, grids

NNBSP = "\u202f"


def test_one_grid_per_production_with_its_shows_as_columns() -> None:
    giselle, swan = grids(kit.season(), kit.plan(), Translator("en"))
    assert (giselle.title, giselle.house, giselle.shows) == (
        "Giselle",
        "Manhattan Ballet Theatre",
        "3 performances",
    )
    assert [(c.day, c.time) for c in giselle.columns] == [
        ("Thu, Dec 10", f"7:30{NNBSP}PM"),
        ("Sat, Dec 12", f"2:00{NNBSP}PM"),
        ("Sat, Dec 12", f"8:00{NNBSP}PM"),
    ]
    assert giselle.columns[0].title == f"Thu, Dec 10, 2026, 7:30{NNBSP}PM · David H. Koch Theater"
    assert [(r.role, r.count) for r in swan.rows] == [
        ("Odette/Odile", 1),
        ("Prince Siegfried", 1),
        ("Wolfgang/Rothbart", 1),
        ("Big swan", 1),
        ("Swans", 2),
    ]


def test_a_guest_is_marked_and_names_are_sorted() -> None:
    giselle = grids(kit.season(), kit.plan(), Translator("en"))[0]
    rows = {r.role: r for r in giselle.rows}
    # Léa Garnier belongs to Paris: a guest in New York.
    assert rows["Giselle"].cells[0].dancers == [Cast("Léa Garnier", True)]
    assert rows["Albrecht"].cells[0].dancers == [Cast("Ben Okafor", False)]
    assert rows["Wilis"].cells[2].dancers == [Cast("Dina Park", False), Cast("Ella Ruiz", False)]
    assert {c.summary for r in giselle.rows for c in r.cells} == {""}  # every role filled


def test_empty_and_partial_cells_say_so() -> None:
    swan = grids(kit.season(), kit.plan(), Translator("en"))[1]
    rows = {r.role: r for r in swan.rows}
    # par-p1 casts Inès as Odette and only Kim among the two Swans: 1 of 2.
    assert [c.summary for c in rows["Odette/Odile"].cells] == ["", "not cast", "not cast"]
    assert rows["Swans"].cells[0].summary == "1 of 2 cast"
    assert rows["Swans"].cells[0].needed == 2


def test_a_crowded_cell_is_folded_with_its_count() -> None:
    plan = kit.plan()
    extra = [
        CastAssignment(performance="par-p2", role="par-swan.swan", dancer=d)
        for d in ["par-kim", "par-lou", "par-mia", "par-ines"]
    ]
    plan = plan.model_copy(update={"casting": [*plan.casting, *extra]})
    swan = grids(kit.season(), plan, Translator("en"))[1]
    cell = {r.role: r for r in swan.rows}["Swans"].cells[1]
    # 4 dancers > CROWD = 3: folded, the summary counts them.
    assert CROWD == 3
    assert (len(cell.dancers), cell.crowd, cell.summary) == (4, True, "4 dancers")


def test_an_unknown_dancer_is_shown_by_id_and_not_as_a_guest() -> None:
    plan = kit.plan()
    ghost = CastAssignment(performance="par-p3", role="par-swan.big-swan", dancer="ghost")
    plan = plan.model_copy(update={"casting": [*plan.casting, ghost]})
    swan = grids(kit.season(), plan, Translator("en"))[1]
    cell = {r.role: r for r in swan.rows}["Big swan"].cells[2]
    assert cell.dancers == [Cast("ghost", False)]


def test_in_french() -> None:
    swan = grids(kit.season(), kit.plan(), Translator("fr"))[1]
    assert swan.shows == "3 représentations"
    assert swan.columns[2].time == "14:30"
