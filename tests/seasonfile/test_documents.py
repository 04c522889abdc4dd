"""A YAML or JSON document parsed with the line of every node, so later problems find theirs."""

from __future__ import annotations

import datetime as dt

from etoile.seasonfile.documents import parse_document
from etoile.seasonfile.errors import Problem

SEASON = """\
id: s
start: 2026-12-01
companies:
  - id: nyc
    labor:
      earliest_call: 11:30
    dancers:
      - id: nyc-ava
        rank: principal
"""


def test_every_node_has_its_line_and_a_missing_one_its_parents() -> None:
    doc = parse_document(SEASON, "s.yaml", ".yaml")
    assert doc.problems == []
    assert doc.line_of(("companies", 0, "dancers", 0, "rank")) == 9
    assert doc.line_of(("companies", 0, "id")) == 4
    # A field the file does not write: the line of the nearest place it does.
    assert doc.line_of(("companies", 0, "dancers", 0, "name")) == 8
    assert doc.problem(("companies", 0, "dancers", 0, "rank"), "unknown rank", "x") == Problem(
        "s.yaml", "companies[0].dancers[0].rank", "unknown rank", "x", 9
    )


def test_a_time_of_day_stays_a_time_and_an_impossible_date_stays_text() -> None:
    # YAML 1.1 would read 11:30 as the base-60 number 690.
    doc = parse_document(SEASON + "end: 2026-02-30\n", "s.yaml", ".yaml")
    assert doc.data["companies"][0]["labor"]["earliest_call"] == "11:30"
    assert doc.data["start"] == dt.date(2026, 12, 1)
    assert doc.data["end"] == "2026-02-30"


def test_a_duplicate_key_is_named_with_its_path_and_line() -> None:
    doc = parse_document("id: s\ncompanies:\n  - id: a\n    id: b\n", "s.yaml", ".yaml")
    assert doc.problems == [
        Problem(
            "s.yaml",
            "companies[0].id",
            "duplicate key 'id': each key may appear only once in a mapping",
            None,
            4,
        )
    ]


def test_json_problems_carry_line_and_column() -> None:
    doc = parse_document('{"id": "s",\n "start" "2026-12-01"}', "s.json", ".json")
    assert doc.problems == [
        Problem("s.json", "", "malformed JSON: Expecting ':' delimiter", line=2, column=10)
    ]
    twice = parse_document('{"id": "s",\n "id": "t"}', "s.json", ".json")
    assert twice.problems == [
        Problem("s.json", "id", "duplicate key 'id': each key may appear only once in a mapping",
                None, 2)
    ]  # fmt: skip


def test_json_lines_are_read_only_when_a_problem_asks() -> None:
    doc = parse_document('{\n  "companies": [\n    {"id": "nyc"}\n  ]\n}\n', "p.json", ".json")
    assert doc.lines == {}
    assert doc.line_of(("companies", 0, "id")) == 3
    assert doc.lines != {}


def test_an_empty_file_and_a_yaml_syntax_error() -> None:
    assert parse_document("# nothing\n", "s.yaml", ".yaml").problems == [
        Problem("s.yaml", "", "the file is empty")
    ]
    # The flow list opened on line 1 meets "name:" on line 2. (LibYAML and PyYAML's own parser
    # word the rest differently.)
    [broken] = parse_document("id: [s\nname: t\n", "s.yaml", ".yaml").problems
    assert (broken.file, broken.where, broken.line) == ("s.yaml", "", 2)
    assert broken.message.startswith("malformed YAML: ")
    assert "expected ',' or ']'" in broken.message
