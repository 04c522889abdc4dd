"""French elision, one word or one message at a time: ``d'Agathe Boyer``, never ``de Agathe
Boyer``; the value itself is never touched."""

from __future__ import annotations

import pytest

from etoile.i18n.elision import de_name, elide, elide_fields, elides

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
