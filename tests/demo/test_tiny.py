"""The tiny preset against its own description: two houses of seven, three shows each, who
knows which role, the injury, and the one exchange term; the seed changes only names and draws."""

from __future__ import annotations

import datetime as dt

from etoile.demo.tiny import tiny
from etoile.domain import Season, Tier


def _knowing(season: Season, house: str, role: str) -> list[str]:
    return [d.id for d in season.company[house].dancers if f"{house}-{role}" in d.known_roles]


def test_three_shows_each_at_the_stated_times() -> None:
    season = tiny(0)
    nyc, par = season.company["nyc"], season.company["par"]
    assert [(p.start.isoformat(), p.gala) for p in nyc.performances] == [
        ("2026-12-10T19:30:00-05:00", True),
        ("2026-12-12T14:00:00-05:00", False),
        ("2026-12-12T20:00:00-05:00", False),
    ]
    assert [(p.start.isoformat(), p.gala) for p in par.performances] == [
        ("2026-12-15T19:30:00+01:00", True),
        ("2026-12-17T19:30:00+01:00", False),
        ("2026-12-20T14:30:00+01:00", False),
    ]
    assert (len(nyc.dancers), len(par.dancers)) == (7, 7)


def test_no_lead_has_to_dance_both_shows_of_the_twelfth() -> None:
    season = tiny(0)
    # Two women know Giselle, two men Albrecht; in Paris both men know Siegfried and Rothbart.
    assert len(_knowing(season, "nyc", "giselle.giselle")) == 2
    assert len(_knowing(season, "nyc", "giselle.albrecht")) == 2
    assert _knowing(season, "par", "swan-lake.siegfried") == _knowing(
        season, "par", "swan-lake.rothbart"
    )
    assert len(_knowing(season, "par", "swan-lake.siegfried")) == 2


def test_a_show_needs_five_of_seven_in_new_york_and_six_in_paris() -> None:
    season = tiny(0)
    giselle = season.productions["nyc-giselle"].item
    swan = season.productions["par-swan-lake"].item
    # Giselle, Albrecht, Myrtha and 2 Wilis: 1 + 1 + 1 + 2 = 5.
    assert sum(r.count for r in giselle.roles) == 5
    # Odette, Siegfried, Rothbart, a big swan and 2 swans: 1 + 1 + 1 + 1 + 2 = 6.
    assert sum(r.count for r in swan.roles) == 6


def test_one_corps_dancer_is_injured_from_the_8th_to_the_10th() -> None:
    season = tiny(0)
    absences = [
        (d.rank, a.start, a.end) for c in season.companies for d in c.dancers for a in d.absences
    ]
    assert absences == [("corps", dt.date(2026, 12, 8), dt.date(2026, 12, 10))]


def test_one_principal_each_way_with_the_new_york_star_vetoed() -> None:
    season = tiny(0)
    (terms,) = season.exchanges
    assert (terms.max_each_way, terms.tiers) == (1, [Tier.PRINCIPAL])
    assert (terms.min_stay_days, terms.max_stay_days) == (3, 14)
    assert (terms.window.start, terms.window.end) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    (vetoed,) = terms.veto
    star = max(season.company["nyc"].dancers, key=lambda d: d.draw)
    assert vetoed == star.id


def test_the_seed_changes_names_not_the_shape() -> None:
    a, b = tiny(0), tiny(1)

    def shape(season: Season) -> list[tuple[str, int, int]]:
        return [
            (d.rank, len(d.known_roles), len(d.absences))
            for c in season.companies
            for d in c.dancers
        ]

    assert shape(a) == shape(b)
    assert [d.id for d in a.company["nyc"].dancers] != [d.id for d in b.company["nyc"].dancers]
    assert tiny(0) == a  # the same seed, the same season
