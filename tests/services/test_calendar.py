"""The calendar use case: checked before anything is written, then every file on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

import calendar_kit as kit
from etoile.domain import Plan
from etoile.seasonfile import InputError, Problem
from etoile.seasonfile.io import dump_plan
from etoile.services.calendar import calendar_files, calendars_for, write_calendars


def test_a_plan_with_a_dangling_id_is_rejected_naming_the_file() -> None:
    data = kit.plan_data()
    data["rehearsals"][0]["dancers"][1] = "par-nobody"
    with pytest.raises(InputError) as caught:
        calendars_for(kit.season(), Plan.model_validate(data), plan_file="plan.json")
    assert caught.value.problems == [
        Problem(
            "plan.json",
            "rehearsals[0].dancers[1]",
            "no dancer with this id in season 'tiny-2026'",
            "par-nobody",
        )
    ]


def test_the_files_are_written_under_the_folder(tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.json"
    dump_plan(kit.plan(), plan_file)
    outcome = calendar_files(kit.TINY, plan_file, tmp_path / "out")
    written = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in outcome.folder.rglob("*.*")
    )
    assert written == sorted(outcome.calendars.by_path())
    assert (tmp_path / "out" / "dancers" / "par-lea.ics").read_bytes() == next(
        f.data for f in outcome.calendars.files if f.id == "par-lea"
    )
    # Dancers: Léa 10 (3 calls, 3 shows, 4 travel days); Ben, Cleo, Dina, Ella 5 each; Fay's
    # absence; Hugo, Lou, Mia 1 call each; Inès and Kim 2 calls and a show. Staff: Rosa Feld 3,
    # Claire Aubry 2, Marc Sorel 2. Studios: two calls in each (the other two are on stage).
    assert outcome.counts == {"dancers": (13, 40), "staff": (3, 7), "studios": (2, 4)}


def test_nothing_is_written_over_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("not a folder", encoding="utf-8")
    calendars = calendars_for(kit.season(), kit.plan())
    with pytest.raises(InputError) as caught:
        write_calendars(calendars, blocker / "calendars")
    assert [p.message for p in caught.value.problems] == [
        f"expected a folder, but {blocker} is a file"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_the_progress_is_told_of_every_file(tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.json"
    dump_plan(kit.plan(), plan_file)
    told: list[tuple[int, int]] = []
    outcome = calendar_files(
        kit.TINY, plan_file, tmp_path / "out", lambda done, total: told.append((done, total))
    )
    total = len(outcome.calendars.files)
    assert told and told[-1] == (total, total)
    assert [done for done, _ in told] == sorted(done for done, _ in told)
