"""The exchange as a deal: the verdict a director reads first, and the figures behind it.

:func:`deal_view` turns a plan's :class:`~etoile.domain.Deal` into view rows whose every value
is already formatted in the reader's language (money in each house's currency), plus the two
charts. The report and the web app's exchange board both show it.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from etoile.domain import Deal, HouseDeal, Plan, Season, Transfer
from etoile.i18n import Translator
from etoile.i18n.places import company_name
from etoile.report import deal_charts
from etoile.report.deal_frontier import frontier_plot, signed, stay_label

DASH = "—"
LEVERS = ("price", "extra_shows", "gala", "exchange")


@dataclass(frozen=True)
class HouseDealRow:
    """One house's side of the deal, formatted in its currency."""

    house: str
    without: str
    with_: str
    gain_before: str
    transfer: str
    gain_after: str
    estimate: str
    monte_carlo: str
    pbe_without: str
    pbe_with: str
    gains: bool
    """True when the house is no worse off after the transfer."""


@dataclass(frozen=True)
class TransferRow:
    """Who pays whom, how much, and the range under which both houses gain."""

    payer: str
    payee: str
    amount: str
    low: str
    high: str
    even: str


@dataclass(frozen=True)
class PackageRow:
    """One package of the frontier: its stays and each house's gain."""

    stays: list[str]
    gains_before: list[str]
    gains_after: list[str]
    total: str
    chosen: bool


@dataclass(frozen=True)
class SensitivityLine:
    """One assumption across its range, with the total gain at each end."""

    name: str
    description: str
    values: str
    at_low: str
    at_base: str
    at_high: str
    stays: str
    flips: bool
    width: float


@dataclass(frozen=True)
class LeverRow:
    """What one lever would have to deliver for a house to break even."""

    lever: str
    gap: str
    delivers: str
    needed: str
    note: str


@dataclass(frozen=True)
class HousePaths:
    """A house's paths to break-even."""

    house: str
    levers: list[LeverRow]


@dataclass(frozen=True)
class DealView:
    """Everything the report and the exchange board show of a deal."""

    swap: bool
    currency: str
    """The deal's common currency (totals, the frontier's totals, the tornado)."""
    headline: str
    summary: list[str]
    """Sentences under the headline: the transfer, then each house's gain."""
    total: str
    houses: list[HouseDealRow]
    transfers: list[TransferRow]
    house_names: list[str]
    """The houses of the frontier's columns, in the chart's order (x, then y)."""
    packages: list[PackageRow]
    frontier: Markup | None
    sensitivity: list[SensitivityLine]
    tornado: Markup | None
    paths: list[HousePaths]
    what_would_change_it: list[str]
    notes: list[str]


def _house_row(season: Season, h: HouseDeal, tr: Translator) -> HouseDealRow:
    def pbe(p: float | None) -> str:
        return DASH if p is None else tr.format_percent(p)

    return HouseDealRow(
        house=company_name(season, h.company),
        without=tr.format_money(h.result_without, h.currency),
        with_=tr.format_money(h.result_with, h.currency),
        gain_before=signed(tr, h.gain_before_transfer, h.currency),
        transfer=signed(tr, h.transfer, h.currency),
        gain_after=signed(tr, h.gain_after_transfer, h.currency),
        estimate=signed(tr, h.estimate_gain, h.currency),
        monte_carlo=tr.t("answer.not_computed")
        if h.monte_carlo_gain is None
        else signed(tr, h.monte_carlo_gain, h.currency),
        pbe_without=pbe(h.probability_break_even_without),
        pbe_with=pbe(h.probability_break_even_with),
        gains=round(h.gain_after_transfer) >= 0,
    )


def _transfer_row(season: Season, t: Transfer, tr: Translator) -> TransferRow:
    return TransferRow(
        payer=company_name(season, t.payer),
        payee=company_name(season, t.payee),
        amount=tr.format_money(t.amount, t.currency),
        low=tr.format_money(t.low, t.currency),
        high=tr.format_money(t.high, t.currency),
        even=tr.format_money(t.even, t.currency),
    )


def _summary(season: Season, deal: Deal, tr: Translator) -> tuple[str, list[str]]:
    if deal.verdict != "swap":
        return tr.t("deal.headline.none"), [tr.t("deal.none.why")]
    rows = [_transfer_row(season, t, tr) for t in deal.transfers]
    if not rows:
        headline = tr.t("deal.headline.swap_free")
        sentences = []
    elif len(rows) == 1:
        r = rows[0]
        headline = tr.t("deal.headline.swap", payer=r.payer, payee=r.payee, low=r.low, high=r.high)
        sentences = [
            tr.t("deal.transfer", payer=r.payer, payee=r.payee, amount=r.amount, even=r.even)
        ]
    else:
        headline = tr.t("deal.headline.swap_many")
        sentences = [
            tr.t("deal.transfer_range", payer=r.payer, payee=r.payee, amount=r.amount,
                 low=r.low, high=r.high, even=r.even)
            for r in rows
        ]  # fmt: skip
    for h in deal.houses:
        sentences.append(
            tr.t(
                "deal.house_gain",
                house=company_name(season, h.company),
                before=signed(tr, h.gain_before_transfer, h.currency),
                after=signed(tr, h.gain_after_transfer, h.currency),
            )
        )
    return headline, sentences


