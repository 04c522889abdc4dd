"""``validate``: season rules always, then the plan's structure, and its decisions only when the
structure is sound; everything sorted by rule, then entities."""

from __future__ import annotations

from etoile.domain import CastAssignment, Plan, Season
from etoile.validate import Violation, validate
from etoile.validate.structure import UNKNOWN_DANCER


def _sorted(found: list[Violation]) -> bool:
    keys = [(v.rule, v.entities, v.message) for v in found]
    return keys == sorted(keys)


def test_a_dangling_id_is_reported_once_and_nothing_else_is_checked(
    clean_season: Season,
) -> None:
    # A cast of nobody: without the structure gate, the casting rules would also report the
    # role short of dancers, the unknown dancer's tier ...
    plan = Plan(
        season=clean_season.id,
        casting=[CastAssignment(performance="nyc-p1", role="nyc-giselle.myrtha", dancer="x")],
    )
    found = validate(clean_season, plan)
    assert [(v.rule, v.entities) for v in found] == [(UNKNOWN_DANCER, ("casting[0].dancer", "x"))]


def test_with_a_sound_structure_the_decisions_are_checked_and_sorted(
    clean_season: Season,
) -> None:
    # An empty plan: every role of every show is short. Three Giselles of 4 roles and three
    # Swan Lakes of 5: 3 x 4 + 3 x 5 = 27 slots, short of 3 x (1 + 1 + 1 + 2 Wilis) +
    # 3 x (1 + 1 + 1 + 1 + 2 swans) = 15 + 18 = 33 dancers.
    found = validate(clean_season, Plan(season=clean_season.id))
    assert _sorted(found)
    assert [v.rule for v in found] == ["Role slot unfilled"] * 27
    assert sum(v.amount for v in found) == 33.0
    assert validate(clean_season) == []
