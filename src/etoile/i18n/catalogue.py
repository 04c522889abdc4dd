"""The one catalogue of English and French messages, gathered from its parts.

Each key maps to ``(English, French)`` (see :mod:`etoile.i18n.message` for the form of a
message). The messages are kept in one module per part of the product: the director's report
(:mod:`etoile.i18n.catalogue_report`), the deal (:mod:`etoile.i18n.catalogue_deal`) and a
person's schedule of calls, calendars and changes (:mod:`etoile.i18n.catalogue_schedule`).
Tests check that no key is in two parts, that every key has both languages, and that a
French page shows none of the English labels.
"""

from __future__ import annotations

from etoile.i18n.catalogue_deal import DEAL
from etoile.i18n.catalogue_report import REPORT
from etoile.i18n.catalogue_schedule import SCHEDULE
from etoile.i18n.message import Message

PARTS: tuple[dict[str, tuple[Message, Message]], ...] = (REPORT, DEAL, SCHEDULE)
"""The parts of the catalogue, each a ``key -> (English, French)`` dict of its own keys."""

CATALOGUE: dict[str, tuple[Message, Message]] = {
    key: pair for part in PARTS for key, pair in part.items()
}
"""Every message, by key: the one lookup of :class:`~etoile.i18n.Translator`."""

SAME_IN_BOTH = frozenset({"status.optimal", "staff.repetiteur"})
"""Keys whose French is rightly the same word as the English."""
