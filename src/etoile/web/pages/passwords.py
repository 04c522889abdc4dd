"""What the two password forms share (one's own at ``/me/password``, a director's reset of an
account at ``/users``): the two entries must match, then the change is made, and a refusal
becomes the key of its message, the status of the page and the seconds to wait."""

from __future__ import annotations

from collections.abc import Callable

from etoile.services.auth import UserInputError, WrongPassword
from etoile.services.house_accounts import OwnAccountError
from etoile.services.throttle import TooManyAttempts

Refusal = tuple[str | None, int, int]
"""The message key (None when the change was made), the page's status and the seconds to
wait before trying again (0 unless throttled)."""


def change_refused(new: str, confirm: str, change: Callable[[], object], wrong: str) -> Refusal:
    """Make the password change ``change`` when ``new`` and ``confirm`` match.

    Parameters
    ----------
    new, confirm
        The new password, entered twice.
    change
        Makes the change; it raises what a refusal is made of.
    wrong
        The message key when the password checked first (one's own) was wrong.
    """
    if new != confirm:
        return "password.mismatch", 400, 0
    try:
        change()
    except OwnAccountError:
        return "users.own_reset", 409, 0
    except TooManyAttempts as wait:
        return "login.busy", 429, wait.seconds
    except WrongPassword:
        return wrong, 400, 0
    except UserInputError:
        return "password.short", 400, 0
    return None, 400, 0
