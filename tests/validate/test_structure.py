"""Plan-structure rules: every id in a plan exists, in the right place, once."""

from __future__ import annotations

from typing import Any

from etoile.domain import Plan, Season
from etoile.validate import Severity, Violation, validate
from etoile.validate.structure import (
    DUPLICATE_CAST_ASSIGNMENT,
    DUPLICATE_REHEARSAL,
    MOVE_OUTSIDE_TERMS,
    NOT_OF_THE_HOUSE,
    PLAN_FOR_ANOTHER_SEASON,
    ROLE_NOT_IN_PRODUCTION,
    UNKNOWN_COMPANY,
    UNKNOWN_DANCER,
    UNKNOWN_PERFORMANCE,
    UNKNOWN_PRODUCTION,
    UNKNOWN_ROLE,
    UNKNOWN_STAFF,
    UNKNOWN_STUDIO,
    UNKNOWN_TERMS,
    casting_ids,
    exchange_ids,
    rehearsal_ids,
    season_matches,
)

from .builders import plan

LEA_TO_NEW_YORK: dict[str, Any] = {
    "dancer": "par-lea",
    "home": "par",
    "host": "nyc",
    "terms": "nyc-par",
    "depart": "2026-12-05",
    "start": "2026-12-07",
    "end": "2026-12-14",
    "return": "2026-12-15",
    "roles": ["nyc-giselle.giselle"],
}


def _cast(performance: str, role: str, dancer: str) -> dict[str, str]:
    return {"performance": performance, "role": role, "dancer": dancer}


def _rehearsal(**update: Any) -> dict[str, Any]:
    call = {
        "id": "r1",
        "company": "nyc",
        "production": "nyc-giselle",
        "kind": "coaching",
        "start": "2026-12-08T12:00:00-05:00",
        "end": "2026-12-08T14:00:00-05:00",
        "studio": "nyc-studio-a",
        "staff": ["nyc-bm1"],
        "dancers": ["nyc-ava", "nyc-ben"],
        "roles": ["nyc-giselle.giselle", "nyc-giselle.albrecht"],
    }
    return {**call, **update}


def _rules(season: Season, the_plan: Plan) -> list[Violation]:
    return sorted(
        v
        for rule in (season_matches, casting_ids, exchange_ids, rehearsal_ids)
        for v in rule(season, the_plan)
    )


def _brief(violations: list[Violation]) -> list[tuple[str, tuple[str, ...], float]]:
    return [(v.rule, v.entities, v.amount) for v in violations]


def test_a_sound_plan_has_no_structure_violation(clean_season: Season) -> None:
    sound = plan(
        clean_season,
        exchange=[LEA_TO_NEW_YORK],
        casting=[
            _cast("nyc-p1", "nyc-giselle.giselle", "par-lea"),
            _cast("nyc-p1", "nyc-giselle.albrecht", "nyc-ben"),
        ],
        rehearsals=[_rehearsal(dancers=["par-lea", "nyc-ben"])],
    )
    assert _rules(clean_season, sound) == []


def test_plan_for_another_season(clean_season: Season) -> None:
    assert list(season_matches(clean_season, plan(clean_season, season="big-2027"))) == [
        Violation(
            PLAN_FOR_ANOTHER_SEASON,
            Severity.ERROR,
            ("big-2027", "tiny-2026"),
            1.0,
            "The plan is for season 'big-2027', not 'tiny-2026'",
        )
    ]


def test_unknown_ids_in_the_casting(clean_season: Season) -> None:
    bad = plan(clean_season, casting=[_cast("nyc-p9", "nyc-giselle.hilarion", "nyc-zoe")])
    assert _rules(clean_season, bad) == [
        Violation(
            UNKNOWN_DANCER,
            Severity.ERROR,
            ("casting[0].dancer", "nyc-zoe"),
            1.0,
            "casting[0].dancer: the season tiny-2026 has no dancer 'nyc-zoe'",
        ),
        Violation(
            UNKNOWN_PERFORMANCE,
            Severity.ERROR,
            ("casting[0].performance", "nyc-p9"),
            1.0,
            "casting[0].performance: the season tiny-2026 has no performance 'nyc-p9'",
        ),
        Violation(
            UNKNOWN_ROLE,
            Severity.ERROR,
            ("casting[0].role", "nyc-giselle.hilarion"),
            1.0,
            "casting[0].role: the season tiny-2026 has no role 'nyc-giselle.hilarion'",
        ),
    ]


def test_role_of_another_production(clean_season: Season) -> None:
    bad = plan(clean_season, casting=[_cast("nyc-p1", "par-swan.odette", "nyc-ava")])
    assert _rules(clean_season, bad) == [
        Violation(
            ROLE_NOT_IN_PRODUCTION,
            Severity.ERROR,
            ("casting[0]", "nyc-p1", "par-swan.odette"),
            1.0,
            "casting[0]: Odette/Odile (par-swan.odette) is a role of par-swan, but nyc-p1 is a "
            "performance of nyc-giselle",
        )
    ]


