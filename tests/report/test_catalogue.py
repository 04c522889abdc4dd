"""Every label exists in both languages, and a French report shows no English label."""

from __future__ import annotations

import re
import string

from etoile.i18n import CATALOGUE, Message
from etoile.i18n.catalogue import SAME_IN_BOTH

from .dom import Node, parse


def forms(message: Message) -> list[str]:
    """The text of a message, one per plural form."""
    return list(message.values()) if isinstance(message, dict) else [message]


def placeholders(message: Message) -> set[str]:
    """The ``{names}`` a message fills."""
    return {name for text in forms(message) for _, name, _, _ in string.Formatter().parse(text)
            if name}  # fmt: skip


def test_every_key_has_english_and_french() -> None:
    incomplete = [
        key for key, pair in CATALOGUE.items()
        if len(pair) != 2 or not all(text.strip() for m in pair for text in forms(m))
    ]  # fmt: skip
    assert incomplete == []


def test_plural_messages_have_the_forms_both_languages_need() -> None:
    wrong = [
        key for key, (en, fr) in CATALOGUE.items()
        if isinstance(en, dict) != isinstance(fr, dict)
        or (isinstance(en, dict) and {*en} != {"one", "other"})
        or (isinstance(fr, dict) and {*fr} != {"one", "other"})
    ]  # fmt: skip
    assert wrong == []


def test_both_languages_fill_the_same_placeholders() -> None:
    assert [k for k, (en, fr) in CATALOGUE.items() if placeholders(en) != placeholders(fr)] == []


def test_french_differs_from_english_except_where_it_should_not() -> None:
    same = {key for key, (en, fr) in CATALOGUE.items() if en == fr}
    assert same == SAME_IN_BOTH


def visible_text(root: Node) -> str:
    """Text a reader sees: text nodes, tooltips and labels, outside style and script."""
    hidden = {"style", "script", "title"}
    parts: list[str] = []

    def walk(node: Node) -> None:
        parts.extend(node.attrs.get(a, "") for a in ("title", "aria-label", "data-label"))
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag not in hidden:
                walk(child)

    walk(root)
    return " ".join(" ".join(parts).split())


def english_fragments() -> set[str]:
    """Every piece of English label text between placeholders, long enough to be a label.

    A piece that French uses too ("violations") is left out: it proves nothing.
    """
    french = " ".join(text for _, fr in CATALOGUE.values() for text in forms(fr))
    found = set()
    for key, (en, _) in CATALOGUE.items():
        if key in SAME_IN_BOTH:
            continue
        for text in forms(en):
            for piece in re.split(r"\{[^}]*\}", text):
                piece = piece.strip(" :;,.()")
                if len(piece) >= 5 and piece not in french:
                    found.add(piece)
    return found


def test_a_french_report_shows_no_english_label(rendered: dict[str, str]) -> None:
    # Rendered without the validator's findings: it writes them in English, as data.
    text = visible_text(parse(rendered["fr"]))
    assert sorted(f for f in english_fragments() if f in text) == []


def test_the_check_above_does_see_english(rendered: dict[str, str]) -> None:
    # Guards the test above: the English report must be caught by the same check.
    text = visible_text(parse(rendered["en"]))
    assert "Who goes where" in english_fragments()
    assert "Who goes where" in text
