"""Dates, time zones and lists in each language's own conventions, from CLDR through Babel.

Django's date formats know one pattern per language and no month ranges, ordinal days or
localised time-zone names; CLDR has them all. Every language of the portal maps to one Babel
locale here: Portuguese is written and shown as Brazilian Portuguese (pt_BR) while its URL
prefix and Wagtail locale stay `pt`; English is British (en_GB: "3 March"). Digits are Western
(0-9) in every language, Arabic included (see portal/i18n.py).
"""

import datetime

from babel import Locale
from babel.dates import format_interval, format_skeleton, get_timezone_name
from babel.lists import format_list
from django.utils.translation import get_language

BABEL_LOCALES = {
    "en": "en_GB",
    "fr": "fr_FR",
    "es": "es_ES",
    "ar": "ar",
    "ru": "ru_RU",
    "zh-hans": "zh_Hans_CN",
    "pt": "pt_BR",
}


def babel_locale(language=None):
    """The Babel locale of a portal language (the active one by default)."""
    code = (language or get_language() or "en").lower()
    name = BABEL_LOCALES.get(code) or BABEL_LOCALES.get(code.split("-")[0]) or "en_GB"
    return Locale.parse(name)


def _french_first(text, value, locale):
    """French writes the first of the month as an ordinal: "1er mars", never "1 mars"."""
    if locale.language == "fr" and value.day == 1:
        return text.replace("1 ", "1er\N{NO-BREAK SPACE}", 1) if text.startswith("1 ") else text
    return text


def format_date(value, skeleton="yMMMMd", language=None):
    """A date (or datetime) in the language's own pattern for `skeleton` (CLDR skeletons:
    "yMMMMd" 3 March 2026, "MMMMd" 3 March, "yMMMM" March 2026)."""
    if value is None:
        return ""
    locale = babel_locale(language)
    if isinstance(value, datetime.datetime):
        value = value.date()
    moment = datetime.datetime.combine(value, datetime.time(12))
    return _french_first(format_skeleton(skeleton, moment, locale=locale), value, locale)


def format_date_range(start, end, skeleton="yMMMMd", language=None):
    """Two dates as one range in the language's own interval pattern ("3–5 March 2026",
    "juillet–août 2013" with skeleton "yMMMM"); one date when both are the same day."""
    locale = babel_locale(language)
    if end is None or end == start:
        return format_date(start, skeleton, language)
    # CLDR spaces some dashes ("juillet – août"); ranges of words or numbers read closed up.
    text = format_interval(start, end, skeleton, locale=locale).replace(" – ", "–")
    return _french_first(text, start, locale)


def timezone_name(zone, language=None):
    """A time zone by its localised CLDR name ("heure normale d'Europe centrale"), not its IANA
    identifier; the identifier itself when CLDR has no name for it. UTC stays "UTC", which
    every language writes so (CLDR has no city for it)."""
    if str(zone) in ("UTC", "Etc/UTC", "GMT", "Etc/GMT"):
        return "UTC"
    try:
        return get_timezone_name(zone, width="long", locale=babel_locale(language))
    except (LookupError, ValueError):
        return str(zone)


def join_list(items, language=None, style="standard"):
    """Items joined as the language lists them ("a, b and c", "a، b وc", "a、b和c")."""
    return format_list([str(item) for item in items], style=style, locale=babel_locale(language))


def plural_messages(message, language=None):
    """{CLDR plural category: `message(n)`} for every category of the language, `n` an example
    number of that category: what a script needs to pick the right form with the browser's
    `Intl.PluralRules` (Russian 422 «подписи», 425 «подписей»), since gettext's plural formula
    cannot travel to JavaScript under the Content-Security-Policy (no eval)."""
    rule = babel_locale(language).plural_form
    examples = {}
    for number in range(0, 200):
        examples.setdefault(rule(number), number)
        if len(examples) == len(rule.tags) + 1:
            break
    return {category: message(number) for category, number in examples.items()}
