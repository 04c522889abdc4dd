"""Paths into a document as a reader finds them: ``companies[1].dancers[37].rank``."""

from __future__ import annotations

import pytest

from etoile.seasonfile.paths import KEY_MARK, format_path


@pytest.mark.parametrize(
    ("loc", "path"),
    [
        ((), ""),
        (("companies", 1, "dancers", 37, "rank"), "companies[1].dancers[37].rank"),
        ((3,), "[3]"),
        # An id as a mapping key keeps its dots inside brackets and quotes.
        (
            ("companies", 0, "dancers", 3, "learn_hours", "nyc-giselle.wili"),
            "companies[0].dancers[3].learn_hours['nyc-giselle.wili']",
        ),
        # pydantic's mark of an error in a key (not its value) is not a step of the path.
        (
            ("labor", "max_performances_per_week", "principle", KEY_MARK),
            "labor.max_performances_per_week.principle",
        ),
        (("prices", "2nd"), "prices['2nd']"),  # a key that starts with a digit
    ],
)
def test_format_path(loc: tuple[str | int, ...], path: str) -> None:
    assert format_path(loc) == path
