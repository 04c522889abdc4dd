"""Season-level rules: can this season be planned at all?

They run before any plan exists, on the season alone (``plan`` is ignored). They do not repeat
the season-file loader's checks (types, missing fields, duplicate ids, dangling references);
they look for seasons that are well formed but impossible or doubtful to plan: a role no one
can dance, a production no one can rehearse, a week with more shows than the labour rules allow.

The table of contents, grouped by severity (a rule may downgrade to a warning when a guest
under the exchange terms could cover the shortfall):

Errors
    Role nobody can dance, Cast larger than the company, Role short on the day, Weekly limits
    leave a role short, Two shows at one venue at once, Production without a ballet master,
    Company without a studio, Exchange window shorter than the minimum stay.
Warnings
    Role too few dancers know, Studio too small for the corps, Venue price tiers short of
    capacity, Venue price tiers over capacity, Lead without a partner role, Partner roles not
    mutual, Exchange terms no one can use.
"""

from __future__ import annotations

from etoile.validate import season_calendar, season_cast, season_setup
from etoile.validate.core import Rule

RULES: list[Rule] = [*season_cast.RULES, *season_calendar.RULES, *season_setup.RULES]
"""Every season rule, in the order they run (the result is sorted anyway)."""
