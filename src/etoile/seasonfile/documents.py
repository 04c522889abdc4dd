"""Parse a YAML or JSON document into plain data, remembering the line of every node.

The line index lets a problem found later (by pydantic, or by the semantic checks) point at
the line of the file where the offending value is written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

import yaml

from etoile.seasonfile.errors import Problem
from etoile.seasonfile.io import YAML_SUFFIXES
from etoile.seasonfile.paths import Loc, format_path

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# YAML 1.1 reads `11:30` as the base-60 integer 690, which pydantic would then take as 690
# seconds past midnight. Times of day are far more common in season files than base-60
# numbers, so the two rules below are YAML 1.1's int and float without the base-60 forms.
_INT = re.compile(
    r"""^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$"""
)
_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
        |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$""",
    re.X,
)
_NUMBER_TAGS = {"tag:yaml.org,2002:int": _INT, "tag:yaml.org,2002:float": _FLOAT}


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader without base-60 numbers, keeping impossible dates as text."""

    yaml_implicit_resolvers: ClassVar[dict[Any, list[tuple[str, re.Pattern[str]]]]] = {
        first: [(tag, _NUMBER_TAGS.get(tag, rx)) for tag, rx in rules]
        for first, rules in _BaseLoader.yaml_implicit_resolvers.items()
    }

    def construct_lenient_timestamp(self, node: yaml.ScalarNode) -> Any:
        # `2026-02-30` matches the timestamp pattern but is no date: leave it as text so the
        # model reports it with its path and line instead of the parser failing without one.
        try:
            return self.construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_lenient_timestamp)


@dataclass
class Document:
    """A parsed document: its data, the line of each node, and problems found on the way."""

    file: str
    data: Any = None
    lines: dict[Loc, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    unindexed: str | None = None
    """The text of a JSON document whose lines are not read yet: a well-formed file is parsed
    by the C decoder alone, and the lines are found only when a problem needs one."""

    def line_of(self, loc: Loc) -> int | None:
        """The line of ``loc``, or of its nearest ancestor written in the file.

        Parameters
        ----------
        loc
            A path in the data, as a tuple of keys and indices.
        """
        if self.unindexed is not None:
            text, self.unindexed = self.unindexed, None
            _index_text(text, self)
        for end in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None

    def problem(self, loc: Loc, message: str, value: Any = None) -> Problem:
        """A problem at ``loc`` in this document, with the line when it is known.

        Parameters
        ----------
        loc
            Where in the data.
        message
            What is wrong.
        value
            The offending value, if worth showing.
        """
        return Problem(self.file, format_path(loc), message, value, self.line_of(loc))


def parse_document(text: str, file: str, suffix: str) -> Document:
    """Parse ``text`` as YAML (``.yaml``/``.yml``) or JSON (any other suffix).

    Syntax errors and duplicate keys end up in :attr:`Document.problems`; when there are
    any, :attr:`Document.data` must not be trusted.

    Parameters
    ----------
    text
        The file's text.
    file
        Names the file in problems.
    suffix
        The file's suffix, which picks the syntax.
    """
    doc = Document(file)
    if suffix.lower() in YAML_SUFFIXES:
        _parse_yaml(text, doc)
    else:
        _parse_json(text, doc)
    if not doc.problems and doc.data is None:
        doc.problems.append(Problem(file, "", "the file is empty", line=None))
    return doc


def _parse_yaml(text: str, doc: Document) -> None:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            doc.data = loader.construct_document(node)
            _index(node, (), doc)
    except yaml.MarkedYAMLError as error:
        doc.problems.append(_syntax_problem(doc.file, error))
    except yaml.YAMLError as error:
        doc.problems.append(Problem(doc.file, "", f"malformed YAML: {error}"))
    finally:
        loader.dispose()


class _Duplicate(Exception):
    """A JSON object names a key twice."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise _Duplicate
    return found


def _parse_json(text: str, doc: Document) -> None:
    try:
        doc.data = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        message = f"malformed JSON: {error.msg}"
        doc.problems.append(Problem(doc.file, "", message, line=error.lineno, column=error.colno))
        return
    except _Duplicate:
        # The slow reading below names each duplicate key with its path and line.
        doc.data = json.loads(text)
        _index_text(text, doc)
        return
    # A plan is megabytes of JSON: its lines are read only when a problem asks for one.
    doc.unindexed = text


def _index_text(text: str, doc: Document) -> None:
    """Read the line of every node of the JSON ``text`` and its duplicate keys into ``doc``."""
    # JSON is (nearly) a subset of YAML, so the YAML composer gives line numbers and sees
    # duplicate keys; when it cannot read the file, problems just come without lines.
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _index(node, (), doc)
    except yaml.YAMLError:
        doc.lines.clear()
    finally:
        loader.dispose()


def _syntax_problem(file: str, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    message = f"malformed YAML: {error.problem or error.context}"
    if error.context and error.problem:
        message += f" ({error.context})"
    if mark is None:
        return Problem(file, "", message)
    return Problem(file, "", message, line=mark.line + 1, column=mark.column + 1)


def _index(node: yaml.Node, loc: Loc, doc: Document) -> None:
    doc.lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*loc, i), doc)
    elif isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key == "<<":
                continue  # merged entries keep the lines of the mapping they come from
            if key in seen:
                message = f"duplicate key '{key}': each key may appear only once in a mapping"
                line = key_node.start_mark.line + 1
                doc.problems.append(
                    Problem(doc.file, format_path((*loc, key)), message, None, line)
                )
            seen.add(key)
            doc.lines.setdefault((*loc, key), key_node.start_mark.line + 1)
            _index(value_node, (*loc, key), doc)
