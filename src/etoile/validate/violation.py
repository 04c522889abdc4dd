"""A broken rule, measured: which rule, how bad, who is involved, and in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """Errors break a hard rule; warnings flag something a person should look at."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Violation:
    """One violation of one rule.

    Parameters
    ----------
    rule
        The rule's stable human name, e.g. ``"Dancer double-booked"``.
    severity
        :attr:`Severity.ERROR` for hard rules.
    entities
        Ids of what is involved (performance, role, dancer ...), most specific last.
    amount
        How much the rule is broken, in the rule's unit (minutes over, dancers missing);
        1.0 for rules that are simply broken or not.
    message
        What a ballet master reads: names and dates, not indices.
    """

    rule: str
    severity: Severity
    entities: tuple[str, ...]
    amount: float
    message: str
