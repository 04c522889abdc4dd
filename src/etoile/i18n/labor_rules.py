"""The names of the labour rules: the words the validator reports each one under.

A name is the rule's identity in the validator's output, ``etoile check``, the JSON, the API
and the tests (``docs/dev/adding-a-rule.md``): renaming one breaks scripts. The names are
English in both languages, like the validator's messages, which stay with the validator's own
checks. The two implementations of each labour rule share these words and nothing else: the
validator (:mod:`etoile.validate`) reports under them, and the rule's own module in
:mod:`etoile.solvers.labor` lists them; both import them from here.

Two of the names are wider than labour: "Dancer double-booked" and "Dancer away or absent"
also hold the rest after a transatlantic crossing (:mod:`etoile.solvers.labor.travel_rest`).
"""

from __future__ import annotations

# Casting: shows and leads.
WEEKLY_SHOWS = "Too many shows in a week"
WEEKLY_LEADS = "Too many leads in a week"
BOTH_SHOWS = "Lead in both shows of a day"
LEAD_REST = "Too little rest between leads"
DAYS_IN_A_ROW = "Too many days in a row"
LOAD_OVER_TIME = "Rehearsal load over the dancer's time"
DOUBLE_BOOKED = "Dancer double-booked"

# Rehearsals: calls.
CALL_TOO_LONG = "Call too long"
TOO_EARLY = "Call before the earliest call time"
OUT_OF_PERIOD = "Call before the rehearsal period"

# Rehearsals: a dancer's days and weeks.
DANCER_AWAY = "Dancer away or absent"
TWO_SHOW_DAY = "Call on a two-show day"
SHOW_DAY = "Too much rehearsal on a show day"
SPAN = "Working day too long"
NO_BREAK = "No break"
REST_DAYS = "Too little rest between days"
WEEKLY_REST = "No weekly rest"
IN_A_ROW = "Too many working days in a row"
DAILY_OVERTIME = "Daily rehearsal overtime"
WEEKLY_OVERTIME = "Weekly rehearsal overtime"
