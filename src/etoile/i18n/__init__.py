"""Words and formats: everything a reader sees in English or French, in one place.

The report, the calendars, the change notices, the API and the web pages all take their
words from here: the message catalogue (:data:`CATALOGUE`, one ``(English, French)`` pair per
key), the :class:`Translator` that fills its messages and formats dates, times, numbers,
percentages and money with Babel, French elision (:mod:`etoile.i18n.elision`) and the names
and local days that stand for ids (:mod:`etoile.i18n.places`).

The package reads the domain and nothing else of Étoile, so any layer above the domain may
use it without importing the report.
"""

from etoile.i18n.catalogue import CATALOGUE
from etoile.i18n.message import LANGUAGES, Message
from etoile.i18n.translator import LOCALES, Translator

__all__ = ["CATALOGUE", "LANGUAGES", "LOCALES", "Message", "Translator"]
