"""The pure domain of Étoile: companies, people, repertoire, seasons and plans.

No solver, database or web code is imported here (``tests/test_architecture.py`` checks it).
"""

from etoile.domain.base import DateRange, Id, Money, Tier
from etoile.domain.company import Company, Finances, PricingPolicy, Rank
from etoile.domain.events import (
    AbsenceEvent,
    Event,
    EventFile,
    PerformanceAdded,
    PerformanceCancelled,
    StudioUnavailable,
    VenueUnavailable,
    WithdrawalEvent,
)
from etoile.domain.exchange import ExchangeTerms, Payer, TransferPolicy
from etoile.domain.labor import LaborRules
from etoile.domain.people import Absence, AbsenceReason, Dancer, Staff, StaffKind
from etoile.domain.performance import CastPin, Performance
from etoile.domain.plan import (
    BreakEvenPath,
    CastAssignment,
    Deal,
    ExchangeMove,
    Forecast,
    FrontierPoint,
    HouseDeal,
    HouseForecast,
    Plan,
    Rehearsal,
    RehearsalKind,
    SensitivityRow,
    SolveReport,
    SolveStatus,
    Transfer,
)
from etoile.domain.repertoire import Production, RehearsalNeeds, Role
from etoile.domain.season import ExchangeRate, Owned, Season
from etoile.domain.venues import PriceTier, Studio, Venue
from etoile.domain.weights import CastingWeights

__all__ = [
    "Absence",
    "AbsenceEvent",
    "AbsenceReason",
    "BreakEvenPath",
    "CastAssignment",
    "CastPin",
    "CastingWeights",
    "Company",
    "Dancer",
    "DateRange",
    "Deal",
    "Event",
    "EventFile",
    "ExchangeMove",
    "ExchangeRate",
    "ExchangeTerms",
    "Finances",
    "Forecast",
    "FrontierPoint",
    "HouseDeal",
    "HouseForecast",
    "Id",
    "LaborRules",
    "Money",
    "Owned",
    "Payer",
    "Performance",
    "PerformanceAdded",
    "PerformanceCancelled",
    "Plan",
    "PriceTier",
    "PricingPolicy",
    "Production",
    "Rank",
    "Rehearsal",
    "RehearsalKind",
    "RehearsalNeeds",
    "Role",
    "Season",
    "SensitivityRow",
    "SolveReport",
    "SolveStatus",
    "Staff",
    "StaffKind",
    "Studio",
    "StudioUnavailable",
    "Tier",
    "Transfer",
    "TransferPolicy",
    "Venue",
    "VenueUnavailable",
    "WithdrawalEvent",
]
