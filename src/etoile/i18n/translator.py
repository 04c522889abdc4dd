"""Reading in the reader's language: the labels of the message catalogue and Babel's formats.

One :class:`Translator` per language gives the labels (``t``) and formats dates, times,
numbers, percentages and money the way the reader expects: ``Sat, Dec 12, 2026`` and
``$1,234,567`` in English (``en_US``), ``sam. 12 déc. 2026`` and ``1 234 567 €`` in French
(``fr_FR``). The report, the calendars, the change notices, the API and the web pages all use
it, so nothing here knows about any of them.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_interval, format_skeleton, format_time
from babel.numbers import NumberPattern, format_compact_currency, format_decimal, parse_pattern

from etoile.i18n.catalogue import CATALOGUE
from etoile.i18n.elision import elide_fields
from etoile.i18n.message import LANGUAGES, Message

LOCALES = {"en": "en_US", "fr": "fr_FR"}
"""Language code -> the Babel locale its readers get."""


class Translator:
    """Labels and formats for one language.

    Parameters
    ----------
    lang
        ``"en"`` or ``"fr"``.

    Raises
    ------
    ValueError
        For any other language: a report half in English is worse than a clear error.
    """

    def __init__(self, lang: str = "en") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; expected one of {sorted(LANGUAGES)}")
        self.lang = lang
        self.locale = Locale.parse(LOCALES[lang])
        self._column = LANGUAGES.index(lang)

    # -- labels ---------------------------------------------------------------------------
    def t(self, key: str, /, **kw: object) -> str:
        """The message ``key`` in this language, with ``{placeholders}`` filled from ``kw``.

        A message with plural forms picks its form from ``kw["count"]`` by the locale's plural
        rules (French counts 0 and 1 as singular, English only 1).

        In French, ``de {name}`` (and ``que``, ``le``, ``la`` before a field) is elided when
        the value starts with a vowel sound: ``voyages d'Agathe Boyer`` (see
        :mod:`etoile.i18n.elision`).

        Parameters
        ----------
        key
            A key of the catalogue, such as ``sec.answer``.
        **kw
            The values of the message's placeholders (``count`` picks a plural form).

        Raises
        ------
        KeyError
            When the catalogue has no such key: a missing label must fail a test, not show a
            key to a director.
        """
        message: Message = CATALOGUE[key][self._column]
        if isinstance(message, dict):
            count = kw.get("count", 0)
            assert isinstance(count, int | float), f"{key} needs a numeric count"
            form = self.locale.plural_form(count)
            message = message.get(form, message["other"])
        if not kw:
            return message
        if self.lang == "fr":
            message = elide_fields(message, kw)
        return message.format(**kw)

    def has(self, key: str) -> bool:
        """True when the catalogue has ``key`` (for labels built from data, e.g. line names).

        Parameters
        ----------
        key
            The key looked for.
        """
        return key in CATALOGUE

    # -- dates and times ------------------------------------------------------------------
    def format_date(self, day: dt.date, *, year: bool = True, weekday: bool = True) -> str:
        """A calendar day: ``Sat, Dec 12, 2026`` / ``sam. 12 déc. 2026``.

        Parameters
        ----------
        day
            The day to write.
        year
            Write the year.
        weekday
            Write the day of the week.
        """
        skeleton = ("y" if year else "") + "MMM" + ("E" if weekday else "") + "d"
        return str(format_skeleton(skeleton, day, locale=self.locale))

    def format_time(self, moment: dt.datetime, tz: str) -> str:
        """The clock time of an aware datetime in the time zone ``tz``: ``2:00 PM`` / ``14:00``.

        Parameters
        ----------
        moment
            An aware datetime.
        tz
            The IANA zone whose clock is read.
        """
        return str(format_time(moment, "short", tzinfo=ZoneInfo(tz), locale=self.locale))

    def format_datetime(self, moment: dt.datetime, tz: str, *, year: bool = True) -> str:
        """An aware datetime as read where the event happens (``tz``, an IANA zone).

        A show at 19:30 in Paris reads ``19:30`` for every reader: the event's own clock
        matters, not the reader's.

        Parameters
        ----------
        moment
            The instant; it must be aware.
        tz
            Where the event happens.
        year
            Write the year of the date.

        Raises
        ------
        ValueError
            For a naive datetime.
        """
        if moment.tzinfo is None:
            raise ValueError("format_datetime needs an aware datetime")
        local = moment.astimezone(ZoneInfo(tz))
        glue = str(self.locale.datetime_formats["medium"])
        return glue.replace("{1}", self.format_date(local.date(), year=year)).replace(
            "{0}", self.format_time(local, tz)
        )

    def format_period(self, start: dt.date, end: dt.date) -> str:
        """An inclusive range of days: ``Dec 1 – 31, 2026`` / ``1–31 déc. 2026``.

        Parameters
        ----------
        start, end
            The first and the last day.
        """
        return str(format_interval(start, end, "yMMMd", locale=self.locale))

    # -- numbers and money ----------------------------------------------------------------
    def format_number(self, value: float, digits: int | None = None) -> str:
        """A number with the locale's separators; ``digits`` fixes the decimals.

        Parameters
        ----------
        value
            The number.
        digits
            Decimals to show (None: as many as it has).
        """
        if digits is None:
            return str(format_decimal(value, locale=self.locale))
        return self._fixed(str(self.locale.decimal_formats[None].pattern), value, digits)

    def format_percent(self, ratio: float, digits: int = 0) -> str:
        """A ratio as a percentage: 0.625 -> ``62%`` / ``62 %`` (``digits`` decimals).

        Parameters
        ----------
        ratio
            1.0 is a hundred per cent.
        digits
            How many decimals.
        """
        return self._fixed(str(self.locale.percent_formats[None].pattern), ratio, digits)

    def format_money(
        self, amount: float, currency: str, digits: int | None = 0, *, compact: bool = False
    ) -> str:
        """An amount with its currency: ``$1,234,567`` / ``1 234 567 €``.

        Season figures are read in whole units, so ``digits`` defaults to 0; ``None`` keeps the
        currency's own decimals (cents). ``compact`` gives ``€1.2M`` for chart axes.

        Parameters
        ----------
        amount
            The sum, in ``currency``.
        currency
            An ISO 4217 code.
        digits
            Decimals, or None for the currency's own.
        compact
            Abbreviate large sums.
        """
        if compact:
            return str(
                format_compact_currency(amount, currency, locale=self.locale, fraction_digits=1)
            )
        text = str(self.locale.currency_formats["standard"].pattern)
        if digits is None:
            return str(_pattern(text, None).apply(amount, self.locale, currency=currency))
        return str(
            _pattern(text, digits).apply(
                amount, self.locale, currency=currency, currency_digits=False
            )
        )

    def _fixed(self, pattern_text: str, value: float, digits: int) -> str:
        return str(_pattern(pattern_text, digits).apply(value, self.locale))


@lru_cache(maxsize=64)
def _pattern(text: str, digits: int | None) -> NumberPattern:
    """Babel's number pattern with ``digits`` decimals (None: the pattern's own).

    Parsing is the slow part of formatting and a report formats thousands of numbers; the
    cached patterns are never changed after this function returns.
    """
    pattern = parse_pattern(text)
    if digits is not None:
        # Babel's patterns carry their own decimals; the caller's choice overrides them.
        pattern.frac_prec = (digits, digits)
    return pattern
