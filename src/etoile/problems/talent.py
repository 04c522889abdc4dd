"""Talent scheduling: the pure problem data, and readers for the three public file formats.

``n`` scenes (rehearsal calls) of given durations are to be ordered. Each of ``m`` actors
(dancers) plays in some scenes and is paid ``cost`` per time unit from the start of their first
scene to the end of their last. CSPLib's rehearsal problem (prob039) has every cost 1.

:func:`read_talent` picks the format from the content: MiniZinc ``talent_scheduling`` data
(``numScenes``, ``ia``, ``c``, ``d``), CSPLib ``rehearsal`` data (``num_pieces``, ``rehearsal =
array2d(...)``, costs 1), or Stuckey's text format (a name line, then a stream of integers).
Bad input raises :class:`~etoile.seasonfile.errors.InputError` naming file, line and expectation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from etoile.seasonfile.errors import InputError, Problem


@dataclass(frozen=True)
class TalentProblem:
    """Scenes with durations, actors with costs, and which actor is needed in which scene.

    Parameters
    ----------
    durations
        ``durations[s]`` is the length of scene ``s`` (a non-negative integer).
    costs
        ``costs[a]`` is what actor ``a`` costs per time unit on location (non-negative).
    needs
        ``needs[a][s]`` is true when actor ``a`` plays in scene ``s`` (an actor x scene matrix).
    name
        A label for reports.

    Raises
    ------
    ValueError
        When a value is not an integer of the right sign or the matrix has the wrong shape; the
        message names the bad index.
    """

    durations: tuple[int, ...]
    costs: tuple[int, ...]
    needs: tuple[tuple[bool, ...], ...]
    name: str = ""

    def __post_init__(self) -> None:
        for label, values in (("durations", self.durations), ("costs", self.costs)):
            for i, v in enumerate(values):
                # bool is an int subclass; a True duration is almost certainly a mistake.
                if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                    raise ValueError(f"{label}[{i}] must be a non-negative integer, got {v!r}")
        if len(self.needs) != len(self.costs):
            raise ValueError(
                f"needs has {len(self.needs)} actor rows but costs has {len(self.costs)} actors"
            )
        for a, row in enumerate(self.needs):
            if len(row) != len(self.durations):
                raise ValueError(
                    f"needs[{a}] has {len(row)} entries, expected {len(self.durations)} (scenes)"
                )
            for s, v in enumerate(row):
                if not isinstance(v, bool):
                    raise ValueError(f"needs[{a}][{s}] must be a bool, got {v!r}")

    @classmethod
    def from_matrix(
        cls, durations: list[int], costs: list[int], matrix: list[list[int]], name: str = ""
    ) -> TalentProblem:
        """Build a problem from a 0/1 actor x scene matrix (lists are convenient in tests).

        Parameters
        ----------
        durations, costs
            Scene lengths and actors' costs per time unit.
        matrix
            ``matrix[a][s]`` is 1 when actor ``a`` plays in scene ``s``.
        name
            The instance's name.

        Raises
        ------
        ValueError
            For an entry of ``matrix`` other than 0 or 1, and for whatever :class:`TalentProblem`
            refuses.
        """
        for a, row in enumerate(matrix):
            for s, v in enumerate(row):
                if v not in (0, 1):
                    raise ValueError(f"matrix[{a}][{s}] must be 0 or 1, got {v!r}")
        needs = tuple(tuple(bool(v) for v in row) for row in matrix)
        return cls(tuple(durations), tuple(costs), needs, name)

    @property
    def num_scenes(self) -> int:
        """Number of scenes ``n``."""
        return len(self.durations)

    @property
    def num_actors(self) -> int:
        """Number of actors ``m``."""
        return len(self.costs)

    def actors_of(self, scene: int) -> list[int]:
        """The actors needed in ``scene``, in index order."""
        return [a for a, row in enumerate(self.needs) if row[scene]]

    def scenes_of(self, actor: int) -> list[int]:
        """The scenes ``actor`` plays in, in index order."""
        return [s for s, v in enumerate(self.needs[actor]) if v]

    @property
    def fixed_cost(self) -> int:
        """What every order pays: each actor's cost times the length of their own scenes."""
        return sum(
            c * sum(self.durations[s] for s in self.scenes_of(a)) for a, c in enumerate(self.costs)
        )


_TOKEN = re.compile(r"-?\d+|[A-Za-z_]\w*|\.\.|\[\||\|\]|[\[\]|,;=()]|\S")


