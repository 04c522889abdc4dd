"""The validator's casting facts remember what the rules ask twice, with the same answers."""

from __future__ import annotations

import datetime as dt

from etoile.domain import ExchangeMove, Plan, Season
from etoile.validate.casting_facts import Facts


class CountingFacts(Facts):
    """Facts that count the static eligibility questions actually worked out."""

    def __init__(self, season: Season, plan: Plan) -> None:
        super().__init__(season, plan)
        self.worked: list[tuple[str, str, str]] = []

    def eligible(self, dancer_id: str, perf_id: str, role_id: str) -> bool:
        self.worked.append((dancer_id, perf_id, role_id))
        return super().eligible(dancer_id, perf_id, role_id)


def _guest_plan() -> Plan:
    # Léa Garnier (Paris) in New York from 7 to 13 December: a guest for nyc-p1..p3, away
    # from Paris meanwhile; the rules' answers then depend on where she is each day.
    move = ExchangeMove.model_validate(
        {
            "dancer": "par-lea",
            "home": "par",
            "host": "nyc",
            "terms": "nyc-par",
            "depart": dt.date(2026, 12, 5),
            "start": dt.date(2026, 12, 7),
            "end": dt.date(2026, 12, 13),
            "return": dt.date(2026, 12, 14),
        }
    )
    return Plan(season="tiny-2026", exchange=[move])


def test_eligible_for_is_worked_out_once_and_agrees_with_each_dancer(
    tiny_season: Season,
) -> None:
    facts = CountingFacts(tiny_season, _guest_plan())
    questions = [
        (perf_id, role.id)
        for perf_id, show in facts.shows.items()
        for role in tiny_season.productions[show.perf.production].item.roles
    ]
    first = {q: list(facts.eligible_for(*q)) for q in questions}
    worked = len(facts.worked)
    assert worked > 0
    again = {q: facts.eligible_for(*q) for q in questions}
    assert again == first
    assert len(facts.worked) == worked  # nothing worked out twice
    # The remembered answers are those of each dancer's own question, asked afresh.
    fresh = Facts(tiny_season, _guest_plan())
    for (perf_id, role_id), found in first.items():
        assert found == sorted(
            d for d in tiny_season.dancers if fresh.eligible(d, perf_id, role_id)
        )
    # The guest is a candidate in New York while there, and nowhere in Paris meanwhile.
    assert "par-lea" in {d for (p, _), ds in first.items() if p.startswith("nyc") for d in ds}


def test_origin_is_remembered_per_dancer_house_and_day(tiny_season: Season) -> None:
    facts = Facts(tiny_season, _guest_plan())
    day = dt.date(2026, 12, 10)
    assert facts.origin("par-lea", "nyc", day) == dt.date(2026, 12, 7)
    assert facts.origin("par-lea", "par", day) is None  # away on her stay
    assert facts.origin("par-lea", "par", dt.date(2026, 12, 15)) is not None
    assert facts.origin("par-lea", "nyc", day) == dt.date(2026, 12, 7)
