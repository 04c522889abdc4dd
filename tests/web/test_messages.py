"""The pages' catalogue: every label in English and French, plural forms complete, the same
placeholders in both languages, and no key that the shared catalogue already has."""

from __future__ import annotations

import string

from etoile.i18n import CATALOGUE, LANGUAGES
from etoile.web.i18n import PageTranslator
from etoile.web.messages import MESSAGES


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _texts(message: object) -> list[str]:
    return list(message.values()) if isinstance(message, dict) else [str(message)]


def test_every_label_has_one_text_per_language() -> None:
    assert list(LANGUAGES) == ["en", "fr"]
    assert [k for k, v in MESSAGES.items() if len(v) != len(LANGUAGES)] == []


def test_plural_labels_have_an_other_form_in_both_languages() -> None:
    bad = [
        (key, lang)
        for key, texts in MESSAGES.items()
        for lang, message in zip(LANGUAGES, texts, strict=True)
        if isinstance(message, dict) and "other" not in message
    ]
    assert bad == []


def test_both_languages_fill_the_same_placeholders() -> None:
    bad = []
    for key, texts in MESSAGES.items():
        fields = [set().union(*(_fields(t) for t in _texts(m))) for m in texts]
        if any(f != fields[0] for f in fields):
            bad.append((key, fields))
    assert bad == []


def test_no_web_label_hides_a_shared_one() -> None:
    assert sorted(set(MESSAGES) & set(CATALOGUE)) == []


def test_no_label_is_left_empty() -> None:
    assert [
        k for k, texts in MESSAGES.items() for m in texts for t in _texts(m) if not t.strip()
    ] == []


def test_a_plural_label_reads_right_in_french() -> None:
    # French counts 0 and 1 as singular: "0 autre spectacle", "2 autres spectacles".
    fr = PageTranslator("fr")
    assert [fr.t("casting.week_shows", count=n) for n in (0, 2)] == [
        "0 autre spectacle cette semaine",
        "2 autres spectacles cette semaine",
    ]
