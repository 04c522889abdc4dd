"""The demo houses can cast their seasons, and the exchange has something to work with."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from statistics import median

import pytest

from etoile.domain import Company, Dancer, Production, Role, Season, Tier


def _fits(company: Company, dancer: Dancer, role: Role) -> bool:
    return company.tier_of(dancer) in role.tiers and set(role.tags) <= set(dancer.tags)


def _full_cast_from_knowers(company: Company, production: Production) -> int:
    """Slots of one show filled by dancers who know their role (augmenting paths)."""
    slots = [role for role in production.roles for _ in range(role.count)]
    who = [
        [d.id for d in company.dancers if role.id in d.known_roles and _fits(company, d, role)]
        for role in slots
    ]
    holder: dict[str, int] = {}

    def place(slot: int, seen: set[str]) -> bool:
        for dancer in who[slot]:
            if dancer in seen:
                continue
            seen.add(dancer)
            if dancer not in holder or place(holder[dancer], seen):
                holder[dancer] = slot
                return True
        return False

    return sum(place(i, set()) for i in range(len(slots)))


@pytest.mark.parametrize("preset", ["tiny", "demo", "large"])
def test_every_role_has_enough_dancers_of_its_tiers_and_tags(
    preset: str, request: pytest.FixtureRequest
) -> None:
    season: Season = request.getfixturevalue(preset)
    short = [
        role.id
        for c in season.companies
        for p in c.productions
        for role in p.roles
        if sum(_fits(c, d, role) for d in c.dancers) < role.count
    ]
    assert short == []


@pytest.mark.parametrize("preset", ["tiny", "demo", "large"])
def test_every_production_has_a_whole_cast_of_dancers_who_know_their_roles(
    preset: str, request: pytest.FixtureRequest
) -> None:
    season: Season = request.getfixturevalue(preset)
    for company in season.companies:
        for production in company.productions:
            slots = sum(r.count for r in production.roles)
            assert _full_cast_from_knowers(company, production) == slots, production.id


def test_enough_dancers_know_each_lead_for_the_busiest_week(demo: Season) -> None:
    for company in demo.companies:
        weeks = Counter((p.production, p.day.isocalendar()[:2]) for p in company.performances)
        peak: dict[str, int] = defaultdict(int)
        for (production_id, _), n in weeks.items():
            peak[production_id] = max(peak[production_id], n)
        for production in company.productions:
            for role in production.lead_roles:
                knowers = sum(role.id in d.known_roles for d in company.dancers)
                casts = math.ceil(peak[production.id] / company.labor.max_leads_per_week)
                assert knowers >= casts, role.id


def test_most_principals_must_learn_most_leads(demo: Season) -> None:
    for company in demo.companies:
        for production in company.productions:
            for role in production.lead_roles:
                eligible = [d for d in company.dancers if _fits(company, d, role)]
                knowers = [d for d in eligible if role.id in d.known_roles]
                assert len(knowers) <= len(eligible) / 2, role.id


def test_principals_know_several_leads_and_the_corps_knows_corps_parts(demo: Season) -> None:
    for company in demo.companies:
        leads = {r.id for p in company.productions for r in p.lead_roles}
        stars = [d for d in company.dancers if d.draw >= 0.7]
        assert all(len(leads & set(d.known_roles)) >= 2 for d in stars)
        corps = [d for d in company.dancers if company.tier_of(d) is Tier.CORPS]
        productions = [len({role.split(".")[0] for role in d.known_roles}) for d in corps]
        assert median(productions) >= len(company.productions) / 2


def test_shared_ballets_share_their_role_keys_across_houses(demo: Season) -> None:
    def keys(company: Company, ballet: str) -> set[str | None]:
        production = next(p for p in company.productions if p.ballet == ballet)
        return {r.ballet_role for r in production.roles}

    nyc, par = demo.company["nyc"], demo.company["par"]
    shared = {p.ballet for p in nyc.productions} & {p.ballet for p in par.productions}
    assert shared == {"swan-lake", "giselle", "coppelia"}
    for ballet in shared:
        assert keys(nyc, ballet) == keys(par, ballet)
    assert "swan-lake.odette" in keys(par, "swan-lake")


def test_leads_are_partnered_both_ways_and_couples_are_mutual(demo: Season) -> None:
    for company in demo.companies:
        for production in company.productions:
            roles = {r.id: r for r in production.roles}
            for role in production.lead_roles:
                assert role.partner is not None
                assert roles[role.partner].partner == role.id
        dancers = {d.id: d for d in company.dancers}
        assert all(d.id in dancers[p].partners for d in company.dancers for p in d.partners)
        assert sum(bool(d.partners) for d in company.dancers) >= 16


def test_draw_is_near_zero_for_most_and_a_few_stars_shine(demo: Season) -> None:
    for company in demo.companies:
        draws = [d.draw for d in company.dancers]
        stars = [d for d in company.dancers if d.draw >= 0.7]
        assert median(draws) < 0.1
        assert 3 <= len(stars) <= 4
        assert all(company.tier_of(d) is Tier.PRINCIPAL and d.draw <= 1.0 for d in stars)


def test_each_house_can_send_three_consenting_unvetoed_principals(demo: Season) -> None:
    (terms,) = demo.exchanges
    for company in demo.companies:
        free = [
            d
            for d in company.dancers
            if company.tier_of(d) in terms.tiers and d.exchange_consent and d.id not in terms.veto
        ]
        assert len(free) >= terms.max_each_way
    assert 1 <= len(terms.veto) <= 2


def test_a_few_dancers_are_injured_and_a_few_learn_faster(demo: Season) -> None:
    for company in demo.companies:
        assert 2 <= sum(bool(d.absences) for d in company.dancers) <= 8
        assert 1 <= sum(bool(d.learn_hours) for d in company.dancers) <= 15


def test_every_production_has_a_ballet_master_and_a_conductor(demo: Season) -> None:
    for company in demo.companies:
        for production in company.productions:
            kinds = {s.kind.value for s in company.staff if production.id in s.productions}
            assert {"ballet_master", "repetiteur", "pianist", "conductor"} <= kinds
        assert any(s.kind.value == "teacher" for s in company.staff)
