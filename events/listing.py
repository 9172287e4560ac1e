"""What a calendar page lists: upcoming or past events, filtered, paginated, grouped by month.

The number of queries does not depend on the number of events: filter choices (4 queries), the
count and one page of events with their categories (2 queries).
"""

from dataclasses import dataclass, field
from datetime import date

from django.core.paginator import Paginator
from django.utils import timezone

from portal.filters import FilteredListing

from . import dates, timing
from .filters import EventFilterForm
from .models.event import EventPage

UPCOMING = "upcoming"
PAST = "past"
PER_PAGE = 20


@dataclass
class MonthGroup:
    key: tuple
    heading: str
    events: list = field(default_factory=list)


@dataclass
class Listing(FilteredListing):
    period: str
    groups: list


def calendar_events(calendar):
    """A calendar's live, public events, in the calendar's locale (its children)."""
    return EventPage.objects.child_of(calendar).live().public()


def ordered(events, period, now=None):
    now = now or timezone.now()
    if period == PAST:
        # Newest first: the most recent meeting is the one people look for.
        return events.past(now).order_by("-start_date", "-ends_at_utc", "-pk")
    return events.upcoming(now).order_by("start_date", "ends_at_utc", "pk")


def build_listing(calendar, params, period=UPCOMING, *, now=None):
    """The listing for a calendar page; `params` is request.GET."""
    base = calendar_events(calendar)
    form = EventFilterForm(params, events=base)
    events = ordered(form.filter(base), period, now).for_cards()
    page = Paginator(events, PER_PAGE).get_page(params.get("page"))
    return Listing(period=period, form=form, page=page, groups=group_by_month(page.object_list))


def group_by_month(events):
    """Consecutive events of the same month under one heading; year-only events under the year."""
    groups = []
    for event in events:
        if event.date_precision == timing.YEAR:
            key = (event.start_date.year, None)
        else:
            key = (event.start_date.year, event.start_date.month)
        if not groups or groups[-1].key != key:
            groups.append(MonthGroup(key=key, heading=_heading(key)))
        groups[-1].events.append(event)
    return groups


def _heading(key):
    year, month = key
    if month is None:
        return dates.format_dates(date(year, 1, 1), precision=timing.YEAR)
    return dates.month_heading(date(year, month, 1))


HOME_COUNT = 3


def upcoming_for_home(home_page, request, *, now=None):
    """The next few events in the home page's language, from every calendar (one query)."""
    events = EventPage.objects.live().public().filter(locale_id=home_page.locale_id)
    return list(ordered(events, UPCOMING, now).for_cards()[:HOME_COUNT])
