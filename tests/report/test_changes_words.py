"""The sentence that tells a person what changed: names for ids, shows and calls on the house's
clock, and the reader's language chosen from their house."""

from __future__ import annotations

import pytest

import calendar_kit as kit
from etoile.i18n import Translator
from etoile.report.change_kinds import ChangeKind, PlanChange
from etoile.report.changes_words import change_sentence, person_language

NNBSP = "\u202f"
MYRTHA = {"company": "nyc", "performance": "nyc-p2", "role": "nyc-giselle.myrtha"}
# nyc-r1, learning Giselle, moved from 12:00-15:00 to 16:00-18:00 (New York, UTC-5).
R1_BEFORE = {
    "kind": "learning",
    "start": "2026-12-09T12:00:00-05:00",
    "end": "2026-12-09T15:00:00-05:00",
    "studio": "nyc-studio-a",
    "staff": "nyc-bm1",
}
R1_AFTER = {**R1_BEFORE, "start": "2026-12-09T16:00:00-05:00", "end": "2026-12-09T18:00:00-05:00"}
STAY = {"host": "nyc", "start": "2026-12-09", "end": "2026-12-13"}


def _say(change: PlanChange, lang: str = "en") -> str:
    return change_sentence(Translator(lang), kit.season(), change)


def test_each_person_reads_in_the_language_of_their_house() -> None:
    season = kit.season()
    # Paris dancers and staff read French, New York English; an unknown id English.
    assert [person_language(season, p) for p in ["par-lea", "par-bm1", "nyc-ben", "nyc-bm1"]] == [
        "fr",
        "fr",
        "en",
        "en",
    ]
    assert person_language(season, "nobody") == "en"


@pytest.mark.parametrize(
    ("added", "removed", "end"),
    [
        (["nyc-ava"], ["nyc-cleo"], "Ava Linden instead of Cleo Marsh."),
        (["nyc-ava"], [], "now danced by Ava Linden."),
        ([], ["nyc-cleo"], "Cleo Marsh no longer dances it."),
    ],
)
def test_a_cast_change_names_the_show_the_role_and_the_dancers(
    added: list[str], removed: list[str], end: str
) -> None:
    change = PlanChange(kind=ChangeKind.CAST, added=added, removed=removed, **MYRTHA)
    # nyc-p2: Giselle, Sat 12 Dec 14:00 at the Koch Theater in New York.
    assert _say(change) == f"Giselle, Sat, Dec 12, 2026, 2:00{NNBSP}PM, role Myrtha: {end}"


def test_a_cast_change_in_french() -> None:
    change = PlanChange(kind=ChangeKind.CAST, added=["nyc-ava"], removed=["nyc-cleo"], **MYRTHA)
    assert _say(change, "fr") == (
        "Giselle, sam. 12 déc. 2026, 14:00, rôle Myrtha : Ava Linden au lieu de Cleo Marsh."
    )


def test_a_moved_call_says_before_and_after_and_who_is_called() -> None:
    change = PlanChange(
        kind=ChangeKind.CALL_CHANGED,
        company="nyc",
        production="nyc-giselle",
        call="nyc-r1",
        before=R1_BEFORE,
        after=R1_AFTER,
        added=["nyc-ava"],
        removed=["nyc-ben"],
    )
    assert _say(change) == (
        f"Call changed, Learning a role, Giselle: was Wed, Dec 9, 2026, 12:00{NNBSP}PM – "
        f"3:00{NNBSP}PM, Studio A, Rosa Feld; now Wed, Dec 9, 2026, 4:00{NNBSP}PM – "
        f"6:00{NNBSP}PM, Studio A, Rosa Feld. Now called: Ava Linden. "
        "No longer called: Ben Okafor."
    )


def test_a_call_that_did_not_move_only_says_who_is_called() -> None:
    change = PlanChange(
        kind=ChangeKind.CALL_CHANGED,
        company="nyc",
        production="nyc-giselle",
        call="nyc-r1",
        before=R1_BEFORE,
        after=R1_BEFORE,
        added=["nyc-ava"],
    )
    assert _say(change) == (
        f"Learning a role, Giselle, Wed, Dec 9, 2026, 12:00{NNBSP}PM – 3:00{NNBSP}PM, "
        "Studio A, Rosa Feld: Now called: Ava Linden."
    )


def test_a_new_call_in_paris_is_on_the_paris_clock() -> None:
    after = {
        "kind": "coaching",
        "start": "2026-12-04T09:00:00+00:00",  # 09:00 UTC is 10:00 in Paris (UTC+1)
        "end": "2026-12-04T11:00:00+00:00",
        "studio": "par-petipa",
        "staff": "par-rep1,par-bm1",
    }
    change = PlanChange(
        kind=ChangeKind.CALL_ADDED, company="par", production="par-swan", after=after
    )
    assert _say(change, "fr") == (
        "Nouvel appel, Répétition de rôle, Le Lac des cygnes : ven. 4 déc. 2026, "
        "10:00 – 12:00, Studio Petipa, Marc Sorel, Claire Aubry."
    )
    removed = PlanChange(
        kind=ChangeKind.CALL_REMOVED, company="par", production="par-swan", before=after
    )
    assert _say(removed) == (
        f"Call cancelled, Coaching, Le Lac des cygnes: Fri, Dec 4, 2026, 10:00{NNBSP}AM – "
        f"12:00{NNBSP}PM, Studio Petipa, Marc Sorel, Claire Aubry."
    )


def test_stays() -> None:
    dates = "from Wed, Dec 9, 2026 to Sun, Dec 13, 2026"
    added = PlanChange(kind=ChangeKind.STAY_ADDED, company="nyc", dancer="par-lea", after=STAY)
    assert _say(added) == f"Léa Garnier: guest of Manhattan Ballet Theatre {dates}."
    removed = PlanChange(kind=ChangeKind.STAY_REMOVED, company="nyc", dancer="par-lea", before=STAY)
    assert _say(removed) == (
        f"Léa Garnier: the stay with Manhattan Ballet Theatre {dates} is cancelled."
    )
    # A changed stay reads its new dates (after), one day earlier.
    changed = PlanChange(
        kind=ChangeKind.STAY_CHANGED,
        company="nyc",
        dancer="par-lea",
        before=STAY,
        after={**STAY, "start": "2026-12-08"},
    )
    assert _say(changed) == (
        "Léa Garnier: the stay with Manhattan Ballet Theatre now runs from Tue, Dec 8, 2026 "
        "to Sun, Dec 13, 2026."
    )


def test_unknown_ids_are_written_as_they_are() -> None:
    change = PlanChange(
        kind=ChangeKind.CAST,
        company="nyc",
        performance="gone-show",
        role="gone-role",
        added=["ghost"],
    )
    assert _say(change) == "gone-show, role gone-role: now danced by ghost."
