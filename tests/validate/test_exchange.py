"""Each exchange rule: a satisfied and a violated case, with the amount worked out by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from etoile.domain import CastAssignment, ExchangeMove, Plan
from etoile.validate import exchange as rules
from etoile.validate import validate
from exchange_kit import swap_season

D = dt.date


def move(**update: Any) -> ExchangeMove:
    """Léa Garnier, Paris to New York: travel 1 Dec, rest 2 Dec, resides 3-12 Dec, home 13."""
    data = dict(
        dancer="par-lea",
        home="par",
        host="nyc",
        terms="nyc-par",
        depart=D(2026, 12, 1),
        start=D(2026, 12, 3),
        end=D(2026, 12, 12),
        return_=D(2026, 12, 13),
        roles=["nyc-giselle.giselle"],
    )
    return ExchangeMove(**{**data, **update})


def run(
    rule: Any,
    moves: list[ExchangeMove],
    casting: list[CastAssignment] = (),  # type: ignore[assignment]
    season: Any = None,
) -> list[tuple[str, float]]:
    season = season or swap_season()
    plan = Plan(season=season.id, exchange=moves, casting=list(casting))
    return [(v.rule, v.amount) for v in rule(season, plan)]


def test_the_good_move_breaks_no_exchange_rule() -> None:
    season = swap_season()
    plan = Plan(season=season.id, exchange=[move()])
    assert [
        v
        for v in validate(season, plan)
        if v.rule
        in {
            rules.WRONG_TERMS,
            rules.OUTSIDE_WINDOW,
            rules.TIER_NOT_ALLOWED,
            rules.TOO_MANY,
            rules.STAY_LENGTH,
            rules.TRAVEL_REST,
            rules.VETOED,
            rules.NO_CONSENT,
            rules.NOT_LEARNT,
            rules.TWO_HOUSES,
        }
    ] == []


@pytest.mark.parametrize(
    ("rule", "bad", "expected"),
    [
        # The pair is nyc-par; par to par is not.
        (rules.terms_respected, [move(host="par")], [(rules.WRONG_TERMS, 1.0)]),
        # Window 1-31 Dec: departing 29 Nov is 2 days early.
        (rules.within_window, [move(depart=D(2026, 11, 29))], [(rules.OUTSIDE_WINDOW, 2.0)]),
        # Stays of 3 to 14 days: 3-20 Dec is 18 days, 4 over.
        (
            rules.stay_length,
            [move(end=D(2026, 12, 20), return_=D(2026, 12, 21))],
            [(rules.STAY_LENGTH, 4.0)],
        ),
        # One travel day and one rest day: starting 2 Dec after departing 1 Dec is 1 day short.
        (rules.travel_and_rest, [move(start=D(2026, 12, 2))], [(rules.TRAVEL_REST, 1.0)]),
        # Back on 12 Dec, the last day of the stay: 1 travel day short.
        (rules.travel_and_rest, [move(return_=D(2026, 12, 12))], [(rules.TRAVEL_REST, 1.0)]),
        # Two stays of Léa overlapping 10 to 13 Dec: 4 days.
        (
            rules.one_house_at_a_time,
            [
                move(),
                move(
                    depart=D(2026, 12, 10),
                    start=D(2026, 12, 12),
                    end=D(2026, 12, 14),
                    return_=D(2026, 12, 15),
                ),
            ],
            [(rules.TWO_HOUSES, 4.0)],
        ),
    ],
)
def test_rule_violated_and_satisfied(rule: Any, bad: list[ExchangeMove], expected: Any) -> None:
    assert run(rule, [move()]) == []
    assert run(rule, bad) == expected


def test_max_each_way() -> None:
    # One each way: Léa and Hugo both going to New York is one too many.
    season = swap_season()
    hugo = move(dancer="par-hugo", roles=[])
    assert run(rules.max_each_way, [move()], season=season) == []
    assert run(rules.max_each_way, [move(), hugo], season=season) == [(rules.TOO_MANY, 1.0)]


def test_consent_veto_and_tier() -> None:
    # Hugo has not consented; Ben (New York) is vetoed; Ines is a premier danseur (soloist).
    assert run(rules.tier_consent_veto, [move()]) == []
    assert run(rules.tier_consent_veto, [move(dancer="par-hugo")]) == [(rules.NO_CONSENT, 1.0)]
    ben = move(dancer="nyc-ben", home="nyc", host="par", roles=[])
    assert (rules.VETOED, 1.0) in run(rules.tier_consent_veto, [ben])
    ines = move(dancer="par-ines", roles=[])
    assert (rules.TIER_NOT_ALLOWED, 1.0) in run(rules.tier_consent_veto, [ines])


def test_learning_time() -> None:
    # Without knowing Giselle, Léa needs 40 h; cast on 10 Dec after arriving 3 Dec she has had
    # 14 days of preparation at home and 7 in residence at the terms' 12 h a week: 36 h, 4 h
    # short. Knowing it, nothing is short.
    cast = [CastAssignment(performance="nyc-p1", role="nyc-giselle.giselle", dancer="par-lea")]
    assert run(rules.learnt_in_time, [move()], cast) == []
    unknown = swap_season(knows_giselle=False)
    assert run(rules.learnt_in_time, [move()], cast, season=unknown) == [(rules.NOT_LEARNT, 4.0)]


def test_a_guest_who_prepared_long_enough_has_learnt_in_time() -> None:
    # 21 days of preparation and 7 in residence at 12 h a week: 48 h >= 40 h.
    cast = [CastAssignment(performance="nyc-p1", role="nyc-giselle.giselle", dancer="par-lea")]
    assert run(rules.learnt_in_time, [move()], cast, season=_prepared(21)) == []
    # No preparation: 12 h in residence, 28 h short, and the ballet master is told why.
    plan = Plan(season="x", exchange=[move()], casting=cast)
    found = list(rules.learnt_in_time(_prepared(0), plan))
    assert [(v.amount, v.message) for v in found] == [
        (
            28.0,
            "Léa Garnier needs 40 h to learn Giselle for the show of 10 Dec 2026 at "
            "Manhattan Ballet Theatre but can learn only 12.0 h by then (0 days of preparation "
            "at home and 7 days in residence): 28.0 h short",
        )
    ]


def _prepared(days: int) -> Any:
    """The swap season, Léa not knowing Giselle, with ``days`` of preparation at home."""
    season = swap_season(knows_giselle=False)
    terms = [t.model_copy(update={"preparation_days": days}) for t in season.exchanges]
    return season.model_copy(update={"exchanges": terms})


def test_cast_at_home_while_away() -> None:
    # Léa cast in Paris on 15 Dec while her stay runs to 16 Dec (return 17 Dec): one show.
    long = move(end=D(2026, 12, 16), return_=D(2026, 12, 17))
    home = [CastAssignment(performance="par-p1", role="par-swan.odette", dancer="par-lea")]
    assert run(rules.one_house_at_a_time, [move()], home) == []
    assert run(rules.one_house_at_a_time, [long], home) == [(rules.TWO_HOUSES, 1.0)]


def test_a_guest_prepares_for_a_stay_at_home_not_on_the_stay_before() -> None:
    """Two stays of Léa: 1-13 Dec, then from 20 Dec. Her preparation for the second (14 days
    before departure: 6-19 Dec) falls 8 days (6-13 Dec) on the first trip; with 6 days of
    preparation (14-19 Dec) she is home in time."""
    second = move(
        depart=D(2026, 12, 20), start=D(2026, 12, 22), end=D(2026, 12, 28), return_=D(2026, 12, 29)
    )
    season = swap_season()
    fourteen = season.model_copy(
        update={"exchanges": [season.exchanges[0].model_copy(update={"preparation_days": 14})]}
    )
    six = season.model_copy(
        update={"exchanges": [season.exchanges[0].model_copy(update={"preparation_days": 6})]}
    )
    assert run(rules.one_house_at_a_time, [move(), second], season=fourteen) == [
        (rules.PREPARATION_AWAY, 8.0)
    ]
    assert run(rules.one_house_at_a_time, [move(), second], season=six) == []
