"""The sweep that finds overlapping calls gives exactly what comparing every pair gives."""

from __future__ import annotations

import datetime as dt
from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from etoile.domain import Rehearsal
from etoile.validate.rehearsal_facts import minutes, overlapping_pairs

T0 = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def _call(i: int, start: int, length: int) -> Rehearsal:
    return Rehearsal.model_validate(
        {
            "id": f"c{i}",
            "company": "nyc",
            "production": "p",
            "kind": "coaching",
            "start": T0 + dt.timedelta(minutes=start),
            "end": T0 + dt.timedelta(minutes=start + length),
            "studio": "s",
        }
    )


@given(st.lists(st.tuples(st.integers(0, 600), st.integers(1, 180)), max_size=25))
def test_the_sweep_finds_every_overlap_of_every_pair(spans: list[tuple[int, int]]) -> None:
    calls = [_call(i, start, length) for i, (start, length) in enumerate(spans)]
    every_pair = [
        (a, b, minutes(min(a.end, b.end) - max(a.start, b.start)))
        for a, b in combinations(calls, 2)
        if minutes(min(a.end, b.end) - max(a.start, b.start)) > 0
    ]
    assert list(overlapping_pairs(calls)) == every_pair
