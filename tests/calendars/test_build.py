"""Every calendar of a plan: one file per dancer, staff member and studio, each with the
events that concern them, listed in the index, built with progress."""

from __future__ import annotations

import datetime as dt
import json

import calendar_kit as kit
from etoile.calendars.build import INDEX, build_calendars, season_stamp


def test_the_stamp_is_midnight_utc_of_the_first_day() -> None:
    assert season_stamp(kit.season()) == dt.datetime(2026, 12, 1, 0, 0, tzinfo=dt.UTC)


def test_each_file_counts_the_events_of_its_reader() -> None:
    built = build_calendars(kit.season(), kit.plan())
    events = {f.path: f.events for f in built.files}
    # Léa: 3 shows + 3 calls (par-r0, nyc-r1, nyc-r3) + 4 days (flight out, rest, residence,
    # flight home) = 10. Fay: 1 absence. Hugo: 1 call (par-r0).
    assert (events["dancers/par-lea.ics"], events["dancers/nyc-fay.ics"]) == (10, 1)
    assert events["dancers/par-hugo.ics"] == 1
    # Rosa Feld leads nyc-r2, nyc-r1, nyc-r3; Marc Sorel par-r0 and par-r2.
    assert (events["staff/nyc-bm1.ics"], events["staff/par-rep1.ics"]) == (3, 2)
    # Studio A holds nyc-r2 and nyc-r1 (nyc-r3 is on the Koch stage); Petipa par-r0, par-r1.
    assert (events["studios/nyc-studio-a.ics"], events["studios/par-petipa.ics"]) == (2, 2)
    # Jules is in no call and no show: an empty file all the same.
    assert events["dancers/par-jules.ics"] == 0


def test_files_are_sorted_dancers_staff_studios_then_by_id() -> None:
    built = build_calendars(kit.season(), kit.plan())
    kinds = [f.kind for f in built.files]
    # 6 + 7 dancers, 1 + 2 staff, 1 + 1 studios.
    assert kinds == ["dancers"] * 13 + ["staff"] * 3 + ["studios"] * 2
    ids = [f.id for f in built.files if f.kind == "staff"]
    assert ids == sorted(ids) == ["nyc-bm1", "par-bm1", "par-rep1"]


def test_the_index_lists_every_file_with_its_reader() -> None:
    built = build_calendars(kit.season(), kit.plan())
    index = json.loads(built.index)
    assert index["season"] == "tiny-2026"
    lea = next(c for c in index["calendars"] if c["id"] == "par-lea")
    assert lea == {
        "kind": "dancers",
        "id": "par-lea",
        "name": "Léa Garnier",
        "house": "par",
        "language": "fr",
        "events": 10,
        "path": "dancers/par-lea.ics",
    }
    paths = built.by_path()
    assert len(paths) == 19  # 18 calendars and the index
    assert paths[INDEX] == built.index


def test_progress_hears_of_each_file() -> None:
    heard: list[tuple[int, int]] = []
    build_calendars(kit.season(), kit.plan(), lambda done, total: heard.append((done, total)))
    assert heard == [(i, 18) for i in range(1, 19)]


def test_a_calendar_is_in_its_houses_language() -> None:
    built = build_calendars(kit.season(), kit.plan())
    lea = next(f for f in built.files if f.id == "par-lea").data.decode("utf-8")
    # The Paris dancer reads French: her show is a "Représentation".
    assert "Représentation" in lea
    assert "X-WR-CALNAME:Léa Garnier" in lea.replace("\r\n ", "")
