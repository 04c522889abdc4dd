"""The rehearsal calendar and the talent-scheduling order of calls within a day."""
