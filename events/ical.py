"""iCalendar (RFC 5545) feeds: a calendar's events, and a single event, built with `icalendar`.

- UIDs are stable: an imported event keeps its UID; others use "event-<translation key>@<host>",
  which every language version of the event shares.
- DTSTAMP and LAST-MODIFIED are the time the event was last published, so an unchanged event
  reads the same in every fetch of the feed.
- All-day events are DATE values with an exclusive DTEND (the day after the last day); timed
  events carry their TZID and the feed its VTIMEZONE components.
- iCalendar has no "some day in July": an event known only to the month or year is an all-day
  event over that whole month or year, with STATUS:TENTATIVE and "Dates to be confirmed: only
  July 2030 is known." opening its description, so that it stays in subscribed calendars
  (leaving it out made it vanish from them when an editor switched the precision) without a
  reader mistaking the span for the dates. X-PORTAL-PRECISION lets the importer read it back.
- Texts (summary, description, location, category, the calendar's name and description) are in
  the language of the URL: the feed of /fr/... is French.

Besides the standard properties, each event carries X-PORTAL-* properties (format, venue, city,
country, category, topics, organiser, link, location to be confirmed) so that importing a feed
(events/importer.py) re-creates the same events.
"""

import hashlib
from datetime import UTC, datetime, timedelta

import icalendar
from django.core.cache import cache
from django.db.models import Count, Max
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.translation import get_language, pgettext

from portal.i18n import absolute

from . import dates, timing

PRODID = "-//Open Internet Campaigns//Portal event calendar//EN"
REFRESH_INTERVAL = timedelta(hours=12)
CONTENT_TYPE = "text/calendar; charset=utf-8"
# A feed is rebuilt when one of its events (or the calendar) is published, added or removed;
# other changes (a category renamed) show within this time.
FEED_CACHE_SECONDS = 3600
# Loaded for nothing in a feed: the page's rich text and Wagtail's bookkeeping.
FEED_DEFERRED = ["body", "search_description", "seo_title", "draft_title", "latest_revision"]

X_FORMAT = "X-PORTAL-FORMAT"
X_VENUE = "X-PORTAL-VENUE"
X_CITY = "X-PORTAL-CITY"
X_COUNTRY = "X-PORTAL-COUNTRY"
X_CATEGORY = "X-PORTAL-CATEGORY"
X_TOPICS = "X-PORTAL-TOPICS"
X_ORGANISER = "X-PORTAL-ORGANISER"
X_LINK = "X-PORTAL-LINK"
X_LOCATION_TBC = "X-PORTAL-LOCATION-TBC"
X_PRECISION = "X-PORTAL-PRECISION"
X_DATES_TBC = "X-PORTAL-DATES-TBC"


def event_zone(event):
    """The tzinfo of an event's times: its IANA zone, or UTC (written with a Z, no VTIMEZONE)."""
    if not event.time_zone or event.time_zone in ("UTC", "Etc/UTC"):
        return UTC
    return timing.zone(event.time_zone)


def location_text(event):
    """LOCATION: venue, city and country name in the feed's language and in its order and
    punctuation ("Palexpo, Geneva, Switzerland"; "باليكسبو، جنيف، سويسرا"; "瑞士日内瓦Palexpo"),
    or "Online"."""
    place = event.place_display
    if event.is_online or not event.venue:
        return place
    if not place:
        return event.venue
    # Translators: an event's venue, then its place (a city and country, or one of them).
    # English: "Palexpo, Geneva, Switzerland".
    pattern = pgettext("place", "{venue}, {place}")
    return dates.safe_format(pattern, "{venue}, {place}", venue=event.venue, place=place)


def add_text(component, name, value):
    """An X- property as TEXT. Without the VALUE parameter icalendar writes X- properties
    unescaped and reads them back raw; with it, commas and line breaks survive a round trip."""
    component.add(name, icalendar.vText(value), parameters={"VALUE": "TEXT"})


