"""What every rehearsal need is made of: hours cut into calls on the 30-minute grid, ensemble
roles, a need's total, and the casting of one production indexed by show."""

from __future__ import annotations

import datetime as dt

import pytest

import calendar_kit as kit
from etoile.domain import Plan, RehearsalKind
from etoile.problems.rehearsal_calls import Need, ProductionCast, chunks, is_ensemble
from etoile.problems.rehearsal_time import GRID


@pytest.mark.parametrize(
    ("hours", "service", "expected"),
    [
        # 5 h = 300 min, service 180: 2 calls, 300 / 2 = 150 each.
        (5, 180, (150, 150)),
        # 7 h = 420 min: 3 calls, 420 / 3 = 140 -> 150 on the grid; 150 + 150, the rest 120.
        (7, 180, (150, 150, 120)),
        # 6 h = 360 min: exactly 2 full services.
        (6, 180, (180, 180)),
        # 0.2 h = 12 min rounds up to one 30-minute slot.
        (0.2, 180, (30,)),
        # 1 h in services of 30 min: two calls of 30.
        (1, 30, (30, 30)),
        (0, 180, ()),
    ],
)
def test_chunks(hours: float, service: int, expected: tuple[int, ...]) -> None:
    assert GRID == 30
    assert chunks(hours, service) == expected


def test_chunks_keep_every_minute_on_the_grid_and_within_a_service() -> None:
    for service in range(GRID, 361, GRID):
        for slots in range(1, 60):
            found = chunks(slots * GRID / 60, service)
            assert sum(found) == slots * GRID, (slots, service)
            assert max(found) <= service, (slots, service)
            assert all(m % GRID == 0 for m in found), (slots, service)


def test_only_a_shared_role_that_is_not_a_lead_is_an_ensemble() -> None:
    roles = kit.season().roles
    # Wilis: 2 dancers, not a lead; Giselle: a lead of one; Myrtha: one dancer.
    assert [
        is_ensemble(roles[r].item)
        for r in ["nyc-giselle.wili", "nyc-giselle.giselle", "nyc-giselle.myrtha"]
    ] == [True, False, False]


def test_a_needs_total_adds_its_calls() -> None:
    need = Need(
        house="nyc",
        production="nyc-giselle",
        kind=RehearsalKind.COMPANY,
        dancers=("nyc-cleo",),
        roles=("nyc-giselle.myrtha",),
        minutes=(150, 150, 120),
        first_day=dt.date(2026, 12, 1),
        last_day=dt.date(2026, 12, 9),
        deadline=dt.datetime(2026, 12, 11, 0, 30, tzinfo=dt.UTC),
        venue=None,
        label="company",
    )
    assert need.total == 420  # 150 + 150 + 120


def test_production_cast_indexes_the_shows_in_curtain_order() -> None:
    season = kit.season()
    giselle = season.productions["nyc-giselle"].item
    cast = ProductionCast(season, kit.plan(), "nyc", giselle)
    assert [p.id for p in cast.perfs] == ["nyc-p1", "nyc-p2", "nyc-p3"]
    assert cast.cast["nyc-p2"]["nyc-giselle.wili"] == {"nyc-dina", "nyc-ella"}
    assert cast.first_show("par-lea").id == "nyc-p1"  # type: ignore[union-attr]
    assert cast.first_show("par-lea", "nyc-giselle.myrtha") is None
    assert cast.first_show("nyc-ava") is None  # not cast in this plan


def test_first_show_is_the_first_show_the_dancer_is_cast_in() -> None:
    season = kit.season()
    data = kit.plan_data()
    # Ava dances Myrtha on nyc-p3 only.
    data["casting"].append(
        {"performance": "nyc-p3", "role": "nyc-giselle.myrtha", "dancer": "nyc-ava"}
    )
    plan = Plan.model_validate(data)
    cast = ProductionCast(season, plan, "nyc", season.productions["nyc-giselle"].item)
    assert cast.first_show("nyc-ava").id == "nyc-p3"  # type: ignore[union-attr]
    assert cast.first_show("nyc-ava", "nyc-giselle.myrtha").id == "nyc-p3"  # type: ignore[union-attr]
