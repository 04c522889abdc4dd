"""A problem names its file (and line, and column), where in the document, and what was wrong."""

from __future__ import annotations

from etoile.seasonfile.errors import InputError, Problem


def test_the_place_reads_as_editors_write_it() -> None:
    assert Problem("s.yaml", "id", "m").place == "s.yaml"
    assert Problem("s.yaml", "id", "m", line=12).place == "s.yaml:12"
    assert Problem("s.yaml", "id", "m", line=12, column=7).place == "s.yaml:12:7"
    # A column without a line is not a place.
    assert Problem("s.yaml", "id", "m", column=7).place == "s.yaml"


def test_the_bad_value_follows_the_message_unless_it_is_quoted_already() -> None:
    assert Problem("f", "draw", "expected a number", "high").detail == (
        "expected a number (got 'high')"
    )
    assert Problem("f", "rank", "unknown rank 'etoil'", "etoil").detail == "unknown rank 'etoil'"
    assert Problem("f", "count", "expected at least 1", 0).detail == "expected at least 1 (got 0)"
    assert Problem("f", "", "file not found").detail == "file not found"


def test_a_path_reads_after_at_and_a_cell_after_a_comma() -> None:
    in_document = Problem("s.yaml", "companies[0].id", "missing required field", line=9)
    in_sheet = Problem("roster.csv", "row 12, column rank", "unknown rank", "x")
    whole_file = Problem("s.yaml", "", "the file is empty")
    assert str(in_document) == "s.yaml, line 9 at companies[0].id: missing required field"
    assert str(in_sheet) == "roster.csv, row 12, column rank: unknown rank (got 'x')"
    assert str(whole_file) == "s.yaml: the file is empty"
    assert str(Problem("s.json", "", "malformed JSON", line=1, column=18)) == (
        "s.json, line 1, column 18: malformed JSON"
    )


def test_an_input_error_counts_and_lists_every_problem() -> None:
    error = InputError(
        [Problem("s.yaml", "id", "missing required field"), Problem("s.yaml", "", "bad", line=2)]
    )
    assert str(error) == (
        "2 problem(s) in the input\n"
        "  - s.yaml at id: missing required field\n"
        "  - s.yaml, line 2: bad"
    )
    assert error.args == (str(error),)
