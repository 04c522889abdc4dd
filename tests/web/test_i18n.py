"""The pages' translator: web labels first, then the shared catalogue, plurals by locale."""

from __future__ import annotations

import pytest

from etoile.web.i18n import PageTranslator


def test_a_web_label_is_filled_in_each_language() -> None:
    assert PageTranslator("en").t("login.busy", seconds=42) == (
        "Too many attempts: try again in 42 seconds."
    )
    assert PageTranslator("fr").t("login.busy", seconds=42) == (
        "Trop de tentatives : réessayez dans 42 secondes."
    )


def test_a_label_without_placeholders_is_returned_as_is() -> None:
    assert PageTranslator("fr").t("casting.guest") == "invité"


def test_a_shared_label_comes_from_the_catalogue() -> None:
    # "doc.title" is not a web label: the shared catalogue answers.
    assert PageTranslator("en").t("doc.title", season="2026-27") == "Season plan: 2026-27"


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        # English: only 1 is singular.
        ("en", 0, "0 people concerned"),
        ("en", 1, "1 person concerned"),
        ("en", 2, "2 people concerned"),
        # French: 0 and 1 are singular.
        ("fr", 0, "0 personne concernée"),
        ("fr", 1, "1 personne concernée"),
        ("fr", 2, "2 personnes concernées"),
    ],
)
def test_a_web_plural_picks_its_form_by_the_locale(lang: str, count: int, expected: str) -> None:
    assert PageTranslator(lang).t("changes.people", count=count) == expected


def test_an_unknown_key_raises_key_error() -> None:
    with pytest.raises(KeyError):
        PageTranslator("en").t("no.such.label")


def test_has_knows_both_catalogues() -> None:
    tr = PageTranslator("en")
    assert [tr.has("casting.guest"), tr.has("doc.title"), tr.has("no.such.label")] == [
        True,
        True,
        False,
    ]


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'de'"):
        PageTranslator("de")
