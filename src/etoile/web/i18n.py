"""The pages' translator: the web's own labels first, then those of the shared catalogue
(:mod:`etoile.i18n`), with its formats.
"""

from __future__ import annotations

from etoile.i18n import CATALOGUE, LANGUAGES, Message, Translator
from etoile.web.messages import MESSAGES


class PageTranslator(Translator):
    """A :class:`~etoile.i18n.Translator` that also knows the pages' labels.

    Parameters
    ----------
    lang
        ``"en"`` or ``"fr"``.
    """

    def t(self, key: str, /, **kw: object) -> str:
        """The label ``key`` (web catalogue, else the shared one) with placeholders filled.

        Parameters
        ----------
        key
            A key of :data:`~etoile.web.messages.MESSAGES` or of the shared catalogue.
        **kw
            Fill the message's placeholders; ``count`` chooses the plural form.

        Raises
        ------
        KeyError
            When neither catalogue has the key.
        """
        if key not in MESSAGES:
            return super().t(key, **kw)
        message: Message = MESSAGES[key][LANGUAGES.index(self.lang)]
        if isinstance(message, dict):
            count = kw.get("count", 0)
            assert isinstance(count, int | float), f"{key} needs a numeric count"
            message = message.get(self.locale.plural_form(count), message["other"])
        return message.format(**kw) if kw else message

    def has(self, key: str) -> bool:
        """True when either catalogue has ``key``."""
        return key in MESSAGES or key in CATALOGUE
