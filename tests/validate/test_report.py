"""What a check says: each violation as data, the counts, and a one-line summary."""

from __future__ import annotations

from etoile.validate import Severity, Violation
from etoile.validate.report import count, has_errors, report_data, summary, to_data

ERROR = Violation("Call too long", Severity.ERROR, ("r2", "nyc-ava"), 45.0, "45 min too long")
WARNING = Violation("Studio too small for the corps", Severity.WARNING, ("s",), 2.0, "2 short")


def test_a_violation_as_data() -> None:
    assert to_data(ERROR) == {
        "rule": "Call too long",
        "severity": "error",
        "entities": ["r2", "nyc-ava"],
        "amount": 45.0,
        "message": "45 min too long",
    }


def test_the_summary_counts_in_words() -> None:
    assert summary([]) == "No violations"
    assert summary([ERROR]) == "1 error, 0 warnings"
    assert summary([ERROR, ERROR, WARNING]) == "2 errors, 1 warning"
    assert (count([ERROR, WARNING, WARNING], Severity.WARNING), has_errors([WARNING])) == (2, False)
    assert has_errors([WARNING, ERROR]) is True


def test_the_whole_report_keeps_the_order_given() -> None:
    assert report_data("tiny-2026", "plan.json", [WARNING, ERROR]) == {
        "season": "tiny-2026",
        "plan": "plan.json",
        "errors": 1,
        "warnings": 1,
        "violations": [to_data(WARNING), to_data(ERROR)],
    }
    assert report_data("tiny-2026", None, [])["plan"] is None
