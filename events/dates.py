"""Event dates and times as a reader of the active language writes them.

Every shape of date has one translatable pattern. A pattern is text with `{date}`, or `{start}` and
`{end}`, placeholders; what follows the colon inside a placeholder is a Django date format
("j F Y") or the name of one of the language's own formats ("DATE_FORMAT", "YEAR_MONTH_FORMAT",
"MONTH_DAY_FORMAT"). Month names and the named formats come from Django's locale data, so a
translator only writes the order and the joining words:

    English  {start:j}–{end:j F Y}                 5–9 February 2024
    French   {start:j} au {end:j F Y}              5 au 9 février 2024
    Chinese  {start:Y年n月j日}至{end:j日}            2024年2月5日至9日

The English patterns are English. In another language whose catalogue does not translate a
pattern (yet), the date falls back to that language's own Django formats: each end of a range in
full (DATE_FORMAT or YEAR_MONTH_FORMAT), joined by a dash. That is longer than a compact range,
but never wrong, and it holds for a language added by configuration before anyone translates.
"""

import functools
import logging
import re

from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format, get_format, time_format
from django.utils.translation import pgettext, pgettext_lazy

from portal.cldr import timezone_name

from .timing import DAY, MONTH, YEAR, period_start

logger = logging.getLogger(__name__)

# Translators: patterns for event dates. Text in braces is a placeholder: keep the name before the
# colon ({date}, {start}, {end}); after the colon comes a Django date format (j = day, n = month
# number, F = month name, E = month name in the genitive, Y = year) or one of DATE_FORMAT,
# YEAR_MONTH_FORMAT, MONTH_DAY_FORMAT. Leave a pattern untranslated to get your language's
# standard format in full; a translation identical to the English counts as untranslated.
PATTERNS = {
    # Translators: a one-day event. English: "9 February 2024".
    "day": pgettext_lazy("event date", "{date:j F Y}"),
    # Translators: days within one month. English: "5–9 February 2024".
    "day_range_same_month": pgettext_lazy("event date range", "{start:j}–{end:j F Y}"),
    # Translators: days in different months of one year. English: "30 January – 4 February 2013".
    "day_range_same_year": pgettext_lazy("event date range", "{start:j F} – {end:j F Y}"),
    # Translators: days in different years. English: "30 December 2013 – 4 January 2014".
    "day_range": pgettext_lazy("event date range", "{start:j F Y} – {end:j F Y}"),
    # Translators: an event known only to the month. English: "July 2013".
    "month": pgettext_lazy("event date", "{date:F Y}"),
    # Translators: months of one year. English: "July–August 2013".
    "month_range_same_year": pgettext_lazy("event date range", "{start:F}–{end:F Y}"),
    # Translators: months in different years. English: "December 2013 – January 2014".
    "month_range": pgettext_lazy("event date range", "{start:F Y} – {end:F Y}"),
    # Translators: an event known only to the year. English: "2027".
    "year": pgettext_lazy("event date", "{date:Y}"),
    # Translators: a range of years. English: "2026–2027".
    "year_range": pgettext_lazy("event date range", "{start:Y}–{end:Y}"),
}

# The language's own Django formats, for patterns nobody has translated into it.
FALLBACKS = {
    "day": "{date:DATE_FORMAT}",
    "day_range_same_month": "{start:DATE_FORMAT} – {end:DATE_FORMAT}",
    "day_range_same_year": "{start:DATE_FORMAT} – {end:DATE_FORMAT}",
    "day_range": "{start:DATE_FORMAT} – {end:DATE_FORMAT}",
    "month": "{date:YEAR_MONTH_FORMAT}",
    "month_range_same_year": "{start:YEAR_MONTH_FORMAT} – {end:YEAR_MONTH_FORMAT}",
    "month_range": "{start:YEAR_MONTH_FORMAT} – {end:YEAR_MONTH_FORMAT}",
    "year": "{date:Y}",
    "year_range": "{start:Y}–{end:Y}",
}


NAMED_FORMATS = ("DATE_FORMAT", "YEAR_MONTH_FORMAT", "MONTH_DAY_FORMAT", "SHORT_DATE_FORMAT")
# Languages whose month names are common nouns, written lower case inside a date ("5 de
# fevereiro", "февраль 2024 г.") where Django's month names are capitalised.
LOWER_CASE_MONTHS = ("ru", "pt")


