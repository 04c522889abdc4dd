"""The frontier of a deal as a chart: the packages, the transfer, the fee range.

Also the two small helpers the deal's views share: signed money and readable stays.
"""

from __future__ import annotations

import datetime as dt
import re

from etoile.domain import Deal, Season
from etoile.i18n import Translator
from etoile.i18n.places import company_name, dancer_name
from etoile.report import deal_charts

STAY = re.compile(
    r"^(?P<dancer>[^:]+):\s*(?P<host>[^,]+),\s*(?P<start>[\d-]{10})\.\.(?P<end>[\d-]{10})$"
)


def stay_label(season: Season, stay: str, tr: Translator) -> str:
    """``Léa Garnier at Manhattan Ballet Theatre, Dec 9 – 13, 2026`` from a frontier stay.

    A stay not written ``dancer: host, start..end`` is shown as written.

    Parameters
    ----------
    season
        Gives the names of the dancer and the host.
    stay
        A stay as the frontier writes it.
    tr
        Formats the dates.
    """
    found = STAY.match(stay.strip())
    if found is None:
        return stay
    try:
        period = tr.format_period(
            dt.date.fromisoformat(found["start"]), dt.date.fromisoformat(found["end"])
        )
    except ValueError:
        return stay
    return tr.t(
        "deal.stay",
        dancer=dancer_name(season, found["dancer"].strip()),
        host=company_name(season, found["host"].strip()),
        period=period,
    )


def signed(tr: Translator, amount: float, currency: str) -> str:
    """Money with an explicit ``+`` for a gain, so a column reads as a change.

    Parameters
    ----------
    tr
        Formats the amount.
    amount
        The change, in ``currency``.
    currency
        An ISO 4217 code.
    """
    shown = round(amount)
    text = tr.format_money(shown if shown else 0.0, currency)  # never "-$0" for a small loss
    return "+" + text if shown > 0 else text


def frontier_plot(
    season: Season, deal: Deal, tr: Translator, names: list[str]
) -> deal_charts.FrontierPlot:
    """What the frontier chart draws: the packages and, for a swap, where the transfer puts
    the chosen one, the even split, and the segment of transfers under which both gain.

    ``names`` are the houses' names in ``deal.houses`` order; the deal has at least two.

    Parameters
    ----------
    season
        For the stays' labels.
    deal
        Its frontier, choice and transfer.
    tr
        For the tooltips' words.
    """
    first, second = deal.houses[0], deal.houses[1]
    ids = (first.company, second.company)
    points = []
    chosen = None
    for p in deal.frontier:
        px, py = p.gains_before.get(ids[0], 0.0), p.gains_before.get(ids[1], 0.0)
        stays = "; ".join(stay_label(season, s, tr) for s in p.stays) or tr.t("deal.no_stays")
        tip = tr.t(
            "deal.point",
            stays=stays,
            first=names[0],
            x=signed(tr, px, first.currency),
            second=names[1],
            y=signed(tr, py, second.currency),
        )
        points.append((px, py, tip, p.chosen))
        if p.chosen:
            chosen = p
    swap = deal.verdict == "swap"
    after = (first.gain_after_transfer, second.gain_after_transfer) if swap else None
    even = None
    if swap and chosen is not None and set(ids) <= set(chosen.gains_after):
        even = (chosen.gains_after[ids[0]], chosen.gains_after[ids[1]])
        if after is not None and all(abs(a - b) < 0.5 for a, b in zip(after, even, strict=True)):
            even = None  # the agreed transfer is the even split: one mark says it
    return deal_charts.FrontierPlot(
        points=points,
        after=after,
        even=even,
        fee_range=_fee_range(season, deal) if swap else None,
        x_title=tr.t("deal.axis", house=names[0], currency=first.currency),
        y_title=tr.t("deal.axis", house=names[1], currency=second.currency),
        x_zero=tr.t("deal.zero", house=names[0]),
        y_zero=tr.t("deal.zero", house=names[1]),
        legend={
            "both_gain": tr.t("deal.legend.both_gain"),
            "package": tr.t("deal.legend.package"),
            "chosen": tr.t("deal.legend.chosen"),
            "fee_range": tr.t("deal.legend.fee_range"),
            "after": tr.t("deal.legend.after"),
            "even": tr.t("deal.legend.even"),
        },
    )


def _fee_range(
    season: Season, deal: Deal
) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """Where the chosen package lands with a transfer of ``low`` and of ``high``.

    Only for two houses and one transfer between them, converted at the season's rates.
    """
    if len(deal.houses) != 2 or len(deal.transfers) != 1:
        return None
    t = deal.transfers[0]
    first, second = deal.houses
    try:
        moves = []
        for h in (first, second):
            sign = -1.0 if h.company == t.payer else 1.0 if h.company == t.payee else 0.0
            moves.append(sign * season.rate(t.currency, h.currency))
    except KeyError:
        return None
    if moves == [0.0, 0.0]:
        return None
    base = (first.gain_before_transfer, second.gain_before_transfer)
    ends = [(base[0] + a * moves[0], base[1] + a * moves[1]) for a in (t.low, t.high)]
    return ends[0], ends[1]
