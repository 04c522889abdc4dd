"""Shared building blocks of the domain: ids, tiers, date ranges and money.

Everything in :mod:`etoile.domain` is an immutable pydantic model that forbids unknown
fields, so a season file with a typo in a key is rejected rather than silently ignored.
The domain imports no solver, database or web code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from functools import cache, cached_property
from typing import Annotated, Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    GetJsonSchemaHandler,
    StringConstraints,
    model_serializer,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"),
]
"""An identifier: letters, digits and ``. _ : -``, starting with a letter or digit."""

Text = Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)]


class Tier(StrEnum):
    """The common tier that every house's ranks map to, so ranks compare across houses."""

    PRINCIPAL = "principal"
    SOLOIST = "soloist"
    CORPS = "corps"

    @property
    def level(self) -> int:
        """0 for principals, 1 for soloists, 2 for the corps (lower is more senior)."""
        return _TIER_LEVEL[self]


_TIER_LEVEL = {Tier.PRINCIPAL: 0, Tier.SOLOIST: 1, Tier.CORPS: 2}


@cache
def _cached_names(klass: type) -> tuple[str, ...]:
    """The names of ``klass``'s cached properties (looked up once per class)."""
    return tuple(
        name
        for base in klass.__mro__
        for name, attr in vars(base).items()
        if isinstance(attr, cached_property)
    )


class Model(BaseModel):
    """Base of every domain model: immutable, strict about unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with ``update`` applied, and the cached lookups of the original dropped.

        Pydantic copies ``__dict__``, where :func:`functools.cached_property` keeps its values;
        without this, a copy with other dancers would still answer with the old lookups.
        """
        copy = super().model_copy(update=update, deep=deep)
        for name in _cached_names(type(self)):
            copy.__dict__.pop(name, None)
        return copy


class DateRange(Model):
    """An inclusive range of calendar days, ``start`` to ``end``."""

    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> DateRange:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` falls inside the range (both ends included)."""
        return self.start <= day <= self.end

    def overlaps(self, other: DateRange) -> bool:
        """True when the two ranges share at least one day."""
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        """Number of days in the range, both ends included."""
        return (self.end - self.start).days + 1


_MONEY_RE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s+([A-Z]{3})\s*$")


class Money(Model):
    """An amount in a currency (ISO 4217 code).

    In files it is written as a string, ``"1250.00 EUR"``; a mapping
    ``{amount: 1250, currency: EUR}`` is accepted too. Amounts in different currencies are
    never added implicitly: :meth:`__add__` refuses, conversions go through the season's
    stated exchange rates.
    """

    amount: Decimal
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        if isinstance(value, str):
            match = _MONEY_RE.match(value)
            if not match:
                raise ValueError(
                    f"expected an amount and a currency code such as '1250.00 EUR', got {value!r}"
                )
            return {"amount": match.group(1), "currency": match.group(2)}
        return value

    @model_serializer(mode="plain")
    def _to_string(self) -> str:
        return f"{self.amount:.2f} {self.currency}"

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": r"^-?\d+(\.\d+)?\s+[A-Z]{3}$",
            "description": "An amount and an ISO 4217 currency code, e.g. '1250.00 EUR'.",
            "examples": ["1250.00 EUR", "95.50 USD"],
        }

    @classmethod
    def of(cls, amount: float | int | str | Decimal, currency: str) -> Money:
        """Build an amount, rounding to the cent.

        Parameters
        ----------
        amount
            The amount, in units of ``currency``; a float goes through its ``str``, so ``0.1`` is
            exactly ``0.10``.
        currency
            The ISO 4217 code, three capital letters.

        Returns
        -------
        Money
            The amount quantised to two decimals (the decimal context's rounding, half to even).

        Raises
        ------
        decimal.InvalidOperation
            When ``amount`` is a string that is not a number.
        pydantic.ValidationError
            When ``currency`` is not three capital letters.
        """
        return cls(amount=Decimal(str(amount)).quantize(Decimal("0.01")), currency=currency)

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency} without a rate")
        return Money(amount=self.amount + other.amount, currency=self.currency)

    def __mul__(self, factor: float | int | Decimal) -> Money:
        return Money.of(self.amount * Decimal(str(factor)), self.currency)

    def __str__(self) -> str:
        return f"{self.amount:,.2f} {self.currency}"
