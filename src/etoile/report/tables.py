"""The solver reports and the validator's findings, in honest words.

Only a report whose status is ``optimal`` is called optimal. Any other plan is described by
its distance to the best proven bound ("within 0.4 % of the proven bound"), or as of unknown
quality when the solver proved no bound. A gap that rounds to zero without being zero is
shown as the smallest printable gap, never as 0 %, so rounding never claims a proof.
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import SolveReport, SolveStatus
from etoile.i18n import Translator
from etoile.validate import Violation

DASH = "—"
MAX_VIOLATIONS = 200
"""Detailed rows shown; beyond this the per-rule counts tell the story and a page of
thousands of rows would only bury it."""
GAP_DIGITS = 2
SMALLEST_GAP = 10.0 ** -(GAP_DIGITS + 2)


@dataclass(frozen=True)
class SolverRow:
    """One solver run, formatted."""

    part: str
    solver: str
    status: str
    optimal: bool
    objective: str
    bound: str
    gap: str
    seconds: str
    verdict: str
    notes: list[str]


@dataclass(frozen=True)
class RuleCount:
    """How often one rule is broken."""

    rule: str
    severity: str
    count: int


@dataclass(frozen=True)
class ViolationRow:
    """One broken rule, formatted. The validator writes its messages in English."""

    rule: str
    severity: str
    details: str
    entities: str
    amount: str


def _gap(report: SolveReport) -> float | None:
    if report.gap is not None:
        return report.gap
    if report.objective is not None and report.bound is not None:
        return SolveReport.relative_gap(report.objective, report.bound)
    return None


def _gap_text(tr: Translator, gap: float) -> str:
    return tr.format_percent(max(gap, SMALLEST_GAP) if gap > 0 else 0.0, GAP_DIGITS)


def verdict(tr: Translator, report: SolveReport) -> str:
    """What the status and gap let us say about the plan, and nothing more.

    Parameters
    ----------
    tr
        The reader's words.
    report
        One solver's report.
    """
    if report.status is SolveStatus.OPTIMAL:
        return tr.t("verdict.optimal")
    if not report.status.has_plan:
        return tr.t("verdict.no_plan")
    gap = _gap(report)
    if gap is None:
        return tr.t("verdict.no_bound")
    return tr.t("verdict.within", gap=_gap_text(tr, gap))


def _number(tr: Translator, value: float | None) -> str:
    return DASH if value is None else tr.format_number(value, 2)


def solver_rows(reports: dict[str, SolveReport], tr: Translator) -> list[SolverRow]:
    """One row per part of the plan, in the order the plan lists them.

    Parameters
    ----------
    reports
        The plan's solver reports, by part.
    tr
        Formats times and gaps.
    """
    rows = []
    for part, report in reports.items():
        gap = _gap(report)
        rows.append(
            SolverRow(
                part=tr.t(f"part.{part}") if tr.has(f"part.{part}") else part,
                solver=report.solver,
                status=tr.t(f"status.{report.status.value}"),
                optimal=report.status is SolveStatus.OPTIMAL,
                objective=_number(tr, report.objective),
                bound=_number(tr, report.bound),
                gap=DASH if gap is None else _gap_text(tr, gap),
                seconds=tr.format_number(report.seconds, 1),
                verdict=verdict(tr, report),
                notes=list(report.notes),
            )
        )
    return rows


def rule_counts(violations: list[Violation], tr: Translator) -> list[RuleCount]:
    """One row per broken rule and severity, in the validator's order.

    Parameters
    ----------
    violations
        The validator's findings.
    tr
        Translates severities.
    """
    counts: dict[tuple[str, str], int] = {}
    for v in violations:
        key = (v.rule, v.severity.value)
        counts[key] = counts.get(key, 0) + 1
    return [RuleCount(r, tr.t(f"severity.{s}"), n) for (r, s), n in counts.items()]


def violation_rows(violations: list[Violation], tr: Translator) -> list[ViolationRow]:
    """The first :data:`MAX_VIOLATIONS` findings in the validator's order (rule, entities).

    Parameters
    ----------
    violations
        What the validator found, in its order.
    tr
        The reader's severities and numbers.
    """
    return [
        ViolationRow(
            rule=v.rule,
            severity=tr.t(f"severity.{v.severity.value}"),
            details=v.message,
            entities=", ".join(v.entities),
            amount=tr.format_number(v.amount, 2),
        )
        for v in violations[:MAX_VIOLATIONS]
    ]
