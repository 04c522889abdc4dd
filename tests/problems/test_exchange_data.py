"""The records of a compiled exchange problem: a candidate's measured adjustment per house and
the domain move it becomes."""

from __future__ import annotations

import datetime as dt

from etoile.domain import ExchangeMove
from etoile.problems.exchange_data import Candidate


def _candidate(**kw: object) -> Candidate:
    fields: dict[str, object] = {
        "index": 0,
        "dancer": "par-lea",
        "name": "Léa Garnier",
        "home": "par",
        "host": "nyc",
        "terms": "nyc-par",
        "depart": dt.date(2026, 12, 7),
        "start": dt.date(2026, 12, 9),
        "end": dt.date(2026, 12, 13),
        "return_": dt.date(2026, 12, 14),
        "home_loss": 0.0,
        "fixed_costs": {"nyc": 4200.0},
    }
    return Candidate(**{**fields, **kw})  # type: ignore[arg-type]


def test_the_adjustment_of_a_house_adds_its_entries() -> None:
    stay = _candidate(adjustment=(("nyc", 1500.0), ("par", -300.0), ("nyc", -250.0)))
    # nyc: 1500 - 250 = 1250; par: -300; a house never measured: 0.
    assert (stay.adjusted("nyc"), stay.adjusted("par"), stay.adjusted("cph")) == (
        1250.0,
        -300.0,
        0.0,
    )


def test_a_stay_never_measured_has_no_adjustment() -> None:
    assert _candidate().adjusted("nyc") == 0.0


def test_the_move_carries_the_dates_and_sorted_roles() -> None:
    move = _candidate().move(["nyc-giselle.myrtha", "nyc-giselle.giselle"])
    assert move == ExchangeMove(
        dancer="par-lea",
        home="par",
        host="nyc",
        terms="nyc-par",
        depart=dt.date(2026, 12, 7),
        start=dt.date(2026, 12, 9),
        end=dt.date(2026, 12, 13),
        return_=dt.date(2026, 12, 14),
        roles=["nyc-giselle.giselle", "nyc-giselle.myrtha"],
    )


def test_a_move_without_roles() -> None:
    assert _candidate().move().roles == []
    assert _candidate().move(None).roles == []
