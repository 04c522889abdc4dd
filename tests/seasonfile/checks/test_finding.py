"""The words the semantic checks share: what was expected, a close match, another house's id."""

from __future__ import annotations

from etoile.seasonfile.checks.finding import not_own, one_of, unknown


def test_one_of_lists_each_option_once_in_order_and_counts_the_rest() -> None:
    assert one_of(["corps", "principal", "corps", "soloist"]) == (
        "expected one of corps, principal, soloist"
    )
    # Ten options, eight shown: 10 - 8 = 2 more.
    assert one_of([f"r{i}" for i in range(10)]) == (
        "expected one of r0, r1, r2, r3, r4, r5, r6, r7 and 2 more"
    )
    assert one_of([]) == "there are none"


def test_unknown_suggests_a_close_id_or_lists_them_all() -> None:
    roles = ["nyc-giselle.giselle", "nyc-giselle.albrecht", "nyc-giselle.wili"]
    assert unknown("role", "nyc-giselle.wilis", roles) == (
        "unknown role 'nyc-giselle.wilis' (did you mean 'nyc-giselle.wili'?)"
    )
    # Nothing close: every id, sorted, and where they were looked for.
    assert unknown("role", "bayadere", roles, "nyc-giselle") == (
        "unknown role 'bayadere' in nyc-giselle (expected one of nyc-giselle.albrecht, "
        "nyc-giselle.giselle, nyc-giselle.wili)"
    )


def test_not_own_says_whose_it_is() -> None:
    assert not_own("venue", "bastille", ["koch"], "nyc", "par") == (
        "venue 'bastille' belongs to par, not nyc (expected one of koch)"
    )
    # Nobody's, or the house's own: an unknown id of the house.
    assert not_own("venue", "kock", ["koch"], "nyc", None) == (
        "unknown venue 'kock' in nyc (did you mean 'koch'?)"
    )
