"""French elision: ``d'Agathe Boyer``, never ``de Agathe Boyer``, in the helper and in the
sentences that the report, the calendars and the change notices write."""

from __future__ import annotations

import string

import pytest

from etoile.calendars import build_calendars
from etoile.domain import Plan, Season
from etoile.i18n import CATALOGUE, Translator
from etoile.i18n.elision import de_name, elide, elide_fields, elides

from .builders import plan_data, season_data

DE_CASES = [
    ("Agathe Boyer", "d'Agathe Boyer"),
    ("Julien Marc", "de Julien Marc"),
    ("Élise Martin", "d'Élise Martin"),
    ("Inès Roche", "d'Inès Roche"),
    ("Océane Petit", "d'Océane Petit"),
    ("Ulrik Lund", "d'Ulrik Lund"),
    ("Œdipe", "d'Œdipe"),
    ("Øresund Ballet", "d'Øresund Ballet"),
    ("Ève", "d'Ève"),
    ("Yves Roux", "d'Yves Roux"),  # y before a consonant is a vowel
    ("Yann Colin", "de Yann Colin"),  # y before a vowel is a consonant
    ("Yasmine Brun", "de Yasmine Brun"),
    ("Yuki Tanaka", "de Yuki Tanaka"),
    ("Hélène Dubois", "d'Hélène Dubois"),  # a French first name with a mute h
    ("Hugo Valois", "d'Hugo Valois"),
    ("Hadrien Faure", "d'Hadrien Faure"),
    ("Hannah Reed", "de Hannah Reed"),  # any other h is read as sounded
    ("Hudson Park", "de Hudson Park"),
    ("Manhattan Ballet Theatre", "de Manhattan Ballet Theatre"),
    ("onze", "de onze"),
    ("11 saisons", "de 11 saisons"),
    ("-5 000 €", "de -5 000 €"),
    ("", "de "),
    ("He\u0301le\u0300ne", "d'He\u0301le\u0300ne"),  # decomposed accents: the value is kept
]


@pytest.mark.parametrize(("name", "expected"), DE_CASES)
def test_de_name(name: str, expected: str) -> None:
    assert de_name(name) == expected


@pytest.mark.parametrize(
    ("particle", "word", "expected"),
    [
        ("que", "Inès", "qu'Inès"),
        ("que", "Léa", "que Léa"),
        ("le", "Opéra Bastille", "l'Opéra Bastille"),
        ("la", "Aurore", "l'Aurore"),
        ("la", "Bayadère", "la Bayadère"),
        ("De", "Agathe", "D'Agathe"),
        ("Que", "Émile", "Qu'Émile"),
        ("chez", "Agathe", "chez Agathe"),  # not a particle that elides
    ],
)
def test_elide(particle: str, word: str, expected: str) -> None:
    assert elide(particle, word) == expected


def test_mute_h_is_an_option() -> None:
    assert not elides("Hannah")
    assert elides("Hannah", mute_h=True)
    assert de_name("Harper Lee", mute_h=True) == "d'Harper Lee"
    assert de_name("Julien", mute_h=True) == "de Julien"


def test_elide_fields_changes_the_particle_and_never_the_value() -> None:
    message = "Voyages de {name}, gain de {amount}, au lieu de {removed}."
    values = {"name": "Agathe Boyer", "amount": "1 200 €", "removed": "Julien Marc"}
    assert elide_fields(message, values) == (
        "Voyages d'{name}, gain de {amount}, au lieu de {removed}."
    )
    # A value that looks like a placeholder or a particle is only ever filled in.
    hostile = {"name": "Ève {removed}", "amount": 3, "removed": "de {name}"}
    assert elide_fields(message, hostile).format(**hostile) == (
        "Voyages d'Ève {removed}, gain de 3, au lieu de de {name}."
    )
    assert elide_fields("Sans champ", {"name": "Agathe"}) == "Sans champ"
    assert elide_fields("garde {name}", {"name": "Agathe"}) == "garde {name}"  # "garde" ≠ "de"


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