def _tokens(text: str) -> list[tuple[str, int]]:
    """Split MiniZinc data into (token, line) pairs, dropping ``%`` comments."""
    out: list[tuple[str, int]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        out.extend((t, number) for t in _TOKEN.findall(line.split("%", 1)[0]))
    return out


@dataclass
class _Item:
    """One ``name = value;`` of MiniZinc data: rows of integers and the line of each row."""

    rows: list[list[int]]
    lines: list[int]

    @property
    def flat(self) -> list[int]:
        return [v for row in self.rows for v in row]


def _dzn_items(text: str, file: str) -> dict[str, _Item]:
    """Read ``name = value;`` items of MiniZinc data.

    A scalar is one row of one integer; ``[a, b]`` one row; ``[| a, b | c, d |]`` one row per
    ``|``; in ``array2d(1..r, 1..c, [...])`` the index ranges are skipped and the list is one row.
    """
    items: dict[str, _Item] = {}
    toks = _tokens(text)
    i = 0
    while i < len(toks):
        name, line = toks[i]
        if i + 1 >= len(toks) or toks[i + 1][0] != "=" or not name[0].isalpha():
            raise InputError([Problem(file, name, "expected 'name = value;'", line=line)])
        item = _Item([[]], [line])
        i += 2
        while i < len(toks) and toks[i][0] != ";":
            tok, tline = toks[i]
            if not item.rows[-1]:
                item.lines[-1] = tline  # a row's line is where its first value is
            if tok == "|":
                item.rows.append([])
                item.lines.append(tline)
            elif tok == "..":
                if item.rows[-1]:
                    item.rows[-1].pop()  # an index range of array2d, not data
                i += 1
            elif re.fullmatch(r"-?\d+", tok):
                item.rows[-1].append(int(tok))
            elif tok not in (",", "array2d", "[", "]", "[|", "|]", "(", ")"):
                raise InputError([Problem(file, name, "expected an integer", tok, tline)])
            i += 1
        if i >= len(toks):
            raise InputError([Problem(file, name, "expected ';' to end the item", line=line)])
        i += 1
        kept = [(r, n) for r, n in zip(item.rows, item.lines, strict=True) if r]
        items[name] = _Item([r for r, _ in kept], [n for _, n in kept]) if kept else item
    return items


def _item(items: dict[str, _Item], key: str, file: str) -> _Item:
    if key not in items:
        raise InputError([Problem(file, key, f"'{key}' is missing")])
    return items[key]


def _count(items: dict[str, _Item], key: str, file: str) -> int:
    item = _item(items, key, file)
    if len(item.flat) != 1 or item.flat[0] < 0:
        raise InputError(
            [Problem(file, key, "expected one non-negative integer", line=item.lines[0])]
        )
    return item.flat[0]


_Parts = tuple[list[int], list[int], list[list[int]]]  # durations, costs, actor x scene matrix


def _build(file: str, name: str, n: int, parts: _Parts, lines: dict[str, int]) -> TalentProblem:
    """Check sizes and values against the declared counts, then build the problem."""
    durations, costs, matrix = parts
    problems = []
    if len(durations) != n:
        message = f"expected {n} scene durations, got {len(durations)}"
        problems.append(Problem(file, "durations", message, line=lines["durations"]))
    for a, row in enumerate(matrix):
        where, line = f"actor {a + 1}", lines.get(f"row{a}", lines["matrix"])
        if len(row) != n:
            message = f"expected {n} values (one per scene), got {len(row)}"
            problems.append(Problem(file, where, message, line=line))
        bad = [v for v in row if v not in (0, 1)]
        if bad:
            problems.append(Problem(file, where, "expected 0 or 1", bad[0], line))
    for label, values in (("durations", durations), ("costs", costs)):
        bad = [v for v in values if v < 0]
        if bad:
            message = "expected non-negative integers"
            problems.append(Problem(file, label, message, bad[0], lines[label]))
    if problems:
        raise InputError(problems)
    return TalentProblem.from_matrix(durations, costs, matrix, name)


def parse_minizinc(text: str, file: str = "<text>") -> TalentProblem:
    """Parse MiniZinc data for ``talent_scheduling.mzn`` or CSPLib's ``rehearsal`` model.

    Parameters
    ----------
    text
        The data file's content.
    file
        Named in the errors; its stem names the problem.

    Returns
    -------
    TalentProblem
        With every cost 1 for the ``rehearsal`` model (CSPLib prob039).

    Raises
    ------
    InputError
        Naming the item and line of what is missing, malformed, of the wrong count or out of range.
    """
    items = _dzn_items(text, file)
    rehearsal = "num_pieces" in items  # CSPLib prob039: every cost is 1
    keys = (
        ("num_pieces", "num_players", "duration", "rehearsal")
        if rehearsal
        else ("numScenes", "numActors", "d", "ia")
    )
    n, m = _count(items, keys[0], file), _count(items, keys[1], file)
    durations, matrix = _item(items, keys[2], file), _item(items, keys[3], file)
    rows, row_lines = matrix.rows, matrix.lines
    if len(rows) == 1 and m != 1:  # array2d gives one flat list: cut it into actor rows
        if len(rows[0]) != n * m:
            message = f"expected {m} x {n} = {n * m} values, got {len(rows[0])}"
            raise InputError([Problem(file, keys[3], message, line=row_lines[0])])
        rows, row_lines = [rows[0][a * n : (a + 1) * n] for a in range(m)], row_lines * m
    if len(rows) != m:
        message = f"expected {m} actor rows, got {len(rows)}"
        raise InputError([Problem(file, keys[3], message, line=row_lines[0])])
    if rehearsal:
        costs, cline = [1] * m, 0
    else:
        c = _item(items, "c", file)
        costs, cline = c.flat, c.lines[0]
        if len(costs) != m:
            message = f"expected {m} actor costs, got {len(costs)}"
            raise InputError([Problem(file, "c", message, line=cline)])
    lines = {"durations": durations.lines[0], "costs": cline, "matrix": row_lines[0]}
    lines |= {f"row{a}": line for a, line in enumerate(row_lines)}
    return _build(file, Path(file).stem, n, (durations.flat, costs, rows), lines)


def parse_stuckey(text: str, file: str = "<text>") -> TalentProblem:
    """Parse Stuckey's format: a name line, then n, m, m rows of n 0/1 and a cost, n durations.

    The integers after the name are read as one stream (the files mix tabs, spaces and CRLF, and
    some put ``n m`` on one line), so each value is found by position, with its line kept.

    Parameters
    ----------
    text
        What the file holds.
    file
        The file's name, for the errors.

    Raises
    ------
    InputError
        When the name line is empty, a token is not an integer, the counts are negative or the
        number of integers does not match them, or a value is out of range.
    """
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise InputError([Problem(file, "name", "expected the instance name on line 1", line=1)])
    stream: list[tuple[int, int]] = []
    for number, line in enumerate(lines[1:], start=2):
        for tok in line.split():
            if not re.fullmatch(r"-?\d+", tok):
                raise InputError([Problem(file, "", "expected an integer", tok, number)])
            stream.append((int(tok), number))
    if len(stream) < 2:
        raise InputError(
            [Problem(file, "counts", "expected the numbers of scenes and actors", line=len(lines))]
        )
    (n, _), (m, mline) = stream[0], stream[1]
    if n < 0 or m < 0:
        raise InputError([Problem(file, "counts", "expected non-negative counts", line=mline)])
    expected = 2 + m * (n + 1) + n
    if len(stream) != expected:
        where = stream[min(expected, len(stream)) - 1][1]
        raise InputError(
            [
                Problem(
                    file,
                    "",
                    f"expected {expected} integers after the name "
                    f"({n} scenes, {m} actors: {m} rows of {n} values and a cost, "
                    f"then {n} durations), got {len(stream)}",
                    line=where,
                )
            ]
        )
    body = stream[2:]
    matrix = [[v for v, _ in body[a * (n + 1) : a * (n + 1) + n]] for a in range(m)]
    costs = [body[a * (n + 1) + n][0] for a in range(m)]
    durations = [v for v, _ in body[m * (n + 1) :]]
    cost_lines = [body[a * (n + 1) + n][1] for a in range(m)]
    bad_cost = next((line for c, line in zip(costs, cost_lines, strict=True) if c < 0), mline)
    places = {f"row{a}": body[a * (n + 1)][1] for a in range(m) if n}
    places |= {"matrix": mline, "costs": bad_cost, "durations": stream[-1][1]}
    return _build(file, lines[0].strip(), n, (durations, costs, matrix), places)


def read_talent(path: str | Path) -> TalentProblem:
    """Read a talent scheduling file in any of the three formats (chosen from its content).

    Raises
    ------
    InputError
        When the file cannot be read as UTF-8 text, or does not parse.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError([Problem(str(path), "", f"cannot read the file: {error}")]) from None
    if re.search(r"^\s*(numScenes|num_pieces)\s*=", text, re.MULTILINE):
        return parse_minizinc(text, str(path))
    return parse_stuckey(text, str(path))