def _number(tr: Translator, value: float) -> str:
    # Up to three decimals for an assumption (0.8), one for a lever's need (4.5 %).
    return tr.format_number(round(value, 3))


def _sensitivity(deal: Deal, tr: Translator) -> list[SensitivityLine]:
    rows = sorted(deal.sensitivity, key=lambda r: (-abs(r.total_at_high - r.total_at_low), r.name))
    money = deal.currency
    return [
        SensitivityLine(
            name=r.name,
            description=r.description,
            values=tr.t(
                "deal.values",
                low=_number(tr, r.low),
                base=_number(tr, r.base),
                high=_number(tr, r.high),
            ),
            at_low=signed(tr, r.total_at_low, money),
            at_base=signed(tr, r.total_at_base, money),
            at_high=signed(tr, r.total_at_high, money),
            stays=tr.t("deal.stays_range", low=r.stays_at_low, high=r.stays_at_high),
            flips=r.flips,
            width=abs(r.total_at_high - r.total_at_low),
        )
        for r in rows
    ]


def _paths(season: Season, deal: Deal, tr: Translator) -> list[HousePaths]:
    order = [h.company for h in deal.houses]
    order += [p.company for p in deal.break_even if p.company not in order]
    found = []
    for company in order:
        paths = [p for p in deal.break_even if p.company == company]
        if not paths:
            continue
        paths.sort(key=lambda p: LEVERS.index(p.lever) if p.lever in LEVERS else len(LEVERS))
        levers = []
        for p in paths:
            unit_key = f"unit.{p.unit}"
            unit = tr.t(unit_key, count=p.needed) if tr.has(unit_key) else p.unit
            lever_key = f"lever.{p.lever}"
            levers.append(
                LeverRow(
                    lever=tr.t(lever_key) if tr.has(lever_key) else p.lever.replace("_", " "),
                    gap=tr.format_money(p.gap, p.currency),
                    delivers=tr.format_money(p.delivers, p.currency),
                    needed=f"{_number(tr, round(p.needed, 1))} {unit}".strip(),
                    note=p.note,
                )
            )
        found.append(HousePaths(company_name(season, company), levers))
    return found


def deal_view(season: Season, plan: Plan, tr: Translator) -> DealView | None:
    """The deal of ``plan`` ready to show, or None when the plan has none (older plans).

    Parameters
    ----------
    season
        For houses', dancers' and productions' names.
    plan
        The plan and its deal.
    tr
        Words and money in the reader's language.
    """
    deal = plan.deal
    if deal is None:
        return None
    headline, summary = _summary(season, deal, tr)
    names = [company_name(season, h.company) for h in deal.houses]
    ids = [h.company for h in deal.houses]
    currencies = {h.company: h.currency for h in deal.houses}
    packages = [
        PackageRow(
            stays=[stay_label(season, s, tr) for s in p.stays] or [tr.t("deal.no_stays")],
            gains_before=[signed(tr, p.gains_before.get(c, 0.0), currencies[c]) for c in ids],
            gains_after=[signed(tr, p.gains_after.get(c, 0.0), currencies[c]) for c in ids],
            total=signed(tr, p.total, deal.currency),
            chosen=p.chosen,
        )
        for p in sorted(deal.frontier, key=lambda p: (not p.chosen, -p.total))
    ]
    frontier = None
    if len(deal.houses) >= 2 and deal.frontier:
        first, second = deal.houses[0], deal.houses[1]
        frontier = deal_charts.frontier(
            frontier_plot(season, deal, tr, names),
            tr.t("deal.frontier"),
            lambda v: tr.format_money(v, first.currency, compact=True),
            lambda v: tr.format_money(v, second.currency, compact=True),
        )
    sensitivity = _sensitivity(deal, tr)
    by_name = {r.name: r for r in deal.sensitivity}
    tornado = None
    if sensitivity:
        tornado = deal_charts.tornado(
            [
                deal_charts.TornadoBar(
                    name=s.name,
                    at_low=by_name[s.name].total_at_low,
                    at_base=by_name[s.name].total_at_base,
                    at_high=by_name[s.name].total_at_high,
                    flips=s.flips,
                    tooltip=tr.t(
                        "deal.bar", name=s.name, values=s.values, low=s.at_low,
                        base=s.at_base, high=s.at_high,
                    ),
                )
                for s in sensitivity
            ],
            tr.t("deal.tornado", currency=deal.currency),
            lambda v: tr.format_money(v, deal.currency, compact=True),
            {
                "low": tr.t("deal.legend.low"),
                "high": tr.t("deal.legend.high"),
                "base": tr.t("deal.legend.base"),
                "flips": tr.t("deal.legend.flips"),
            },
        )  # fmt: skip
    return DealView(
        swap=deal.verdict == "swap",
        currency=deal.currency,
        headline=headline,
        summary=summary,
        total=signed(tr, deal.total_gain, deal.currency),
        houses=[_house_row(season, h, tr) for h in deal.houses],
        transfers=[_transfer_row(season, t, tr) for t in deal.transfers],
        house_names=names,
        packages=packages,
        frontier=frontier,
        sensitivity=sensitivity,
        tornado=tornado,
        paths=_paths(season, deal, tr),
        what_would_change_it=list(deal.what_would_change_it),
        notes=list(deal.notes),
    )
