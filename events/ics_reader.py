"""Reading an .ics file into ParsedEvents, with no database writes (events/importer.py writes).

A file that cannot be read is refused with messages in the editor's language that point at the
line that broke it, never the parser's own (English, technical) text.
"""

import re
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta

import icalendar
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django_countries import countries

from . import ical, ics_places, timing
from .ics_lines import (
    content_lines,
    first_unreadable,
    invalid_property,
    unreadable,
    vevent_blocks,
)
from .models import EventPage
from .models.event import EventFormat

MAX_BYTES = 2 * 1024 * 1024
MAX_EVENTS = 2000
# The last year an event may be in: the site adds a day and a time zone to an event's last day
# (events/timing.py), which Python's dates cannot do on 31 December 9999.
MAX_YEAR = 9998


class IcsImportError(Exception):
    """The file cannot be imported; `messages` says why, one problem per message."""

    def __init__(self, messages):
        self.messages = list(messages)
        super().__init__("; ".join(self.messages))


@dataclass
class ParsedEvent:
    """The EventPage fields a VEVENT carries."""

    uid: str
    title: str
    start_date: date
    end_date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    time_zone: str = ""
    dates_tbc: bool = False
    date_precision: str = timing.DAY
    intro: str = ""
    event_format: str = EventFormat.IN_PERSON
    venue: str = ""
    city: str = ""
    country: str = ""
    location_tbc: bool = False
    organiser: str = ""
    link: str = ""
    category_slug: str = ""
    category_names: list = field(default_factory=list)
    topic_slugs: list = field(default_factory=list)
    # How the file names the event ("Event 3 (“Briefing”)") and what of it could not be mapped.
    label: str = ""
    notes: list = field(default_factory=list)


# The fields copied onto a page as they are (category and topics are resolved separately).
PAGE_FIELDS = [
    f.name
    for f in fields(ParsedEvent)
    if f.name not in ("uid", "category_slug", "category_names", "topic_slugs", "label", "notes")
]


# --- Parsing (no database writes) -------------------------------------------------------------


