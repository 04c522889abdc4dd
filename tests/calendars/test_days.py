"""All-day entries: an exchange move (flight out, rest, residence, flight home), absences and
a staff member's unavailable days. All-day ends are exclusive (the day after the last)."""

from __future__ import annotations

import datetime as dt

import calendar_kit as kit
from etoile.calendars.days import dancer_days, move_entries, staff_days
from etoile.domain import Season
from etoile.i18n import Translator


def test_a_move_reads_flight_rest_residence_flight_home() -> None:
    season, plan = kit.season(), kit.plan()
    entries = dancer_days(season, plan, "par-lea", Translator("en"))
    # Léa leaves Mon 7 Dec; travel_days 1, so she has flown by 7 + 1 = 8 Dec, rests the 8th
    # (start 9 Dec), is a guest 9-13 Dec and flies home on 14 Dec (end 13 + 1).
    # Each all-day entry ends the day after its last day.
    assert [(e.summary, e.start.day, e.end.day, e.busy) for e in entries] == [
        ("Flight to New York", 7, 8, True),
        ("Rest after the flight to New York", 8, 9, True),
        ("Guest at Manhattan Ballet Theatre", 9, 14, False),  # free time: other events inside
        ("Flight home to Paris", 14, 15, True),
    ]
    assert entries[0].uid == "flight-out/nyc-2026-12-07/dancer/par-lea/tiny-2026@etoile"
    assert {e.description for e in entries} == {
        "Leaves home Mon, Dec 7, 2026; guest residence Dec 9\u2009–\u200913, 2026; "
        "home again Mon, Dec 14, 2026."
    }


def test_a_move_without_travel_days_is_only_the_residence() -> None:
    season = kit.season()
    move = kit.plan().exchange[0]
    # Depart on the first day of the stay and return on its last: no flight out, no rest,
    # no flight home entry (end == return).
    same_day = move.model_copy(update={"depart": move.start, "return_": move.end})
    (entry,) = move_entries(season, same_day, Translator("fr"))
    assert (entry.summary, entry.start, entry.end) == (
        "En résidence : Manhattan Ballet Theatre",
        dt.date(2026, 12, 9),
        dt.date(2026, 12, 14),
    )
    assert entry.uid == "residence/nyc-2026-12-09/dancer/par-lea/tiny-2026@etoile"


def test_an_early_arrival_rests_until_the_stay() -> None:
    season = kit.season()
    move = kit.plan().exchange[0]
    # Depart 4 Dec: flown by 4 + 1 = 5 Dec, rest 5-8 Dec (the stay starts on the 9th).
    early = move.model_copy(update={"depart": dt.date(2026, 12, 4)})
    entries = move_entries(season, early, Translator("en"))
    assert [(e.start.day, e.end.day) for e in entries[:2]] == [(4, 5), (5, 9)]


def test_an_absence_is_one_all_day_entry_with_its_reason() -> None:
    season, plan = kit.season(), kit.plan()
    (entry,) = dancer_days(season, plan, "nyc-fay", Translator("en"))
    # Absent 10-12 Dec: the entry ends on the 13th.
    assert (entry.summary, entry.start, entry.end) == (
        "Absent: injury",
        dt.date(2026, 12, 10),
        dt.date(2026, 12, 13),
    )
    assert entry.uid == "absence/2026-12-10/dancer/nyc-fay/tiny-2026@etoile"


def test_a_dancer_without_moves_or_absences_has_no_days() -> None:
    assert dancer_days(kit.season(), kit.plan(), "par-hugo", Translator("en")) == []
    assert dancer_days(kit.season(), kit.plan(), "nobody", Translator("en")) == []


def test_staff_unavailable_days() -> None:
    data = kit.season_data()
    rosa = data["companies"][0]["staff"][0]
    assert rosa["id"] == "nyc-bm1"
    rosa["unavailable"] = [{"start": "2026-12-03", "end": "2026-12-04"}]
    season = Season.model_validate(data)
    (entry,) = staff_days(season, "nyc-bm1", Translator("en"))
    # 3-4 Dec: the all-day entry ends on the 5th.
    assert (entry.start, entry.end) == (dt.date(2026, 12, 3), dt.date(2026, 12, 5))
    assert entry.uid == "unavailable/2026-12-03/staff/nyc-bm1/tiny-2026@etoile"
    assert staff_days(season, "par-bm1", Translator("en")) == []
    assert staff_days(season, "nobody", Translator("en")) == []
