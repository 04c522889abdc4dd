"""Exchange terms between demo houses, and the currency rates of the season.

The figures follow ``ballet-facts.md`` section 7: in a reciprocal swap each dancer stays on
home salary and the host pays travel (a transatlantic return fare, about $1,800), housing,
a per diem and a small fee per performance; a transatlantic trip needs a travel day and a
free day on arrival. The home director may veto the house's face: the highest-drawing star
who has consented is on the veto list.
"""

from __future__ import annotations

import datetime as dt

from etoile.domain import Company, DateRange, ExchangeRate, ExchangeTerms, Money, Tier

# Value of one unit in US dollars (EUR/USD 1.08; DKK is pegged to the euro at 7.46).
USD_VALUE = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "DKK": 1.08 / 7.46}

# Per-person expenses in US dollars: travel (return), a night's housing, a per diem, a fee.
_TRANSATLANTIC = (1800, 260, 95, 2500)
_EUROPEAN = (600, 220, 85, 2000)


def rates(currencies: list[str]) -> list[ExchangeRate]:
    """A consistent rate for every pair of ``currencies`` (in order), EUR/USD = 1.08."""
    found = []
    for i, base in enumerate(currencies):
        for quote in currencies[i + 1 :]:
            # Quote EUR before USD, as the market does ("EUR/USD 1.08").
            b, q = (quote, base) if (base, quote) == ("USD", "EUR") else (base, quote)
            found.append(ExchangeRate(base=b, quote=q, rate=round(USD_VALUE[b] / USD_VALUE[q], 4)))
    return found


def vetoed(company: Company) -> str:
    """The house's face: its highest-drawing consenting dancer (ties by id).

    Raises
    ------
    ValueError
        When no dancer of the house consents to the exchange (the house is named).
    """
    willing = [d for d in company.dancers if d.exchange_consent]
    if not willing:
        raise ValueError(f"{company.id}: no dancer consents to the exchange, none to veto")
    return min(willing, key=lambda d: (-d.draw, d.id)).id


def terms(
    a: Company,
    b: Company,
    window: tuple[dt.date, dt.date],
    *,
    max_each_way: int = 3,
    tiers: tuple[Tier, ...] = (Tier.PRINCIPAL,),
    currency: str = "USD",
) -> ExchangeTerms:
    """Terms between ``a`` and ``b``: stays of 2 to 6 weeks inside ``window``.

    Expenses are set in ``currency``; the transatlantic figures apply when the two houses are
    on different sides of the Atlantic (one in an ``America/`` time zone, one not).

    Parameters
    ----------
    a, b
        The two houses, each with a consenting dancer to put on the veto list (:func:`vetoed`);
        ``a`` comes first in the terms' id.
    window
        First and last day of the window, both included.
    max_each_way
        How many dancers each house may send.
    tiers
        The tiers that may be exchanged.
    currency
        The currency of the expenses and fee (a key of :data:`USD_VALUE`), rounded to whole units.

    Returns
    -------
    ExchangeTerms
        Travel of one day each way, and one rest day on arrival across the Atlantic.

    Raises
    ------
    ValueError
        When a house has no consenting dancer.
    """
    transatlantic = a.timezone.startswith("America/") != b.timezone.startswith("America/")
    travel, night, per_diem, fee = _TRANSATLANTIC if transatlantic else _EUROPEAN
    per_unit = USD_VALUE[currency]

    def money(usd: int) -> Money:
        return Money.of(round(usd / per_unit), currency)

    return ExchangeTerms(
        id=f"{a.id}-{b.id}",
        companies=[a.id, b.id],
        window=DateRange(start=window[0], end=window[1]),
        max_each_way=max_each_way,
        tiers=list(tiers),
        min_stay_days=14,
        max_stay_days=42,
        travel_days=1,
        rest_days_on_arrival=1 if transatlantic else 0,
        veto=[vetoed(a), vetoed(b)],
        travel_cost=money(travel),
        housing_per_night=money(night),
        per_diem=money(per_diem),
        fee_per_performance=money(fee),
    )
