"""Rehearsal calls as calendar entries: a dancer reads the roles and who leads, a staff member
or a studio also reads who is called; each reader only gets the calls that concern them."""

from __future__ import annotations

import calendar_kit as kit
from etoile.calendars.calls import call_entry, dancer_calls, staff_calls, studio_calls
from etoile.domain import Rehearsal
from etoile.i18n import Translator

NNBSP = "\u202f"
STAGE_CALL = [
    f"Mon, Dec 14, 2026, from 2:00{NNBSP}PM to 5:00{NNBSP}PM (Paris time).",
    "Room: Opéra Bastille",
    "Led by: Claire Aubry (ballet master), Marc Sorel (répétiteur)",
    "Roles: Odette/Odile, Swans",
]


def _stage_call() -> Rehearsal:
    return next(c for c in kit.plan().rehearsals if c.id == "par-r2")


def test_a_studio_reads_who_is_called() -> None:
    entry = call_entry(kit.season(), _stage_call(), Translator("en"), "studio", "bastille")
    assert entry.uid == "call/par-r2/studio/bastille/tiny-2026@etoile"
    assert (entry.summary, entry.category) == (
        "Stage rehearsal · Le Lac des cygnes",
        "Stage rehearsal",
    )
    assert entry.location == "Opéra Bastille, Paris"
    # par-r2 calls par-ines and par-kim: two names after the count.
    assert entry.description.splitlines() == [
        *STAGE_CALL,
        "2 dancers called: Inès Roche, Kim Lefèvre",
    ]
    # 14:00-17:00 on the Paris clock.
    assert (entry.start.hour, entry.end.hour, str(entry.start.tzinfo)) == (14, 17, "Europe/Paris")


def test_a_dancer_does_not_read_the_list_of_dancers() -> None:
    entry = call_entry(kit.season(), _stage_call(), Translator("en"), "dancer", "par-kim")
    assert entry.description.splitlines() == STAGE_CALL


def test_a_call_without_staff_or_roles_says_only_when_and_where() -> None:
    bare = _stage_call().model_copy(update={"staff": [], "roles": [], "dancers": []})
    entry = call_entry(kit.season(), bare, Translator("en"), "studio", "bastille")
    assert entry.description.splitlines() == STAGE_CALL[:2]


def test_each_reader_gets_only_their_calls_in_the_plans_order() -> None:
    season, calls, en = kit.season(), kit.plan().rehearsals, Translator("en")
    # Marc Sorel (par-rep1) leads par-r0 and par-r2; Studio A holds nyc-r2 and nyc-r1;
    # Léa is called to par-r0, nyc-r1 and nyc-r3 (in the kit's order of calls).
    assert [e.uid.split("/")[1] for e in staff_calls(season, calls, "par-rep1", en)] == [
        "par-r0",
        "par-r2",
    ]
    assert [e.uid.split("/")[1] for e in studio_calls(season, calls, "nyc-studio-a", en)] == [
        "nyc-r2",
        "nyc-r1",
    ]
    assert [e.uid.split("/")[1] for e in dancer_calls(season, calls, "par-lea", en)] == [
        "par-r0",
        "nyc-r1",
        "nyc-r3",
    ]
    assert dancer_calls(season, calls, "nobody", en) == []
