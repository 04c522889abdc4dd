"""Demo names: ASCII slugs for ids, and a picker that never gives one house the same name (or
the same slug) twice, and depends on its random generator only."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

import pytest

from etoile.demo.names import _POOLS, NamePicker, slug

T = TypeVar("T")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Léa Lefèvre", "lea-lefevre"),
        ("Søren Møller", "soren-moller"),  # ø is not decomposed by NFKD: translated by hand
        ("Lærke Kjær", "laerke-kjaer"),
        ("Jean-Baptiste  O'Neil", "jean-baptiste-o-neil"),  # any run of non-letters is one dash
        ("Éloïse Delacroix", "eloise-delacroix"),
    ],
)
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_the_same_seed_gives_the_same_names() -> None:
    first = NamePicker("fr", random.Random(7))
    second = NamePicker("fr", random.Random(7))
    draws = [True, False, True, True, False]
    assert [first.pick(w) for w in draws] == [second.pick(w) for w in draws]


def test_names_come_from_the_houses_pool_and_the_right_list() -> None:
    women, men, surnames = (part.split() for part in _POOLS["dk"])
    picker = NamePicker("dk", random.Random(0))
    for woman in [True, False] * 10:
        first, last = picker.pick(woman).split(" ")
        assert first in (women if woman else men)
        assert last in surnames


def test_a_house_never_gets_a_name_twice() -> None:
    picker = NamePicker("gb", random.Random(1))
    # 300 draws from 38 x 54 = 2,052 women's names: repeats would be likely (birthday
    # problem) without the picker's memory.
    names = [picker.pick(True) for _ in range(300)]
    assert len({slug(n) for n in names}) == 300


class _Stuck(random.Random):
    """Always draws the first item: every draw gives the same name."""

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[0]


def test_an_exhausted_pool_says_which() -> None:
    picker = NamePicker("us", _Stuck())
    # "Ava" is the first woman's name of the US pool, "Anderson" the first surname.
    assert picker.pick(True) == "Ava Anderson"
    with pytest.raises(RuntimeError, match="the 'us' name pool is exhausted"):
        picker.pick(True)
