"""What a director reads: the season plan as one self-contained HTML report, in English or
French.

:func:`render_report` and :func:`write_report` build the report; :class:`Translator` holds the
message catalogue and the Babel formatting (dates in the event's time zone, numbers, percents,
money) that the calendars and web pages reuse. ``docs/report.md`` describes the report.
"""

from etoile.report.html import render_report, write_report
from etoile.report.i18n import LOCALES, Translator

__all__ = ["LOCALES", "Translator", "render_report", "write_report"]
