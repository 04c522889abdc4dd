"""Paths into a document, written the way a reader finds them: ``companies[1].dancers[37].rank``.

A location (:data:`Loc`) is a tuple of keys and list indices, as pydantic reports them.
Keys that are not plain names (role ids such as ``nyc-giselle.giselle`` used as mapping keys)
are written in brackets and quotes, so the dots of the id are not read as steps of the path.
"""

from __future__ import annotations

import re

Loc = tuple[str | int, ...]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# pydantic marks an error in a mapping's key (rather than its value) with this last step.
KEY_MARK = "[key]"


def format_path(loc: Loc) -> str:
    """Write ``loc`` as a path: ``("companies", 1, "rank")`` -> ``companies[1].rank``.

    Examples
    --------
    >>> format_path(("companies", 0, "dancers", 3, "learn_hours", "nyc-giselle.wili"))
    "companies[0].dancers[3].learn_hours['nyc-giselle.wili']"
    >>> format_path(())
    ''
    """
    out = ""
    for step in loc:
        if isinstance(step, int):
            out += f"[{step}]"
        elif step == KEY_MARK:
            continue
        elif _NAME.match(step):
            out += f".{step}" if out else step
        else:
            out += f"[{step!r}]"
    return out
