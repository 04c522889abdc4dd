"""French elision: ``d'Agathe Boyer`` and ``de Julien Marc``, ``qu'Inès`` and ``que Léa``.

French drops the vowel of a few short words before a word that starts with a vowel sound and
writes an apostrophe instead. The messages put names, titles and houses after ``de``, ``que``,
``le`` and ``la`` (``voyages de {name}``), so the right form depends on the value:
:func:`elide_fields` rewrites such a message once the values are known, and
:func:`elide` / :func:`de_name` do it for one word.

The rule, for a value that starts with a letter:

- **Vowels elide**: a, e, i, o, u with or without accents (``Élise``, ``Inès``, ``Œdipe``),
  and the Nordic æ, ø, å (``Øresund Ballet``).
- **Y** elides before a consonant (``d'Yves``, ``d'Yvonne``) and not before a vowel, where it
  is sounded as a consonant (``de Yann``, ``de Yasmine``, ``de Yuki``).
- **H** is the judgment call: French elides before a mute h (``d'Hélène``) and not before an
  aspirated one (``de Hollande``), and only a dictionary knows which is which. Foreign names
  (``Hannah``, ``Hudson``, ``Hiroshi``) are read with a sounded h, so by default an h does
  not elide, except for the French first names of :data:`MUTE_H`, whose h is mute by usage
  (``d'Hélène``, ``d'Hugo``, ``d'Hadrien``). ``mute_h=True`` elides before every h.
- Digits, signs and anything else never elide (``de 11 saisons``, ``de -5 000 €``), nor do
  the words of :data:`NEVER` (``de onze``).

Only the particle changes: the value itself is never touched, and its case is kept as given
(``De Agathe`` gives ``D'Agathe``). The apostrophe is the straight ``'`` that the catalogue
uses everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

PARTICLES = ("de", "que", "le", "la")
"""The words that lose their vowel before a vowel sound."""

VOWELS = frozenset("aeiouæœøå")
"""First letters (accents removed, lower case) with a vowel sound; y and h have their rules."""

MUTE_H = frozenset(
    {
        "hadrien", "hector", "hélène", "héloïse", "henriette", "hermine", "hervé",
        "hippolyte", "homère", "honorine", "horace", "hortense", "hubert", "hugo", "hugues",
    }
)  # fmt: skip
"""French first names whose h is mute by usage (``d'Hélène``); other h words do not elide."""

NEVER = frozenset({"onze", "onzième", "ouistiti", "yacht", "yaourt"})
"""Words that start with a vowel letter but take ``de``, not ``d'`` (``de onze``)."""

_FIELD = re.compile(r"\b(de|que|le|la|De|Que|Le|La) \{(\w+)\}")
"""A particle just before a plain ``{field}`` of a message."""


def _letter(char: str) -> str:
    """``char`` lower-cased and without its accent: ``É`` -> ``e``, ``Ø`` -> ``ø``."""
    return unicodedata.normalize("NFD", char.lower())[0]


def elides(word: str, *, mute_h: bool = False) -> bool:
    """True when French elides a particle before ``word`` (see the module's rule).

    Parameters
    ----------
    word
        The text that follows the particle: a name, a title, a house.
    mute_h
        Treat every initial h as mute (``d'Hannah``) instead of only those of :data:`MUTE_H`.
    """
    text = unicodedata.normalize("NFC", word.lstrip())
    if not text or not text[0].isalpha():
        return False
    first = text.split()[0].lower()
    first = first.split("-")[0].split("'")[0]
    if first in NEVER:
        return False
    letter = _letter(text[0])
    if letter in VOWELS:
        return True
    if letter == "y":
        return len(text) > 1 and text[1].isalpha() and _letter(text[1]) not in VOWELS | {"y"}
    if letter == "h":
        return mute_h or first in MUTE_H
    return False


def elide(particle: str, word: str, *, mute_h: bool = False) -> str:
    """``particle`` and ``word`` as French writes them: ``d'Agathe`` or ``de Julien``.

    The particle keeps its own case (``Que`` -> ``Qu'``). Words other than :data:`PARTICLES`
    are joined with a space, unchanged.

    Parameters
    ----------
    particle
        ``de``, ``que``, ``le`` or ``la`` (any case), or another word.
    word
        What follows it.
    mute_h
        As for :func:`elides`.
    """
    if particle.lower() in PARTICLES and elides(word, mute_h=mute_h):
        return f"{particle[:-1]}'{word}"
    return f"{particle} {word}"


def de_name(name: str, *, mute_h: bool = False) -> str:
    """``de`` and a name: ``d'Agathe Boyer``, ``de Julien Marc``.

    Parameters
    ----------
    name
        A person's or a house's name.
    mute_h
        Elide before any initial h, not only those of :data:`MUTE_H`.
    """
    return elide("de", name, mute_h=mute_h)


def elide_fields(message: str, values: Mapping[str, object]) -> str:
    """``message`` with ``de {field}`` (and ``que``, ``le``, ``la``) elided where the value of
    ``field`` starts with a vowel sound; the message is filled afterwards, as before.

    Only the message's own particle changes, so a value is never rewritten: ``voyages de
    {name}`` with ``name="Agathe Boyer"`` becomes ``voyages d'{name}``. Values that are not
    strings (numbers, dates) are left alone.

    Parameters
    ----------
    message
        A French message with ``{field}`` placeholders, not yet filled.
    values
        The values it will be filled with.
    """
    if not _slots(message):
        return message

    def fix(match: re.Match[str]) -> str:
        particle, field = match.group(1), match.group(2)
        value = values.get(field)
        if isinstance(value, str) and elides(value):
            return f"{particle[:-1]}'{{{field}}}"
        return match.group(0)

    return _FIELD.sub(fix, message)


@lru_cache(maxsize=1024)
def _slots(message: str) -> bool:
    """True when ``message`` has a particle before a field (most messages have none)."""
    return _FIELD.search(message) is not None
