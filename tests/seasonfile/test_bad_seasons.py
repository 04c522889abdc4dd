"""Bad season files: each is the tiny season with one thing broken.

Every case is checked twice: through the loader (the exact problems: path, message, value
and the line of the offending node) and through the CLI (``etoile import roster`` into the
bad season: exit 2, the problems printed, no traceback, nothing written).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from etoile.seasonfile import InputError, load_season

from .helpers import GOOD_ROSTER, Snapshot, assert_rejected, import_roster

Data = dict[str, Any]


def nyc(d: Data) -> Data:
    return d["companies"][0]


def par(d: Data) -> Data:
    return d["companies"][1]


@dataclass
class Case:
    """One broken season: how to break it, the problems expected, and where the first is."""

    id: str
    mutate: Callable[[Data], object]
    expected: list[tuple[str, str, Any]]  # (where, message, value)
    needle: str | None = None  # text on the line of the first problem


CASES = [
    Case(
        "rank-not-in-ladder",
        lambda d: nyc(d)["dancers"][3].update(rank="stella"),
        [
            (
                "companies[0].dancers[3].rank",
                "rank 'stella' is not in the ladder of nyc (expected one of principal, "
                "soloist, corps)",
                "stella",
            )
        ],
        "rank: stella",
    ),
    Case(
        "unknown-field",
        lambda d: nyc(d)["dancers"][3].update(nmae="Dina"),
        [("companies[0].dancers[3].nmae", "unknown field 'nmae' (did you mean 'name'?)", None)],
        "nmae: Dina",
    ),
    Case(
        "missing-field",
        lambda d: nyc(d)["dancers"][3].pop("name"),
        [("companies[0].dancers[3].name", "missing required field", None)],
        "id: nyc-dina",
    ),
    Case(
        "bad-enum",
        lambda d: nyc(d)["ranks"][0].update(tier="star"),
        [
            (
                "companies[0].ranks[0].tier",
                "expected one of principal, soloist, corps",
                "star",
            )
        ],
        "tier: star",
    ),
    Case(
        "not-a-number",
        lambda d: nyc(d)["dancers"][2].update(draw="lots"),
        [("companies[0].dancers[2].draw", "expected a number", "lots")],
        "draw: lots",
    ),
    Case(
        "not-an-integer",
        lambda d: nyc(d)["venues"][0].update(capacity="many"),
        [("companies[0].venues[0].capacity", "expected an integer", "many")],
        "capacity: many",
    ),
    Case(
        "bad-money",
        lambda d: nyc(d)["ranks"][1].update(weekly_salary="12 dollars"),
        [
            (
                "companies[0].ranks[1].weekly_salary",
                "expected an amount and a currency code such as '1250.00 EUR', got '12 dollars'",
                "12 dollars",
            )
        ],
        "weekly_salary: 12 dollars",
    ),
    Case(
        "naive-datetime",
        lambda d: nyc(d)["performances"][1].update(start="2026-12-12T14:00:00"),
        [
            (
                "companies[0].performances[1].start",
                "expected a UTC offset after the time, such as 2026-12-10T19:30:00-05:00",
                "2026-12-12T14:00:00",
            )
        ],
        "start: '2026-12-12T14:00:00'",
    ),
    Case(
        "impossible-date",
        lambda d: d.update(end="2026-12-32"),
        [("end", "expected a date such as 2026-12-01", "2026-12-32")],
        "end: '2026-12-32'",
    ),
    Case(
        "duplicate-dancer-id",
        lambda d: par(d)["dancers"][4].update(id="nyc-ava"),
        [
            (
                "companies[1].dancers[4].id",
                "duplicate dancer id 'nyc-ava': already used at companies[0].dancers[0] "
                "(expected ids unique in the season)",
                "nyc-ava",
            )
        ],
    ),
    Case(
        "duplicate-venue-id",
        lambda d: (
            par(d)["venues"][0].update(id="koch"),
            [p.update(venue="koch") for p in par(d)["performances"]],
        ),
        [
            (
                "companies[1].venues[0].id",
                "duplicate venue id 'koch': already used at companies[0].venues[0] "
                "(expected ids unique in the season)",
                "koch",
            )
        ],
    ),
    Case(
        "unknown-known-role",
        lambda d: nyc(d)["dancers"][0]["known_roles"].append("nyc-giselle.gisele"),
        [
            (
                "companies[0].dancers[0].known_roles[2]",
                "unknown role 'nyc-giselle.gisele' (did you mean 'nyc-giselle.giselle'?)",
                "nyc-giselle.gisele",
            )
        ],
        "- nyc-giselle.gisele",
    ),
    Case(
        "unknown-learn-hours-role",
        lambda d: nyc(d)["dancers"][1].update(learn_hours={"par-swan.odete": 20}),
        [
            (
                "companies[0].dancers[1].learn_hours['par-swan.odete']",
                "unknown role 'par-swan.odete' (did you mean 'par-swan.odette'?)",
                "par-swan.odete",
            )
        ],
        "par-swan.odete: 20",
    ),
    Case(
        "negative-capacity",
        lambda d: nyc(d)["venues"][0].update(capacity=-5),
        [
            (
                "companies[0].venues[0].capacity",
                "a venue needs a positive number of seats (expected an integer > 0)",
                -5,
            )
        ],
        "capacity: -5",
    ),
    Case(
        "zero-studio",
        lambda d: par(d)["studios"][0].update(capacity=0),
        [
            (
                "companies[1].studios[0].capacity",
                "a studio must hold at least one dancer (expected an integer > 0)",
                0,
            )
        ],
    ),
    Case(
        "tiers-exceed-capacity",
        lambda d: nyc(d)["venues"][0].update(capacity=2000),
        [
            (
                "companies[0].venues[0].price_tiers",
                "the price tiers hold 2544 seats, more than the venue's capacity of 2000 "
                "(expected at most 2000 seats in all tiers)",
                None,
            )
        ],
        "price_tiers:",
    ),
    Case(
        "negative-price",
        lambda d: par(d)["venues"][0]["price_tiers"][2].update(price="-15.00 EUR"),
        [
            (
                "companies[1].venues[0].price_tiers[2].price",
                "expected an amount of zero or more",
                "-15.00 EUR",
            )
        ],
    ),
    Case(
        "unknown-time-zone",
        lambda d: par(d)["venues"][0].update(timezone="Europe/Lutece"),
        [
            (
                "companies[1].venues[0].timezone",
                "unknown time zone 'Europe/Lutece' (expected an IANA name such as Europe/Paris)",
                "Europe/Lutece",
            )
        ],
    ),
    Case(
        "unknown-currency",
        lambda d: nyc(d).update(currency="USX"),
        [
            (
                "companies[0].currency",
                "unknown currency 'USX' (expected an ISO 4217 code such as EUR or USD)",
                "USX",
            )
        ],
        "currency: USX",
    ),
    Case(
        "language",
        lambda d: par(d).update(language="de"),
        [
            (
                "companies[1].language",
                "language 'de' is not supported (expected one of en, fr)",
                "de",
            )
        ],
    ),
    Case(
        "role-needs-too-many",
        lambda d: par(d)["productions"][0]["roles"][4].update(count=4),
        [
            (
                "companies[1].productions[0].roles[4].count",
                "role 'par-swan.swan' needs 4 dancer(s) of tier corps tagged woman, but par "
                "has 3 (expected a count of at most 3, or more dancers in the roster)",
                4,
            )
        ],
    ),
    Case(
        "performance-outside-season",
        lambda d: par(d)["performances"][2].update(start="2027-01-04T19:30:00+01:00"),
        [
            (
                "companies[1].performances[2].start",
                "performance par-p3 on 2027-01-04 is outside the season (expected a day from "
                "2026-12-01 to 2026-12-31)",
                "2027-01-04T19:30:00+01:00",
            )
        ],
    ),
    Case(
        "wrong-utc-offset",
        lambda d: nyc(d)["performances"][0].update(start="2026-12-10T19:30:00-04:00"),
        [
            (
                "companies[0].performances[0].start",
                "UTC offset -04:00 is not the offset of America/New_York (venue koch) on "
                "2026-12-10 (expected 2026-12-10T19:30:00-05:00)",
                "2026-12-10T19:30:00-04:00",
            )
        ],
    ),
    Case(
        "window-outside-season",
        lambda d: d["exchanges"][0]["window"].update(end="2027-01-15"),
        [
            (
                "exchanges[0].window",
                "the exchange window 2026-12-01 to 2027-01-15 is outside the season "
                "(expected days from 2026-12-01 to 2026-12-31)",
                None,
            )
        ],
    ),
    Case(
        "min-stay-above-max",
        lambda d: d["exchanges"][0].update(min_stay_days=20),
        [
            (
                "exchanges[0].min_stay_days",
                "the shortest stay (20 days) is longer than the longest (14 days) "
                "(expected min_stay_days <= max_stay_days)",
                20,
            )
        ],
    ),
    Case(
        "missing-exchange-rate",
        lambda d: d.update(exchange_rates=[]),
        [
            (
                "exchange_rates",
                "no exchange rate between EUR and USD, the currencies of two houses "
                "(expected an entry such as {base: EUR, quote: USD, rate: 1.1})",
                None,
            )
        ],
    ),
    Case(
        "venue-of-other-company",
        lambda d: nyc(d)["performances"][2].update(venue="bastille"),
        [
            (
                "companies[0].performances[2].venue",
                "venue 'bastille' belongs to par, not nyc (expected one of koch)",
                "bastille",
            )
        ],
    ),
    Case(
        "pin-role-of-other-production",
        lambda d: nyc(d)["performances"][0].update(
            pins=[{"role": "par-swan.odette", "dancer": "nyc-ava"}]
        ),
        [
            (
                "companies[0].performances[0].pins[0].role",
                "role 'par-swan.odette' is not a role of nyc-giselle, the production of this "
                "performance (expected one of nyc-giselle.giselle, nyc-giselle.albrecht, "
                "nyc-giselle.myrtha, nyc-giselle.wili)",
                "par-swan.odette",
            )
        ],
    ),
    Case(
        "pin-unknown-dancer",
        lambda d: par(d)["performances"][0].update(
            pins=[{"role": "par-swan.odette", "dancer": "par-leah"}]
        ),
        [
            (
                "companies[1].performances[0].pins[0].dancer",
                "unknown dancer 'par-leah' (did you mean 'par-lea'?)",
                "par-leah",
            )
        ],
    ),
    Case(
        "partner-role-elsewhere",
        lambda d: nyc(d)["productions"][0]["roles"][0].update(partner="par-swan.siegfried"),
        [
            (
                "companies[0].productions[0].roles[0].partner",
                "unknown role 'par-swan.siegfried' in nyc-giselle (expected one of "
                "nyc-giselle.albrecht, nyc-giselle.giselle, nyc-giselle.myrtha, nyc-giselle.wili)",
                "par-swan.siegfried",
            )
        ],
    ),
    Case(
        "staff-production-of-other-company",
        lambda d: par(d)["staff"][1]["productions"].append("nyc-giselle"),
        [
            (
                "companies[1].staff[1].productions[1]",
                "production 'nyc-giselle' belongs to nyc, not par (expected one of par-swan)",
                "nyc-giselle",
            )
        ],
    ),
    Case(
        "doubled-role-unknown",
        lambda d: par(d)["productions"][0].update(
            doubled_roles=[["par-swan.rothbart", "par-swan.benno"]]
        ),
        [
            (
                "companies[1].productions[0].doubled_roles[0][1]",
                "unknown role 'par-swan.benno' in par-swan (expected one of par-swan.big-swan, "
                "par-swan.odette, par-swan.rothbart, par-swan.siegfried, par-swan.swan)",
                "par-swan.benno",
            )
        ],
    ),
    Case(
        "exchange-unknown-company",
        lambda d: d["exchanges"][0].update(companies=["nyc", "paris"]),
        [("exchanges[0].companies[1]", "unknown company 'paris' (did you mean 'par'?)", "paris")],
    ),
    Case(
        "veto-unknown-dancer",
        lambda d: d["exchanges"][0].update(veto=["nyc-bem"]),
        [("exchanges[0].veto[0]", "unknown dancer 'nyc-bem' (did you mean 'nyc-ben'?)", "nyc-bem")],
    ),
    Case(
        "labor-key-not-a-tier",
        lambda d: par(d)["labor"].update(max_performances_per_week={"etoile": 4}),
        [
            (
                "companies[1].labor.max_performances_per_week.etoile",
                "key 'etoile': expected one of principal, soloist, corps",
                "etoile",
            )
        ],
    ),
]


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_season_is_reported_and_changes_nothing(
    case: Case, data: Data, write_season: Callable[..., Path], workdir: Path
) -> None:
    case.mutate(data)
    season = write_season(data)
    with pytest.raises(InputError) as caught:
        load_season(season)
    problems = caught.value.problems
    assert [(p.where, p.message, p.value) for p in problems] == case.expected
    assert {p.file for p in problems} == {"season.yaml"}
    if case.needle is not None:
        assert problems[0].line == _line(season.read_text(encoding="utf-8"), case.needle)

    Path("roster.csv").write_text(GOOD_ROSTER, encoding="utf-8")
    snapshot = Snapshot.take(workdir)
    assert_rejected(import_roster("roster.csv", season), snapshot, problems)


def test_all_problems_are_reported_at_once(data: Data, write_season: Callable[..., Path]) -> None:
    nyc(data)["dancers"][3].update(rank="stella")
    par(data).update(language="de")
    data["exchanges"][0].update(min_stay_days=20)
    with pytest.raises(InputError) as caught:
        load_season(write_season(data))
    assert [p.where for p in caught.value.problems] == [
        "companies[0].dancers[3].rank",
        "companies[1].language",
        "exchanges[0].min_stay_days",
    ]
