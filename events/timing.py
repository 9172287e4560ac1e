"""When an event is over: the one rule the calendar, the home page, feeds and blocks share.

An event is upcoming until its last day has passed in its own time zone (UTC when it has none).
Its last day is the end date, or the start date, widened to the end of the month or year when the
date is only known that precisely ("July 2013" lasts until 31 July 2013).

EventPage stores the resulting instant as `ends_at_utc` on save, so "upcoming" is one indexed
comparison in SQL (`ends_at_utc > now`), exact across time zones, and pagination and counts stay
in the database.
"""

import calendar
import functools
import zoneinfo
from datetime import UTC, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DAY = "day"
MONTH = "month"
YEAR = "year"


@functools.cache
def available_time_zones():
    """IANA time zone names known to this machine's tzdata, read once."""
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value):
    """A validator for fields that hold an IANA time zone name, such as "Europe/Zurich"."""
    if value and value not in available_time_zones():
        raise ValidationError(
            _("“%(value)s” is not a time zone name such as Europe/Zurich or America/Lima."),
            code="invalid_time_zone",
            params={"value": value},
        )


def zone(name):
    """The ZoneInfo for a stored time zone name; UTC when it is empty or unknown."""
    if name and name in available_time_zones():
        return zoneinfo.ZoneInfo(name)
    return UTC


def period_start(day, precision):
    """The first day of the period a date stands for: itself, its month or its year."""
    if precision == MONTH:
        return day.replace(day=1)
    if precision == YEAR:
        return day.replace(month=1, day=1)
    return day


def period_end(day, precision):
    """The last day of the period a date stands for."""
    if precision == MONTH:
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == YEAR:
        return day.replace(month=12, day=31)
    return day


def last_day(start_date, end_date, precision):
    return period_end(end_date or start_date, precision)


def ends_at(start_date, end_date, precision, time_zone):
    """The instant (in UTC) at which the event stops being upcoming: midnight after its last
    day, in its own time zone."""
    after = last_day(start_date, end_date, precision) + timedelta(days=1)
    return datetime.combine(after, time.min, tzinfo=zone(time_zone)).astimezone(UTC)


def is_upcoming(event, now=None):
    """Whether an event (anything with the EventPage date fields) is still to come or ongoing."""
    now = now or timezone.now()
    return ends_at(event.start_date, event.end_date, event.date_precision, event.time_zone) > now


def as_date(value):
    """A date from a date or a datetime (datetime is a subclass of date: order matters)."""
    return value.date() if isinstance(value, datetime) else value
