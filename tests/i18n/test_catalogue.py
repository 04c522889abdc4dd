"""The catalogue's parts: each key in exactly one part, and the one lookup holds them all."""

from __future__ import annotations

from collections import Counter

from etoile.i18n import CATALOGUE, Translator
from etoile.i18n.catalogue import PARTS


def test_no_key_is_in_two_parts() -> None:
    counts = Counter(key for part in PARTS for key in part)
    assert [key for key, n in counts.items() if n > 1] == []


def test_the_catalogue_is_the_parts_together() -> None:
    assert len(CATALOGUE) == sum(len(part) for part in PARTS)
    assert all(CATALOGUE[key] is pair for part in PARTS for key, pair in part.items())


def test_the_translator_reads_every_part() -> None:
    # One key of each part: the report, the deal and a person's schedule.
    en, fr = Translator("en"), Translator("fr")
    assert en.t("sec.answer") == "The answer"
    assert fr.t("deal.yes") == "oui"
    assert fr.t("reh.kind.dress") == "Répétition générale"
