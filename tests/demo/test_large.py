"""The large preset: four houses in four currencies, about 600 dancers and 600 shows."""

from __future__ import annotations

from collections import Counter

from etoile.domain import Season


def test_four_houses_of_about_600_dancers_over_52_weeks(large: Season) -> None:
    assert [c.id for c in large.companies] == ["nyc", "par", "lon", "cph"]
    assert sum(len(c.dancers) for c in large.companies) == 598
    assert ((large.end - large.start).days + 1) / 7 == 52


def test_about_600_performances_with_a_nutcracker_in_every_house(large: Season) -> None:
    shows = [p for c in large.companies for p in c.performances]
    assert 560 <= len(shows) <= 640
    nutcrackers = Counter(p.production.split("-")[0] for p in shows if "nutcracker" in p.id)
    assert set(nutcrackers) == {"nyc", "par", "lon", "cph"}


def test_every_pair_of_houses_has_exchange_terms(large: Season) -> None:
    pairs = {tuple(sorted(t.companies)) for t in large.exchanges}
    ids = sorted(c.id for c in large.companies)
    assert pairs == {(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]}


def test_every_currency_pair_has_a_rate_and_eur_usd_is_1_08(large: Season) -> None:
    currencies = sorted({c.currency for c in large.companies})
    assert currencies == ["DKK", "EUR", "GBP", "USD"]
    for i, a in enumerate(currencies):
        for b in currencies[i + 1 :]:
            assert large.rate(a, b) > 0
    assert large.rate("EUR", "USD") == 1.08
