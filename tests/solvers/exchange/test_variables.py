"""The exchange model's variables (etoile.solvers.exchange.variables): one lead per (dancer,
performance, role) shared by the dancer's stays, one ``go`` per stay, one gain per house."""

from __future__ import annotations

from ortools.sat.python import cp_model

from etoile.solvers.exchange.variables import lead_index, make_variables
from exchange_kit import GISELLE, LEA, ZOE, hand_exchange, lead, stay


def _problem():  # type: ignore[no-untyped-def]
    # Léa has two candidate windows (stays 0 and 1), both covering Giselle on the 8th; stay 0
    # also covers the 12th. Zoé (stay 2) covers the 8th.
    return hand_exchange(
        [stay(0, LEA, 5, 15), stay(1, LEA, 6, 10), stay(2, ZOE, 5, 15)],
        [
            lead(0, "p8", 8, 500),
            lead(0, "p12", 12, 400),
            lead(1, "p8", 8, 500),
            lead(2, "p8", 8, 300),
        ],
    )


def test_one_lead_per_dancer_show_and_role() -> None:
    # Options 0 and 2 are both Léa on the 8th: one lead (0). Léa on the 12th is lead 1, Zoé
    # on the 8th lead 2.
    leads, lead_of, options_of = lead_index(_problem())
    assert leads == [(LEA, "p8", GISELLE), (LEA, "p12", GISELLE), (ZOE, "p8", GISELLE)]
    assert lead_of == [0, 1, 0, 2]
    assert options_of == [[0, 2], [1], [3]]


def test_the_variables_and_the_gains_bounds() -> None:
    m = cp_model.CpModel()
    v = make_variables(m, _problem(), 1000)
    # 3 stays, 3 leads, a gain for New York and Paris in [-1000, 1000].
    assert (len(v.go), len(v.dance)) == (3, 3)
    assert sorted(v.gain) == ["nyc", "par"]
    for var in v.gain.values():
        assert tuple(m.proto.variables[var.index].domain) == (-1000, 1000)
    assert (v.lead_of, v.options_of) == ([0, 1, 0, 2], [[0, 2], [1], [3]])
