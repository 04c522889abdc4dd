"""The deal's frontier in words: a stay as the frontier writes it, named for a reader, and a
change of money with an explicit plus sign."""

from __future__ import annotations

import pytest

import calendar_kit as kit
from etoile.i18n import Translator
from etoile.report.deal_frontier import signed, stay_label

THIN = "\u2009"  # Babel's thin spaces around the dash of a period
NNBSP, NBSP = "\u202f", "\xa0"


def test_a_stay_is_named_with_its_period() -> None:
    season = kit.season()
    stay = "par-lea: nyc, 2026-12-09..2026-12-13"
    assert stay_label(season, stay, Translator("en")) == (
        f"Léa Garnier at Manhattan Ballet Theatre, Dec 9{THIN}–{THIN}13, 2026"
    )
    assert stay_label(season, stay, Translator("fr")) == (
        "Léa Garnier chez Manhattan Ballet Theatre, 9–13 déc. 2026"
    )


def test_a_stay_across_the_new_year_gives_both_years() -> None:
    label = stay_label(kit.season(), " par-lea: nyc, 2026-12-31..2027-01-02 ", Translator("en"))
    assert label == (
        f"Léa Garnier at Manhattan Ballet Theatre, Dec 31, 2026{THIN}–{THIN}Jan 2, 2027"
    )


@pytest.mark.parametrize(
    "stay",
    [
        "no stay here",
        "par-lea: nyc, 2026-13-09..2026-12-13",  # month 13: not a date
        "par-lea nyc 2026-12-09..2026-12-13",  # no colon, no comma
    ],
)
def test_a_stay_not_in_the_frontiers_form_is_shown_as_written(stay: str) -> None:
    assert stay_label(kit.season(), stay, Translator("en")) == stay


def test_unknown_ids_are_shown_as_ids() -> None:
    label = stay_label(kit.season(), "ghost: vie, 2026-12-09..2026-12-13", Translator("en"))
    assert label == f"ghost at vie, Dec 9{THIN}–{THIN}13, 2026"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (1234.4, "+$1,234"),  # a gain gets its plus
        (0.6, "+$1"),  # rounds to 1: a gain
        (0.4, "$0"),  # rounds to 0: no sign
        (-50, "-$50"),  # a loss keeps its minus
        (-0.4, "$0"),  # rounds to 0: no sign either, never "-$0"
    ],
)
def test_signed(amount: float, expected: str) -> None:
    assert signed(Translator("en"), amount, "USD") == expected


def test_signed_in_french() -> None:
    assert signed(Translator("fr"), 1234.4, "EUR") == f"+1{NNBSP}234{NBSP}€"
