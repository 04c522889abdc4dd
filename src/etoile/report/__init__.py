"""What a director reads: the season plan as one self-contained HTML report, in English or
French.

:func:`render_report` and :func:`write_report` build the report; its words, dates, numbers
and money come from :mod:`etoile.i18n`, as do those of the calendars and the web pages.
``docs/report.md`` describes the report.
"""

from etoile.report.html import render_report, write_report

__all__ = ["render_report", "write_report"]
