"""The demo houses: rank ladders and head-counts, labour rules, venues, staff and money.

Figures come from ``ballet-facts.md``: the Paris house has the 154 dancers of the Paris Opera
Ballet in the suggested split (16 étoiles 8 F / 8 M, 14 premiers danseurs, 36 sujets, 38
coryphées, 50 quadrilles) and the French convention's rules (section 4.3); the New York house
has about 94 dancers (23 principals, 12 soloists, 55 corps and 4 apprentices, who count as
corps) and AGMA-style rules taken from the ABT-AGMA agreement (section 4.1). The London and
Copenhagen houses of the ``large`` preset are invented. Salaries are weekly gross pay at
published scales (employer on-costs are left in the fixed costs):

- Paris (ballet-facts 1.1, France TV / Le Figaro, 2023 and 2013): 13 monthly payments over 52
  weeks. A quadrille EUR 3,140 a month (EUR 785 a week, rounded to 800), a dancer near the end
  of a career just over EUR 6,000 (EUR 1,500: a premier danseur's 1,400 and a sujet's 1,150
  sit below it), an étoile about EUR 7,000 (2013: EUR 1,750).
- New York: the NYCB-AGMA minimums of 2009 (weak sources, the contract text itself is not in
  ballet-facts: careertrend.com, "Salary of a New York Ballet Principal Dancer"; balletalert
  forum, "NYC Ballet Cuts Corps as Deficit Widens"): a principal at least $2,341 a performance
  week, the corps $1,015 (entry) to $1,895 (8-9 years) a week. Raised by US consumer prices
  from 2009 to 2026, about x1.5 [I] (CPI-U annual average 214.5 in 2009, 313.7 in 2024):
  principal $3,500, corps $2,200 (the middle of the 1,015-1,895 scale, 1,455 x 1.5), soloist
  $2,800 [I, between the two], apprentice $1,250 [I, below the entry corps scale of $1,520].
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from etoile.domain import LaborRules, StaffKind, Tier

P, S, C = Tier.PRINCIPAL, Tier.SOLOIST, Tier.CORPS


@dataclass(frozen=True)
class RankSpec:
    """A grade of the ladder, its tier, weekly salary and head-count by gender."""

    id: str
    name: str
    tier: Tier
    weekly_salary: int
    women: int
    men: int


@dataclass(frozen=True)
class FinanceSpec:
    """What sets a house's baseline finances (see :mod:`etoile.demo.finances`).

    The income mix is given as shares of the season's income: ``ticket_share`` is the range
    the tickets' share is drawn in (the box office is fixed by the seats, prices and
    ``occupancy``, so it sets the size of the income); subsidy, donations and sponsorship take
    their shares, other income the rest. ``deficit`` is the range the deficit is drawn in, as
    a share of the costs; the fixed costs (orchestra, crews, buildings, administration and
    the employer's on-costs) are what the budget leaves after salaries and productions.
    ``occupancy`` is the share of seats sold per ballet (key ``"*"`` for the rest), the same
    rough figures the forecast is calibrated to.
    """

    ticket_share: tuple[float, float]
    subsidy_share: float
    donations_share: float
    sponsorship_share: float
    occupancy: dict[str, float]
    deficit: tuple[float, float] = (0.03, 0.06)

    def __post_init__(self) -> None:
        rest = 1 - self.ticket_share[1] - self.subsidy_share
        if rest - self.donations_share - self.sponsorship_share < 0:
            raise ValueError("the income shares leave other income negative")

    def occupancy_of(self, ballet: str) -> float:
        """Expected share of seats sold for ``ballet``."""
        return self.occupancy.get(ballet, self.occupancy["*"])


@dataclass(frozen=True)
class HouseSpec:
    """Everything about a house that is fixed before the random draws."""

    id: str
    name: str
    city: str
    timezone: str
    currency: str
    language: str
    per_euro: float
    names: str
    ranks: tuple[RankSpec, ...]
    lead_ranks: tuple[str, ...]
    labor: LaborRules
    corps_scale: float
    stars: int
    staff: tuple[tuple[StaffKind, int], ...]
    staff_hours: float
    finance: FinanceSpec
    holidays: tuple[dt.date, ...] = field(default=())
    production_lead_weeks: int = 3
    """Weeks of calls before each run but the season's first, which has the whole rehearsal
    period (``labor.rehearsal_lead_weeks``: the company back from its summer layoff). New
    York: AGMA's three weeks; Paris: about six, alongside the run before ([I])."""

    @property
    def size(self) -> int:
        """Number of dancers."""
        return sum(r.women + r.men for r in self.ranks)


BM, REP, TEACH, PIANO, COND = (
    StaffKind.BALLET_MASTER,
    StaffKind.REPETITEUR,
    StaffKind.TEACHER,
    StaffKind.PIANIST,
    StaffKind.CONDUCTOR,
)
_XMAS = (dt.date(2026, 12, 24), dt.date(2026, 12, 25), dt.date(2027, 1, 1))

NEW_YORK = HouseSpec(
    id="nyc",
    name="Manhattan Ballet Theatre",
    city="New York",
    timezone="America/New_York",
    currency="USD",
    language="en",
    per_euro=1.08,
    names="us",
    ranks=(
        RankSpec("principal", "Principal", P, 3500, 12, 11),
        RankSpec("soloist", "Soloist", S, 2800, 7, 5),
        RankSpec("corps", "Corps de ballet", C, 2200, 32, 23),
        RankSpec("apprentice", "Apprentice", C, 1250, 2, 2),
    ),
    lead_ranks=("principal",),
    labor=LaborRules(
        max_performances_per_week={P: 4, S: 6, C: 8},
        earliest_call=dt.time(11, 30),
        class_minutes=75,
        max_call_minutes=180,
        max_daily_rehearsal_minutes=360,
        max_daily_span_minutes=540,
        max_weekly_rehearsal_minutes=1800,
        max_rehearsal_minutes_on_show_day=120,
        no_rehearsal_on_two_show_day=True,
        min_rest_between_days_hours=12.0,
        weekly_rest_hours=38.0,
        max_consecutive_working_days=6,
        rehearsal_lead_weeks=5,
    ),
    corps_scale=0.7,
    stars=3,
    staff=((BM, 7), (REP, 3), (TEACH, 3), (PIANO, 4), (COND, 3)),
    staff_hours=40.0,
    # Tickets 33-39% of income: NYCB 2007, tickets about 41% of the budget (the Nutcracker's
    # $9.7M was 39% of ticket revenue and 16% of the budget); ballet-facts 6.3 [I] 35-40%;
    # exchange-economics.md 30-40%. The rest is [I]: an American house lives on gifts
    # (donations 38%, sponsorship 7%), little public money (2%), other income (endowment draw,
    # school, rentals, touring) the remaining 17-20%.
    finance=FinanceSpec(
        ticket_share=(0.33, 0.39),
        subsidy_share=0.02,
        donations_share=0.38,
        sponsorship_share=0.07,
        occupancy={"nutcracker": 0.97, "swan-lake": 0.9, "*": 0.84},
    ),
    holidays=(dt.date(2026, 12, 25),),
)

PARIS = HouseSpec(
    id="par",
    name="Ballet de l'Opéra de Lutèce",
    city="Paris",
    timezone="Europe/Paris",
    currency="EUR",
    language="fr",
    per_euro=1.0,
    names="fr",
    ranks=(
        RankSpec("etoile", "Étoile", P, 1750, 8, 8),
        RankSpec("premier", "Premier danseur", S, 1400, 7, 7),
        RankSpec("sujet", "Sujet", S, 1150, 18, 18),
        RankSpec("coryphee", "Coryphée", C, 950, 20, 18),
        RankSpec("quadrille", "Quadrille", C, 800, 28, 22),
    ),
    lead_ranks=("etoile", "premier"),
    labor=LaborRules(
        max_performances_per_week={P: 4, S: 5, C: 6},
        earliest_call=dt.time(10, 0),
        class_minutes=60,
        max_call_minutes=180,
        max_daily_rehearsal_minutes=360,
        max_daily_span_minutes=600,
        max_weekly_rehearsal_minutes=1800,
        break_after_minutes=300,
        break_minutes=60,
        max_rehearsal_minutes_on_show_day=180,
        min_rest_between_days_hours=11.0,
        weekly_rest_hours=35.0,
        max_consecutive_working_days=6,
        rehearsal_lead_weeks=5,
    ),
    corps_scale=1.0,
    stars=4,
    staff=((BM, 6), (REP, 4), (TEACH, 7), (PIANO, 5), (COND, 3)),
    staff_hours=35.0,
    production_lead_weeks=6,
    # Paris Opera 2023 (ballet-facts 6.2 [V 91]): income EUR 241.4M, box office about EUR 68M
    # (28%), state subsidy EUR 99.8M (41%), mécénat EUR 23.5M (10%, split [I] 6% corporate
    # sponsorship and 4% individual gifts), other own resources the rest (21%: Garnier visits,
    # rentals, media). Tickets are drawn in 27-31% around the 28%.
    finance=FinanceSpec(
        ticket_share=(0.27, 0.31),
        subsidy_share=0.41,
        donations_share=0.04,
        sponsorship_share=0.06,
        occupancy={
            "swan-lake": 1.0,
            "la-bayadere": 0.94,
            "don-quixote": 0.92,
            "nutcracker": 0.97,
            "*": 0.86,
        },
    ),
    holidays=_XMAS,
)

LONDON = HouseSpec(
    id="lon",
    name="Royal Albion Ballet",
    city="London",
    timezone="Europe/London",
    currency="GBP",
    language="en",
    per_euro=0.85,
    names="gb",
    ranks=(
        RankSpec("principal", "Principal", P, 2300, 10, 10),
        RankSpec("first-soloist", "First Soloist", S, 1700, 8, 8),
        RankSpec("soloist", "Soloist", S, 1350, 12, 12),
        RankSpec("first-artist", "First Artist", C, 1050, 15, 15),
        RankSpec("artist", "Artist", C, 900, 44, 36),
    ),
    lead_ranks=("principal", "first-soloist"),
    labor=LaborRules(
        max_performances_per_week={P: 4, S: 6, C: 8},
        earliest_call=dt.time(10, 30),
        max_daily_span_minutes=600,
        min_rest_between_days_hours=12.0,
        weekly_rest_hours=36.0,
    ),
    corps_scale=1.0,
    stars=3,
    staff=((BM, 6), (REP, 4), (TEACH, 4), (PIANO, 5), (COND, 3)),
    staff_hours=37.5,
    # [I] invented house: between the two, tickets about a third of income.
    finance=FinanceSpec(
        ticket_share=(0.32, 0.38),
        subsidy_share=0.25,
        donations_share=0.15,
        sponsorship_share=0.08,
        occupancy={"nutcracker": 0.98, "swan-lake": 0.95, "*": 0.86},
    ),
    holidays=(dt.date(2026, 12, 24), dt.date(2026, 12, 25), dt.date(2026, 12, 26)),
)

COPENHAGEN = HouseSpec(
    id="cph",
    name="Øresund Ballet",
    city="Copenhagen",
    timezone="Europe/Copenhagen",
    currency="DKK",
    language="en",
    per_euro=7.46,
    names="dk",
    ranks=(
        RankSpec("principal", "Principal", P, 17000, 10, 10),
        RankSpec("soloist", "Soloist", S, 13000, 16, 14),
        RankSpec("corps", "Corps de ballet", C, 10000, 60, 50),
        RankSpec("aspirant", "Aspirant", C, 6500, 12, 8),
    ),
    lead_ranks=("principal", "soloist"),
    labor=LaborRules(
        max_performances_per_week={P: 4, S: 5, C: 7},
        earliest_call=dt.time(10, 0),
        max_daily_span_minutes=600,
        min_rest_between_days_hours=11.0,
        weekly_rest_hours=35.0,
    ),
    corps_scale=1.0,
    stars=3,
    staff=((BM, 6), (REP, 4), (TEACH, 4), (PIANO, 5), (COND, 3)),
    staff_hours=37.0,
    # [I] invented house: a Nordic national theatre, mostly state-funded.
    finance=FinanceSpec(
        ticket_share=(0.22, 0.28),
        subsidy_share=0.55,
        donations_share=0.03,
        sponsorship_share=0.05,
        occupancy={"nutcracker": 0.97, "*": 0.85},
    ),
    holidays=_XMAS,
)

HOUSES: dict[str, HouseSpec] = {h.id: h for h in (NEW_YORK, PARIS, LONDON, COPENHAGEN)}
"""The four demo houses by id."""