def test_dancer_of_another_house_without_an_exchange_move(clean_season: Season) -> None:
    bad = plan(clean_season, casting=[_cast("nyc-p1", "nyc-giselle.giselle", "par-lea")])
    assert _brief(_rules(clean_season, bad)) == [
        (NOT_OF_THE_HOUSE, ("casting[0].dancer", "par-lea"), 1.0)
    ]


def test_duplicate_cast_assignment(clean_season: Season) -> None:
    twice = _cast("nyc-p1", "nyc-giselle.giselle", "nyc-ava")
    bad = plan(clean_season, casting=[twice, twice, twice])
    assert _rules(clean_season, bad) == [
        Violation(
            DUPLICATE_CAST_ASSIGNMENT,
            Severity.ERROR,
            ("nyc-p1", "nyc-giselle.giselle", "nyc-ava"),
            2.0,
            "nyc-ava is cast as nyc-giselle.giselle in nyc-p1 3 times",
        )
    ]


def test_exchange_move_ids_and_terms(clean_season: Season) -> None:
    unknown = {**LEA_TO_NEW_YORK, "dancer": "par-zed", "host": "lon", "terms": "x", "roles": ["y"]}
    wrong = {**LEA_TO_NEW_YORK, "home": "nyc", "roles": ["par-swan.odette"]}
    bad = plan(clean_season, exchange=[unknown, wrong])
    assert _brief(_rules(clean_season, bad)) == [
        (MOVE_OUTSIDE_TERMS, ("exchange[1]", "par-lea"), 1.0),
        (ROLE_NOT_IN_PRODUCTION, ("exchange[1].roles[0]", "par-swan.odette"), 1.0),
        (UNKNOWN_COMPANY, ("exchange[0].host", "lon"), 1.0),
        (UNKNOWN_DANCER, ("exchange[0].dancer", "par-zed"), 1.0),
        (UNKNOWN_TERMS, ("exchange[0].terms", "x"), 1.0),
        (UNKNOWN_ROLE, ("exchange[0].roles[0]", "y"), 1.0),
    ]
    move = next(v for v in _rules(clean_season, bad) if v.rule == MOVE_OUTSIDE_TERMS)
    assert move.message == (
        "exchange[1]: par-lea is a dancer of par, not nyc; home and host are both nyc"
    )


def test_rehearsal_ids(clean_season: Season) -> None:
    bad = plan(
        clean_season,
        rehearsals=[
            _rehearsal(studio="par-petipa", staff=["nyc-bm9"], dancers=["par-lea"]),
            _rehearsal(company="lon"),
            _rehearsal(roles=["par-swan.swan"]),
        ],
    )
    assert _brief(_rules(clean_season, bad)) == [
        (DUPLICATE_REHEARSAL, ("r1",), 2.0),
        (NOT_OF_THE_HOUSE, ("rehearsals[0].dancers[0]", "par-lea"), 1.0),
        (NOT_OF_THE_HOUSE, ("rehearsals[0].studio", "par-petipa"), 1.0),
        (ROLE_NOT_IN_PRODUCTION, ("rehearsals[2].roles[0]", "par-swan.swan"), 1.0),
        (UNKNOWN_COMPANY, ("rehearsals[1].company", "lon"), 1.0),
        (UNKNOWN_STAFF, ("rehearsals[0].staff[0]", "nyc-bm9"), 1.0),
    ]


def test_unknown_studio_and_production(clean_season: Season) -> None:
    bad = plan(clean_season, rehearsals=[_rehearsal(studio="nyc-studio-z", production="x")])
    assert _brief(_rules(clean_season, bad)) == [
        (UNKNOWN_PRODUCTION, ("rehearsals[0].production", "x"), 1.0),
        (UNKNOWN_STUDIO, ("rehearsals[0].studio", "nyc-studio-z"), 1.0),
    ]


def test_validate_reports_structure_and_stops_there(clean_season: Season) -> None:
    # With a dangling id, the decision rules (casting ...) do not run: one violation, not a
    # cascade.
    bad = plan(clean_season, casting=[_cast("nyc-p1", "nyc-giselle.giselle", "nyc-zoe")])
    assert _brief(validate(clean_season, bad)) == [
        (UNKNOWN_DANCER, ("casting[0].dancer", "nyc-zoe"), 1.0)
    ]


def test_validate_the_season_alone_runs_the_season_rules(tiny_season: Season) -> None:
    assert [v.rule for v in validate(tiny_season)] == [
        "Exchange terms no one can use",
        "Weekly limits leave a role short",
        "Weekly limits leave a role short",
    ]
