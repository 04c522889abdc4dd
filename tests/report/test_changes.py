"""What changed between two plans: casts, calls and stays, for whom, in English and French."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from etoile.domain import Plan, Season
from etoile.report.changes import ChangeKind, diff_plans

from .builders import NYC_SHOWS, plan_data, season_data

NY = dt.timezone(dt.timedelta(hours=-5))


@pytest.fixture(scope="module")
def season() -> Season:
    return Season.model_validate(season_data())


def call(id_: str, day: int, hour: int, dancers: list[str], studio: str = "nyc-studio-a") -> Any:
    start = dt.datetime(2026, 12, day, hour, tzinfo=NY)
    return {
        "id": id_, "company": "nyc", "production": "nyc-giselle", "kind": "coaching",
        "start": start.isoformat(), "end": (start + dt.timedelta(hours=2)).isoformat(),
        "studio": studio, "staff": [], "dancers": dancers, "roles": ["nyc-giselle.giselle"],
    }  # fmt: skip


def with_calls(data: dict[str, Any], calls: list[Any]) -> Plan:
    return Plan.model_validate(data | {"rehearsals": calls})


def test_the_same_plan_has_no_change(season: Season) -> None:
    plan = Plan.model_validate(plan_data())
    assert diff_plans(season, plan, plan).changes == []


def test_a_guest_withdrawn_changes_her_stay_and_the_three_giselles(season: Season) -> None:
    # Léa Garnier's stay is cancelled and Ava Linden dances Giselle in the three shows instead.
    diff = diff_plans(
        season, Plan.model_validate(plan_data()), Plan.model_validate(plan_data(False))
    )
    assert [c.kind for c in diff.changes] == [ChangeKind.CAST] * 3 + [ChangeKind.STAY_REMOVED]
    assert [c.performance for c in diff.changes[:3]] == list(NYC_SHOWS)
    assert {(c.role, tuple(c.removed), tuple(c.added)) for c in diff.changes[:3]} == {
        ("nyc-giselle.giselle", ("par-lea",), ("nyc-ava",))
    }
    assert diff.people == ["nyc-ava", "par-lea"]
    assert diff.cast_changes == 3
    assert diff.call_changes == 0


def test_words_name_people_shows_and_roles_in_both_languages(season: Season) -> None:
    diff = diff_plans(
        season, Plan.model_validate(plan_data()), Plan.model_validate(plan_data(False))
    )
    en = diff.words(season, "en")
    fr = diff.words(season, "fr")
    assert en[0] == (
        "Giselle, Thu, Dec 10, 2026, 7:30\u202fPM, role Giselle: Ava Linden instead of Léa Garnier."
    )
    assert (
        fr[0]
        == "Giselle, jeu. 10 déc. 2026, 19:30, rôle Giselle : Ava Linden au lieu de Léa Garnier."
    )
    assert en[3] == (
        "Léa Garnier: the stay with Manhattan Ballet Theatre from Wed, Dec 9, 2026 to "
        "Sun, Dec 13, 2026 is cancelled."
    )
    assert fr[3] == (
        "Léa Garnier : le séjour chez Manhattan Ballet Theatre du mer. 9 déc. 2026 au "
        "dim. 13 déc. 2026 est annulé."
    )


def test_each_person_is_told_in_the_language_of_their_house(season: Season) -> None:
    diff = diff_plans(
        season, Plan.model_validate(plan_data()), Plan.model_validate(plan_data(False))
    )
    notes = diff.notifications(season)
    assert sorted(notes) == ["nyc-ava", "par-lea"]
    assert len(notes["nyc-ava"]) == 3  # her three Giselles, in English
    assert all("instead of" in line for line in notes["nyc-ava"])
    assert len(notes["par-lea"]) == 4  # the three shows and the stay, in French
    assert all("au lieu de" in line for line in notes["par-lea"][:3])


def test_a_call_with_a_new_id_but_the_same_content_is_no_change(season: Season) -> None:
    old = with_calls(plan_data(), [call("c1", 8, 10, ["par-lea"])])
    new = with_calls(plan_data(), [call("c9", 8, 10, ["par-lea"])])
    assert diff_plans(season, old, new).changes == []


def test_a_moved_call_tells_everyone_in_it(season: Season) -> None:
    old = with_calls(plan_data(), [call("c1", 8, 10, ["par-lea", "nyc-ben"])])
    new = with_calls(plan_data(), [call("c1", 8, 14, ["par-lea", "nyc-ben"])])
    (change,) = diff_plans(season, old, new).changes
    assert change.kind is ChangeKind.CALL_CHANGED
    assert change.people == ["nyc-ben", "par-lea"]
    assert change.before["start"] == "2026-12-08T10:00:00-05:00"
    assert change.after["start"] == "2026-12-08T14:00:00-05:00"
    moved = {k for k in change.before if change.before[k] != change.after[k]}
    assert moved == {"start", "end"}
    (en,) = diff_plans(season, old, new).words(season, "en")
    assert en.startswith("Call changed, Coaching, Giselle: was Tue, Dec 8, 2026, 10:00")
    assert "now Tue, Dec 8, 2026, 2:00" in en


def test_a_dancer_swapped_in_a_call_tells_only_the_two_dancers(season: Season) -> None:
    old = with_calls(plan_data(), [call("c1", 8, 10, ["par-lea", "nyc-ben"])])
    new = with_calls(plan_data(), [call("c1", 8, 10, ["nyc-ava", "nyc-ben"])])
    (change,) = diff_plans(season, old, new).changes
    assert (change.removed, change.added, change.people) == (
        ["par-lea"],
        ["nyc-ava"],
        ["nyc-ava", "par-lea"],
    )
    (fr,) = diff_plans(season, old, new).words(season, "fr")
    assert fr == (
        "Répétition de rôle, Giselle, mar. 8 déc. 2026, 10:00 – 12:00, Studio A : "
        "Désormais convoqués : Ava Linden. "
        "Ne sont plus convoqués : Léa Garnier."
    )


def test_added_and_removed_calls(season: Season) -> None:
    old = with_calls(plan_data(), [call("c1", 8, 10, ["par-lea"])])
    new = with_calls(plan_data(), [call("c2", 9, 10, ["nyc-ava"])])
    changes = diff_plans(season, old, new).changes
    assert [(c.kind, c.call, c.people) for c in changes] == [
        (ChangeKind.CALL_REMOVED, "c1", ["par-lea"]),
        (ChangeKind.CALL_ADDED, "c2", ["nyc-ava"]),
    ]
    words = diff_plans(season, old, new).words(season, "en")
    assert words[0].startswith("Call cancelled, Coaching, Giselle: Tue, Dec 8, 2026")
    assert words[1].startswith("New call, Coaching, Giselle: Wed, Dec 9, 2026")
    assert words[1].endswith("Studio A.")


def test_the_diff_round_trips_as_json(season: Season) -> None:
    diff = diff_plans(
        season, Plan.model_validate(plan_data()), Plan.model_validate(plan_data(False))
    )
    assert type(diff).model_validate_json(diff.model_dump_json()) == diff
