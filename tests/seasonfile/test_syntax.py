"""Season files that are not even well-formed: each problem names the line (and column)."""

from __future__ import annotations

from pathlib import Path

import pytest

from etoile.seasonfile import InputError, Problem, load_season

from .helpers import GOOD_ROSTER, Snapshot, assert_rejected, import_roster

TINY = Path(__file__).resolve().parents[2] / "docs" / "examples" / "tiny-season.yaml"


def _break_line(number: int, new: str) -> str:
    lines = TINY.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[number - 1] = new
    return "".join(lines)


# name -> (file name, file bytes, the one problem expected)
CASES: dict[str, tuple[str, bytes, Problem]] = {
    "yaml-bad-indentation": (
        "season.yaml",
        _break_line(4, "start: 2026-12-01\n   bad: indent\n").encode(),
        Problem(
            "season.yaml",
            "",
            "malformed YAML: mapping values are not allowed in this context",
            line=5,
            column=7,
        ),
    ),
    "yaml-unclosed-flow-list": (
        "season.yaml",
        _break_line(14, "    timezone: [America/New_York\n").encode(),
        Problem(
            "season.yaml",
            "",
            "malformed YAML: did not find expected ',' or ']' (while parsing a flow sequence)",
            line=15,
            column=13,
        ),
    ),
    "yaml-duplicate-key": (
        "season.yaml",
        _break_line(4, "name: Tiny\nname: Tiny again\n").encode(),
        Problem(
            "season.yaml",
            "name",
            "duplicate key 'name': each key may appear only once in a mapping",
            line=5,
        ),
    ),
    "json-trailing-comma": (
        "season.json",
        b'{\n  "id": "tiny",\n  "name": "x",\n}\n',
        Problem(
            "season.json",
            "",
            "malformed JSON: Expecting property name enclosed in double quotes",
            line=4,
            column=1,
        ),
    ),
    "empty-file": (
        "season.yaml",
        b"# nothing here\n",
        Problem("season.yaml", "", "the file is empty"),
    ),
    "top-level-list": (
        "season.yaml",
        b"- id: tiny\n",
        Problem(
            "season.yaml",
            "",
            "expected a mapping with the season's keys (id, name, start, end, companies ...), "
            "not a list",
            line=1,
        ),
    ),
    "not-utf8": (
        "season.yaml",
        b"id: tiny\nname: Op\xe9ra\n",
        Problem(
            "season.yaml",
            "",
            "the file is not UTF-8 text (expected a YAML or JSON file saved as UTF-8)",
            line=2,
        ),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_malformed_season(name: str, workdir: Path) -> None:
    file, content, expected = CASES[name]
    Path(file).write_bytes(content)
    Path("roster.csv").write_text(GOOD_ROSTER, encoding="utf-8")
    snapshot = Snapshot.take(workdir)
    with pytest.raises(InputError) as caught:
        load_season(Path(file))
    assert caught.value.problems == [expected]
    assert_rejected(import_roster("roster.csv", file), snapshot, [expected])


def test_json_problems_carry_lines(workdir: Path) -> None:
    text = '{\n  "id": "tiny",\n  "name": "x",\n  "start": "2026-12-01",\n  "end": 5\n}\n'
    Path("season.json").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_season(Path("season.json"))
    assert [(p.where, p.message, p.line) for p in caught.value.problems] == [
        ("companies", "missing required field", 1),
        ("end", "expected a date such as 2026-12-01", 5),
    ]


def test_json_duplicate_keys_are_named_with_their_line(workdir: Path) -> None:
    # A well-formed file is read by the C decoder alone (its lines only when a problem needs
    # them); a key written twice still comes back with its path and line.
    text = '{\n  "id": "tiny",\n  "name": "x",\n  "id": "again"\n}\n'
    Path("season.json").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_season(Path("season.json"))
    assert [(p.where, p.line) for p in caught.value.problems][:1] == [("id", 4)]
    assert "duplicate key 'id'" in caught.value.problems[0].message
