"""The labour rules' names: the identity of each rule in every report, so each is its own."""

from __future__ import annotations

from etoile.i18n import labor_rules


def _names() -> dict[str, str]:
    return {
        constant: value
        for constant, value in vars(labor_rules).items()
        if constant.isupper() and isinstance(value, str)
    }


def test_no_two_rules_share_a_name() -> None:
    # 7 casting rules, 3 about calls and 10 about a dancer's days and weeks: 20 names.
    names = _names()
    assert len(names) == 20
    assert len(set(names.values())) == 20


def test_the_names_scripts_rely_on_are_unchanged() -> None:
    # docs/dev/adding-a-rule.md: renaming a rule breaks the scripts that read etoile check.
    names = _names()
    assert names["DOUBLE_BOOKED"] == "Dancer double-booked"
    assert names["WEEKLY_REST"] == "No weekly rest"
    assert names["LOAD_OVER_TIME"] == "Rehearsal load over the dancer's time"
    # Sentence case, no full stop: they read as the titles of the validator's table.
    assert all(n[0].isupper() and not n.endswith(".") for n in names.values())
