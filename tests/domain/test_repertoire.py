"""Productions and roles: unique role ids, the leads, doubled roles in pairs, the defaults."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import ValidationError

from etoile.domain import Production, Role, Season, Tier


def _production(**update: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "bal",
        "title": "Ballet",
        "ballet": "bal",
        "running_minutes": 120,
        "cost_per_performance": "1000.00 USD",
        "roles": [
            {"id": "bal.a", "name": "A", "tiers": ["principal"], "lead": True},
            {"id": "bal.b", "name": "B", "tiers": ["corps"], "count": 4},
        ],
    }
    data.update(update)
    return data


def test_the_leads_of_giselle(tiny_season: Season) -> None:
    giselle = tiny_season.productions["nyc-giselle"].item
    assert [r.id for r in giselle.lead_roles] == ["nyc-giselle.giselle", "nyc-giselle.albrecht"]


def test_a_role_id_twice_in_a_production_is_named() -> None:
    roles = [{"id": "bal.a", "name": "A", "tiers": ["principal"]}] * 2
    with pytest.raises(ValidationError, match=re.escape("role id 'bal.a' appears twice")):
        Production.model_validate(_production(roles=roles))


def test_doubled_roles_come_in_pairs() -> None:
    doubled = Production.model_validate(_production(doubled_roles=[["bal.a", "bal.b"]]))
    assert doubled.doubled_roles == [["bal.a", "bal.b"]]
    with pytest.raises(ValidationError) as caught:
        Production.model_validate(_production(doubled_roles=[["bal.a", "bal.b", "bal.c"]]))
    assert caught.value.errors()[0]["loc"] == ("doubled_roles", 0)


def test_a_role_needs_a_tier_and_has_the_documented_defaults() -> None:
    role = Role(id="bal.c", name="C", tiers=[Tier.SOLOIST])
    assert (role.count, role.lead, role.learn_hours, role.relearn_hours) == (1, False, 20.0, 8.0)
    with pytest.raises(ValidationError) as caught:
        Role.model_validate({"id": "bal.c", "name": "C", "tiers": []})
    assert caught.value.errors()[0]["loc"] == ("tiers",)


def test_rehearsal_needs_default_to_the_house_lead_weeks() -> None:
    needs = Production.model_validate(_production()).rehearsal
    assert (needs.company_hours, needs.coaching_hours_per_cast, needs.lead_weeks) == (
        36.0,
        15.0,
        None,
    )
    with pytest.raises(ValidationError) as caught:
        Production.model_validate(_production(running_minutes=5))
    assert caught.value.errors()[0]["loc"] == ("running_minutes",)
