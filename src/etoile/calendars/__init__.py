"""Calendars: one iCalendar (``.ics``) file per dancer, staff member and studio.

:func:`build_calendars` turns a season and a plan into :class:`CalendarFile` objects (a
relative path and the file's bytes) plus an index; nothing is written here, so a caller can
check everything before it touches the disk. Each file is in its reader's language (their
house's), keeps every event in the time zone where it happens (with a ``VTIMEZONE``), and is
byte-identical for the same season and plan. ``docs/calendars.md`` describes the files.
"""

from etoile.calendars.build import CalendarFile, CalendarSet, build_calendars
from etoile.calendars.checks import plan_reference_issues

__all__ = ["CalendarFile", "CalendarSet", "build_calendars", "plan_reference_issues"]