def parse_ics(data):
    """Parse an .ics file's bytes into ParsedEvents and warnings, or raise IcsImportError."""
    if len(data) > MAX_BYTES:
        raise IcsImportError(
            [
                _("The file is larger than %(size)d MB; split it into smaller files.")
                % {"size": MAX_BYTES // (1024 * 1024)}
            ]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IcsImportError(
            [_("The file is not UTF-8 text, as iCalendar files must be.")]
        ) from None
    lines = content_lines(text)
    if problem := first_unreadable(lines):
        raise IcsImportError([problem])
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError:
        raise IcsImportError([unreadable(lines)]) from None
    if calendar.name != "VCALENDAR":
        raise IcsImportError([_("This is not an iCalendar file: it has no VCALENDAR.")])

    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        raise IcsImportError([_("The file has no events (VEVENT) in it.")])
    if len(vevents) > MAX_EVENTS:
        raise IcsImportError(
            [
                _("The file has %(count)d events; import at most %(max)d at a time.")
                % {"count": len(vevents), "max": MAX_EVENTS}
            ]
        )

    errors, warnings, parsed, seen = [], [], [], {}
    blocks = vevent_blocks(lines)
    for number, vevent in enumerate(vevents, start=1):
        label = _label(vevent, number)
        try:
            event = _parse_vevent(vevent, label, warnings, blocks.get(number, []))
        except IcsImportError as error:
            errors.extend(error.messages)
            continue
        if event is None:
            continue
        if event.uid in seen:
            errors.append(
                _("%(event)s has the same UID as event %(other)s: %(uid)s")
                % {"event": label, "other": seen[event.uid], "uid": event.uid}
            )
            continue
        seen[event.uid] = number
        parsed.append(event)
    if errors:
        raise IcsImportError(errors)
    return parsed, warnings


def _label(vevent, number):
    summary = str(vevent.get("SUMMARY", "")).strip()
    if summary:
        return _("Event %(number)d (“%(summary)s”)") % {
            "number": number,
            "summary": Truncator(summary).chars(60),
        }
    return _("Event %(number)d") % {"number": number}


def _text(vevent, name, max_length=None):
    value = vevent.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    text = str(value)
    if not isinstance(value, icalendar.vText):
        # An X- property written without VALUE=TEXT reaches us still escaped (RFC 5545 3.3.11).
        text = _TEXT_ESCAPES.sub(lambda m: _TEXT_UNESCAPED[m[1]], text)
    text = text.strip()
    if max_length:
        text = Truncator(text).chars(max_length)
    return text


_TEXT_ESCAPES = re.compile(r"\\([\\;,nN])")
_TEXT_UNESCAPED = {"\\": "\\", ";": ";", ",": ",", "n": "\n", "N": "\n"}


def _max(name):
    return EventPage._meta.get_field(name).max_length


def _parse_vevent(vevent, label, warnings, block):
    """One VEVENT as a ParsedEvent; None for an event skipped with a warning."""
    problems = [invalid_property(label, block, name) for name, _error in vevent.errors]
    if problems:
        raise IcsImportError(problems)
    if vevent.get("RRULE") or vevent.get("RDATE") or vevent.get("RECURRENCE-ID"):
        warnings.append(
            _("%(event)s repeats; repeating events are not imported.") % {"event": label}
        )
        return None
    if _text(vevent, "STATUS").upper() == "CANCELLED":
        warnings.append(_("%(event)s is cancelled and was not imported.") % {"event": label})
        return None

    uid = _text(vevent, "UID")
    title = _text(vevent, "SUMMARY", _max("title"))
    missing = [name for name, value in (("UID", uid), ("SUMMARY", title)) if not value]
    if missing:
        raise IcsImportError(
            [
                _("%(event)s has no %(property)s.") % {"event": label, "property": name}
                for name in missing
            ]
        )
    if len(uid) > _max("ical_uid"):
        raise IcsImportError([_("%(event)s has a UID that is too long.") % {"event": label}])
    if vevent.get("DTSTART") is None:
        raise IcsImportError([_("%(event)s has no start (DTSTART).") % {"event": label}])
    try:
        start, end = vevent.start, vevent.end
    except (icalendar.IncompleteComponent, icalendar.InvalidCalendar):
        raise IcsImportError(
            [_("%(event)s: its start, end or duration cannot be read.") % {"event": label}]
        ) from None
    except (OverflowError, ValueError):  # DTSTART plus a DURATION past the year 9999
        raise _out_of_range(label) from None
    if any(value is not None and value.year > MAX_YEAR for value in (start, end)):
        raise _out_of_range(label)
    try:
        return _parse_dated_vevent(vevent, label, warnings, uid, title, start, end)
    except OverflowError:  # a time zone moves the date past the first or last year
        raise _out_of_range(label) from None


def _out_of_range(label):
    return IcsImportError(
        [
            _(
                "%(event)s: its dates are out of the range the calendar can hold "
                "(years %(first)d to %(last)d)."
            )
            % {"event": label, "first": 1, "last": MAX_YEAR}
        ]
    )


def _parse_dated_vevent(vevent, label, warnings, uid, title, start, end):
    if end is not None and isinstance(start, datetime) != isinstance(end, datetime):
        raise IcsImportError(
            [_("%(event)s starts and ends with different kinds of dates.") % {"event": label}]
        )
    if end is not None and _instant(end) < _instant(start):
        raise IcsImportError([_("%(event)s ends before it starts.") % {"event": label}])

    event = ParsedEvent(uid=uid, title=title, start_date=timing.as_date(start), label=label)
    if isinstance(start, datetime):
        _set_times(event, start, end)
    else:
        last = end - timedelta(days=1) if end else start
        event.end_date = last if last > start else None

    event.dates_tbc = _text(vevent, "STATUS").upper() == "TENTATIVE"
    event.intro = _text(vevent, "DESCRIPTION", _max("intro"))
    _set_precision(event, vevent)
    event.organiser = _text(vevent, ical.X_ORGANISER, _max("organiser"))
    event.location_tbc = _text(vevent, ical.X_LOCATION_TBC).upper() == "TRUE"
    event.category_slug = _text(vevent, ical.X_CATEGORY)
    event.topic_slugs = [s.strip() for s in _text(vevent, ical.X_TOPICS).split(",") if s.strip()]
    event.category_names = _categories(vevent)
    _set_link(event, vevent, label, warnings)
    _set_place(event, vevent, label, warnings)
    _validate(event, label)
    return event


def _set_precision(event, vevent):
    """Our own feed's month- or year-only events (an all-day event over the period, marked
    tentative for that reason alone unless X-PORTAL-DATES-TBC says otherwise)."""
    precision = _text(vevent, ical.X_PRECISION).lower()
    if precision not in (timing.MONTH, timing.YEAR) or event.start_time is not None:
        return
    event.date_precision = precision
    event.dates_tbc = _text(vevent, ical.X_DATES_TBC).upper() == "TRUE"
    # The feed's "Dates to be confirmed: only July 2030 is known." paragraph is not the intro.
    event.intro = _text(vevent, "DESCRIPTION").partition("\n\n")[2][: _max("intro")]
    if event.end_date and timing.period_start(event.end_date, precision) == event.start_date:
        event.end_date = None


def _validate(event, label):
    """The checks an editor's form would make, on an unsaved page, before anything is written."""
    page = EventPage(**{name: getattr(event, name) for name in PAGE_FIELDS})
    try:
        page.clean_fields(exclude=_NOT_IMPORTED)
        page.validate_schedule()
    except ValidationError as error:
        raise IcsImportError(
            [
                f"{label}: {message}"
                for messages in error.message_dict.values()
                for message in messages
            ]
        ) from None


_NOT_IMPORTED = [f.name for f in EventPage._meta.get_fields() if f.name not in PAGE_FIELDS]


def _instant(value):
    """Comparable whether floating or zoned: floating times are read as UTC, as we store them."""
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _set_times(event, start, end):
    """Times of day, in the event's own zone when it has an IANA one, otherwise in UTC."""
    name = getattr(start.tzinfo, "key", "") if start.tzinfo else ""
    if start.tzinfo is None or name not in timing.available_time_zones():
        # Floating times, or a zone only the file's VTIMEZONE knows: keep the instant, in UTC.
        start = start.replace(tzinfo=UTC) if start.tzinfo is None else start.astimezone(UTC)
        if isinstance(end, datetime):
            end = end.replace(tzinfo=UTC) if end.tzinfo is None else end.astimezone(UTC)
        name = "UTC"
    tz = timing.zone(name)
    start = start.astimezone(tz)
    event.start_date, event.start_time = start.date(), start.time().replace(tzinfo=None)
    event.time_zone = "" if name in ("UTC", "Etc/UTC") else name
    if isinstance(end, datetime) and end > start:
        end = end.astimezone(tz)
        event.end_time = end.time().replace(tzinfo=None)
        if end.date() > start.date():
            event.end_date = end.date()


def _set_place(event, vevent, label, warnings):
    has_own_properties = vevent.get(ical.X_FORMAT) is not None
    event_format = _text(vevent, ical.X_FORMAT)
    location = _text(vevent, "LOCATION")
    if has_own_properties:
        event.event_format = (
            event_format if event_format in EventFormat.values else EventFormat.IN_PERSON
        )
        event.venue = _text(vevent, ical.X_VENUE, _max("venue"))
        event.city = _text(vevent, ical.X_CITY, _max("city"))
        code = _text(vevent, ical.X_COUNTRY).upper()
        if code and not countries.alpha2(code):
            warnings.append(
                _("%(event)s: unknown country code “%(code)s” ignored.")
                % {"event": label, "code": code}
            )
        event.country = countries.alpha2(code) if code else ""
    elif not location and (vevent.get("URL") or vevent.get("CONFERENCE")):
        event.event_format = EventFormat.ONLINE
    else:
        # A file from elsewhere: its free-text LOCATION, read as far as it can be.
        event.event_format = EventFormat.IN_PERSON
        event.notes.extend(ics_places.read_location(event, location, _max))


def _categories(vevent):
    """CATEGORIES' names, however many properties and commas carry them."""
    values = vevent.get("CATEGORIES")
    if values is None:
        return []
    names = []
    for value in values if isinstance(values, list) else [values]:
        names.extend(str(name).strip() for name in getattr(value, "cats", [value]))
    return [name for name in names if name]


def _set_link(event, vevent, label, warnings):
    if vevent.get(ical.X_LINK) is not None or vevent.get(ical.X_FORMAT) is not None:
        # Our own feed: URL is the portal's page; the organiser's link travels separately.
        link = _text(vevent, ical.X_LINK)
    else:
        link = _text(vevent, "URL")
    if not link:
        return
    try:
        URLValidator()(link)
    except ValidationError:
        warnings.append(
            _("%(event)s: its link is not a web address and was left out.") % {"event": label}
        )
        return
    if len(link) > _max("link"):
        warnings.append(_("%(event)s: its link is too long and was left out.") % {"event": label})
        return
    event.link = link
