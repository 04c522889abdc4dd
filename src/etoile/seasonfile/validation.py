"""Turn pydantic's validation errors into findings a person can act on.

Each error becomes a :class:`~etoile.seasonfile.checks.Finding` with its location (written
``companies[1].dancers[37].rank``), the offending value and a plain-English expectation
("expected one of principal, soloist, corps", "missing required field").
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from etoile.seasonfile.checks.finding import Finding
from etoile.seasonfile.paths import KEY_MARK, Loc

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"

_PATTERNS = {
    ID_PATTERN: "expected an id: letters, digits and . _ : -, starting with a letter or digit",
    r"^[A-Z]{3}$": "expected a three-letter ISO 4217 currency code such as EUR or USD",
}

_FIXED: dict[str, str] = {
    "missing": "missing required field",
    "int_type": "expected an integer",
    "int_parsing": "expected an integer",
    "int_from_float": "expected an integer, not a number with a fractional part",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "decimal_parsing": "expected a number",
    "decimal_type": "expected a number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "string_type": "expected text",
    "list_type": "expected a list",
    "dict_type": "expected a mapping of keys to values",
    "model_type": "expected a mapping of keys to values",
    "model_attributes_type": "expected a mapping of keys to values",
    "date_type": "expected a date such as 2026-12-01",
    "date_parsing": "expected a date such as 2026-12-01",
    "date_from_datetime_parsing": "expected a date such as 2026-12-01",
    "date_from_datetime_inexact": "expected a date such as 2026-12-01",
    "datetime_type": "expected a date and time such as 2026-12-10T19:30:00-05:00",
    "datetime_parsing": "expected a date and time such as 2026-12-10T19:30:00-05:00",
    "datetime_from_date_parsing": "expected a date and time such as 2026-12-10T19:30:00-05:00",
    "timezone_aware": "expected a UTC offset after the time, such as 2026-12-10T19:30:00-05:00",
    "time_type": "expected a time of day such as 10:30",
    "time_parsing": "expected a time of day such as 10:30",
    "none_required": "expected nothing (null)",
}


def _bounded(op: str, key: str) -> Callable[[ErrorDetails], str]:
    return lambda e: f"expected a number {op} {_ctx(e, key)}"


_BY_CONTEXT: dict[str, Callable[[ErrorDetails], str]] = {
    "greater_than": _bounded(">", "gt"),
    "greater_than_equal": _bounded(">=", "ge"),
    "less_than": _bounded("<", "lt"),
    "less_than_equal": _bounded("<=", "le"),
    "too_short": lambda e: f"expected at least {_count(_ctx(e, 'min_length'))}",
    "too_long": lambda e: f"expected at most {_count(_ctx(e, 'max_length'))}",
    "string_too_short": lambda e: (
        "expected non-empty text"
        if _ctx(e, "min_length") == 1
        else f"expected at least {_ctx(e, 'min_length')} characters"
    ),
    "string_too_long": lambda e: f"expected at most {_ctx(e, 'max_length')} characters",
    "enum": lambda e: "expected one of " + ", ".join(re.findall(r"'([^']*)'", _ctx(e, "expected"))),
    "literal_error": lambda e: (
        "expected one of " + ", ".join(re.findall(r"'([^']*)'", _ctx(e, "expected")))
    ),
    "string_pattern_mismatch": lambda e: _PATTERNS.get(
        _ctx(e, "pattern"), f"expected text matching {_ctx(e, 'pattern')}"
    ),
    "value_error": lambda e: str(_ctx(e, "error")),
}


def _ctx(error: ErrorDetails, key: str) -> Any:
    return (error.get("ctx") or {}).get(key)


def _count(n: Any) -> str:
    return f"{n} item" if n == 1 else f"{n} items"


def validation_findings(error: ValidationError, model: type[BaseModel]) -> list[Finding]:
    """One finding per error of validating ``model``, in the order pydantic found them.

    Parameters
    ----------
    error
        What pydantic raised.
    model
        The model validated: an unknown field's message lists the fields its place has.
    """
    return [_finding(e, model) for e in error.errors(include_url=False)]


def _finding(error: ErrorDetails, model: type[BaseModel]) -> Finding:
    loc: Loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        message = _unknown_field(str(loc[-1]), _fields_at(model, loc[:-1]))
        return Finding(loc, message)
    if kind in _FIXED:
        message = _FIXED[kind]
    elif kind in _BY_CONTEXT:
        message = _BY_CONTEXT[kind](error)
    else:
        message = error["msg"]
    if loc and loc[-1] == KEY_MARK:
        message = f"key {error['input']!r}: {message}"
    value = None if kind == "missing" else _shown(error["input"])
    return Finding(loc, message, value)


def _shown(value: Any) -> Any:
    # A whole mapping or list in a message buries the point; its path and line suffice.
    if isinstance(value, dict | list) and len(repr(value)) > 60:
        return None
    return value


def _unknown_field(name: str, allowed: list[str]) -> str:
    message = f"unknown field '{name}'"
    close = difflib.get_close_matches(name, allowed, n=1)
    if close:
        return f"{message} (did you mean '{close[0]}'?)"
    if allowed:
        return f"{message} (expected one of {', '.join(allowed)})"
    return message


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names of the model found at ``loc`` inside ``model``, or [] if none."""
    annotation: Any = model
    for step in loc:
        annotation = _step(annotation, step)
        if annotation is None:
            return []
    target = _model_in(annotation)
    return list(target.model_fields) if target else []


def _step(annotation: Any, step: str | int) -> Any:
    annotation = _unwrap(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    target = _model_in(annotation)
    if target is not None:
        field = target.model_fields.get(str(step))
        return field.annotation if field else None
    args = [a for a in typing.get_args(_unwrap(annotation)) if a is not type(None)]
    if not args:
        return None
    return args[-1]  # list[X] -> X; dict[K, V] -> V


def _unwrap(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _model_in(annotation: Any) -> type[BaseModel] | None:
    annotation = _unwrap(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        models = [_model_in(a) for a in typing.get_args(annotation)]
        return next((m for m in models if m is not None), None)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None