def build_vevent(event, request, topics=None):
    """One VEVENT. `topics` is the event's topic slugs, when the caller prefetched them."""
    vevent = icalendar.Event()
    vevent.add("uid", event.feed_uid)
    stamp = event.last_published_at or event.latest_revision_created_at or timezone.now()
    vevent.add("dtstamp", stamp.astimezone(UTC))
    vevent.add("last-modified", stamp.astimezone(UTC))
    vevent.add("summary", event.title)
    description = event.intro
    if event.date_precision != timing.DAY:
        # Translators: opens the description of an event known only to the month or year in
        # calendar apps. English: "Dates to be confirmed: only July 2030 is known."
        note = pgettext("event notice", "Dates to be confirmed: only %(dates)s is known.") % {
            "dates": event.dates_display
        }
        description = f"{note}\n\n{description}" if description else note
    if description:
        vevent.add("description", description)

    if event.date_precision != timing.DAY:
        vevent.add("dtstart", timing.period_start(event.start_date, event.date_precision))
        last = timing.last_day(event.start_date, event.end_date, event.date_precision)
        vevent.add("dtend", last + timedelta(days=1))
    elif event.start_time is not None:
        tz = event_zone(event)
        vevent.add("dtstart", datetime.combine(event.start_date, event.start_time, tzinfo=tz))
        if event.end_time is not None:
            last = event.end_date or event.start_date
            vevent.add("dtend", datetime.combine(last, event.end_time, tzinfo=tz))
    else:
        vevent.add("dtstart", event.start_date)
        vevent.add("dtend", (event.end_date or event.start_date) + timedelta(days=1))

    tentative = event.dates_tbc or event.date_precision != timing.DAY
    vevent.add("status", "TENTATIVE" if tentative else "CONFIRMED")
    vevent.add("transp", "TRANSPARENT")
    location = location_text(event)
    if location:
        vevent.add("location", location)
    url = event.get_url(request)
    if url:
        vevent.add("url", absolute(request, url))
    if event.category_id:
        vevent.add("categories", [event.category.name])

    add_text(vevent, X_FORMAT, event.event_format)
    for name, value in (
        (X_VENUE, event.venue),
        (X_CITY, event.city),
        (X_COUNTRY, event.country.code if event.country else ""),
        (X_CATEGORY, event.category.slug if event.category_id else ""),
        (X_TOPICS, ",".join(topics) if topics else ""),
        (X_ORGANISER, event.organiser),
        (X_LINK, event.link),
    ):
        if value:
            add_text(vevent, name, value)
    if event.location_tbc:
        add_text(vevent, X_LOCATION_TBC, "TRUE")
    if event.date_precision != timing.DAY:
        add_text(vevent, X_PRECISION, event.date_precision)
        add_text(vevent, X_DATES_TBC, "TRUE" if event.dates_tbc else "FALSE")
    return vevent


def new_calendar(name, description, url=None):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # NAME (RFC 7986) is TEXT, but icalendar does not know it and would write commas raw.
    calendar.add("name", icalendar.vText(name))
    calendar.add("x-wr-calname", icalendar.vText(name))
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", icalendar.vText(description))
    if url:
        calendar.add("url", url)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
    return calendar


def finish(calendar, events):
    """Add the VTIMEZONEs the events need, covering only the years they span (much faster than
    icalendar's default 1970-2038 when a feed has thousands of events)."""
    if calendar.get_missing_tzids():
        starts = [event.start_date for event in events]
        ends = [event.end_date or event.start_date for event in events]
        calendar.add_missing_timezones(
            first_date=min(starts) - timedelta(days=366), last_date=max(ends) + timedelta(days=366)
        )
    return calendar


def calendar_feed(calendar_page, events, request):
    """The VCALENDAR for a calendar page and a (filtered) queryset of its events."""
    feed_events = list(
        events.select_related("category")
        .prefetch_related("topics")
        .defer(*FEED_DEFERRED)
        .order_by("start_date", "ends_at_utc", "pk")
    )
    page_url = absolute(request, calendar_page.get_url(request))
    calendar = new_calendar(calendar_page.title, calendar_page.intro, page_url)
    for event in feed_events:
        topics = sorted(topic.slug for topic in event.topics.all())
        calendar.add_component(build_vevent(event, request, topics))
    return finish(calendar, feed_events)


def event_feed(event, request):
    calendar = new_calendar(event.title, event.intro)
    topics = sorted(event.topics.values_list("slug", flat=True))
    calendar.add_component(build_vevent(event, request, topics))
    return finish(calendar, [event])


def ics_response(calendar, filename, *, attachment=False):
    return ics_response_from_bytes(calendar.to_ical(), filename, attachment=attachment)


def ics_response_from_bytes(body, filename, *, attachment=False):
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def calendar_feed_response(calendar_page, events, request):
    """The feed, from the cache when nothing in it was published since (one query to know)."""
    fingerprint = events.aggregate(count=Count("pk"), changed=Max("last_published_at"))
    key = hashlib.sha256(
        repr(
            (
                calendar_page.pk,
                calendar_page.last_published_at,
                get_language(),
                request.get_host(),
                request.is_secure(),
                sorted(request.GET.items()),
                fingerprint["count"],
                fingerprint["changed"],
            )
        ).encode()
    ).hexdigest()
    etag = f'"{key[:32]}"'
    if etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
        return HttpResponseNotModified(headers={"ETag": etag})
    cache_key = f"events:feed:{key}"
    body = cache.get(cache_key)
    if body is None:
        body = calendar_feed(calendar_page, events, request).to_ical()
        cache.set(cache_key, body, FEED_CACHE_SECONDS)
    response = ics_response_from_bytes(body, "calendar.ics")
    response["ETag"] = etag
    return response


def event_feed_response(event, request):
    return ics_response(event_feed(event, request), "event.ics", attachment=True)
