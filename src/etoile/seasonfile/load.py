"""Load season and plan files, reporting every problem at once.

A season is read in three passes, and each stops the next when it finds problems: the syntax
(YAML or JSON, with line and column), the types (pydantic, each error as a path with the
offending value and what was expected), and the season as a whole (duplicate ids, dangling
references, impossible values; :mod:`etoile.seasonfile.checks`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from etoile.domain import EventFile, Plan, Season
from etoile.seasonfile.checks import Finding, check_season
from etoile.seasonfile.documents import Document, parse_document
from etoile.seasonfile.errors import InputError, Problem
from etoile.seasonfile.validation import validation_findings

_TOP_SEASON = "expected a mapping with the season's keys (id, name, start, end, companies ...)"
_TOP_PLAN = "expected a mapping with the plan's keys (season, exchange, casting ...)"


def load_season(path: Path) -> Season:
    """Read a season file (YAML for ``.yaml``/``.yml``, JSON otherwise).

    Raises
    ------
    InputError
        With every problem found: syntax, types, then the semantic checks.
    """
    return parse_season(read_text(path), str(path), path.suffix)


def parse_season(text: str, file: str, suffix: str) -> Season:
    """Parse a season from ``text``; ``file`` names it in problems, ``suffix`` picks the syntax.

    Parameters
    ----------
    text
        The season file's text.
    file
        Its name, as problems will say it.
    suffix
        ``.yaml``/``.yml`` for YAML, anything else for JSON.

    Raises
    ------
    InputError
        With every problem found: syntax, types, then the semantic checks.
    """
    doc = parse_document(text, file, suffix)
    if doc.problems:
        raise InputError(doc.problems)
    season, findings = validate_season(doc.data)
    if season is None or findings:
        raise InputError(_located(doc, findings))
    return season


def validate_season(data: Any) -> tuple[Season | None, list[Finding]]:
    """Validate plain data as a season: the season (None if its types are wrong) and findings.

    An empty list of findings means the season is valid.

    Parameters
    ----------
    data
        The parsed file.
    """
    if not isinstance(data, dict):
        return None, [Finding((), f"{_TOP_SEASON}, not {_kind(data)}")]
    try:
        season = Season.model_validate(data)
    except ValidationError as error:
        return None, validation_findings(error, Season)
    return season, check_season(season)


def load_plan(path: Path) -> Plan:
    """Read a plan file (``plan.json``, or YAML by suffix).

    Only the plan's own shape is checked here; whether its ids exist in a season is the
    validator's job (:mod:`etoile.validate`).

    Raises
    ------
    InputError
        With every problem found in the syntax or the types.
    """
    return parse_plan(read_text(path), str(path), path.suffix)


def parse_plan(text: str, file: str, suffix: str) -> Plan:
    """Parse a plan from ``text``, as :func:`load_plan` does from a file.

    Parameters
    ----------
    text
        The plan's text.
    file
        The name problems give it.
    suffix
        Picks YAML or JSON.

    Raises
    ------
    InputError
        With every problem in the syntax or the types.
    """
    doc = parse_document(text, file, suffix)
    if doc.problems:
        raise InputError(doc.problems)
    if not isinstance(doc.data, dict):
        raise InputError([doc.problem((), f"{_TOP_PLAN}, not {_kind(doc.data)}")])
    try:
        return Plan.model_validate(doc.data)
    except ValidationError as error:
        raise InputError(_located(doc, validation_findings(error, Plan))) from None


def read_text(path: Path, expected: str = "a YAML or JSON file saved as UTF-8") -> str:
    """The UTF-8 text of ``path``; ``expected`` says what it should be, for the message.

    Parameters
    ----------
    path
        The file to read.
    expected
        What the file should be, said when it is not.

    Raises
    ------
    InputError
        When the file is missing, unreadable or not UTF-8 text.
    """
    file = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(file, "", "file not found")]) from None
    except IsADirectoryError:
        raise InputError([Problem(file, "", "expected a file, found a directory")]) from None
    except OSError as error:
        raise InputError([Problem(file, "", f"cannot read the file: {error.strerror}")]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = f"the file is not UTF-8 text (expected {expected})"
        raise InputError([Problem(file, "", message, line=line)]) from None


def _located(doc: Document, findings: list[Finding]) -> list[Problem]:
    problems = [doc.problem(f.loc, f.message, f.value) for f in findings]
    # File order reads best; problems without a line go last, in the order found.
    return sorted(problems, key=lambda p: p.line if p.line is not None else float("inf"))


def _kind(data: Any) -> str:
    kinds = {list: "a list", str: "text", int: "a number", float: "a number", bool: "true/false"}
    return kinds.get(type(data), type(data).__name__)


def load_events(path: Path) -> EventFile:
    """Read an event file (``docs/replan.md``), every problem named by path and field.

    Raises
    ------
    InputError
        With every problem found in the syntax or the types.
    """
    doc = parse_document(read_text(path), str(path), path.suffix)
    if doc.problems:
        raise InputError(doc.problems)
    if not isinstance(doc.data, dict):
        message = (
            f"expected a mapping with the keys season, as_of and events, not {_kind(doc.data)}"
        )
        raise InputError([doc.problem((), message)])
    try:
        return EventFile.model_validate(doc.data)
    except ValidationError as error:
        raise InputError(_located(doc, validation_findings(error, EventFile))) from None
