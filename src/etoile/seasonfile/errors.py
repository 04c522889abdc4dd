"""Input errors that name the file, the place (path or row and column) and what was expected.

Every reader of user input (season files, plan files, roster imports, event files) collects
*all* the problems it finds into one :class:`InputError`; the CLI prints them and exits 2.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input.

    Parameters
    ----------
    file
        The file's name as the user gave it.
    where
        A path into the document (``companies[1].dancers[37].rank``) or a row and column
        (``row 12, column rank``).
    message
        What is wrong and what was expected, in plain words.
    value
        The offending value, when there is one.
    line
        The line in the file, when known (YAML and JSON).
    column
        The column on that line, when known (syntax errors).
    """

    file: str
    where: str
    message: str
    value: Any = None
    line: int | None = None
    column: int | None = None

    @property
    def place(self) -> str:
        """``file``, ``file:line`` or ``file:line:column``, as editors and compilers write it."""
        if self.line is None:
            return self.file
        if self.column is None:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.column}"

    @property
    def detail(self) -> str:
        """The message, followed by the offending value unless the message already quotes it."""
        quoted = isinstance(self.value, str) and repr(self.value) in self.message
        if self.value is None or quoted:
            return self.message
        return f"{self.message} (got {self.value!r})"

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f", line {self.line}"
        if self.line is not None and self.column is not None:
            place += f", column {self.column}"
        # A row and column reads as a spreadsheet reference ("roster.csv, row 12, column rank");
        # a path reads as a place inside the document ("season.yaml at companies[0].id").
        if self.where.startswith("row "):
            where = f", {self.where}"
        else:
            where = f" at {self.where}" if self.where else ""
        return f"{place}{where}: {self.detail}"


@dataclass
class InputError(Exception):
    """Raised with every problem found in one input; nothing has been written."""

    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.__str__())

    def __str__(self) -> str:
        head = f"{len(self.problems)} problem(s) in the input"
        return "\n".join([head, *(f"  - {p}" for p in self.problems)])