class _LocalizedDate:
    """Formats itself with Django's localised date formatting inside str.format(), in the
    language's conventions: French writes the first of the month "1er", Russian and Portuguese
    month names are lower case."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __format__(self, spec):
        spec = spec or "DATE_FORMAT"
        language = (translation.get_language() or "").split("-")[0]
        if spec in NAMED_FORMATS:
            spec = get_format(spec)
        if language == "fr" and self.value.day == 1:
            spec = re.sub(r"(?<!\\)j", r"j\\e\\r", spec, count=1)
        text = date_format(self.value, spec)
        return text.lower() if language in LOWER_CASE_MONTHS else text


@functools.cache
def _source_pattern(kind):
    # With translations deactivated, a lazy string is its msgid.
    with translation.override(None):
        return str(PATTERNS[kind])


def _is_source_language():
    language = translation.get_language()
    if not language:
        return True
    return language.split("-")[0] == settings.LANGUAGE_CODE.split("-")[0]


def pattern(kind):
    """The pattern for a shape of date in the active language (see the module docstring)."""
    text = str(PATTERNS[kind])
    if not _is_source_language() and text == _source_pattern(kind):
        return FALLBACKS[kind]
    return text


def range_kind(start, end, precision=DAY):
    """Which pattern a date or range needs: "day", "day_range_same_month", ... "year_range"."""
    if end is not None:
        start_period, end_period = period_start(start, precision), period_start(end, precision)
        if end_period <= start_period:
            end = None
    if precision == YEAR:
        return "year" if end is None else "year_range"
    if precision == MONTH:
        if end is None:
            return "month"
        return "month_range_same_year" if start.year == end.year else "month_range"
    if end is None:
        return "day"
    if (start.year, start.month) == (end.year, end.month):
        return "day_range_same_month"
    return "day_range_same_year" if start.year == end.year else "day_range"


def safe_format(text, fallback, **values):
    """str.format for a translated pattern; a mistyped translation gives `fallback` instead."""
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        logger.warning("Bad pattern %r in %s", text, translation.get_language())
        return fallback.format(**values)


def format_dates(start, end=None, precision=DAY):
    """A date or range in the active language: "5–9 February 2024", "July 2013", "2027"."""
    kind = range_kind(start, end, precision)
    values = {
        "date": _LocalizedDate(start),
        "start": _LocalizedDate(start),
        "end": _LocalizedDate(end or start),
    }
    # A mistyped translation must not take the page down: the language's standard form instead.
    return safe_format(pattern(kind), FALLBACKS[kind], **values)


def format_event_dates(event):
    """The dates of anything with EventPage's date fields."""
    return format_dates(event.start_date, event.end_date, event.date_precision)


def format_times(start_time, end_time=None, time_zone=""):
    """Times of day in the active language, with the time zone: "10:00–17:30 (Europe/Zurich)"."""
    if start_time is None:
        return ""
    if end_time is not None and end_time != start_time:
        # Translators: a span of time within a day. English: "10 a.m.–5:30 p.m.".
        text = pgettext("time range", "{start}–{end}")
        times = safe_format(
            text, "{start}–{end}", start=time_format(start_time), end=time_format(end_time)
        )
    else:
        times = time_format(start_time)
    # The zone by its CLDR name in the reader's language ("heure d’Europe centrale"), not its
    # IANA identifier.
    zone_name = timezone_name(time_zone or "UTC")
    # Translators: times of day and the time zone they are in. English: "10:00–17:00 (Japan
    # Standard Time)".
    text = pgettext("times and time zone", "{times} ({time_zone})")
    return safe_format(text, "{times} ({time_zone})", times=times, time_zone=zone_name)


def month_heading(day):
    """The heading of a month (or, for year-only events, a year) in a listing."""
    return format_dates(day, None, MONTH)


def iso_period(day, precision):
    """An ISO 8601 date at the event's precision: 2024-02-05, 2013-07 or 2027 (schema.org)."""
    if precision == YEAR:
        return f"{day.year:04d}"
    if precision == MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def dates_tbc_notice():
    return pgettext("event notice", "Dates to be confirmed")


def location_tbc_notice():
    return pgettext("event notice", "Location to be confirmed")
