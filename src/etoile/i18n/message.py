"""The shape of a message and the languages it comes in.

A message is a :meth:`str.format` template, or a dict of CLDR plural forms (``one``,
``other``) from which :class:`~etoile.i18n.Translator` picks one by ``count``. Every key of a
catalogue maps to one message per language, in the order of :data:`LANGUAGES`.
"""

from __future__ import annotations

Message = str | dict[str, str]

LANGUAGES = ("en", "fr")
"""The columns of :data:`~etoile.i18n.CATALOGUE`, in order."""
