"""French elision in the sentences that the report, the calendars and the change notices write
(the helper itself: tests/i18n/test_elision.py)."""

from __future__ import annotations

import string

from etoile.calendars import build_calendars
from etoile.domain import Plan, Season
from etoile.i18n import CATALOGUE, Translator

from .builders import plan_data, season_data


def test_a_dancers_calendar_reads_d_agathe_in_french() -> None:
    # The calendar's description used to read "voyages de Agathe Boyer".
    fr = Translator("fr").t("ics.about_dancer", name="Agathe Boyer", house="Ballet de Lutèce")
    assert fr == "Représentations, répétitions et voyages d'Agathe Boyer (Ballet de Lutèce)."
    assert Translator("fr").t("ics.about_dancer", name="Julien Marc", house="Lutèce") == (
        "Représentations, répétitions et voyages de Julien Marc (Lutèce)."
    )
    en = Translator("en").t("ics.about_dancer", name="Agathe Boyer", house="Lutèce")
    assert en == "Performances, rehearsal calls and travel of Agathe Boyer (Lutèce)."


def test_a_cast_change_reads_au_lieu_d_agathe() -> None:
    tr = Translator("fr")
    text = tr.t(
        "change.cast.replace",
        show="Giselle, sam. 12 déc.",
        role="Myrtha",
        added="Julien Marc",
        removed="Agathe Boyer",
    )
    assert text == "Giselle, sam. 12 déc., rôle Myrtha : Julien Marc au lieu d'Agathe Boyer."
    assert "de Agathe" not in text


def test_a_house_gain_reads_d_oresund() -> None:
    tr = Translator("fr")
    assert tr.t("col.gain_of", house="Øresund Ballet") == "Gain d'Øresund Ballet"
    assert tr.t("col.gain_of", house="Royal Albion Ballet") == "Gain de Royal Albion Ballet"
    assert tr.t("deal.axis", house="Øresund Ballet", currency="DKK") == (
        "Gain d'Øresund Ballet (DKK)"
    )


def test_no_french_message_is_left_with_de_before_a_vowel_name() -> None:
    # Every message with a particle before a field, filled with a vowel-initial name.
    tr = Translator("fr")
    checked = 0
    for key, (_, french) in CATALOGUE.items():
        forms = french.values() if isinstance(french, dict) else [french]
        for form in forms:
            if " de {" not in form and not form.startswith("de {"):
                continue
            fields = {f: "Agathe Boyer" for f in _fields(form)}
            if isinstance(french, dict):
                fields["count"] = 1  # type: ignore[assignment]
            text = tr.t(key, **fields)
            assert "de Agathe" not in text, key
            checked += 1
    assert checked >= 5


def _fields(message: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(message) if f]


def test_a_paris_dancers_calendar_file_says_d_ines() -> None:
    # End to end: the .ics of Inès Roche (Paris, read in French) describes itself with "d'".
    season = Season.model_validate(season_data())
    found = build_calendars(season, Plan.model_validate(plan_data())).files
    ines = next(f for f in found if f.kind == "dancers" and f.id == "par-ines")
    text = ines.data.decode("utf-8").replace("\r\n ", "")  # unfolded lines
    assert "voyages d'Inès Roche (Ballet de l'Opéra de Lutèce)" in text.replace("\\", "")
    assert "de Inès" not in text
