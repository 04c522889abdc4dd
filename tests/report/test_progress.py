"""Each production's progress toward opening: hours and calls scheduled against what the
casting needs (tiny season defaults: 36 company hours, 15 coaching hours per principal cast,
one stage and one dress rehearsal)."""

from __future__ import annotations

import calendar_kit as kit
from etoile.domain import Plan
from etoile.i18n import Translator
from etoile.report.progress import needs, progress, scheduled


def _needs(plan: Plan, house: str, production: str) -> dict[str, float]:
    season = kit.season()
    return needs(season, plan, season.company[house], season.productions[production].item)


def test_giselle_needs_one_cast_coached_and_lea_to_learn_giselle() -> None:
    # One principal cast (Léa and Ben in every show): 15 coaching hours. Léa learns Giselle
    # (40 h); Ben and Cleo know their roles; the Wilis are an ensemble, learnt in company calls.
    assert _needs(kit.plan(), "nyc", "nyc-giselle") == {
        "company": 36.0,
        "coaching": 15.0,
        "learning": 40.0,
        "stage": 1.0,
        "dress": 1.0,
        "casts": 1.0,
    }


def test_a_second_cast_doubles_the_coaching() -> None:
    data = kit.plan_data()
    # Ava (who knows Giselle) replaces Léa on nyc-p3: two principal casts, 2 x 15 = 30 h of
    # coaching; learning stays Léa's 40 h.
    for a in data["casting"]:
        if a["performance"] == "nyc-p3" and a["dancer"] == "par-lea":
            a["dancer"] = "nyc-ava"
    found = _needs(Plan.model_validate(data), "nyc", "nyc-giselle")
    assert (found["casts"], found["coaching"], found["learning"]) == (2.0, 30.0, 40.0)


def test_scheduled_adds_hours_and_counts_stage_and_dress_calls() -> None:
    # Giselle: nyc-r2 company 11:30-14:30 (3 h), nyc-r1 learning 12:00-15:00 (3 h), nyc-r3 one
    # dress call. Swan Lake: par-r0 coaching 2 h, par-r1 company 3 h, par-r2 one stage call.
    assert scheduled(kit.plan(), "nyc-giselle") == {
        "company": 3.0,
        "coaching": 0.0,
        "learning": 3.0,
        "stage": 0.0,
        "dress": 1.0,
    }
    assert scheduled(kit.plan(), "par-swan") == {
        "company": 3.0,
        "coaching": 2.0,
        "learning": 0.0,
        "stage": 1.0,
        "dress": 0.0,
    }


def test_the_bars_say_how_far_each_kind_is() -> None:
    giselle, swan = progress(kit.season(), kit.plan(), Translator("en"))
    assert (giselle.title, giselle.opening, giselle.casts, giselle.ready) == (
        "Giselle",
        "Opens Thu, Dec 10, 2026",
        "1 principal cast",
        False,
    )
    # company 3 / 36 = 8.3% -> 8; learning 3 / 40 = 7.5% -> 7; dress 1 / 1 = 100%.
    assert [(k.kind, k.percent, k.status) for k in giselle.kinds] == [
        ("company", 8, "33 hours to go"),
        ("coaching", 0, "15 hours to go"),
        ("learning", 7, "37 hours to go"),
        ("stage", 0, "1 call to go"),
        ("dress", 100, "Ready"),
    ]
    # Nothing to learn in Swan Lake: 100% and ready; coaching 2 / 15 = 13.3% -> 13.
    learning = next(k for k in swan.kinds if k.kind == "learning")
    assert (learning.scheduled, learning.needed, learning.percent, learning.ready) == (
        "0 hours",
        "0 hours",
        100,
        True,
    )
    assert next(k for k in swan.kinds if k.kind == "coaching").share == "13%"


def test_without_calls_the_productions_with_shows_are_still_listed() -> None:
    plan = kit.plan().model_copy(update={"rehearsals": []})
    season = kit.season()
    # Both productions still have shows: both are listed, with nothing scheduled.
    found = progress(season, plan, Translator("en"))
    assert [p.title for p in found] == ["Giselle", "Le Lac des cygnes"]
    assert {k.scheduled for p in found for k in p.kinds} == {"0 hours", "0 calls"}
