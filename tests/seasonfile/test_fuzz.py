"""Whatever is broken in a season or roster, the answer is a Season or an InputError.

No other exception may escape: the CLI turns InputError into exit 2, anything else would be
a traceback in front of a user.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etoile.domain import Season
from etoile.seasonfile import InputError, parse_season
from etoile.seasonfile.roster_import import merge_roster

TINY = Path(__file__).resolve().parents[2] / "docs" / "examples" / "tiny-season.yaml"
DATA = yaml.safe_load(TINY.read_text(encoding="utf-8"))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key and list index in ``node``, as paths from the top."""
    found = []
    children = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else []
    )
    for key, child in children:
        found.append((*prefix, key))
        found += _paths(child, (*prefix, key))
    return found


PATHS = _paths(DATA)
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(["", "nyc", "corps", "2026-13-01", "12:00", "1.00 XYZ", "Mars/Olympus"]),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        data = data[step]
    return data


def _outcome(data: Any) -> Season | InputError:
    # JSON, not YAML: PyYAML's writer is pure Python and would make up most of the run time.
    try:
        return parse_season(json.dumps(data, default=str), "season.json", ".json")
    except InputError as error:
        assert error.problems
        assert all(p.message for p in error.problems)
        return error


@FAST
@given(path=st.sampled_from(PATHS))
def test_deleting_any_one_thing(path: tuple[Any, ...]) -> None:
    data = copy.deepcopy(DATA)
    del _parent(data, path)[path[-1]]
    assert isinstance(_outcome(data), Season | InputError)


@FAST
@given(path=st.sampled_from(PATHS), value=VALUES)
def test_replacing_any_one_value(path: tuple[Any, ...], value: Any) -> None:
    data = copy.deepcopy(DATA)
    _parent(data, path)[path[-1]] = value
    assert isinstance(_outcome(data), Season | InputError)


@FAST
@given(text=st.text(max_size=200))
def test_any_text_as_a_season(text: str) -> None:
    for suffix in (".yaml", ".json"):
        try:
            parse_season(text, f"season{suffix}", suffix)
        except InputError as error:
            assert error.problems


CELLS = st.one_of(
    st.text(max_size=10), st.sampled_from(["nyc-ava", "corps", "stella", "yes", "0.5", "2"])
)


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(st.lists(CELLS, min_size=8, max_size=8), min_size=1, max_size=4))
def test_any_roster_rows(rows: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        season = Path(folder, "season.yaml")
        season.write_bytes(TINY.read_bytes())
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(
            ["id", "name", "rank", "tags", "known_roles", "partners", "draw", "exchange_consent"]
        )
        writer.writerows(rows)
        roster = Path(folder, "roster.csv")
        roster.write_text(out.getvalue(), encoding="utf-8")
        try:
            merged = merge_roster(roster, "nyc", season)
        except InputError as error:
            assert error.problems
        else:
            assert merged.added or merged.updated
        assert season.read_bytes() == TINY.read_bytes()
